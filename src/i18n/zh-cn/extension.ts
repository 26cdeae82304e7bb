/** 简体中文:扩展的文字(清单贡献点、运行时消息)。键与 ../en/extension.ts 一一对应。 */
import type { Messages } from '../en/index.js';

export const extension: Messages['extension'] = {
    contributions: {
        'extension.displayName': '服务蓝图 Service Blueprint',
        'extension.description': '以代码设计服务过程：.blueprint 语言，依照服务蓝图与服务过程分类规则校验，实时预览，并附命令行工具。',
        'category': '服务蓝图',
        'command.showPreview': '打开预览',
        'command.showPreviewToSide': '在侧边打开预览',
        'command.togglePreviewLock': '切换预览锁定',
        'command.exportSvg': '将预览导出为 SVG…',
        'command.exportPng': '将预览导出为 PNG…',
        'command.copySvg': '复制预览的 SVG',
        'command.newBlueprint': '新建服务蓝图',
        'command.newBlueprint.short': '服务蓝图',
        'command.restartLanguageServer': '重启语言服务器',
        'command.preview.openSource': "在编辑器中转到该步骤",
        'command.preview.zoomIn': "放大",
        'command.preview.zoomOut': "缩小",
        'command.preview.zoomFit': "适应窗口",
        'command.preview.zoomReset': "实际大小 (100 %)",
        'command.compareWith': "与……比较",
        'command.findStaffing': "按目标求人员配置……",
        'task.files': "要检查的文件、文件夹或通配符（blueprint check），相对于工作区文件夹。",
        'task.args': "blueprint check 的其他选项，例如 [\"--max-warnings\", \"0\"]。",
        'config.title': '服务蓝图',
        'config.language': '扩展、预览以及语言服务器的诊断与消息所用的语言：auto 跟随 VS Code 的显示语言。',
        'config.language.auto': '跟随 VS Code 的显示语言',
        'config.language.en': '英语（English）',
        'config.language.zh-cn': '简体中文',
        'config.scrollWithCursor': '编辑器光标所在的步骤不在可见范围内时，滚动预览使其可见。',
        'config.rules': '按规则代码设置严重程度，例如 `{ "BP007": "off", "BP101": "warning" }`。取值：`off`（关闭）、`hint`（提示）、`info`（信息）、`warning`（警告）、`error`（错误）。参见 README 中的规则表。',
        'config.trace': '在“Service Blueprint”输出通道中跟踪 VS Code 与服务蓝图语言服务器之间的通信。',
        'token.blueprint': '蓝图的名称',
        'token.step': '步骤的名称',
        'token.lane': '泳道的名称',
        'token.phase': '阶段的名称',
        'token.actor': '执行者（员工角色）',
        'token.system': '系统（技术）',
        'token.zone': '泳道所属的区域：有形展示、顾客行为、前台行为、后台行为、支持过程',
        'token.line': '分界线：互动分界线、可视分界线、内部互动分界线',
        'token.classification': '服务过程分类的取值',
        'token.channel': '渠道',
        'token.reference': '对别处声明的名称的引用'
    },
    ruleSettings: {
        BP001: '分界线依次为互动分界线 → 可视分界线 → 内部互动分界线，各出现一次；泳道按区域顺序排列',
        BP002: '顾客行为不直接流向后台行为或支持过程',
        BP003: '后台行为与支持过程不带有形展示',
        BP004: '穿越互动分界线的顾客行为须与前台行为相接',
        BP005: '每个步骤都能从开启过程的顾客行为到达',
        BP006: '过程以顾客行为开始',
        BP007: '顾客行为与前台行为展示有形展示',
        BP008: '前台工作向下连接到它所需的后台行为或支持过程',
        BP009: '流向中的循环有出口',
        BP010: '步骤属于行为泳道，而不属于有形展示区域',
        BP101: '每个声明的失误点都列在“问题”视图中',
        BP102: '失误点有补救措施',
        BP103: '等待点的预计等待时间超过其容忍时间',
        BP104: '标准时间超过容忍时间，或顾客可见时间超过目标',
        BP105: '可能存在未声明的失误点',
        BP201: '声明了差异程度、作用客体与顾客参与程度',
        BP202: '生产线法要求标准服务',
        BP203: '标准服务：员工无自主决策；例行的人工前台工作可考虑以技术替代（该建议为提示）',
        BP204: '定制服务：员工被赋予自主决策权',
        BP205: '无参与：顾客只发起服务并接收结果',
        BP206: '间接参与：前台行为通过远程渠道进行，而非面对面',
        BP207: '自助服务：顾客面对的是技术，而不是员工',
        BP208: '交互服务：有顾客行为与前台员工相接',
        BP209: '作用客体为人时要求顾客直接参与',
        BP210: '顾客合作法：顾客承担生产工作',
        BP211: '顾客接触法：后台与顾客解耦并有时间标准',
        BP212: '顾客物品在结束时归还或确认',
        BP301: '执行者的利用率达到或超过 100%',
        BP302: '等待点的预测等待时间超过其容忍时间',
        BP303: '预测的顾客可见时间 p90 超过目标',
        BP304: '执行者的利用率低于 30%',
        BP305: '过程分析无法运行：缺少所需的信息'
    },
    runtime: {
        restarted: '服务蓝图语言服务器已重启。',
        statusName: '服务蓝图',
        statusNone: '没有蓝图',
        statusDetail: (failPoints: string, waitPoints: string) => `失误点：${failPoints} · 等待点：${waitPoints}`,
        statusPreview: '预览',
        newBlueprintTitle: (step: string, total: string) => `新建服务蓝图（${step}/${total}）`,
        conflicts: '与定制服务冲突（BP202）',
        classification: {
            divergence: {
                prompt: '服务流程差异程度：不同顾客之间服务的差异有多大？',
                options: {
                    standard: '标准服务 · 差异小、重复性强：标准化并自动化',
                    customized: '定制服务 · 高度个性化：员工需要判断力与授权'
                }
            },
            object: {
                prompt: '服务活动作用客体：服务作用于什么？',
                options: {
                    'customer-goods': '顾客物品/权益 · 顾客的物品或权益：存款、证券、理赔',
                    'company-goods': '公司物品/权益 · 在顾客手中的公司物品：贷款、ATM',
                    information: '信息 · 支付、查询、网上银行',
                    people: '人 · 顾客本人：引导、教育、培训'
                }
            },
            contact: {
                prompt: '顾客参与服务程度：顾客如何参与？',
                options: {
                    interactive: '交互服务 · 在柜台或网点面对面',
                    'self-service': '自助服务 · 顾客操作机器：ATM、自助终端、App',
                    indirect: '间接参与 · 远程：电话、网站、邮寄',
                    none: '无参与 · 顾客不参与：像制造业一样设计'
                }
            },
            approach: {
                prompt: '主要设计方法：应如何设计这一过程？',
                options: {
                    'production-line': '生产线法 · 限制自主决策、劳动分工、以技术替代人工',
                    'customer-cooperation': '顾客合作法 · 顾客参与生产：提供指引并容许出错',
                    'customer-contact': '顾客接触法 · 高接触的前台、高效率的后台'
                }
            }
        },
        previewTitle: (file: string) => `预览 ${file}`,
        previewTitleLocked: (file: string) => `[已锁定] 预览 ${file}`,
        nothingToExport: (file: string) => `没有可导出的内容：${file} 中还没有蓝图。`,
        copiedSvg: (file: string) => `已复制 ${file} 的 SVG`,
        exportTitle: (file: string, format: string) => `将 ${file} 导出为 ${format}`,
        exported: (file: string) => `已导出 ${file}`,
        exportFailed: (file: string, reason: string) => `无法导出 ${file}:${reason}`,
        svgImage: 'SVG 图像',
        pngImage: 'PNG 图像',
        previewTimedOut: '预览未能及时响应',
        previewNoPng: '预览没有返回 PNG',
        previewClosed: '预览已关闭',
        previewNotOpened: '预览未能打开'
    }
};
