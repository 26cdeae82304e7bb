/** 简体中文:格式化、领域术语(依照种子教材第十二章)、链接错误、诊断上限。 */
import type { Messages } from '../en/index.js';

const list = (items: readonly string[]): string =>
    items.length <= 1 ? items.join('') : `${items.slice(0, -1).join('、')}和${items[items.length - 1]}`;

export const core: Pick<Messages, 'format' | 'terms' | 'linking' | 'validation' | 'diagnostics'> = {
    format: {
        list,
        quote: (name: string) => `“${name}”`,
        withArticle: (phrase: string) => phrase
    },
    terms: {
        zone: {
            evidence: '有形展示',
            customer: '顾客行为',
            onstage: '前台行为',
            backstage: '后台行为',
            support: '支持过程'
        },
        zoneTitle: {
            evidence: '有形展示',
            customer: '顾客行为',
            onstage: '前台行为',
            backstage: '后台行为',
            support: '支持过程'
        },
        line: {
            interaction: '互动分界线',
            visibility: '可视分界线',
            internal: '内部互动分界线'
        },
        axis: { divergence: '服务流程差异程度(divergence)', object: '服务活动作用客体(object)', contact: '顾客参与服务程度(contact)', approach: '主要设计方法(approach)' },
        failPoint: '失误点',
        waitPoint: '等待点',
        divergence: { standard: '标准服务', customized: '定制服务' },
        approach: { 'production-line': '生产线法', 'customer-cooperation': '顾客合作法', 'customer-contact': '顾客接触法' }
    },
    linking: {
        kind: { performer: '执行者(actor 或 system)', phase: '阶段', step: '步骤' },
        unknown: (kind: string, name: string) => `未知的${kind}“${name}”。`,
        didYouMean: (name: string) => `是否想写“${name}”?`,
        noneDeclared: (kind: string) => `尚未声明任何${kind}。`,
        stepElsewhere: (name: string, blueprint: string, file: string) =>
            `蓝图“${blueprint}”(${file})中有步骤“${name}”,但步骤只在其所属的蓝图内可见:流向和补救只能连接同一蓝图中的步骤。`
    },
    validation: {
        kind: { declaration: '声明', step: '步骤', phase: '阶段', lane: '泳道' },
        duplicateName: (kind: string, name: string) => `${kind}名称“${name}”重复:名称必须唯一。`,
        declaredElsewhere: (name: string, file: string) =>
            `“${name}”也在 ${file} 中声明;顶层名称(蓝图、actor、system)在整个工作区共享,必须唯一。`,
        duplicateAxis: (axis: string) => `${axis} 声明了不止一次;以最后一个值为准。`,
        duplicateProperty: (property: string) => `这个步骤已经有${property};以最后一个为准。`,
        property: {
            PerformerRef: '执行者(by)', ChannelProp: '渠道(via)', PhaseRef: '阶段(phase)', TimeStandard: '时间标准(time)',
            WaitPoint: '等待点(wait)', FailPoint: '失误点(fail)', Discretion: '自主判断标记(discretion)'
        },
        settingsProblem: (problem: string) => `规则设置有误:${problem}。`,
        settings: {
            notAnObject: (firstCode: string, severities: string) => `rules 必须是一个对象,把规则代码(${firstCode}…)映射到 ${severities}`,
            unknownCode: (code: string, first: string, last: string) => `未知的规则代码“${code}”(已知代码:${first}…${last})`,
            unknownSeverity: (code: string, severity: string, severities: string) => `规则 ${code}:未知的严重级别“${severity}”(可用:${severities})`,
            invalidJson: (detail: string) => `不是有效的 JSON(${detail})`,
            inFile: (file: string, problem: string) => `文件 ${file}:${problem}`,
            inSetting: (problem: string) => `设置 blueprint.rules:${problem}`
        }
    },
    diagnostics: {
        tooMany: (shown: number) => `已显示 ${shown} 条诊断,其余的已省略。先修正前面的问题,后面的往往随之消失。`
    }
};
