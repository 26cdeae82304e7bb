import { formatDuration } from '../model/duration.js';
import type { BlueprintModel } from '../model/types.js';
import { displayWidth } from './analysis-input.js';
import { durationUnits, text } from './text.js';
import { blueprintsOf, type LoadedWorkspace } from './workspace.js';

export interface BlueprintStats { path: string; name: string; title: string; classification: BlueprintModel['classification']; metrics: BlueprintModel['metrics'] }

export function collectStats(workspace: LoadedWorkspace): BlueprintStats[] {
    return workspace.documents.flatMap(document => blueprintsOf(document).map(model => ({
        path: workspace.pathOf(document),
        name: model.name,
        title: model.title,
        classification: model.classification,
        metrics: model.metrics
    })));
}

const percent = (value: number | undefined) => (value === undefined ? '—' : `${Math.round(value * 100)}%`);

/** Label and value rows, the labels padded to one column (CJK counted double). */
function aligned(rows: Array<[string, string]>): string[] {
    const width = Math.max(...rows.map(([label]) => displayWidth(label))) + 1;
    return rows.map(([label, value]) => `  ${label}${' '.repeat(width - displayWidth(label))}${value}`);
}

export function formatStatsText(stats: BlueprintStats[]): string {
    const t = text().stats;
    return stats.map(s => {
        const m = s.metrics;
        const c = s.classification;
        const zones = m.stepsPerZone;
        return [
            `${s.path}: ${s.name} — ${s.title}`,
            ...aligned([
                [t.classification, [c.divergence, c.object, c.contact, c.approach].map(v => v ?? '?').join(' · ')],
                [t.steps, `${m.totalSteps} ${t.stepsPerZone(zones.evidence, zones.customer, zones.onstage, zones.backstage, zones.support)}`],
                [t.lineCrossings, t.crossings(m.lineCrossings.interaction, m.lineCrossings.visibility, m.lineCrossings.internal)],
                [t.failWaitPoints, `${m.failPoints} / ${m.waitPoints}`],
                [t.longestPath, formatDuration(m.longestPathTime, durationUnits())],
                [t.customerVisible, formatDuration(m.customerVisibleTime, durationUnits())],
                [t.contactRatio, percent(m.contactRatio)],
                [t.automationShare, percent(m.automationShare)]
            ])
        ].join('\n');
    }).join('\n\n');
}
