/**
 * The one deterministic random-blueprint generator, shared by the unit tests
 * (layout invariants, SVG), the benchmark (scripts/bench.mjs) and the e2e suite
 * (scenario h), so that all of them draw from the same PRNG and the same logic.
 *
 *   randomBlueprint(options)  → BlueprintModel (metrics computed), built directly:
 *                               no parser involved, ranges are empty
 *   blueprintText(model)      → the same blueprint as .blueprint source text
 *                               (parsing it gives back the same lanes, steps, flows)
 *
 * Options (all but `steps` optional; the same options and seed give the same blueprint):
 *   steps       number of steps, ids s0, s1, … zero-padded to one width (1,000 steps: s000 … s999)
 *   seed        PRNG seed (Mulberry32), default 1
 *   lanes       a lane count spread over the four process zones top to bottom (default 5:
 *               customer, onstage, backstage ×2, support), or lanes per zone, e.g.
 *               { customer: 1, onstage: 2, backstage: 1, support: 1 }
 *   phases      declare this many phases; steps join them in step order (default 0)
 *   shape       'web' (default): each step in a random lane, fed from one of the six steps
 *               before it, some second inputs, some loops back, two-way flows, labels and
 *               conditions on flows: stresses the layout, and may break rules (BP002 …)
 *               'chain': a valid blueprint: each step in the lane of the step before or a
 *               neighbouring one, one hand-off chain s0 -> s1 -> … through every step
 *   failPoints  share of steps with a fail point (0…1, default 0.1)
 *   waitPoints  share of steps with a wait point (default 0.08)
 *   times       share of steps with a time standard (default 0.8)
 *   labels      'varied' (default): English and Chinese labels of varied length;
 *               'short': "Step 12 核对", one visible line in the picture (for edits in e2e)
 *
 * From plain Node scripts (.mjs): `await importTs('test/support/random-blueprint.ts')`
 * (scripts/import-ts.mjs bundles it with esbuild on the fly), so the generator stays
 * TypeScript, type-checked against the model it builds.
 */
import { buildFlowGraph } from '../../src/model/graph.js';
import { computeMetrics } from '../../src/model/metrics.js';
import { impliedLines } from '../../src/model/lines.js';
import {
    CHANNELS, SELF_SERVICE_CHANNELS,
    type BlueprintModel, type FlowModel, type LaneModel, type PerformerModel, type PhaseModel,
    type SourceRange, type StepModel, type ZoneKind
} from '../../src/model/types.js';

export type ProcessZone = 'customer' | 'onstage' | 'backstage' | 'support';
export type LanesPerZone = Partial<Record<ProcessZone, number>>;

export interface RandomBlueprintOptions {
    steps: number;
    seed?: number;
    lanes?: number | LanesPerZone;
    phases?: number;
    shape?: 'web' | 'chain';
    failPoints?: number;
    waitPoints?: number;
    times?: number;
    labels?: 'varied' | 'short';
}

const NO_RANGE: SourceRange = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
const PROCESS_ZONES: readonly ProcessZone[] = ['customer', 'onstage', 'backstage', 'support'];
const WORDS = ['check', 'verify', 'print', 'deposit', 'approve', 'record', 'notify', 'hand over', 'review the application form', 'sign'];
const CHINESE = ['核对身份', '打印回单', '审批贷款申请', '记账', '通知顾客', '签字确认并归档全部材料'];
const SHORT_WORDS = ['核对', 'check', '打印', 'sign', '记账', 'notify', '审批', 'file'];
const PERFORMERS = {
    teller: { id: 'teller', title: 'Teller', kind: 'actor' },
    clerk: { id: 'clerk', title: 'Back-office clerk', kind: 'actor' },
    core: { id: 'core', title: 'Core banking', kind: 'system' }
} satisfies Record<string, PerformerModel>;

type Random = () => number;

/** Mulberry32: a tiny deterministic PRNG. */
export function prng(seed: number): Random {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

/** The id of step `index` in a blueprint of `stepCount` steps. */
export function stepId(index: number, stepCount: number): string {
    return `s${String(index).padStart(String(Math.max(0, stepCount - 1)).length, '0')}`;
}

export function randomBlueprint(options: RandomBlueprintOptions): BlueprintModel {
    const { steps: stepCount, seed = 1, phases: phaseCount = 0, shape = 'web' } = options;
    const random = prng(seed);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
    const lanes = makeLanes(options.lanes ?? 5);
    const phases: PhaseModel[] = Array.from({ length: phaseCount }, (_, i) => ({ id: `p${i}`, title: `Phase ${i + 1} 阶段${i + 1}`, range: NO_RANGE }));
    const laneOf = shape === 'chain' ? laneWalk(stepCount, lanes.length, random) : undefined;
    const steps: StepModel[] = [];
    for (let i = 0; i < stepCount; i++) {
        const lane = laneOf ? lanes[laneOf[i]] : pick(lanes);
        const label = options.labels === 'short' ? `Step ${i} ${SHORT_WORDS[i % SHORT_WORDS.length]}`
            : random() < 0.3 ? `${pick(CHINESE)} ${i}` : `Step ${i} ${pick(WORDS)}`;
        const inPhase = phases.length > 0 && (shape === 'chain' || random() < 0.9);
        const performer = random() < 0.7 ? performerFor(lane.zone, random) : undefined;
        const channel = random() < 0.5 ? pick(CHANNELS) : undefined;
        steps.push({
            id: stepId(i, stepCount), label, lane: lane.id, zone: lane.zone,
            phase: inPhase ? phases[Math.min(phases.length - 1, Math.floor((i / stepCount) * phases.length))].id : undefined,
            performer, channel,
            technology: performer ? performer.kind === 'system' : channel !== undefined && SELF_SERVICE_CHANNELS.includes(channel),
            // Written in seconds (blueprintText), so the units a parse keeps are seconds.
            time: random() < (options.times ?? 0.8) ? secondsTime(Math.round(10 + random() * 600), random() < 0.3 ? 900 : undefined) : undefined,
            wait: random() < (options.waitPoints ?? 0.08) ? { expected: 300, tolerance: 600, unit: 's', toleranceUnit: 's' } : undefined,
            fail: random() < (options.failPoints ?? 0.1) ? { reason: 'Something breaks 出错', recoveryText: 'retry', range: NO_RANGE } : undefined,
            evidence: (lane.zone === 'customer' || lane.zone === 'onstage') && random() < 0.4 ? ['receipt', '回单'].slice(0, 1 + Math.floor(random() * 2)) : [],
            discretion: random() < 0.05,
            notes: [],
            range: NO_RANGE, nameRange: NO_RANGE
        });
    }
    const flows = shape === 'chain' ? chainFlows(stepCount) : webFlows(stepCount, random);
    const partial = {
        name: `generated${stepCount}`, title: `Generated ${stepCount} steps 生成`,
        classification: { divergence: 'standard' as const, object: 'information' as const, contact: 'interactive' as const, approach: 'production-line' as const },
        lanes, lines: impliedLines(lanes), phases, steps, flows, range: NO_RANGE, nameRange: NO_RANGE
    };
    return { ...partial, metrics: computeMetrics(partial, buildFlowGraph(partial)) };
}

/** Customers perform their own steps; staff at the front, clerks or the core system behind, the core system in support. */
function performerFor(zone: ZoneKind, random: Random): PerformerModel | undefined {
    if (zone === 'customer' || zone === 'evidence') return undefined;
    if (zone === 'onstage') return PERFORMERS.teller;
    if (zone === 'backstage') return random() < 0.5 ? PERFORMERS.clerk : PERFORMERS.core;
    return PERFORMERS.core;
}

/** A count spread over the four process zones (5: customer, onstage, backstage ×2, support), or lanes per zone. */
function makeLanes(lanes: number | LanesPerZone): LaneModel[] {
    const zones: ProcessZone[] = typeof lanes === 'number'
        ? Array.from({ length: lanes }, (_, i) => PROCESS_ZONES[lanes === 1 ? 0 : Math.round((i / (lanes - 1)) * (PROCESS_ZONES.length - 1))])
        : PROCESS_ZONES.flatMap(zone => Array.from({ length: lanes[zone] ?? 0 }, () => zone));
    if (zones.length === 0) throw new Error('randomBlueprint: at least one lane is needed');
    return zones.map((zone, i) => ({ id: `lane${i}`, title: `Lane ${i} ${zone}`, zone, range: NO_RANGE }));
}

/** Runs of work in one lane, hand-offs to a neighbouring lane (so no flow skips a zone). */
function laneWalk(stepCount: number, laneCount: number, random: Random): number[] {
    const laneOf: number[] = [];
    let lane = 0;
    for (let i = 0; i < stepCount; i++) {
        if (i > 0 && random() < 0.45) lane = Math.max(0, Math.min(laneCount - 1, lane + (random() < 0.5 ? -1 : 1)));
        laneOf.push(lane);
    }
    return laneOf;
}


function chainFlows(stepCount: number): FlowModel[] {
    return Array.from({ length: Math.max(0, stepCount - 1) }, (_, i) => ({
        index: i, from: stepId(i, stepCount), to: stepId(i + 1, stepCount), kind: 'handoff' as const, range: NO_RANGE
    }));
}

/** Each step is reached from one of the few steps before it; some get a second input; a few loop back. */
function webFlows(stepCount: number, random: Random): FlowModel[] {
    const flows: FlowModel[] = [];
    const add = (from: number, to: number) => {
        const roll = random();
        flows.push({
            index: flows.length, from: stepId(from, stepCount), to: stepId(to, stepCount), kind: roll < 0.1 ? 'two-way' : 'handoff',
            label: roll > 0.9 ? 'hand over 移交' : undefined,
            condition: roll > 0.95 ? 'if approved 通过' : undefined,
            range: NO_RANGE
        });
    };
    for (let i = 1; i < stepCount; i++) {
        add(Math.max(0, i - 1 - Math.floor(random() * 6)), i);
        if (random() < 0.15) add(Math.max(0, i - 1 - Math.floor(random() * 20)), i);
        if (random() < 0.04 && i > 2) add(i, i - 1 - Math.floor(random() * Math.min(5, i - 1)));
    }
    return flows;
}

/** `"text"`: the generator's strings hold no quotes or backslashes, but stay safe if a caller's do. */
function quote(text: string): string {
    return JSON.stringify(text);
}

function seconds(value: number): string {
    return `${value} s`;
}

function stepProperties(step: StepModel): string[] {
    const props: string[] = [];
    if (step.phase) props.push(`phase ${step.phase}`);
    if (step.performer) props.push(`by ${step.performer.id}`);
    if (step.channel) props.push(`via ${step.channel}`);
    if (step.time) props.push(`time ${seconds(step.time.standard)}${step.time.tolerance !== undefined ? ` tolerance ${seconds(step.time.tolerance)}` : ''}`);
    if (step.wait) props.push(`wait ${seconds(step.wait.expected)}${step.wait.tolerance !== undefined ? ` tolerance ${seconds(step.wait.tolerance)}` : ''}`);
    if (step.fail) {
        const recovery = step.fail.recoveryStep ? ` recover ${step.fail.recoveryStep}` : step.fail.recoveryText ? ` recover ${quote(step.fail.recoveryText)}` : '';
        props.push(`fail ${quote(step.fail.reason)}${recovery}`);
    }
    if (step.evidence.length > 0) props.push(`evidence ${step.evidence.map(quote).join(', ')}`);
    if (step.discretion) props.push('discretion');
    for (const note of step.notes) props.push(`note ${quote(note)}`);
    return props;
}

function flowLine(flow: FlowModel): string {
    const arrow = flow.kind === 'two-way' ? '<->' : '->';
    return `    ${flow.from} ${arrow} ${flow.to}${flow.label !== undefined ? ` ${quote(flow.label)}` : ''}${flow.condition !== undefined ? ` when ${quote(flow.condition)}` : ''}`;
}

/** A model as .blueprint text: performers, classification, phases, lanes with their steps, lines where written, flows. */
export function blueprintText(model: BlueprintModel): string {
    const performers = new Map(model.steps.flatMap(step => step.performer ? [[step.performer.id, step.performer] as const] : []));
    const out: string[] = [`// Generated by test/support/random-blueprint.ts: ${model.steps.length} steps, ${model.lanes.length} lanes, ${model.phases.length} phases.`];
    for (const p of performers.values()) out.push(`${p.kind === 'system' ? 'system' : 'actor'} ${p.id} ${quote(p.title)}`);
    out.push('', `blueprint ${model.name} ${quote(model.title)} {`);
    const classification = Object.entries(model.classification).filter(([, value]) => value !== undefined);
    if (classification.length > 0) out.push('    classification {', ...classification.map(([key, value]) => `        ${key} ${value}`), '    }');
    if (model.target !== undefined) out.push(`    target ${seconds(model.target)}`);
    for (const phase of model.phases) out.push(`    phase ${phase.id} ${quote(phase.title)}`);
    const stepsOf = new Map<string, StepModel[]>();
    for (const step of model.steps) {
        if (!stepsOf.has(step.lane)) stepsOf.set(step.lane, []);
        stepsOf.get(step.lane)?.push(step);
    }
    model.lanes.forEach((lane, index) => {
        for (const line of model.lines) if (!line.implied && line.afterLane === index - 1) out.push('', `    line ${line.kind}`);
        out.push('', `    ${lane.zone} ${lane.id}${lane.title === undefined ? '' : ` ${quote(lane.title)}`} {`);
        for (const step of stepsOf.get(lane.id) ?? []) {
            const props = stepProperties(step);
            out.push(`        step ${step.id} ${quote(step.label)}${props.length > 0 ? ` { ${props.join(' ')} }` : ''}`);
        }
        out.push('    }');
    });
    out.push('', ...model.flows.map(flowLine), '}', '');
    return out.join('\n');
}

function secondsTime(standard: number, tolerance: number | undefined): StepModel['time'] {
    return tolerance === undefined ? { standard, tolerance, unit: 's' } : { standard, tolerance, unit: 's', toleranceUnit: 's' };
}
