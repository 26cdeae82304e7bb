/** 简体中文:预览的工具栏、提示横幅、空状态,以及渲染器画进图中的文字(`diagram`)。键与 ../en/preview.ts 一一对应。 */
import type { Messages } from '../en/index.js';

export const preview: Messages['preview'] = {
    minimap: '整个服务过程的概览:单击或拖动以移动视图',
    exported: {
        done: (file: string) => `已导出 ${file}`,
        scaled: (file: string, percent: string) => `已导出 ${file},为不超出浏览器画布尺寸上限,按 ${percent}% 绘制`,
        open: '打开',
        reveal: '在资源管理器中显示'
    },
    toolbar: {
        label: '预览',
        zoomOut: '缩小 (-)',
        zoomIn: '放大 (+)',
        fit: '适应',
        fitTitle: '适应窗口 (F)',
        height: '高度',
        heightTitle: '适应高度：文字清晰可读，沿时间方向滚动 (H)',
        width: '宽度',
        widthTitle: '适应宽度 (W)',
        actualSizeTitle: '实际大小 (0)',
        lock: '锁定',
        locked: '已锁定',
        lockTitle: '将预览锁定在此文件',
        exportSvgTitle: '导出为 SVG',
        exportPngTitle: '导出为 PNG',
        copySvg: '复制 SVG',
        copySvgTitle: '将 SVG 复制到剪贴板'
    },
    pageTitle: (file: string) => `预览 ${file}`,
    fileLocked: (file: string) => `${file}（已锁定）`,
    banner: (line: string, message: string) => `第 ${line} 行：${message}`,
    bannerKept: (line: string, message: string) => `第 ${line} 行：${message}——显示的是最后一个有效版本`,
    loading: '正在加载…',
    empty: (file: string) => `${file} 中没有蓝图`,
    drawFailed: '无法绘制此图。',
    fence: {
        syntax: (line, message) => `蓝图代码块第 ${line} 行:${message}`,
        empty: '这个蓝图代码块里没有 blueprint { … }。',
        unexpected: found => `意外的“${found}”`,
        unexpectedEnd: '代码块在蓝图结束之前就结束了',
        failed: message => `无法绘制这个蓝图代码块:${message}`
    },
    diagram: {
        badges: { wait: '等', fail: '失', discretion: '判' },
        durationUnits: { ms: '毫秒', s: '秒', min: '分钟', h: '小时', d: '天' },
        laneTitles: { evidence: '有形展示', customer: '顾客行为', onstage: '前台行为', backstage: '后台行为', support: '支持过程' },
        title: (name: string) => `服务蓝图：${name}`,
        untitled: '服务蓝图',
        subtitle: (name: string, steps: string, flows: string) => `蓝图 ${name} · ${steps} 个步骤 · ${flows} 条流向`,
        zoneStrips: {
            evidence: { both: '有形展示', short: '有形展示', full: '有形展示' },
            customer: { both: '顾客行为', short: '顾客行为', full: '顾客行为' },
            onstage: { both: '前台行为', short: '前台行为', full: '前台行为' },
            backstage: { both: '后台行为', short: '后台行为', full: '后台行为' },
            support: { both: '支持过程', short: '支持过程', full: '支持过程' }
        },
        lineLabels: { interaction: '互动分界线', visibility: '可视分界线', internal: '内部互动分界线' },
        implied: '（隐含）',
        phaseTimeAxis: '阶段 / 时间 →',
        timeAxis: '时间 →',
        evidenceLane: '有形展示',
        tooltips: {
            note: (text: string) => `备注：${text}`,
            wait: (expected: string) => `等待点：${expected}`,
            waitTolerated: (expected: string, tolerance: string) => `等待点：${expected}，可容忍 ${tolerance}`,
            fail: (reason: string, recovery: string) => `失误点：${reason}(${recovery})`,
            recoverByStep: (step: string) => `由步骤 ${step} 补救`,
            recoverBy: (text: string) => `补救：${text}`,
            noRecovery: '未给出补救措施',
            discretion: '自主决策：依靠员工的判断',
            evidenceOf: (step: string) => `${step} 的有形展示：`,
            moreEvidence: (count: string) => `另有 ${count} 项`
        },
        channels: {
            counter: '柜台', branch: '网点', onsite: '上门', atm: 'ATM 自助', kiosk: '自助终端', pos: 'POS 终端',
            phone: '电话', web: '网站', app: '手机 App', mail: '邮寄', internal: '内部'
        },
        none: '—',
        headings: { classification: '服务过程分类', metrics: '过程指标', key: '图例' },
        classification: {
            divergence: '差异程度',
            object: '作用客体',
            contact: '顾客参与',
            approach: '设计方法'
        },
        divergence: { standard: '标准服务', customized: '定制服务' },
        object: {
            'customer-goods': '顾客物品/权益',
            'company-goods': '公司物品/权益',
            information: '信息',
            people: '人'
        },
        contact: {
            none: '无参与',
            indirect: '间接参与',
            'self-service': '自助服务',
            interactive: '交互服务'
        },
        approach: {
            'production-line': '生产线法',
            'customer-cooperation': '顾客合作法',
            'customer-contact': '顾客接触法'
        },
        metrics: {
            steps: '步骤',
            lineCrossings: '穿越分界线',
            failPoints: '失误点',
            waitPoints: '等待点',
            longestPath: '最长路径',
            customerVisible: '顾客可见时间',
            contactRatio: '接触率',
            automationShare: '自动化比例'
        },
        zones: { evidence: '有形展示', customer: '顾客行为', onstage: '前台行为', backstage: '后台行为', support: '支持过程' },
        lines: { interaction: '互动分界线', visibility: '可视分界线', internal: '内部互动分界线' },
        target: (duration: string) => `（目标 ${duration}）`,
        symbols: {
            handoff: '单向传递 (->)',
            twoWay: '双向互动 (<->)',
            step: '步骤（时间 · 执行者 · 渠道）',
            tech: '技术执行的步骤',
            evidence: '有形展示',
            fail: '失误点',
            wait: '等待点',
            discretion: '自主决策'
        }
    }
};
