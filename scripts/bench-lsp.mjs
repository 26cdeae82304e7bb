// Language-server benchmark: the bundled server (dist/server.cjs) against a plain
// Langium 4.4 server of the same grammar (scripts/bench/plain-server.ts, bundled here
// into out/bench/), both driven over LSP stdio in the same run, so every figure is a
// ratio; then the CLI's `check` and `render` as whole processes against native
// Graphviz `dot -Tsvg` of the same graph. Prints tables, writes test-output/bench-lsp.json.
//
//   node scripts/bench-lsp.mjs [--quick]      (part of `npm run bench`; needs `npm run build`)
//
// --quick: fewer edits and CLI runs (while optimising); the default takes a few minutes.
// BENCH_SIZES=50,1000 and BENCH_WORKSPACE_FILES=100 narrow a run while iterating;
// BENCH_PROFILE=<folder> writes a CPU profile (node --cpu-prof) of every server started;
// BENCH_ONLY=workspace (or documents, cli; comma-separated) runs only those parts; BENCH_TIMEOUT_S
// bounds each wait for diagnostics (600 s); BENCH_OURS=<server.cjs> measures another build of ours
// (a copy of an earlier dist/, for before/after).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { importTs } from './lib/import-ts.mjs';
import { toDot } from './lib/to-dot.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const SIZES = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(',').map(Number) : [50, 1000, 10000];
const EDITS = quick ? { 50: 5, 1000: 3, 10000: 1 } : { 50: 15, 1000: 7, 10000: 3 };
const WORKSPACE = { files: Number(process.env.BENCH_WORKSPACE_FILES ?? 500), steps: 50 };
const CLI_RUNS = quick ? 1 : 3;
const PARTS = new Set((process.env.BENCH_ONLY ?? 'documents,workspace,cli').split(','));
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_S ?? 600) * 1000;
const PROBE = join(root, 'scripts', 'bench', 'heap-probe.cjs');
const SERVERS = { ours: process.env.BENCH_OURS ?? join(root, 'dist', 'server.cjs'), plain: join(root, 'out', 'bench', 'plain-server.cjs') };
const scratch = mkdtempSync(join(tmpdir(), 'bench-lsp-'));

/** The baseline is bundled like the real server: one CommonJS file, packages included. */
async function bundlePlainServer() {
    await build({
        entryPoints: [join(root, 'scripts', 'bench', 'plain-server.ts')], outfile: SERVERS.plain,
        bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning'
    });
}

/** "lanes in all zones, hand-offs, fail and wait points, times, evidence": the generator's web shape over the four process zones. */
function blueprintOf(generator, steps, seed = 7) {
    const model = generator.randomBlueprint({ steps, seed, lanes: { customer: 1, onstage: 2, backstage: 2, support: 1 }, phases: 4 });
    return { model, text: generator.blueprintText(model) };
}

/** Performers renamed, so a second document can be opened beside the measured one without sharing names. */
function renamed(text, prefix) {
    return text.replace(/\b(teller|clerk|core)\b/g, `${prefix}$1`).replace(/^blueprint generated\d+/m, `blueprint ${prefix}warmup`);
}

function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length === 0 ? NaN : sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

/**
 * A server process with an LSP connection. `published(uri, since, version)` resolves with the
 * first publishDiagnostics for the uri received after `since` (and of that version, when the
 * server sends versions: ours does, the plain one does not).
 */
async function startServer(kind, workspaceFolder) {
    const heapFile = join(scratch, `${kind}-${Date.now()}-${Math.random().toString(36).slice(2)}.heap.json`);
    const profile = process.env.BENCH_PROFILE ? [`--cpu-prof`, `--cpu-prof-dir=${process.env.BENCH_PROFILE}`, `--cpu-prof-name=${kind}-${Date.now()}.cpuprofile`] : [];
    const child = spawn(process.execPath, [...profile, '-r', PROBE, SERVERS[kind], '--stdio'], {
        stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, BENCH_HEAP_FILE: heapFile }
    });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    /** @type {Map<string, Array<{ at: number, version?: number, count: number }>>} */
    const received = new Map();
    /** @type {Array<{ uri: string, since: number, version?: number, resolve: (t: number) => void }>} */
    let waiting = [];
    connection.onNotification('textDocument/publishDiagnostics', params => {
        const at = performance.now();
        const list = received.get(params.uri) ?? [];
        list.push({ at, version: params.version, count: params.diagnostics.length });
        received.set(params.uri, list);
        waiting = waiting.filter(w => {
            const matches = w.uri === params.uri && at >= w.since && (params.version === undefined || w.version === undefined || params.version === w.version);
            if (matches) w.resolve(at);
            return !matches;
        });
    });
    connection.onRequest('workspace/configuration', params => params.items.map(() => null));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.listen();
    const folder = workspaceFolder && { uri: pathToFileURL(workspaceFolder).href, name: 'bench' };
    await connection.sendRequest('initialize', {
        processId: process.pid, rootUri: folder?.uri ?? null, workspaceFolders: folder ? [folder] : null,
        capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } }
    });
    return {
        kind, connection, received,
        initialized: () => connection.sendNotification('initialized', {}),
        published(uri, since, version) {
            return new Promise((resolve, reject) => {
                const timer = setTimeout(() => reject(new Error(`${kind}: no diagnostics for ${uri} within ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
                waiting.push({ uri, since, version, resolve: at => { clearTimeout(timer); resolve(at); } });
            });
        },
        open(uri, text, version = 1) {
            return connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'blueprint', version, text } });
        },
        change(uri, version, range, text) {
            return connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
        },
        /** Ends the process and returns its peak used heap in bytes. */
        async stop() {
            const exited = new Promise(resolve => child.once('exit', resolve));
            await connection.sendRequest('shutdown').catch(() => undefined);
            await connection.sendNotification('exit').catch(() => undefined);
            await Promise.race([exited, sleep(5000)]);
            connection.dispose();
            if (child.exitCode === null) child.kill();
            return existsSync(heapFile) ? JSON.parse(readFileSync(heapFile, 'utf8')).peakHeapUsed : NaN;
        }
    };
}

/** The position just after the opening quote of the middle step's label: where each edit types or deletes a character. */
function editPosition(text, steps) {
    const lines = text.split('\n');
    const target = Math.floor(steps / 2);
    const line = lines.findIndex(l => new RegExp(`^\\s+step s0*${target}\\b`).test(l));
    return { line, character: lines[line].indexOf('"') + 1 };
}

/** One document: open it (full build), then one-character edits, each timed to its diagnostics. */
async function measureDocument(kind, generator, steps) {
    const { text } = blueprintOf(generator, steps);
    const server = await startServer(kind);
    await server.initialized();
    // Warm the server up (JIT, lazy services) on a small document of its own, as an editor session would be.
    const warmUri = pathToFileURL(join(scratch, `warmup-${kind}.blueprint`)).href;
    let since = performance.now();
    const warmed = server.published(warmUri, since);
    await server.open(warmUri, renamed(blueprintOf(generator, 50, 3).text, 'w'));
    await warmed;
    const uri = pathToFileURL(join(scratch, `doc-${steps}.blueprint`)).href;
    since = performance.now();
    const opened = server.published(uri, since, 1);
    await server.open(uri, text);
    const buildMs = (await opened) - since;
    const position = editPosition(text, steps);
    const edits = [];
    for (let i = 0; i < EDITS[steps]; i++) {
        await sleep(30);
        const version = i + 2;
        const typing = i % 2 === 0;
        const range = { start: position, end: typing ? position : { line: position.line, character: position.character + 1 } };
        since = performance.now();
        const done = server.published(uri, since, version);
        await server.change(uri, version, range, typing ? 'x' : '');
        edits.push((await done) - since);
    }
    const diagnostics = server.received.get(uri)?.at(-1)?.count ?? 0;
    const peakHeap = await server.stop();
    return { buildMs, editMedianMs: median(edits), editMinMs: Math.min(...edits), edits: edits.length, diagnostics, peakHeap };
}

/** 500 files × 50 steps whose performers are declared once, in performers.blueprint. */
function writeWorkspace(generator) {
    const folder = mkdtempSync(join(scratch, 'workspace-'));
    let performers = '';
    for (let i = 0; i < WORKSPACE.files; i++) {
        const { text } = blueprintOf(generator, WORKSPACE.steps, 100 + i);
        const lines = text.split('\n');
        if (i === 0) performers = lines.filter(l => /^(actor|system) /.test(l)).join('\n') + '\n';
        const body = lines.filter(l => !/^(actor|system) /.test(l)).join('\n').replace(/^blueprint generated\d+/m, `blueprint flow${i}`);
        writeFileSync(join(folder, `flow${String(i).padStart(3, '0')}.blueprint`), body);
    }
    writeFileSync(join(folder, 'performers.blueprint'), performers);
    return { folder, uris: readdirBlueprints(folder), performers };
}

function readdirBlueprints(folder) {
    return [...Array(WORKSPACE.files).keys()].map(i => pathToFileURL(join(folder, `flow${String(i).padStart(3, '0')}.blueprint`)).href)
        .concat(pathToFileURL(join(folder, 'performers.blueprint')).href);
}

/** The server indexes the folder and every file is opened at once: time until every file has diagnostics; then rename the shared actor `teller` in its declaration and time until every file using it is validated again. */
async function measureWorkspace(kind, workspace) {
    const server = await startServer(kind, workspace.folder);
    const since = performance.now();
    const all = Promise.all(workspace.uris.map(uri => server.published(uri, since)));
    await server.initialized();
    // Langium validates open documents only: open every file at once, as after "open all" or a restored session.
    for (const uri of workspace.uris) await server.open(uri, readFileSync(fileURLToPath(uri), 'utf8'));
    const loadMs = Math.max(...await all) - since;
    if (process.env.BENCH_DEBUG) console.log(kind, workspace.uris.map(uri => server.received.get(uri).map(r => Math.round(r.at - since)).join('/')).join(' '));
    const performersUri = workspace.uris.at(-1);
    await sleep(200);
    const users = workspace.uris.filter(uri => /\bby teller\b/.test(readFileSync(fileURLToPath(uri), 'utf8')));
    const line = workspace.performers.split('\n').findIndex(l => l.startsWith('actor teller'));
    const renameSince = performance.now();
    const revalidated = Promise.all(users.map(uri => server.published(uri, renameSince)));
    await server.change(performersUri, 2, { start: { line, character: 6 }, end: { line, character: 12 } }, 'cashier');
    const renameMs = Math.max(...await revalidated) - renameSince;
    const peakHeap = await server.stop();
    return { loadMs, renameMs, filesUsingActor: users.length, peakHeap };
}

function run(command, args) {
    const started = performance.now();
    const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
    const ms = performance.now() - started;
    if (result.error) throw result.error;
    return { ms, status: result.status, stderr: result.stderr };
}

function hasDot() {
    const probe = spawnSync('dot', ['-V'], { encoding: 'utf8' });
    return !probe.error && probe.status === 0;
}

/**
 * A 1,000-step blueprint and its graph that `dot` lays out: on some generated graphs dot stops with
 * "triangulation failed" or "trouble in init_rank" (its own bugs), so the first seed it accepts is used.
 */
function cliInput(generator, dotAvailable) {
    for (let seed = 7; ; seed++) {
        const { model, text } = blueprintOf(generator, 1000, seed);
        const file = join(scratch, `cli-1000-${seed}.blueprint`);
        const dotFile = join(scratch, `cli-1000-${seed}.dot`);
        writeFileSync(file, text);
        writeFileSync(dotFile, toDot(model));
        if (!dotAvailable) return { file, seed };
        const dot = run('dot', ['-Tsvg', dotFile, '-o', join(scratch, 'cli-1000-dot.svg')]);
        if (dot.status === 0) return { file, dotFile, seed, firstDot: dot.ms };
        if (seed >= 12) throw new Error(`dot fails on every seed tried: ${dot.stderr.split('\n')[0]}`);
    }
}

/** Whole processes, as a user or CI runs them: `blueprint check`, `blueprint render`, `dot -Tsvg`. */
function measureCli(generator) {
    const dotAvailable = hasDot();
    const { file, dotFile, seed, firstDot } = cliInput(generator, dotAvailable);
    const bin = join(root, 'bin', 'blueprint.js');
    const times = { check: [], render: [], dot: firstDot === undefined ? [] : [firstDot] };
    for (let i = 0; i < CLI_RUNS; i++) {
        const check = run(process.execPath, [bin, 'check', file]);
        if (check.status !== 0 && check.status !== 1) throw new Error(`blueprint check exited ${check.status}: ${check.stderr}`);
        times.check.push(check.ms);
        // The generated graph breaks rules (hand-offs straight below the line): --force draws it anyway, as dot draws anything.
        const render = run(process.execPath, [bin, 'render', file, '--force', '-o', join(scratch, 'cli-1000.svg')]);
        if (render.status !== 0) throw new Error(`blueprint render exited ${render.status}: ${render.stderr}`);
        times.render.push(render.ms);
        if (dotFile && times.dot.length < CLI_RUNS) times.dot.push(run('dot', ['-Tsvg', dotFile, '-o', join(scratch, 'cli-1000-dot.svg')]).ms);
    }
    return {
        seed, checkMs: median(times.check), renderMs: median(times.render),
        dotMs: dotAvailable ? median(times.dot) : undefined, runs: CLI_RUNS, dotAvailable
    };
}

const format = ms => (ms === undefined || Number.isNaN(ms) ? '—' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`);
const mb = bytes => (Number.isNaN(bytes) ? '—' : `${(bytes / 1048576).toFixed(0)} MB`);
const ratio = (ours, plain) => `${(ours / plain).toFixed(2)}×`;

async function measureWorkspaces(generator) {
    const workspace = writeWorkspace(generator);
    const ours = await measureWorkspace('ours', workspace);
    const plain = await measureWorkspace('plain', workspace);
    process.stdout.write(`workspace: ours ${format(ours.loadMs)}, plain ${format(plain.loadMs)}\n`);
    return { ours, plain };
}

function printWorkspace({ ours, plain }) {
    console.log(`\nWorkspace of ${WORKSPACE.files} files × ${WORKSPACE.steps} steps, performers declared in one file:`);
    console.log('| | ours | plain | ratio |');
    console.log('|---|---:|---:|---:|');
    console.log(`| every file has diagnostics | ${format(ours.loadMs)} | ${format(plain.loadMs)} | ${ratio(ours.loadMs, plain.loadMs)} |`);
    console.log(`| rename actor → its ${ours.filesUsingActor} files revalidated | ${format(ours.renameMs)} | ${format(plain.renameMs)} | ${ratio(ours.renameMs, plain.renameMs)} |`);
    console.log(`| peak heap | ${mb(ours.peakHeap)} | ${mb(plain.peakHeap)} | ${ratio(ours.peakHeap, plain.peakHeap)} |`);
}

function printCli(cli) {
    console.log(`\nCLI, 1,000 steps (seed ${cli.seed}), whole process (median of ${cli.runs}):`);
    console.log(`| blueprint check | ${format(cli.checkMs)} |\n| blueprint render (SVG) | ${format(cli.renderMs)} |`);
    console.log(cli.dotAvailable ? `| dot -Tsvg (Graphviz) | ${format(cli.dotMs)} | render/dot ${ratio(cli.renderMs, cli.dotMs)} |`
        : '| dot -Tsvg | skipped: Graphviz `dot` is not installed (Debian: apt-get install -y graphviz) |');
}

async function main() {
    for (const [kind, file] of Object.entries(SERVERS)) {
        if (kind === 'ours' && !existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
    }
    await bundlePlainServer();
    const generator = await importTs('test/support/random-blueprint.ts');
    const documents = [];
    for (const [i, steps] of (PARTS.has('documents') ? SIZES : []).entries()) {
        // Alternate which server goes first, so a load change on the machine hits both alike.
        const first = i % 2 === 0 ? 'plain' : 'ours';
        const results = { [first]: await measureDocument(first, generator, steps) };
        const second = first === 'plain' ? 'ours' : 'plain';
        results[second] = await measureDocument(second, generator, steps);
        const { ours, plain } = results;
        documents.push({ steps, ours, plain });
        process.stdout.write(`${steps} steps: edit ours ${format(ours.editMedianMs)}, plain ${format(plain.editMedianMs)}\n`);
    }
    const workspace = PARTS.has('workspace') ? await measureWorkspaces(generator) : undefined;
    const cli = PARTS.has('cli') ? measureCli(generator) : undefined;

    console.log(`\nnode ${process.version}, load average ${loadavg().map(l => l.toFixed(2)).join(' ')} on ${availableParallelism()} CPUs${quick ? ' (--quick)' : ''}`);
    console.log('\nOne document through LSP (ours / plain Langium of the same grammar, same run):');
    console.log('| steps | full build ours | plain | ratio | edit → diagnostics ours (median, min) | plain | ratio | peak heap ours | plain | diagnostics |');
    console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const { steps, ours, plain } of documents) {
        console.log(`| ${steps} | ${format(ours.buildMs)} | ${format(plain.buildMs)} | ${ratio(ours.buildMs, plain.buildMs)} `
            + `| ${format(ours.editMedianMs)}, ${format(ours.editMinMs)} (${ours.edits}) | ${format(plain.editMedianMs)}, ${format(plain.editMinMs)} | ${ratio(ours.editMedianMs, plain.editMedianMs)} `
            + `| ${mb(ours.peakHeap)} | ${mb(plain.peakHeap)} | ${ours.diagnostics} |`);
    }
    if (workspace) printWorkspace(workspace);
    if (cli) printCli(cli);

    const at = steps => documents.find(d => d.steps === steps);
    const targets = [
        ['edit → diagnostics ≤ 1.0× plain at 1,000 steps', at(1000) && at(1000).ours.editMedianMs <= at(1000).plain.editMedianMs],
        ['edit → diagnostics ≤ 1.0× plain at 10,000 steps', at(10000) && at(10000).ours.editMedianMs <= at(10000).plain.editMedianMs],
        [`${WORKSPACE.files}-file workspace ≤ 1.2× plain`, workspace && workspace.ours.loadMs <= 1.2 * workspace.plain.loadMs],
        ['blueprint render of 1,000 steps faster than dot', cli?.dotAvailable ? cli.renderMs < cli.dotMs : undefined]
    ];
    console.log('');
    for (const [what, met] of targets) console.log(`${what}: ${met === undefined ? 'not measured' : met ? 'yes' : 'NO'}`);
    mkdirSync(join(root, 'test-output'), { recursive: true });
    writeFileSync(join(root, 'test-output', 'bench-lsp.json'), JSON.stringify({
        date: new Date().toISOString(), node: process.version, loadAverage: loadavg(), cpus: availableParallelism(), quick,
        documents, workspace: workspace && { ...WORKSPACE, ...workspace }, cli
    }, null, 2));
}

try {
    await main();
} finally {
    rmSync(scratch, { recursive: true, force: true });
}
