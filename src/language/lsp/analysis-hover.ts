/**
 * The process analysis in hovers: the blueprint's summary per scenario, a
 * step's predicted wait and queue, a performer's utilisation per scenario.
 * The analytic pass only (Erlang C): a hover must answer at once.
 */
import { analyseBlueprint, firstSteps, type AnalyticResult, type Network } from '../../model/analysis/index.js';
import { formatDuration } from '../../model/duration.js';
import type { BlueprintModel } from '../../model/types.js';
import { escapeMarkdown } from './hover.js';

const TEXT = {
    heading: '**Process analysis** (analytic; `blueprint simulate` for percentiles)',
    base: 'declared',
    notPossible: (missing: string[]) => `**Process analysis** not possible: needs ${missing.join('; ')}.`,
    performerRow: (blueprint: string, scenario: string, staff: number, utilisation: string, wait: string) => `| ${blueprint} | ${scenario} | ${staff} | ${utilisation} | ${wait} |`
};

interface Case { scenario?: string; network: Network; analytic: AnalyticResult }

/** The analysed cases of a blueprint: its own demand (when declared) and every scenario. */
function casesOf(model: BlueprintModel): { cases: Case[]; missing: string[] } {
    const names = [...(model.demand !== undefined || !model.scenarios?.length ? [undefined] : []), ...(model.scenarios ?? []).map(s => s.id)];
    const cases: Case[] = [];
    const missing: string[] = [];
    for (const scenario of names) {
        const result = analyseBlueprint(model, scenario);
        if (result.missing) missing.push(...result.missing);
        else cases.push({ scenario, network: result.network, analytic: result.analytic });
    }
    return { cases, missing: [...new Set(missing)] };
}

const percent = (share: number) => (Number.isFinite(share) ? `${Math.round(share * 1000) / 10} %` : '∞');
const wait = (seconds: number) => (Number.isFinite(seconds) ? formatDuration(seconds) : '∞ (over 100 %)');

/** Markdown for the blueprint hover, or '' when the blueprint asks for no analysis. */
export function blueprintAnalysisHover(model: BlueprintModel): string {
    if (model.demand === undefined && !model.scenarios?.length) return '';
    const { cases, missing } = casesOf(model);
    if (cases.length === 0) return TEXT.notPossible(missing);
    const rows = cases.map(({ scenario, analytic }) => {
        const busiest = analytic.performers.find(p => p.id === analytic.bottleneck);
        return `| ${escapeMarkdown(scenario ?? TEXT.base)} | ${analytic.demand} /h | ${escapeMarkdown(analytic.bottleneck ?? '—')} ${busiest ? percent(busiest.utilisation) : ''} | ${wait(analytic.customerVisibleTime)} | ${analytic.costPerCustomer.toFixed(2)} |`;
    });
    return `${TEXT.heading}\n\n| scenario | demand | bottleneck | customer-visible time | cost per customer |\n|---|---|---|---|---|\n${rows.join('\n')}`;
}

/** Markdown for a step hover: the predicted wait and queue where the customer meets a counted performer. */
export function stepAnalysisHover(model: BlueprintModel, stepId: string): string {
    const { cases } = casesOf(model);
    const rows: string[] = [];
    for (const { scenario, network, analytic } of cases) {
        const index = network.steps.findIndex(s => s.id === stepId);
        const step = network.steps[index];
        const queueStep = step?.waitPoint && step.waitQueueStep >= 0 ? step.waitQueueStep : index;
        const performer = network.steps[queueStep]?.performer ?? -1;
        if (performer < 0 || !Number.isFinite(network.performers[performer].servers) || !firstSteps(network).has(queueStep)) continue;
        const load = analytic.performers[performer];
        const queue = load.utilisation < 1 ? queueLength(analytic.demand, load.meanWait, analytic.steps[queueStep].visits) : Infinity;
        rows.push(`| ${escapeMarkdown(scenario ?? TEXT.base)} | ${escapeMarkdown(load.id)} ${percent(load.utilisation)} | ${wait(load.meanWait)} | ${percent(load.waitProbability)} | ${Number.isFinite(queue) ? queue.toFixed(2) : '∞'} |`);
    }
    return rows.length === 0 ? '' : `**Predicted wait**\n\n| scenario | performer | mean wait | P(wait) | mean queue |\n|---|---|---|---|---|\n${rows.join('\n')}`;
}

/** Little's law: customers waiting = customers per second reaching the queue × their wait. */
function queueLength(demandPerHour: number, meanWait: number, visitsPerCustomer: number): number {
    return (demandPerHour / 3600) * Math.min(1, visitsPerCustomer) * meanWait;
}

/** Markdown for an actor or system hover: its utilisation in each blueprint and scenario of the document. */
export function performerAnalysisHover(performerId: string, models: BlueprintModel[]): string {
    const rows: string[] = [];
    for (const model of models) {
        for (const { scenario, analytic } of casesOf(model).cases) {
            const load = analytic.performers.find(p => p.id === performerId);
            if (load && Number.isFinite(load.servers)) rows.push(TEXT.performerRow(escapeMarkdown(model.name), escapeMarkdown(scenario ?? TEXT.base), load.servers, percent(load.utilisation), wait(load.meanWait)));
        }
    }
    return rows.length === 0 ? '' : `**Utilisation**\n\n| blueprint | scenario | staff | utilisation | mean wait |\n|---|---|---|---|---|\n${rows.join('\n')}`;
}
