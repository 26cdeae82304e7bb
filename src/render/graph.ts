/**
 * The flow graph on step indices, for layout speed: the same edges and
 * strongly connected components as model/graph.ts (its one Tarjan), but with
 * integer arrays instead of string-keyed maps.
 */
import { stronglyConnectedIndices } from '../model/graph.js';
import type { BlueprintModel } from '../model/types.js';

export interface IndexedGraph {
    ids: string[];
    indexOf: Map<string, number>;
    /** Distinct successors and predecessors of each step. */
    successors: number[][];
    predecessors: number[][];
    /** Strongly connected components in topological order. */
    components: number[][];
    componentOf: Int32Array;
}

export function buildIndexedGraph(model: Pick<BlueprintModel, 'steps' | 'flows'>): IndexedGraph {
    const ids = model.steps.map(s => s.id);
    const indexOf = new Map<string, number>();
    ids.forEach((id, i) => { if (!indexOf.has(id)) indexOf.set(id, i); });
    const n = ids.length;
    const successors: number[][] = Array.from({ length: n }, () => []);
    const predecessors: number[][] = Array.from({ length: n }, () => []);
    for (const flow of model.flows) {
        const from = indexOf.get(flow.from);
        const to = indexOf.get(flow.to);
        // Out-degrees are small: a scan beats hashing pairs.
        if (from === undefined || to === undefined || successors[from].includes(to)) continue;
        successors[from].push(to);
        predecessors[to].push(from);
    }
    const { components, componentOf } = stronglyConnectedIndices(successors);
    return { ids, indexOf, successors, predecessors, components, componentOf };
}
