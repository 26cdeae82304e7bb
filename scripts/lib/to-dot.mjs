// A blueprint model as the same graph for Graphviz dot: left-to-right, one
// cluster per lane, the same labels and edges. Shared by the renderer's
// benchmark (scripts/bench.mjs, Graphviz-wasm) and the LSP/CLI benchmark
// (scripts/bench-lsp.mjs, native `dot`).

function quote(text) {
    return `"${String(text).replace(/["\\]/g, '\\$&')}"`;
}

/** @param {{ lanes: Array<{ id: string, title: string }>, steps: Array<{ id: string, lane: string, label: string }>, flows: Array<{ from: string, to: string, kind: string, label?: string }> }} model */
export function toDot(model) {
    const lines = ['digraph G {', 'rankdir=LR;', 'node [shape=box, fontsize=10];'];
    for (const lane of model.lanes) {
        lines.push(`subgraph cluster_${lane.id} {`, `label=${quote(lane.title)};`);
        for (const step of model.steps.filter(s => s.lane === lane.id)) lines.push(`${quote(step.id)} [label=${quote(step.label)}];`);
        lines.push('}');
    }
    for (const flow of model.flows) {
        const attributes = [flow.kind === 'two-way' ? 'dir=both' : '', flow.label ? `label=${quote(flow.label)}` : ''].filter(Boolean).join(', ');
        lines.push(`${quote(flow.from)} -> ${quote(flow.to)}${attributes ? ` [${attributes}]` : ''};`);
    }
    lines.push('}');
    return lines.join('\n');
}
