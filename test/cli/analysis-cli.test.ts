import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { blueprintAsync } from './cli-helpers.js';

/** Each CLI run loads the examples folder and simulates: slow on a loaded machine, so a generous limit (not a speed test). */
const CLI_TIMEOUT = 180_000;

/** Runs the built CLI as a user would (`npm run build` first), without blocking the worker: these runs simulate for seconds each. */
const blueprint = blueprintAsync;

const AS_IS = 'examples/counter-deposit.blueprint';
const TO_BE = 'examples/kiosk-deposit.blueprint';

describe('blueprint simulate', () => {
    test('prints the analysis and the simulation; JSON carries the same figures', async () => {
        const text = await blueprint(['simulate', AS_IS, '--customers', '5000']);
        expect(text.code).toBe(0);
        expect(text.stdout).toMatch(/customer-visible time: mean [\d.]+ min, p50 [\d.]+ min, p90 [\d.]+ min, p95 [\d.]+ min; target 30 min/);
        expect(text.stdout).toMatch(/^柜员\s+5\s+[\d.]+%\s+69\.2%/m);
        const json = JSON.parse((await blueprint(['simulate', AS_IS, '--customers', '5000', '--format', 'json'])).stdout);
        expect(json.analytic.performers.find((p: { id: string }) => p.id === '柜员').utilisation).toBeCloseTo(0.692, 3);
        expect(json.simulation.customers).toBe(5000);
    }, CLI_TIMEOUT);

    test('the same seed prints the same result', async () => {
        const run = async () => (await blueprint(['simulate', AS_IS, '--customers', '3000', '--seed', '4', '--format', 'md'])).stdout;
        const first = await run();
        expect(first).toBe(await run());
        expect(first).toMatch(/^\| performer \| staff \|/m);
    }, CLI_TIMEOUT);

    test('--staff-for answers the staffing question and tries counts upwards', async () => {
        const { code, stdout } = await blueprint(['simulate', AS_IS, '--scenario', '午间高峰', '--customers', '5000', '--staff-for', '柜员', '--goal', 'p90 wait < 5 min']);
        expect(code).toBe(0);
        const tried = [...stdout.matchAll(/^(\d+)\s+\S+ (?:min|s)\s+(yes|no)$/gm)].map(m => [Number(m[1]), m[2]]);
        expect(tried.length).toBeGreaterThan(0);
        expect(tried.at(-1)![1]).toBe('yes');
        expect(tried.slice(0, -1).every(([, meets]) => meets === 'no')).toBe(true);
        expect(stdout).toContain(`staffing: ${tried.at(-1)![0]} × '柜员' meet "p90 wait < 5 min"`);
    }, CLI_TIMEOUT);

    test('exit codes: 1 when the analysis cannot run, 2 for bad usage, each with one line', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'blueprint-sim-'));
        writeFileSync(join(folder, 'a.blueprint'), 'actor T\nblueprint B { demand 10 per h customer { step a { time 1 min } } onstage { step b { by T time 1 min } } a -> b }\n');
        const missing = await blueprint(['simulate', 'a.blueprint'], folder);
        expect(missing.code).toBe(1);
        expect(missing.stderr.trim()).toBe("blueprint: a.blueprint: the analysis cannot run; it needs staff for 'T' (`actor T staff 3`)");
        const usage = await blueprint(['simulate', 'a.blueprint', '--goal', 'p90 wait < 1 min'], folder);
        expect(usage.code).toBe(2);
        expect(usage.stderr.trim().split('\n')).toHaveLength(1);
        expect((await blueprint(['simulate', 'a.blueprint', '--staff-for', 'T', '--goal', 'soon'], folder)).code).toBe(2);
        expect((await blueprint(['simulate', 'missing.blueprint'], folder)).code).toBe(2);
    }, CLI_TIMEOUT);
});

describe('blueprint compare', () => {
    test('metric deltas and the step diff of as-is against to-be', async () => {
        const { code, stdout } = await blueprint(['compare', AS_IS, TO_BE, '--customers', '5000']);
        expect(code).toBe(0);
        expect(stdout).toMatch(/^steps\s+17\s+13\s+−4$/m);
        expect(stdout).toMatch(/^staff \(people\)\s+8\s+1\s+−7$/m);
        expect(stdout).toMatch(/^steps: 8 added, 12 removed, 2 changed$/m);
        expect(stdout).toMatch(/^ {2}~ 提交交易: lane 柜台 → 机具; performer 柜员 → 存款一体机; time 30 s → 5 s$/m);
        expect(stdout).toMatch(/^ {2}\+ 插卡$/m);
        expect(stdout).toMatch(/^ {2}- 叫号$/m);
    }, CLI_TIMEOUT);

    test('under one scenario, as Markdown and JSON; a scenario missing on one side is a usage error', async () => {
        const md = await blueprint(['compare', AS_IS, TO_BE, '--scenario', '午间高峰', '--customers', '3000', '--format', 'md']);
        expect(md.stdout).toMatch(/^\| demand \(customers\/h\) \| 90 \| 90 \| 0 \|$/m);
        const json = JSON.parse((await blueprint(['compare', `${AS_IS}#柜台存款`, TO_BE, '--customers', '3000', '--format', 'json'])).stdout);
        expect(json.steps.removed).toContain('叫号');
        expect(json.metrics.find((m: { metric: string }) => m.metric === 'steps').delta).toBe(-4);
        const bad = await blueprint(['compare', AS_IS, 'examples/atm-withdrawal.blueprint', '--scenario', '午间高峰']);
        expect(bad.code).toBe(2);
        expect(bad.stderr).toContain("has no scenario '午间高峰'");
    }, CLI_TIMEOUT);
});

describe('README worked example', () => {
    test('shows what the tool prints', async () => {
        const { readFileSync } = await import('node:fs');
        const readme = readFileSync('README.md', 'utf8');
        const commands: string[][] = [
            ['simulate', AS_IS],
            ['compare', AS_IS, TO_BE, '--scenario', '午间高峰']
        ];
        for (const args of commands) {
            const { stdout } = await blueprint(args);
            expect(readme, `README shows the output of blueprint ${args.join(' ')}`).toContain(stdout.trimEnd());
        }
    }, CLI_TIMEOUT);
});
