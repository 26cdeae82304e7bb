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
    /** Steps with no outbound flow, in source order: where the process ends. */
    endSteps: string[];
    /** For a two-way flow `a <-> b`: b → [a], the direction not in `successors`. */
    twoWayBack: Map<string, string[]>;
    /** Steps reachable from a customer step that starts the process. */
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
        pushUnique(successors.get(flow.from)!, flow.to);
        pushUnique(predecessors.get(flow.to)!, flow.from);
    }
    const { components, componentOf } = stronglyConnectedComponents(model.steps.map(s => s.id), successors);
    const startSteps = model.steps.filter(s => predecessors.get(s.id)!.length === 0).map(s => s.id);
    const endSteps = model.steps.filter(s => successors.get(s.id)!.length === 0).map(s => s.id);
    const twoWayBack = new Map<string, string[]>();
    for (const flow of model.flows) {
        if (flow.kind !== 'two-way' || !successors.has(flow.from) || !successors.has(flow.to)) continue;
        const list = twoWayBack.get(flow.to) ?? [];
        pushUnique(list, flow.from);
        twoWayBack.set(flow.to, list);
    }
    const zoneOf = new Map(model.steps.map(s => [s.id, s.zone]));
    const customerStarts = startSteps.filter(id => zoneOf.get(id) === 'customer');
    const reachableFromCustomerStart = reachableFrom({ successors, twoWayBack }, customerStarts);
    return { successors, predecessors, components, componentOf, startSteps, endSteps, twoWayBack, reachableFromCustomerStart };
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
    while (stack.length > 0) {
        const id = stack.pop()!;
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
 * Tarjan's algorithm, iterative so that a 50,000-step chain cannot overflow
 * the stack. Components come out in reverse topological order; we flip them.
 */
export function stronglyConnectedComponents(ids: string[], successors: Map<string, string[]>): { components: string[][]; componentOf: Map<string, number> } {
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const onStack = new Set<string>();
    const stack: string[] = [];
    const reversed: string[][] = [];
    let counter = 0;
    for (const root of ids) {
        if (index.has(root)) continue;
        const work: Array<{ id: string; next: number }> = [{ id: root, next: 0 }];
        index.set(root, counter); low.set(root, counter); counter++;
        stack.push(root); onStack.add(root);
        while (work.length > 0) {
            const frame = work[work.length - 1];
            const succ = successors.get(frame.id) ?? [];
            if (frame.next < succ.length) {
                const w = succ[frame.next++];
                if (!index.has(w)) {
                    index.set(w, counter); low.set(w, counter); counter++;
                    stack.push(w); onStack.add(w);
                    work.push({ id: w, next: 0 });
                } else if (onStack.has(w)) {
                    low.set(frame.id, Math.min(low.get(frame.id)!, index.get(w)!));
                }
                continue;
            }
            work.pop();
            if (work.length > 0) {
                const parent = work[work.length - 1].id;
                low.set(parent, Math.min(low.get(parent)!, low.get(frame.id)!));
            }
            if (low.get(frame.id) === index.get(frame.id)) {
                const component: string[] = [];
                let member: string;
                do {
                    member = stack.pop()!;
                    onStack.delete(member);
                    component.push(member);
                } while (member !== frame.id);
                reversed.push(component.reverse());
            }
        }
    }
    const components = reversed.reverse();
    const componentOf = new Map<string, number>();
    components.forEach((component, i) => component.forEach(id => componentOf.set(id, i)));
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
    const componentWeight = graph.components.map(c => c.reduce((sum, id) => sum + weight(byId.get(id)!), 0));
    const incoming = new Array<number>(graph.components.length).fill(0);
    const total = new Array<number>(graph.components.length).fill(0);
    const previous = new Array<number>(graph.components.length).fill(-1);
    // Components are in topological order, so every predecessor is final before its successors.
    for (let i = 0; i < graph.components.length; i++) {
        total[i] = incoming[i] + componentWeight[i];
        for (const id of graph.components[i]) {
            for (const next of graph.successors.get(id) ?? []) {
                const j = graph.componentOf.get(next)!;
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
