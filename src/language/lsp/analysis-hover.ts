/**
 * The process analysis in hovers: the blueprint's summary per scenario, a
 * step's predicted wait and queue, a performer's utilisation per scenario.
 * The analytic pass only (Erlang C): a hover must answer at once.
 */
import { analyseBlueprint, firstSteps, type AnalyticResult, type MissingInput, type Network } from '../../model/analysis/index.js';
import { formatDuration } from '../../model/duration.js';
import type { BlueprintModel } from '../../model/types.js';
import { escapeMarkdown } from './hover.js';
import { messagesFor, type Messages } from '../../i18n/index.js';
import { missingInputsText } from '../../i18n/missing-inputs.js';

const row = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;

interface Case { scenario?: string; network: Network; analytic: AnalyticResult }

/** The analysed cases of a blueprint: its own demand (when declared) and every scenario. */
function casesOf(model: BlueprintModel): { cases: Case[]; missing: MissingInput[] } {
    const names = [...(model.demand !== undefined || !model.scenarios?.length ? [undefined] : []), ...(model.scenarios ?? []).map(s => s.id)];
    const cases: Case[] = [];
    const missing = new Map<string, MissingInput>();
    for (const scenario of names) {
        const result = analyseBlueprint(model, scenario);
        if (result.missing) result.missing.forEach(item => missing.set(JSON.stringify(item), item));
        else cases.push({ scenario, network: result.network, analytic: result.analytic });
    }
    return { cases, missing: [...missing.values()] };
}

const percent = (share: number) => (Number.isFinite(share) ? `${Math.round(share * 1000) / 10} %` : '∞');
const waitIn = (messages: Messages) => (seconds: number) =>
    (Number.isFinite(seconds) ? formatDuration(seconds, messages.preview.diagram.durationUnits) : messages.metrics.analysis.overFull);

/** Markdown for the blueprint hover, or '' when the blueprint asks for no analysis. */
export function blueprintAnalysisHover(model: BlueprintModel, messages: Messages = messagesFor('en')): string {
    if (model.demand === undefined && !model.scenarios?.length) return '';
    const t = messages.metrics.analysis;
    const wait = waitIn(messages);
    const { cases, missing } = casesOf(model);
    if (cases.length === 0) return t.notPossible(missingInputsText(missing, messages.analysis));
    const rows = cases.map(({ scenario, analytic }) => {
        const busiest = analytic.performers.find(p => p.id === analytic.bottleneck);
        return row([escapeMarkdown(scenario ?? t.base), t.perHour(analytic.demand), `${escapeMarkdown(analytic.bottleneck ?? '—')} ${busiest ? percent(busiest.utilisation) : ''}`, wait(analytic.customerVisibleTime), analytic.costPerCustomer.toFixed(2)]);
    });
    return `${t.heading}\n\n${t.columns}\n|---|---|---|---|---|\n${rows.join('\n')}`;
}

/** Markdown for a step hover: the predicted wait and queue where the customer meets a counted performer. */
export function stepAnalysisHover(model: BlueprintModel, stepId: string, messages: Messages = messagesFor('en')): string {
    const t = messages.metrics.analysis;
    const wait = waitIn(messages);
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
        rows.push(row([escapeMarkdown(scenario ?? t.base), `${escapeMarkdown(load.id)} ${percent(load.utilisation)}`, wait(load.meanWait), percent(load.waitProbability), Number.isFinite(queue) ? queue.toFixed(2) : '∞']));
    }
    return rows.length === 0 ? '' : `${t.predictedWait}\n\n${t.waitColumns}\n|---|---|---|---|---|\n${rows.join('\n')}`;
}

/** Little's law: customers waiting = customers per second reaching the queue × their wait. */
function queueLength(demandPerHour: number, meanWait: number, visitsPerCustomer: number): number {
    return (demandPerHour / 3600) * Math.min(1, visitsPerCustomer) * meanWait;
}

/** Markdown for an actor or system hover: its utilisation in each blueprint and scenario of the document. */
export function performerAnalysisHover(performerId: string, models: BlueprintModel[], messages: Messages = messagesFor('en')): string {
    const t = messages.metrics.analysis;
    const wait = waitIn(messages);
    const rows: string[] = [];
    for (const model of models) {
        for (const { scenario, analytic } of casesOf(model).cases) {
            const load = analytic.performers.find(p => p.id === performerId);
            if (load && Number.isFinite(load.servers)) rows.push(row([escapeMarkdown(model.name), escapeMarkdown(scenario ?? t.base), load.servers, percent(load.utilisation), wait(load.meanWait)]));
        }
    }
    return rows.length === 0 ? '' : `${t.utilisation}\n\n${t.utilisationColumns}\n|---|---|---|---|---|\n${rows.join('\n')}`;
}
