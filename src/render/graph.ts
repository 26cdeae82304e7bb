/**
 * The flow graph on step indices, for layout speed: the same edges and
 * strongly connected components as model/graph.ts, but with integer arrays
 * instead of string-keyed maps (10,000 steps in about a millisecond).
 */
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
    const { components, componentOf } = tarjan(n, successors);
    return { ids, indexOf, successors, predecessors, components, componentOf };
}

/** Iterative Tarjan (no recursion, so long chains cannot overflow the stack); components come out reversed. */
function tarjan(n: number, successors: number[][]): { components: number[][]; componentOf: Int32Array } {
    const index = new Int32Array(n).fill(-1);
    const low = new Int32Array(n);
    const onStack = new Uint8Array(n);
    const stack: number[] = [];
    const workNode: number[] = [];
    const workNext: number[] = [];
    const reversed: number[][] = [];
    let counter = 0;
    for (let root = 0; root < n; root++) {
        if (index[root] >= 0) continue;
        index[root] = low[root] = counter++;
        stack.push(root); onStack[root] = 1;
        workNode.push(root); workNext.push(0);
        while (workNode.length > 0) {
            const top = workNode.length - 1;
            const v = workNode[top];
            const succ = successors[v];
            if (workNext[top] < succ.length) {
                const w = succ[workNext[top]++];
                if (index[w] < 0) {
                    index[w] = low[w] = counter++;
                    stack.push(w); onStack[w] = 1;
                    workNode.push(w); workNext.push(0);
                } else if (onStack[w]) {
                    low[v] = Math.min(low[v], index[w]);
                }
                continue;
            }
            workNode.pop(); workNext.pop();
            if (workNode.length > 0) {
                const parent = workNode[workNode.length - 1];
                low[parent] = Math.min(low[parent], low[v]);
            }
            if (low[v] === index[v]) {
                const component: number[] = [];
                let member: number;
                do {
                    member = stack.pop()!;
                    onStack[member] = 0;
                    component.push(member);
                } while (member !== v);
                reversed.push(component.reverse());
            }
        }
    }
    const components = reversed.reverse();
    const componentOf = new Int32Array(n);
    components.forEach((component, c) => { for (const v of component) componentOf[v] = c; });
    return { components, componentOf };
}
