// Renderer benchmark: layout + SVG of generated blueprints (50 … 10,000 steps,
// 5 lanes, hand-offs between lanes) against Graphviz dot (@viz-js/viz) on the
// same graph with one cluster per lane. Prints a table and writes
// test-output/bench.json. Run: `npm run bench` or `node --expose-gc scripts/bench.mjs`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { importTs } from './lib/import-ts.mjs';
import { toDot } from './lib/to-dot.mjs';
import { Worker } from 'node:worker_threads';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = [50, 200, 1000, 10000];
const OUR_RUNS = { 50: 41, 200: 25, 1000: 15, 10000: 11 };
const GRAPHVIZ_RUNS = { 50: 7, 200: 5, 1000: 3, 10000: 1 };
const GRAPHVIZ_TIMEOUT_MS = 60_000;

/** The TypeScript sources are bundled on the fly: the project build does not include the test generator. */
async function loadRenderer() {
    const [{ randomBlueprint }, { renderSvg }] = await Promise.all([importTs('test/support/random-blueprint.ts'), importTs('src/render/index.ts')]);
    return { randomBlueprint, renderSvg };
}

function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Steady state, as in the editor where the preview re-renders on every change:
 * a clean heap once (--expose-gc), warm-up runs, then runs back to back.
 */
function timeOurs(renderer, model, runs) {
    globalThis.gc?.();
    for (let i = 0; i < 3; i++) renderer.renderSvg(model);
    const times = [];
    let bytes = 0;
    for (let i = 0; i < runs; i++) {
        const start = performance.now();
        bytes = renderer.renderSvg(model).length;
        times.push(performance.now() - start);
    }
    return { median: median(times), min: Math.min(...times), bytes };
}

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
    const { instance } = await import(workerData.vizUrl);
    const viz = await instance();
    viz.renderString('digraph { a -> b }', { format: 'svg', engine: 'dot' }); // warm-up
    for (let i = 0; i < workerData.runs; i++) {
        const start = performance.now();
        const svg = viz.renderString(workerData.dot, { format: 'svg', engine: 'dot' });
        parentPort.postMessage({ ms: performance.now() - start, bytes: svg.length });
    }
    parentPort.postMessage({ done: true });
})().catch(error => parentPort.postMessage({ error: String(error) }));
`;

/** Runs dot in a worker so a run that takes too long can be stopped. */
function timeGraphviz(dot, runs) {
    const vizUrl = pathToFileURL(join(root, 'node_modules', '@viz-js', 'viz', 'dist', 'viz.js')).href;
    return new Promise(resolve => {
        const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { dot, runs, vizUrl }, resourceLimits: { maxOldGenerationSizeMb: 4096 } });
        const times = [];
        let timer;
        const finish = result => { clearTimeout(timer); void worker.terminate(); resolve(result); };
        const arm = () => {
            clearTimeout(timer);
            timer = setTimeout(() => finish({ timedOut: true, times }), GRAPHVIZ_TIMEOUT_MS);
        };
        worker.on('message', message => {
            if (message.error) finish({ error: message.error, times });
            else if (message.done) finish({ times });
            else { times.push(message.ms); arm(); }
        });
        worker.on('error', error => finish({ error: String(error), times }));
        arm();
    });
}

function format(ms) {
    return ms === undefined ? '—' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
}

async function main() {
    const renderer = await loadRenderer();
    const results = [];
    for (const steps of SIZES) {
        const model = renderer.randomBlueprint({ steps, lanes: 5, seed: 7 });
        const ours = timeOurs(renderer, model, OUR_RUNS[steps]);
        process.stdout.write(`${steps} steps: ours ${format(ours.median)}; graphviz running…\n`);
        const graphviz = await timeGraphviz(toDot(model), GRAPHVIZ_RUNS[steps]);
        const graphvizMedian = graphviz.times.length > 0 && !graphviz.timedOut ? median(graphviz.times) : undefined;
        results.push({
            steps, flows: model.flows.length, lanes: model.lanes.length,
            oursMedianMs: ours.median, oursMinMs: ours.min, oursRuns: OUR_RUNS[steps], svgBytes: ours.bytes,
            graphvizMedianMs: graphvizMedian, graphvizRuns: graphviz.times.length,
            graphvizTimedOut: graphviz.timedOut === true, graphvizError: graphviz.error,
            ratio: graphvizMedian !== undefined ? graphvizMedian / ours.median : undefined
        });
    }
    console.log(`\nnode ${process.version}, load average ${loadavg().map(l => l.toFixed(2)).join(' ')} on ${availableParallelism()} CPUs`);
    console.log('| steps | flows | ours (median, min) | graphviz dot (median) | ratio graphviz/ours |');
    console.log('|---:|---:|---:|---:|---:|');
    for (const r of results) {
        const graphviz = r.graphvizTimedOut ? `> ${GRAPHVIZ_TIMEOUT_MS / 1000} s` : r.graphvizError ? `error: ${r.graphvizError}` : `${format(r.graphvizMedianMs)} (${r.graphvizRuns} runs)`;
        const ratio = r.graphvizTimedOut ? `> ${Math.floor(GRAPHVIZ_TIMEOUT_MS / r.oursMedianMs)}×` : r.ratio !== undefined ? `${r.ratio.toFixed(0)}×` : '—';
        console.log(`| ${r.steps} | ${r.flows} | ${format(r.oursMedianMs)}, ${format(r.oursMinMs)} (${r.oursRuns} runs) | ${graphviz} | ${ratio} |`);
    }
    const target1000 = results.find(r => r.steps === 1000);
    const target10000 = results.find(r => r.steps === 10000);
    console.log(`\n1,000 steps ≥10× faster than Graphviz: ${target1000.graphvizTimedOut || (target1000.ratio ?? 0) >= 10 ? 'yes' : 'NO'}`);
    console.log(`10,000 steps under 100 ms: ${target10000.oursMedianMs < 100 ? 'yes' : 'NO'}`);
    mkdirSync(join(root, 'test-output'), { recursive: true });
    writeFileSync(join(root, 'test-output', 'bench.json'), JSON.stringify({ date: new Date().toISOString(), node: process.version, loadAverage: loadavg(), cpus: availableParallelism(), results }, null, 2));
}

await main();
