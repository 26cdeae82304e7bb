import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

/** Runs the built CLI as a user would (`npm run build` first). */
function blueprint(args: string[], cwd = process.cwd()) {
    const result = spawnSync(process.execPath, [join(process.cwd(), 'bin/blueprint.js'), ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const AS_IS = 'examples/counter-deposit.blueprint';
const TO_BE = 'examples/kiosk-deposit.blueprint';

describe('blueprint simulate', () => {
    test('prints the analysis and the simulation; JSON carries the same figures', () => {
        const text = blueprint(['simulate', AS_IS, '--customers', '5000']);
        expect(text.code).toBe(0);
        expect(text.stdout).toMatch(/customer-visible time: mean [\d.]+ min, p50 [\d.]+ min, p90 [\d.]+ min, p95 [\d.]+ min; target 30 min/);
        expect(text.stdout).toMatch(/^柜员\s+5\s+[\d.]+%\s+69\.2%/m);
        const json = JSON.parse(blueprint(['simulate', AS_IS, '--customers', '5000', '--format', 'json']).stdout);
        expect(json.analytic.performers.find((p: { id: string }) => p.id === '柜员').utilisation).toBeCloseTo(0.692, 3);
        expect(json.simulation.customers).toBe(5000);
    });

    test('the same seed prints the same result', () => {
        const run = () => blueprint(['simulate', AS_IS, '--customers', '3000', '--seed', '4', '--format', 'md']).stdout;
        expect(run()).toBe(run());
        expect(run()).toMatch(/^\| performer \| staff \|/m);
    });

    test('--staff-for answers the staffing question and tries counts upwards', () => {
        const { code, stdout } = blueprint(['simulate', AS_IS, '--scenario', '午间高峰', '--customers', '5000', '--staff-for', '柜员', '--goal', 'p90 wait < 5 min']);
        expect(code).toBe(0);
        const tried = [...stdout.matchAll(/^(\d+)\s+\S+ (?:min|s)\s+(yes|no)$/gm)].map(m => [Number(m[1]), m[2]]);
        expect(tried.length).toBeGreaterThan(0);
        expect(tried.at(-1)![1]).toBe('yes');
        expect(tried.slice(0, -1).every(([, meets]) => meets === 'no')).toBe(true);
        expect(stdout).toContain(`staffing: ${tried.at(-1)![0]} × '柜员' meet "p90 wait < 5 min"`);
    });

    test('exit codes: 1 when the analysis cannot run, 2 for bad usage, each with one line', () => {
        const folder = mkdtempSync(join(tmpdir(), 'blueprint-sim-'));
        writeFileSync(join(folder, 'a.blueprint'), 'actor T\nblueprint B { demand 10 per h customer { step a { time 1 min } } onstage { step b { by T time 1 min } } a -> b }\n');
        const missing = blueprint(['simulate', 'a.blueprint'], folder);
        expect(missing.code).toBe(1);
        expect(missing.stderr.trim()).toBe("blueprint: a.blueprint: the analysis cannot run; it needs staff for 'T' (`actor T staff 3`)");
        const usage = blueprint(['simulate', 'a.blueprint', '--goal', 'p90 wait < 1 min'], folder);
        expect(usage.code).toBe(2);
        expect(usage.stderr.trim().split('\n')).toHaveLength(1);
        expect(blueprint(['simulate', 'a.blueprint', '--staff-for', 'T', '--goal', 'soon'], folder).code).toBe(2);
        expect(blueprint(['simulate', 'missing.blueprint'], folder).code).toBe(2);
    });
});

describe('blueprint compare', () => {
    test('metric deltas and the step diff of as-is against to-be', () => {
        const { code, stdout } = blueprint(['compare', AS_IS, TO_BE, '--customers', '5000']);
        expect(code).toBe(0);
        expect(stdout).toMatch(/^steps\s+17\s+13\s+−4$/m);
        expect(stdout).toMatch(/^staff \(people\)\s+8\s+1\s+−7$/m);
        expect(stdout).toMatch(/^steps: 8 added, 12 removed, 2 changed$/m);
        expect(stdout).toMatch(/^ {2}~ 提交交易: lane 柜台 → 机具; performer 柜员 → 存款一体机; time 30 s → 5 s$/m);
        expect(stdout).toMatch(/^ {2}\+ 插卡$/m);
        expect(stdout).toMatch(/^ {2}- 叫号$/m);
    });

    test('under one scenario, as Markdown and JSON; a scenario missing on one side is a usage error', () => {
        const md = blueprint(['compare', AS_IS, TO_BE, '--scenario', '午间高峰', '--customers', '3000', '--format', 'md']);
        expect(md.stdout).toMatch(/^\| demand \(customers\/h\) \| 90 \| 90 \| 0 \|$/m);
        const json = JSON.parse(blueprint(['compare', `${AS_IS}#柜台存款`, TO_BE, '--customers', '3000', '--format', 'json']).stdout);
        expect(json.steps.removed).toContain('叫号');
        expect(json.metrics.find((m: { metric: string }) => m.metric === 'steps').delta).toBe(-4);
        const bad = blueprint(['compare', AS_IS, 'examples/atm-withdrawal.blueprint', '--scenario', '午间高峰']);
        expect(bad.code).toBe(2);
        expect(bad.stderr).toContain("has no scenario '午间高峰'");
    });
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
            const { stdout } = blueprint(args);
            expect(readme, `README shows the output of blueprint ${args.join(' ')}`).toContain(stdout.trimEnd());
        }
    });
});
