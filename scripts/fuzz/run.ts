/**
 * `npm run fuzz -- --count N --seed S [--from I] [--no-shrink] [--summary file.json]`
 *
 * Inputs I … I+N-1 of seed S (each reproducible alone: scripts/fuzz/generate.ts) through the
 * bundled server (scripts/fuzz/checks.ts). Each failure is shrunk (delta debugging) and written
 * to test/fuzz-regressions/ as JSON (the text may hold lone surrogates, which UTF-8 files cannot),
 * where test/fuzz/regressions.test.ts runs it through every check from then on.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBudgetMs, checkInput, undrivenCapabilities, type Finding, type InputReport } from './checks.js';
import { fuzzInput } from './generate.js';
import { ServerSession } from './session.js';
import { shrink } from './shrink.js';

const REPO_ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
export const REGRESSIONS_DIR = join(REPO_ROOT, 'test', 'fuzz-regressions');
/** A fresh server every so many inputs: a leak or a slowly growing index shows as a trend, not a crash. */
const RESTART_EVERY = 250;

/** A minimal failing input: `checkSeed` draws the same positions and edits again (test/fuzz/regressions.test.ts). */
export interface Regression extends Finding { seed: number; index: number; checkSeed: number; origin: string; text: string }

interface Options { count: number; seed: number; from: number; shrink: boolean; summary?: string; quiet: boolean }

function parseArgs(argv: string[]): Options {
    const options: Options = { count: 100, seed: 1, from: 0, shrink: true, quiet: false };
    for (let i = 0; i < argv.length; i++) {
        const [flag, value] = [argv[i], argv[i + 1]];
        if (flag === '--count') { options.count = Number(value); i++; }
        else if (flag === '--seed') { options.seed = Number(value); i++; }
        else if (flag === '--from') { options.from = Number(value); i++; }
        else if (flag === '--summary') { options.summary = value; i++; }
        else if (flag === '--no-shrink') options.shrink = false;
        else if (flag === '--quiet') options.quiet = true;
        else throw new Error(`unknown option ${flag} (--count N --seed S --from I --no-shrink --summary file --quiet)`);
    }
    if (!Number.isInteger(options.count) || !Number.isInteger(options.seed) || !Number.isInteger(options.from)) throw new Error('--count, --seed and --from take integers');
    return options;
}

const signature = (f: Pick<Finding, 'check' | 'request'>) => `${f.check}${f.request ? ` ${f.request}` : ''}`;

/** A server that is alive: the one given, or a new one when it crashed or hung. */
class Server {
    private session: ServerSession | undefined;
    async get(): Promise<ServerSession> {
        if (!this.session) this.session = await ServerSession.start();
        return this.session;
    }
    async restart(): Promise<void> {
        await this.session?.stop();
        this.session = undefined;
    }
}

async function check(server: Server, text: string, seed: number, focus?: Finding): Promise<InputReport> {
    const report = await checkInput(await server.get(), text, seed, { positions: focus ? 'all' : 'sample', focus });
    if (report.sessionLost) await server.restart();
    return report;
}

/** Shrinks a failing input to a minimal one that still fails the same way. */
async function minimise(server: Server, text: string, seed: number, finding: Finding): Promise<string> {
    if (finding.check === 'slow-build' || finding.check === 'hang') return text;
    const stillFails = async (candidate: string) =>
        (await check(server, candidate, seed, finding)).findings.some(f => signature(f) === signature(finding));
    return await stillFails(text) ? shrink(text, stillFails) : text;
}

function writeRegression(regression: Regression): string {
    mkdirSync(REGRESSIONS_DIR, { recursive: true });
    const name = `${regression.check}${regression.request ? `-${regression.request.replace(/\W+/g, '-')}` : ''}-s${regression.seed}-i${regression.index}.json`;
    const path = join(REGRESSIONS_DIR, name);
    writeFileSync(path, `${JSON.stringify(regression, null, 2)}\n`);
    return path;
}

function percentile(sorted: number[], p: number): number {
    return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] : 0;
}

export async function main(argv: string[]): Promise<number> {
    const options = parseArgs(argv);
    const server = new Server();
    const started = performance.now();
    const builds: number[] = [];
    const perHundredKb: number[] = [];
    let requests = 0, bytes = 0, largest = 0, worstShare = 0;
    const found = new Map<string, { count: number; first: Regression; path?: string }>();
    const log = (line: string) => { if (!options.quiet) process.stdout.write(`${line}\n`); };
    const undriven = undrivenCapabilities((await server.get()).capabilities);

    for (let n = 0; n < options.count; n++) {
        const index = options.from + n;
        if (n > 0 && n % RESTART_EVERY === 0) await server.restart();
        const input = fuzzInput(options.seed, index);
        const report = await check(server, input.text, input.seed);
        requests += report.requests;
        bytes += report.bytes;
        largest = Math.max(largest, report.bytes);
        builds.push(report.buildMs);
        if (report.bytes >= 10_000) perHundredKb.push(report.buildMs * 100_000 / report.bytes);
        worstShare = Math.max(worstShare, report.buildMs / buildBudgetMs(report.bytes));
        for (const finding of report.findings) {
            const key = signature(finding);
            const entry = found.get(key);
            if (entry) { entry.count++; continue; }
            log(`input ${index} (${input.origin}): ${key}: ${finding.detail.slice(0, 200)}`);
            const text = options.shrink ? await minimise(server, input.text, input.seed, finding) : input.text;
            const shrunk = text === input.text ? finding : (await check(server, text, input.seed, finding)).findings.find(f => signature(f) === key) ?? finding;
            const first: Regression = { ...shrunk, seed: options.seed, index, checkSeed: input.seed, origin: input.origin, text };
            const path = options.shrink ? writeRegression(first) : undefined;
            if (path) log(`  shrunk ${input.text.length} → ${text.length} characters: ${path}`);
            found.set(key, { count: 1, first, path });
        }
        if ((n + 1) % 100 === 0) log(`${n + 1}/${options.count} inputs, ${requests} requests, ${found.size} distinct findings, ${Math.round((performance.now() - started) / 1000)} s`);
    }
    await server.restart();

    const sorted = [...builds].sort((a, b) => a - b);
    const summary = {
        seed: options.seed, from: options.from, inputs: options.count, requests, bytes, largestInput: largest,
        seconds: Math.round((performance.now() - started) / 100) / 10,
        buildMs: { median: Math.round(percentile(sorted, 0.5)), p95: Math.round(percentile(sorted, 0.95)), max: Math.round(sorted[sorted.length - 1] ?? 0) },
        worstMsPer100KbOfInputsOver10Kb: Math.round(Math.max(0, ...perHundredKb)),
        /** The slowest first build as a share of its budget (2 s per 100 KB, at least 2 s). */
        worstBuildShareOfBudget: Math.round(worstShare * 100) / 100,
        findings: [...found.entries()].map(([key, { count, first, path }]) => ({ finding: key, inputs: count, firstInput: first.index, detail: first.detail.slice(0, 200), file: path })),
        capabilitiesNotDriven: undriven
    };
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    if (options.summary) writeFileSync(options.summary, `${JSON.stringify(summary, null, 2)}\n`);
    return found.size === 0 ? 0 : 1;
}
