import { lookup, popLast } from './lookup.js';
import type { BlueprintModel, StepModel } from './types.js';

/**
 * The flow graph of a blueprint, derived once per model. Edges follow the
 * written direction of every flow; a two-way flow `a <-> b` is also walked
 * backwards for reachability, but never counts as a loop.
 */
export interface FlowGraph {
    successors: Map<string, string[]>;
    predecessors: Map<string, string[]>;
    /** Strongly connected components of the forward edges, in topological order. */
    components: string[][];
    componentOf: Map<string, number>;
    /** Steps with no inbound flow, in source order. */
    startSteps: string[];
    /**
     * Where the process starts: the steps with no inbound flow, and for a loop
     * that no flow from outside enters (a retry loop back to the first step),
     * its first step in source order. In source order.
     */
    entrySteps: string[];
    /** Steps with no outbound flow, in source order: where the process ends. */
    endSteps: string[];
    /** For a two-way flow `a <-> b`: b → [a], the direction not in `successors`. */
    twoWayBack: Map<string, string[]>;
    /** Steps reachable from a customer entry step. */
    reachableFromCustomerStart: Set<string>;
}

export function buildFlowGraph(model: Pick<BlueprintModel, 'steps' | 'flows'>): FlowGraph {
    const successors = new Map<string, string[]>();
    const predecessors = new Map<string, string[]>();
    for (const step of model.steps) {
        successors.set(step.id, []);
        predecessors.set(step.id, []);
    }
    for (const flow of model.flows) {
        if (!successors.has(flow.from) || !successors.has(flow.to)) continue;
        pushUnique(lookup(successors, flow.from, 'successor list'), flow.to);
        pushUnique(lookup(predecessors, flow.to, 'predecessor list'), flow.from);
    }
    const { components, componentOf } = stronglyConnectedComponents(model.steps.map(s => s.id), successors);
    const startSteps = model.steps.filter(s => lookup(predecessors, s.id, 'predecessor list').length === 0).map(s => s.id);
    const endSteps = model.steps.filter(s => lookup(successors, s.id, 'successor list').length === 0).map(s => s.id);
    const twoWayBack = new Map<string, string[]>();
    for (const flow of model.flows) {
        if (flow.kind !== 'two-way' || !successors.has(flow.from) || !successors.has(flow.to)) continue;
        const list = twoWayBack.get(flow.to) ?? [];
        pushUnique(list, flow.from);
        twoWayBack.set(flow.to, list);
    }
    const entrySteps = entriesOf(model.steps.map(s => s.id), components, componentOf, predecessors);
    const zoneOf = new Map(model.steps.map(s => [s.id, s.zone]));
    const customerStarts = entrySteps.filter(id => zoneOf.get(id) === 'customer');
    const reachableFromCustomerStart = reachableFrom({ successors, twoWayBack }, customerStarts);
    return { successors, predecessors, components, componentOf, startSteps, entrySteps, endSteps, twoWayBack, reachableFromCustomerStart };
}

/** The first step (in source order) of every component no flow from another component enters. */
function entriesOf(ids: string[], components: string[][], componentOf: Map<string, number>, predecessors: Map<string, string[]>): string[] {
    const entered = new Array<boolean>(components.length).fill(false);
    for (const id of ids) {
        const own = lookup(componentOf, id, 'component');
        if (lookup(predecessors, id, 'predecessor list').some(p => lookup(componentOf, p, 'component') !== own)) entered[own] = true;
    }
    const taken = new Set<number>();
    return ids.filter(id => {
        const component = lookup(componentOf, id, 'component');
        if (entered[component] || taken.has(component)) return false;
        taken.add(component);
        return true;
    });
}

function pushUnique(list: string[], value: string): void {
    if (!list.includes(value)) list.push(value);
}

/** The steps a step exchanges with along flows: its successors, and the sources of its two-way flows. */
export function neighbours(graph: Pick<FlowGraph, 'successors' | 'twoWayBack'>, id: string): string[] {
    return [...(graph.successors.get(id) ?? []), ...(graph.twoWayBack.get(id) ?? [])];
}

/**
 * The steps reachable from `starts` (included) along flows, walking two-way
 * flows both ways. With `through`, the walk only enters steps it accepts.
 */
export function reachableFrom(graph: Pick<FlowGraph, 'successors' | 'twoWayBack'>, starts: string[], through: (id: string) => boolean = () => true): Set<string> {
    const seen = new Set<string>(starts);
    const stack = [...starts];
    for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
        for (const next of neighbours(graph, id)) {
            if (!seen.has(next) && through(next)) {
                seen.add(next);
                stack.push(next);
            }
        }
    }
    return seen;
}

/**
 * Strongly connected components of the steps `ids` (first occurrence counts)
 * along `successors`, in topological order. The work is done on indices by
 * `stronglyConnectedIndices`, the one Tarjan of the project.
 */
export function stronglyConnectedComponents(ids: string[], successors: Map<string, string[]>): { components: string[][]; componentOf: Map<string, number> } {
    const indexOf = new Map<string, number>();
    const nodes: string[] = [];
    for (const id of ids) {
        if (indexOf.has(id)) continue;
        indexOf.set(id, nodes.length);
        nodes.push(id);
    }
    const indexed = nodes.map(id => (successors.get(id) ?? []).flatMap(next => {
        const i = indexOf.get(next);
        return i === undefined ? [] : [i];
    }));
    const components = stronglyConnectedIndices(indexed).components.map(component => component.map(i => nodes[i]));
    const componentOf = new Map<string, number>();
    components.forEach((component, i) => component.forEach(id => componentOf.set(id, i)));
    return { components, componentOf };
}

/**
 * Tarjan's algorithm on nodes 0 … n-1, iterative so that a 50,000-step chain
 * cannot overflow the stack, on typed arrays for layout speed (10,000 steps
 * in about a millisecond). Components come out in reverse topological order;
 * we flip them.
 */
export function stronglyConnectedIndices(successors: readonly (readonly number[])[]): { components: number[][]; componentOf: Int32Array } {
    const n = successors.length;
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
                    member = popLast(stack, 'the Tarjan stack');
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

/** A component is a cycle when it has several steps or a step that flows to itself. */
export function isCycle(component: string[], successors: Map<string, string[]>): boolean {
    return component.length > 1 || (successors.get(component[0]) ?? []).includes(component[0]);
}

/**
 * The heaviest path through the condensation DAG, where a cycle counts each of
 * its steps once. Returns the total weight and the steps along the path.
 */
export function heaviestPath(graph: FlowGraph, steps: StepModel[], weight: (step: StepModel) => number): { total: number; path: string[] } {
    const byId = new Map(steps.map(s => [s.id, s]));
    const componentWeight = graph.components.map(c => c.reduce((sum, id) => sum + weight(lookup(byId, id, 'step')), 0));
    const incoming = new Array<number>(graph.components.length).fill(0);
    const total = new Array<number>(graph.components.length).fill(0);
    const previous = new Array<number>(graph.components.length).fill(-1);
    // Components are in topological order, so every predecessor is final before its successors.
    for (let i = 0; i < graph.components.length; i++) {
        total[i] = incoming[i] + componentWeight[i];
        for (const id of graph.components[i]) {
            for (const next of graph.successors.get(id) ?? []) {
                const j = lookup(graph.componentOf, next, 'component');
                if (j !== i && total[i] > incoming[j]) {
                    incoming[j] = total[i];
                    previous[j] = i;
                }
            }
        }
    }
    let end = -1;
    for (let i = 0; i < total.length; i++) if (end < 0 || total[i] > total[end]) end = i;
    const path: string[] = [];
    for (let c = end; c >= 0; c = previous[c]) path.unshift(...graph.components[c]);
    return { total: end < 0 ? 0 : total[end], path };
}
