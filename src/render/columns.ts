/**
 * Columns (time, left to right): longest-path layering over the flow graph's
 * strongly connected components in topological order, grouped by phase.
 *
 * - Each step gets a rank: components in topological order; inside a cycle,
 *   the reverse post-order of a depth-first walk from the cycle's entry. Ranks
 *   are then grouped by phase (stable), so every phase's columns follow the
 *   previous phase's.
 * - A flow is "forward" when it goes to a higher rank; forward flows always go
 *   to a later column. The others are back edges: inside a cycle, or from a
 *   later phase to an earlier one.
 * - A step without a phase takes the latest phase of its predecessors (or,
 *   without phased predecessors, the earliest phase of its successors): it is
 *   placed by flow position and shares that phase's columns.
 * - A declared phase no step uses still gets one (empty) column, so its header shows.
 * - A step without forward predecessors moves right, next to its first
 *   successor (within its phase), instead of waiting at the phase's first column.
 *
 * Steps are referred to by their index in `model.steps`.
 */
import type { BlueprintModel } from '../model/types.js';
import type { IndexedGraph } from './graph.js';

export interface PhaseSpan { id: string; title: string; first: number; last: number }

export interface ColumnAssignment {
    columnOf: Int32Array;
    /** Position in the layering order; flows to a lower or equal rank are back edges. */
    rankOf: Int32Array;
    /** Steps in rank order. */
    ordered: number[];
    columnCount: number;
    /** Column ranges of the declared phases, in declaration order (empty without phases). */
    phases: PhaseSpan[];
}

export function assignColumns(model: BlueprintModel, graph: IndexedGraph): ColumnAssignment {
    const n = model.steps.length;
    const processing = processingOrder(graph);
    const processingRank = rankArray(processing, n);
    const phaseCount = Math.max(1, model.phases.length);
    const phaseOf = effectivePhases(model, graph, processing, processingRank);
    const ordered = groupByPhase(processing, phaseOf, phaseCount);
    const rankOf = rankArray(ordered, n);
    const { columnOf, phaseEnds } = layer(ordered, rankOf, phaseOf, graph, phaseCount);
    pullSourcesRight(ordered, rankOf, columnOf, phaseOf, phaseEnds, graph);
    const columnCount = n === 0 && model.phases.length === 0 ? 0 : phaseEnds[phaseCount - 1] + 1;
    const phases = model.phases.map((phase, i) => ({
        id: phase.id,
        title: phase.title,
        first: i === 0 ? 0 : phaseEnds[i - 1] + 1,
        last: phaseEnds[i]
    }));
    return { columnOf, rankOf, ordered, columnCount, phases };
}

function rankArray(order: number[], n: number): Int32Array {
    const rank = new Int32Array(n);
    order.forEach((v, i) => { rank[v] = i; });
    return rank;
}

/** Components in topological order; the members of a cycle in the order a walk from its entry meets them. */
function processingOrder(graph: IndexedGraph): number[] {
    const order: number[] = [];
    graph.components.forEach((component, c) => {
        if (component.length === 1) order.push(component[0]);
        else for (const v of orderCycle(component, c, graph)) order.push(v);
    });
    return order;
}

/** Reverse post-order of a depth-first walk inside one component, from the member entered first. */
function orderCycle(component: number[], c: number, graph: IndexedGraph): number[] {
    const inComponent = (v: number) => graph.componentOf[v] === c;
    const bySource = [...component].sort((a, b) => a - b);
    const entry = bySource.find(v => graph.predecessors[v].some(p => !inComponent(p))) ?? bySource[0];
    const visited = new Set<number>([entry]);
    const postOrder: number[] = [];
    const stack: Array<{ v: number; next: number }> = [{ v: entry, next: 0 }];
    while (stack.length > 0) {
        const frame = stack[stack.length - 1];
        const successors = graph.successors[frame.v];
        if (frame.next < successors.length) {
            const next = successors[frame.next++];
            if (inComponent(next) && !visited.has(next)) {
                visited.add(next);
                stack.push({ v: next, next: 0 });
            }
        } else {
            postOrder.push(frame.v);
            stack.pop();
        }
    }
    return postOrder.reverse();
}

/** The phase each step is placed in (0 without phases). */
function effectivePhases(model: BlueprintModel, graph: IndexedGraph, processing: number[], processingRank: Int32Array): Int32Array {
    const effective = new Int32Array(model.steps.length).fill(-1);
    if (model.phases.length === 0) return effective.fill(0);
    const phaseIndex = new Map(model.phases.map((p, i) => [p.id, i]));
    // Forward: declared, else the latest phase among earlier predecessors.
    for (const v of processing) {
        const declared = model.steps[v].phase;
        let phase = declared !== undefined ? phaseIndex.get(declared) ?? -1 : -1;
        if (phase < 0) {
            for (const p of graph.predecessors[v]) {
                if (processingRank[p] < processingRank[v]) phase = Math.max(phase, effective[p]);
            }
        }
        effective[v] = phase;
    }
    // Backward, for steps with no phased predecessor: the earliest phase among later successors.
    for (let i = processing.length - 1; i >= 0; i--) {
        const v = processing[i];
        if (effective[v] >= 0) continue;
        let phase = Infinity;
        for (const s of graph.successors[v]) {
            if (processingRank[s] > i && effective[s] >= 0) phase = Math.min(phase, effective[s]);
        }
        effective[v] = phase === Infinity ? 0 : phase;
    }
    return effective;
}

/** A stable bucket sort by phase: keeps the topological order inside each phase. */
function groupByPhase(processing: number[], phaseOf: Int32Array, phaseCount: number): number[] {
    const buckets: number[][] = Array.from({ length: phaseCount }, () => []);
    for (const v of processing) buckets[phaseOf[v]].push(v);
    return buckets.flat();
}

function layer(ordered: number[], rankOf: Int32Array, phaseOf: Int32Array, graph: IndexedGraph, phaseCount: number): { columnOf: Int32Array; phaseEnds: number[] } {
    const columnOf = new Int32Array(rankOf.length);
    const phaseEnds: number[] = [];
    let next = 0;
    let i = 0;
    for (let phase = 0; phase < phaseCount; phase++) {
        const start = next;
        let end = start;
        for (; i < ordered.length && phaseOf[ordered[i]] === phase; i++) {
            const v = ordered[i];
            let column = start;
            for (const p of graph.predecessors[v]) {
                if (rankOf[p] < i) column = Math.max(column, columnOf[p] + 1);
            }
            columnOf[v] = column;
            end = Math.max(end, column);
        }
        phaseEnds.push(end);
        next = end + 1;
    }
    return { columnOf, phaseEnds };
}

function pullSourcesRight(ordered: number[], rankOf: Int32Array, columnOf: Int32Array, phaseOf: Int32Array, phaseEnds: number[], graph: IndexedGraph): void {
    ordered.forEach((v, rank) => {
        if (graph.predecessors[v].some(p => rankOf[p] < rank)) return;
        let target = Infinity;
        for (const s of graph.successors[v]) {
            if (rankOf[s] > rank) target = Math.min(target, columnOf[s] - 1);
        }
        if (target === Infinity) return;
        columnOf[v] = Math.max(columnOf[v], Math.min(target, phaseEnds[phaseOf[v]]));
    });
}
