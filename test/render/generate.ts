/**
 * Deterministic random blueprints for layout tests and the benchmark: lanes in
 * zone order, hand-offs between lanes, some two-way flows, cycles, labels,
 * conditions, evidence, fail and wait points. Builds a BlueprintModel directly.
 */
import { buildFlowGraph } from '../../src/model/graph.js';
import { computeMetrics } from '../../src/model/metrics.js';
import {
    CHANNELS, LINE_BOUNDARIES, LINES, ZONES,
    type BlueprintModel, type FlowModel, type LaneModel, type LineModel, type PhaseModel, type SourceRange, type StepModel, type ZoneKind
} from '../../src/model/types.js';

const NO_RANGE: SourceRange = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
const PROCESS_ZONES: ZoneKind[] = ['customer', 'onstage', 'backstage', 'support'];
const WORDS = ['check', 'verify', 'print', 'deposit', 'approve', 'record', 'notify', 'hand over', 'review the application form', 'sign'];
const CHINESE = ['核对身份', '打印回单', '审批贷款申请', '记账', '通知顾客', '签字确认并归档全部材料'];

export interface GenerateOptions {
    /** Declare this many phases and give most steps one (in step order). */
    phases?: number;
}

/** Mulberry32: a tiny deterministic PRNG. */
function prng(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

export function generateModel(stepCount: number, laneCount = 5, seed = 1, options: GenerateOptions = {}): BlueprintModel {
    const random = prng(seed);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
    const lanes = makeLanes(laneCount);
    const phases: PhaseModel[] = Array.from({ length: options.phases ?? 0 }, (_, i) => ({ id: `p${i}`, title: `Phase ${i + 1} 阶段${i + 1}`, range: NO_RANGE }));
    const steps: StepModel[] = [];
    for (let i = 0; i < stepCount; i++) {
        const lane = pick(lanes);
        const label = random() < 0.3 ? `${pick(CHINESE)} ${i}` : `Step ${i} ${pick(WORDS)}`;
        const system = lane.zone === 'support' || random() < 0.2;
        steps.push({
            id: `s${i}`, label, lane: lane.id, zone: lane.zone,
            phase: phases.length > 0 && random() < 0.9 ? phases[Math.min(phases.length - 1, Math.floor((i / stepCount) * phases.length))].id : undefined,
            performer: random() < 0.7 ? { id: system ? 'core' : 'teller', title: system ? 'Core banking' : 'Teller', kind: system ? 'system' : 'actor' } : undefined,
            channel: random() < 0.5 ? pick(CHANNELS) : undefined,
            technology: system,
            time: random() < 0.8 ? { standard: Math.round(10 + random() * 600), tolerance: random() < 0.3 ? 900 : undefined } : undefined,
            wait: random() < 0.08 ? { expected: 300, tolerance: 600 } : undefined,
            fail: random() < 0.1 ? { reason: 'Something breaks 出错', recoveryText: 'retry', range: NO_RANGE } : undefined,
            evidence: (lane.zone === 'customer' || lane.zone === 'onstage') && random() < 0.4 ? ['receipt', '回单'].slice(0, 1 + Math.floor(random() * 2)) : [],
            discretion: random() < 0.05,
            notes: [],
            range: NO_RANGE, nameRange: NO_RANGE
        });
    }
    const flows = makeFlows(stepCount, random);
    const partial = {
        name: `generated${stepCount}`, title: `Generated ${stepCount} steps 生成`, classification: { divergence: 'standard' as const, contact: 'interactive' as const },
        lanes, lines: impliedLines(lanes), phases, steps, flows, range: NO_RANGE, nameRange: NO_RANGE
    };
    return { ...partial, metrics: computeMetrics(partial, buildFlowGraph(partial)) };
}

/** Lanes spread over the four process zones, top to bottom (5 lanes: customer, onstage, backstage ×2, support). */
function makeLanes(count: number): LaneModel[] {
    return Array.from({ length: count }, (_, i) => {
        const zone = PROCESS_ZONES[count === 1 ? 0 : Math.round((i / (count - 1)) * (PROCESS_ZONES.length - 1))];
        return { id: `lane${i}`, title: `Lane ${i} ${zone}`, zone, range: NO_RANGE };
    });
}

function impliedLines(lanes: LaneModel[]): LineModel[] {
    return LINES.map(kind => {
        const lastAbove = ZONES.indexOf(LINE_BOUNDARIES[kind].above);
        let afterLane = -1;
        lanes.forEach((lane, i) => { if (ZONES.indexOf(lane.zone) <= lastAbove) afterLane = i; });
        return { kind, afterLane, implied: true };
    });
}

/** Each step is reached from one of the few steps before it; some get a second input; a few loop back. */
function makeFlows(stepCount: number, random: () => number): FlowModel[] {
    const flows: FlowModel[] = [];
    const add = (from: number, to: number) => {
        const roll = random();
        flows.push({
            index: flows.length, from: `s${from}`, to: `s${to}`, kind: roll < 0.1 ? 'two-way' : 'handoff',
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
