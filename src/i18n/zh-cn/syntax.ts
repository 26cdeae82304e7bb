/** 简体中文:用设计者的话说出语法和词法错误。键与 ../en/syntax.ts 一一对应。 */
import type { Messages } from '../en/index.js';

export const syntax: Messages['syntax'] = {
    endOfFile: '文件末尾',
    token: { ID: '名称', STRING: '字符串 "…"', NUMBER: '数字' },
    quote: (text: string) => `“${text}”`,
    didYouMean: (value: string) => `是否想写“${value}”?`,
    unit: (previous: string, found: string, units: string) =>
        `在数字“${previous}”之后应写时间单位:${units};这里写的是${found}。`,
    value: (what: string, found: string, values: string) => `${found}不是${what}:请写 ${values} 之一。`,
    what: {
        Divergence: '服务流程差异程度(divergence)的取值',
        ObjectKind: '服务活动作用客体(object)的取值',
        Contact: '顾客参与服务程度(contact)的取值',
        Approach: '主要设计方法(approach)的取值',
        Zone: '区域(泳道类型)',
        LineKind: '分界线类型',
        Channel: '渠道'
    },
    keywordAsName: (found: string) =>
        `${found}是关键字,不是步骤名称:流向通过步骤名称连接步骤(“ask -> serve”)。请在这里写步骤的名称。`,
    nameExpected: (found: string) => `这里应写一个名称,而这里写的是${found}。`,
    closeBrace: (block: string, found: string) => `${block}没有闭合:在${found}之前应有“}”。`,
    block: { Step: '步骤的 { … } 块', Lane: '泳道的 { … } 块', Blueprint: '蓝图的 { … } 块', Classification: '分类(classification)块', Scenario: '情景(scenario)块', other: '{ … } 块' },
    propertyOutsideStep: (found: string) =>
        `${found}描述的是步骤,应写在步骤名称后的花括号里,例如“step ask { evidence "表单" }”。`,
    arrowExpected: (name: string, found: string) =>
        `在${name}之后应有箭头(-> 或 <->):写在这里的名称是一条流向“a -> b”的开头;这里写的是${found}。`,
    extraBrace: '这个“}”没有对应的“{”:请删除它,或补上它要闭合的块。',
    topLevelOnly: (found: string) => `${found}不能写在这里:文件的顶层只声明 blueprint、actor 和 system。`,
    expected: (expected: string, found: string) => `这里应写 ${expected},而这里写的是${found}。`,
    or: (items: readonly string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join('、')}或${items[items.length - 1]}`),
    stopped: (shown: number) => `语法错误过多:文档的其余部分未检查。请先修正上面的错误(只显示前 ${shown} 个)。`,
    unterminatedString: '这个字符串缺少右引号:请在同一行内闭合它。',
    unexpectedCharacter: (found: string) => `${found}不属于这门语言:请删除它,或把它放进字符串 "…" 或注释 // 中。`
};
