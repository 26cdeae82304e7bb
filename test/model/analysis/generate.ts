/**
 * Deterministic blueprints for the analysis benchmark and tests: a chain of
 * steps across the zones, performed by eight staffed roles and an unlimited
 * system, with 5% retry loops and a 10% side branch that rejoins, staffed for
 * about 75% utilisation at 60 customers an hour. It shapes the model for the
 * analysis (staffed roles, retry loops) on the shared generator's PRNG.
 */
import { buildFlowGraph } from '../../../src/model/graph.js';
import { prng } from '../../support/random-blueprint.js';
import { computeMetrics } from '../../../src/model/metrics.js';
import type { BlueprintModel, FlowModel, PerformerModel, SourceRange, StepModel, ZoneKind } from '../../../src/model/types.js';

const NO_RANGE: SourceRange = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
const ZONES_IN_TURN: ZoneKind[] = ['customer', 'onstage', 'onstage', 'backstage', 'support'];
const DEMAND = 60;

export function generateAnalysisModel(stepCount: number, seed = 1): BlueprintModel {
    const random = prng(seed);
    const roles: PerformerModel[] = Array.from({ length: 8 }, (_, i) => ({ id: `role${i}`, title: `Role ${i}`, kind: 'actor', costPerHour: 60 + 10 * i }));
    const system: PerformerModel = { id: 'core', title: 'Core banking', kind: 'system' };
    const steps: StepModel[] = Array.from({ length: stepCount }, (_, i) => {
        const zone = ZONES_IN_TURN[i % ZONES_IN_TURN.length];
        const standard = Math.round(20 + random() * 160);
        return {
            id: `s${i}`, label: `Step ${i}`, lane: zone, zone,
            performer: zone === 'customer' ? undefined : zone === 'support' ? system : roles[i % roles.length],
            technology: zone === 'support',
            time: { standard, tolerance: random() < 0.5 ? standard * 2 : undefined },
            evidence: [], discretion: false, notes: [], range: NO_RANGE, nameRange: NO_RANGE
        };
    });
    const flows: FlowModel[] = [];
    const flow = (from: number, to: number, condition?: string, probability?: number) =>
        flows.push({ index: flows.length, from: `s${from}`, to: `s${to}`, kind: 'handoff', condition, probability, range: NO_RANGE });
    for (let i = 0; i + 1 < stepCount; i++) {
        if (i % 10 === 8 && i + 2 < stepCount) {
            flow(i, i + 1, 'exception', 0.1); // a side step taken by 10% …
            flow(i, i + 2);
            flow(i + 1, i + 2); // … that rejoins
            i++;
            continue;
        }
        flow(i, i + 1);
        if (i % 7 === 6) flow(i, i - 2, 'retry', 0.05);
    }
    // Staff each role for about 75% utilisation (visits ≈ 1 per step).
    for (const role of roles) {
        const work = steps.filter(s => s.performer === role).reduce((sum, s) => sum + s.time!.standard, 0);
        role.staff = Math.max(1, Math.ceil(DEMAND * work * 1.1 / 3600 / 0.75));
    }
    const partial = {
        name: `analysis${stepCount}`, title: `Analysis ${stepCount} steps`, classification: {}, demand: DEMAND, scenarios: [],
        lanes: [...new Set(ZONES_IN_TURN)].map(zone => ({ id: zone, title: zone, zone, range: NO_RANGE })),
        lines: [], phases: [], steps, flows, range: NO_RANGE, nameRange: NO_RANGE
    };
    return { ...partial, metrics: computeMetrics(partial, buildFlowGraph(partial)) };
}
