/** English: the metrics table (hover on a blueprint) and the process analysis in hovers. Each key has its twin in ../zh-cn/metrics.ts. */
export const metrics = {
    heading: (title: string, name: string) => `**${title}** · blueprint \`${name}\``,
    columns: '| metric | value |',
    classification: 'Classification',
    stepsPerZone: 'Steps per zone',
    lineCrossings: 'Line crossings',
    failAndWait: 'Fail points · wait points',
    longestPath: 'Longest path',
    customerVisible: 'Customer-visible time',
    target: (target: string) => ` (target ${target})`,
    contactRatio: 'Contact ratio',
    automationShare: 'Automation share',
    zones: (customer: number, onstage: number, backstage: number, support: number) =>
        `customer ${customer} · onstage ${onstage} · backstage ${backstage} · support ${support}`,
    lines: (interaction: number, visibility: number, internal: number) => `interaction ${interaction} · visibility ${visibility} · internal ${internal}`,
    analysis: {
        heading: '**Process analysis** (analytic; `blueprint simulate` for percentiles)',
        base: 'declared',
        notPossible: (missing: string) => `**Process analysis** not possible: needs ${missing}.`,
        overFull: '∞ (over 100 %)',
        perHour: (demand: number) => `${demand} /h`,
        columns: '| scenario | demand | bottleneck | customer-visible time | cost per customer |',
        predictedWait: '**Predicted wait**',
        waitColumns: '| scenario | performer | mean wait | P(wait) | mean queue |',
        utilisation: '**Utilisation**',
        utilisationColumns: '| blueprint | scenario | staff | utilisation | mean wait |'
    }
};
