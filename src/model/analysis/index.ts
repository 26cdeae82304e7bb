/**
 * Process analysis of a blueprint: the network (what to analyse), the
 * analytic pass (Erlang C) and the simulation. Pure: no I/O, no Langium.
 */
import type { BlueprintModel } from '../types.js';
import { analyse, type AnalyticResult } from './analytic.js';
import { buildNetwork, scenarioOf, type MissingInput, type Network } from './network.js';
import type { FlowGraph } from '../graph.js';

export * from './analytic.js';
export * from './network.js';
export * from './simulate.js';
export { serviceTime, squaredCv } from './distribution.js';
export { erlangB, erlangC, erlangCWait } from './erlang.js';

export type BlueprintAnalysis =
    | { network: Network; analytic: AnalyticResult; missing?: undefined }
    | { network?: undefined; analytic?: undefined; missing: MissingInput[] };

/** The analytic pass for the blueprint or one of its scenarios; `missing` says what to add when it cannot run. */
export function analyseBlueprint(model: BlueprintModel, scenarioName?: string, graph?: FlowGraph): BlueprintAnalysis {
    const scenario = scenarioOf(model, scenarioName);
    if (scenarioName !== undefined && !scenario) return { missing: [{ kind: 'scenario', name: scenarioName }] };
    const built = buildNetwork(model, scenario, graph);
    if (!built.network) return { missing: built.missing };
    const analytic = analyse(built.network);
    return analytic ? { network: built.network, analytic } : { missing: [{ kind: 'loopExit' }] };
}
