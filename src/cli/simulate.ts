/**
 * blueprint simulate <file[#Name]> [--scenario NAME] [--customers N] [--seed S] [--format text|json|md]
 *                    [--staff-for PERFORMER --goal "p90 wait < 10 min"]
 * The analytic pass and the seeded simulation of one blueprint; with
 * --staff-for, the smallest staff for a performer that meets the goal.
 */
import { found } from '../model/lookup.js';
import { output as stdio } from './output.js';
import {
    analyseBlueprint, simulate,
    type AnalyticResult, type MissingInput, type Network, type SimulationResult
} from '../model/analysis/index.js';
import { parseGoal, searchStaff, staffablePerformers, type Goal, type StaffingAnswer } from '../model/analysis/staffing.js';
import {
    choiceOf, loadBlueprint, markdownTable, minutes, money, parseOptions, percent, textTable, wholeNumber, type LoadedBlueprint
} from './analysis-input.js';
import { CliError } from './errors.js';
import { cliLocale, joined, text } from './text.js';
import { messagesFor } from '../i18n/index.js';
import { missingInputsText } from '../i18n/missing-inputs.js';

export const DEFAULT_CUSTOMERS = 20_000;

/** The goal as the model reads it, or a one-line error. */
function goalOf(goalText: string): Goal {
    const goal = parseGoal(goalText);
    if (!goal) throw new CliError(text().simulate.badGoal(goalText));
    return goal;
}

/** The staffing search of the model for a performer named on the command line. */
function staffFor(network: Network, analytic: AnalyticResult, performerId: string, goal: Goal, customers: number, seed: number): StaffingAnswer {
    const index = staffablePerformers(network).find(i => network.performers[i].id === performerId);
    if (index === undefined) throw new CliError(text().simulate.unknownPerformer(performerId, joined(staffablePerformers(network).map(i => network.performers[i].id)) || text().simulate.none));
    return searchStaff(network, analytic, index, goal, customers, seed);
}

export interface SimulateReport {
    file: string;
    blueprint: string;
    title: string;
    scenario?: string;
    target?: number;
    analytic: AnalyticResult;
    simulation: SimulationResult;
    staffing?: StaffingAnswer;
}

export async function simulateCommand(args: string[]): Promise<number> {
    const { values, positionals } = parseOptions(args, {
        scenario: { type: 'string' }, customers: { type: 'string' }, seed: { type: 'string' }, format: { type: 'string' },
        'staff-for': { type: 'string' }, goal: { type: 'string' }
    });
    if (positionals.length !== 1) throw new CliError(text().simulate.needsFile);
    const format = choiceOf(values.format, ['text', 'json', 'md'] as const, 'format', 'text');
    const customers = wholeNumber(values.customers, 'customers', DEFAULT_CUSTOMERS);
    const seed = wholeNumber(values.seed, 'seed', 1, 0);
    if (values.goal !== undefined && values['staff-for'] === undefined) throw new CliError(text().simulate.goalNeedsStaffFor);
    const goal = values['staff-for'] !== undefined ? goalOf(String(values.goal ?? 'p90 wait < 10 min')) : undefined;
    const loaded = await loadBlueprint(positionals[0]);
    const report = simulateBlueprint(loaded, values.scenario as string | undefined, customers, seed);
    if ('missing' in report) {
        stdio.error(`blueprint: ${text().simulate.notPossible(loaded.path, missingInputsText(report.missing, messagesFor(cliLocale()).analysis))}`);
        return 1;
    }
    if (goal) report.report.staffing = staffFor(report.network, report.report.analytic, String(values['staff-for']), goal, customers, seed);
    const out = report.report;
    stdio.line(format === 'json' ? JSON.stringify(out, null, 2) : format === 'md' ? formatMarkdown(out) : formatText(out));
    const overloaded = out.analytic.performers.filter(p => p.utilisation >= 1).map(p => p.id);
    if (overloaded.length > 0) stdio.error(`blueprint: ${text().simulate.overloaded(joined(overloaded))}`);
    return loaded.errors > 0 || overloaded.length > 0 || (goal !== undefined && out.staffing?.staff === undefined) ? 1 : 0;
}

export function simulateBlueprint(loaded: LoadedBlueprint, scenario: string | undefined, customers: number, seed: number):
    { report: SimulateReport; network: Network } | { missing: MissingInput[] } {
    const analysis = analyseBlueprint(loaded.model, scenario);
    if (analysis.missing) return { missing: analysis.missing };
    const simulation = simulate(analysis.network, { customers, seed });
    const report: SimulateReport = {
        file: loaded.path, blueprint: loaded.model.name, title: loaded.model.title, scenario,
        target: loaded.model.target, analytic: analysis.analytic, simulation
    };
    return { report, network: analysis.network };
}

function header(r: SimulateReport): string[] {
    const t = text().simulate;
    const v = r.simulation.customerVisible;
    const over = r.simulation.overTarget === undefined ? '' : t.overTarget(minutes(r.target), percent(r.simulation.overTarget));
    const limit = Number.isFinite(r.analytic.throughputLimit) ? r.analytic.throughputLimit.toFixed(1) : '∞';
    return [
        `${r.file}#${r.blueprint} — ${r.title}`,
        t.scenarioLine(r.scenario ?? t.baseCase, r.analytic.demand, r.simulation.customers.toLocaleString('en'), r.simulation.customers - r.simulation.measured, r.simulation.seed),
        t.visibleLine(minutes(v.mean), minutes(v.p50), minutes(v.p90), minutes(v.p95), over),
        t.costLine(money(r.simulation.costPerCustomer), money(r.analytic.costPerCustomer), r.analytic.bottleneck ?? '—', limit)
    ];
}

function performerRows(r: SimulateReport): string[][] {
    const h = text().simulate.performerHeader;
    return [
        [h.performer, h.staff, h.utilisation, h.analytic, h.wait, h.meanQueue, h.maxQueue],
        ...r.analytic.performers.filter(p => Number.isFinite(p.servers)).map(p => {
            const s = found(r.simulation.performers.find(x => x.id === p.id), 'r.simulation.performers.find(x => x.id === p.id)');
            return [p.id, String(p.servers), percent(s.utilisation), percent(p.utilisation), minutes(p.meanWait), s.meanQueue.toFixed(2), String(s.maxQueue)];
        })
    ];
}

function stepRows(r: SimulateReport): string[][] {
    const h = text().simulate.stepHeader;
    return [
        [h.step, h.visits, h.meanWait, h.p90Wait],
        ...r.simulation.steps.filter(s => s.meanWait > 0).map(s => [s.id, s.visits.toFixed(2), minutes(s.meanWait), minutes(s.p90Wait)])
    ];
}

function staffingRows(answer: StaffingAnswer): string[][] {
    const t = text().simulate;
    return [[t.staffingHeader.staff, answer.goal.replace(/\s*<.*/, ''), t.staffingHeader.meets], ...answer.trials.map(trial => [String(trial.staff), minutes(trial.value), trial.meets ? t.yes : t.no])];
}

function staffingLine(answer: StaffingAnswer): string {
    const t = text().simulate;
    return answer.staff !== undefined ? t.staffFound(answer.staff, answer.performer, answer.goal) : t.staffNotFound(answer.performer, answer.trials.at(-1)?.staff ?? 0);
}

export function formatText(r: SimulateReport): string {
    const lines = [...header(r), '', ...textTable(performerRows(r))];
    const steps = stepRows(r);
    if (steps.length > 1) lines.push('', ...textTable(steps));
    if (r.staffing) lines.push('', staffingLine(r.staffing), ...textTable(staffingRows(r.staffing)));
    return lines.join('\n');
}

export function formatMarkdown(r: SimulateReport): string {
    const [title, ...rest] = header(r);
    const lines = [`### ${title}`, '', ...rest.map(l => `- ${l}`), '', ...markdownTable(performerRows(r))];
    const steps = stepRows(r);
    if (steps.length > 1) lines.push('', ...markdownTable(steps));
    if (r.staffing) lines.push('', `**${staffingLine(r.staffing)}**`, '', ...markdownTable(staffingRows(r.staffing)));
    return lines.join('\n');
}
