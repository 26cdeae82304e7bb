/** 简体中文:指标表(悬停在蓝图上)与悬停中的过程分析。键与 ../en/metrics.ts 一一对应。 */
import type { Messages } from '../en/index.js';

export const metrics: Messages['metrics'] = {
    heading: (title: string, name: string) => `**${title}** · 蓝图 \`${name}\``,
    columns: '| 指标 | 数值 |',
    classification: '服务分类',
    stepsPerZone: '各区域步骤数',
    lineCrossings: '穿越分界线次数',
    failAndWait: '失误点 · 等待点',
    longestPath: '最长路径',
    customerVisible: '顾客可见时间',
    target: (target: string) => `(目标 ${target})`,
    contactRatio: '接触比',
    automationShare: '自动化比例',
    zones: (customer: number, onstage: number, backstage: number, support: number) =>
        `顾客行为 ${customer} · 前台行为 ${onstage} · 后台行为 ${backstage} · 支持过程 ${support}`,
    lines: (interaction: number, visibility: number, internal: number) => `互动分界线 ${interaction} · 可视分界线 ${visibility} · 内部互动分界线 ${internal}`,
    analysis: {
        heading: '**过程分析**(解析计算;百分位请用 `blueprint simulate`)',
        base: '声明值',
        notPossible: (missing: string) => `**过程分析**无法进行:需要 ${missing}。`,
        overFull: '∞(超过 100 %)',
        perHour: (demand: number) => `${demand} 人/小时`,
        columns: '| 情景 | 需求 | 瓶颈 | 顾客可见时间 | 每位顾客成本 |',
        predictedWait: '**预测等待**',
        waitColumns: '| 情景 | 执行者 | 平均等待 | 等待概率 | 平均队长 |',
        utilisation: '**利用率**',
        utilisationColumns: '| 蓝图 | 情景 | 人员 | 利用率 | 平均等待 |'
    }
};
