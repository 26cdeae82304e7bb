import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDuration } from '../model/duration.js';
import type { BlueprintModel } from '../model/types.js';
import { blueprintsOf, type LoadedWorkspace } from './workspace.js';

export interface BlueprintStats { path: string; name: string; title: string; classification: BlueprintModel['classification']; metrics: BlueprintModel['metrics'] }

export function collectStats(workspace: LoadedWorkspace): BlueprintStats[] {
    return workspace.documents.flatMap(document => blueprintsOf(document).map(model => ({
        path: relative(process.cwd(), fileURLToPath(document.uri.toString())),
        name: model.name,
        title: model.title,
        classification: model.classification,
        metrics: model.metrics
    })));
}

const percent = (value: number | undefined) => (value === undefined ? '—' : `${Math.round(value * 100)}%`);

export function formatStatsText(stats: BlueprintStats[]): string {
    return stats.map(s => {
        const m = s.metrics;
        const c = s.classification;
        return [
            `${s.path}: ${s.name} — ${s.title}`,
            `  classification   ${[c.divergence, c.object, c.contact, c.approach].map(v => v ?? '?').join(' · ')}`,
            `  steps            ${m.totalSteps} (evidence ${m.stepsPerZone.evidence}, customer ${m.stepsPerZone.customer}, onstage ${m.stepsPerZone.onstage}, backstage ${m.stepsPerZone.backstage}, support ${m.stepsPerZone.support})`,
            `  line crossings   interaction ${m.lineCrossings.interaction}, visibility ${m.lineCrossings.visibility}, internal ${m.lineCrossings.internal}`,
            `  fail/wait points ${m.failPoints} / ${m.waitPoints}`,
            `  longest path     ${formatDuration(m.longestPathTime)}`,
            `  customer-visible ${formatDuration(m.customerVisibleTime)}`,
            `  contact ratio    ${percent(m.contactRatio)}`,
            `  automation share ${percent(m.automationShare)}`
        ].join('\n');
    }).join('\n\n');
}
