// Analysis benchmark: the simulation of 100,000 customers through a generated
// 50-step blueprint (target: under 1 s on the project's 2-core machine),
// against the analytic pass on the same blueprint in the same run.
// Run: `npm run bench` (after the renderer benchmark) or `node --expose-gc scripts/bench-analysis.mjs`.
import { build } from 'esbuild';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const STEPS = 50;
const CUSTOMERS = 100_000;
const SIM_RUNS = 5;
const ANALYTIC_RUNS = 200;
const TARGET_MS = 1000;

async function load() {
    const outfile = join(root, 'dist', 'bench', 'analysis-bench.mjs');
    await build({
        stdin: {
            contents: "export { generateAnalysisModel } from './test/model/analysis/generate.ts';\nexport { analyseBlueprint, simulate } from './src/model/analysis/index.ts';\nexport { default as FlatQueue } from 'flatqueue';",
            resolveDir: root, loader: 'ts'
        },
        bundle: true, platform: 'neutral', format: 'esm', target: 'es2022', outfile, logLevel: 'warning', mainFields: ['module', 'main']
    });
    return import(pathToFileURL(outfile).href);
}

function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function time(runs, action) {
    globalThis.gc?.();
    action();
    const times = [];
    let result;
    for (let i = 0; i < runs; i++) {
        const start = performance.now();
        result = action();
        times.push(performance.now() - start);
    }
    return { median: median(times), min: Math.min(...times), result };
}

const { generateAnalysisModel, analyseBlueprint, simulate, FlatQueue } = await load();

/**
 * The floor any event-driven simulation pays: the same number of events
 * through the same heap, each with one exponential random time, and no model.
 */
function bareEventLoop(events, concurrent) {
    const queue = new FlatQueue();
    let state = 1;
    const random = () => { state = (Math.imul(state, 1664525) + 1013904223) >>> 0; return state / 4294967296; };
    for (let i = 0; i < concurrent; i++) queue.push(i, -Math.log(1 - random()));
    for (let i = 0; i < events; i++) {
        const now = queue.peekValue();
        queue.push(queue.pop(), now - Math.log(1 - random()));
    }
    return queue.length;
}
const model = generateAnalysisModel(STEPS, 7);
const analytic = time(ANALYTIC_RUNS, () => analyseBlueprint(model));
if (analytic.result.missing) throw new Error(`analysis not possible: ${analytic.result.missing.join('; ')}`);
const network = analytic.result.network;
let seed = 1;
const simulation = time(SIM_RUNS, () => simulate(network, { customers: CUSTOMERS, seed: seed++ }));
const run = simulation.result;
const visits = run.steps.reduce((sum, s) => sum + s.visits, 0) * run.customers;
const bare = time(SIM_RUNS, () => bareEventLoop(Math.round(visits + CUSTOMERS), 80));
console.log(`\nAnalysis: node ${process.version}, load average ${loadavg().map(l => l.toFixed(2)).join(' ')} on ${availableParallelism()} CPUs`);
console.log('| what | median | min | runs |');
console.log('|---|---:|---:|---:|');
console.log(`| analytic pass, ${STEPS} steps | ${analytic.median.toFixed(2)} ms | ${analytic.min.toFixed(2)} ms | ${ANALYTIC_RUNS} |`);
console.log(`| simulation, ${CUSTOMERS.toLocaleString('en')} customers × ${STEPS} steps (≈${(visits / 1e6).toFixed(1)} M step visits) | ${simulation.median.toFixed(0)} ms | ${simulation.min.toFixed(0)} ms | ${SIM_RUNS} |`);
console.log(`| bare event loop, the same ${((visits + CUSTOMERS) / 1e6).toFixed(1)} M events through the heap, no model | ${bare.median.toFixed(0)} ms | ${bare.min.toFixed(0)} ms | ${SIM_RUNS} |`);
console.log(`simulation ÷ 1 s target: ${(simulation.median / TARGET_MS).toFixed(2)} (${simulation.median < TARGET_MS ? 'meets' : 'MISSES'} the target); simulation ÷ analytic pass: ${(simulation.median / analytic.median).toFixed(0)}×; simulation ÷ bare event loop: ${(simulation.median / bare.median).toFixed(1)}×`);
const busiest = [...run.performers].sort((a, b) => b.utilisation - a.utilisation)[0];
console.log(`check: busiest ${busiest.id} ${(busiest.utilisation * 100).toFixed(1)}% simulated vs ${(analytic.result.analytic.performers.find(p => p.id === busiest.id).utilisation * 100).toFixed(1)}% analytic; customer-visible p90 ${(run.customerVisible.p90 / 60).toFixed(1)} min`);
