import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, test } from 'vitest';

/** Runs the built CLI as a user would (test/global-setup.ts builds it before the tests). */
function blueprint(args: string[], cwd = process.cwd()) {
    const result = spawnSync(process.execPath, [join(process.cwd(), 'bin/blueprint.js'), ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function scratch(files: Record<string, string>): string {
    const folder = mkdtempSync(join(tmpdir(), 'blueprint-cli-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
    return folder;
}

const BROKEN = 'blueprint B {\n  customer { step a { evidence "x" } }\n  backstage { step b }\n  a -> b\n}\n';
const CLEAN = 'blueprint B {\n  classification { divergence standard object information contact none }\n  customer { step a { evidence "x" } }\n}\n';

describe('blueprint check', () => {
    test('prints path:line:col severity CODE message and exits 1 on errors', () => {
        const folder = scratch({ 'broken.blueprint': BROKEN });
        const { code, stdout } = blueprint(['check', '.'], folder);
        expect(code).toBe(1);
        expect(stdout).toMatch(/^broken\.blueprint:4:5 error BP002 Customer step 'a' reaches backstage step 'b' directly\./m);
        expect(stdout).toMatch(/1 file\(s\) checked: \d+ error\(s\)/);
    });

    test('exits 0 without errors; the examples are clean', () => {
        const { code, stdout } = blueprint(['check', 'examples']);
        expect(stdout).toMatch(/checked: 0 error\(s\)/);
        expect(code).toBe(0);
    });

    test('--format json gives machine-readable diagnostics', () => {
        const folder = scratch({ 'broken.blueprint': BROKEN });
        const { stdout } = blueprint(['check', 'broken.blueprint', '--format', 'json'], folder);
        const [file] = JSON.parse(stdout);
        expect(file.path).toBe('broken.blueprint');
        expect(file.diagnostics).toContainEqual(expect.objectContaining({ line: 4, column: 5, severity: 'error', code: 'BP002' }));
    });

    test('reads severities from blueprint.config.json', () => {
        const folder = scratch({ 'broken.blueprint': BROKEN, 'blueprint.config.json': '{ "rules": { "BP002": "off", "bp201": "error" } }' });
        const { stdout, code } = blueprint(['check', '.'], folder);
        expect(stdout).not.toContain('BP002');
        expect(stdout).toMatch(/ error BP201 /);
        expect(code).toBe(1);
    });

    test.each([
        [['check', 'no-such-file.blueprint'], 'blueprint: no such file or folder: no-such-file.blueprint'],
        [['check', 'notes.txt'], 'blueprint: not a .blueprint file: notes.txt'],
        [['check'], 'blueprint: no files or folders given'],
        [['check', '.', '--format', 'xml'], "blueprint: --format must be one of text, json (got 'xml')"],
        [['check', '.', '--bogus'], "blueprint: Unknown option '--bogus'"],
        [['frobnicate'], "blueprint: unknown command 'frobnicate' (use check, render, stats, simulate or compare)"],
        [['render', 'x.blueprint'], 'blueprint: render needs -o <out.svg|out.png|folder>']
    ])('%j: one line, exit 2', (args, message) => {
        const folder = scratch({ 'x.blueprint': CLEAN, 'notes.txt': 'not a blueprint' });
        const { code, stderr, stdout } = blueprint(args, folder);
        expect(code).toBe(2);
        expect(stderr.trim()).toBe(message);
        expect(stdout).toBe('');
    });

    test('each file gets the config nearest above it, whatever the order of the arguments', () => {
        const folder = scratch({});
        for (const [sub, severity] of [['a', 'off'], ['b', 'error']]) {
            mkdirSync(join(folder, sub));
            writeFileSync(join(folder, sub, 'blueprint.config.json'), `{ "rules": { "BP002": "${severity}" } }`);
            writeFileSync(join(folder, sub, `${sub}.blueprint`), BROKEN.replace('blueprint B', `blueprint B_${sub}`));
        }
        const forward = blueprint(['check', 'a', 'b', '--format', 'json'], folder);
        const backward = blueprint(['check', 'b', 'a', '--format', 'json'], folder);
        const bp002 = (stdout: string) => (JSON.parse(stdout) as Array<{ path: string; diagnostics: Array<{ code: string; severity: string }> }>)
            .map(file => [file.path, file.diagnostics.filter(d => d.code === 'BP002').map(d => d.severity)]);
        expect(bp002(forward.stdout)).toEqual([[join('a', 'a.blueprint'), []], [join('b', 'b.blueprint'), ['error']]]);
        expect(bp002(backward.stdout)).toEqual(bp002(forward.stdout));
    });

    test('--config applies one config to every file instead of the nearest ones', () => {
        const folder = scratch({ 'strict.json': '{ "rules": { "BP002": "warning" } }' });
        mkdirSync(join(folder, 'a'));
        writeFileSync(join(folder, 'a', 'blueprint.config.json'), '{ "rules": { "BP002": "off" } }');
        writeFileSync(join(folder, 'a', 'a.blueprint'), BROKEN);
        const { stdout } = blueprint(['check', 'a', '--config', 'strict.json'], folder);
        expect(stdout).toMatch(/ warning BP002 /);
    });

    test('an unknown code in blueprint.config.json is an error, not silence', () => {
        const folder = scratch({ 'x.blueprint': CLEAN, 'blueprint.config.json': '{ "rules": { "BP777": "off" } }' });
        const { code, stderr } = blueprint(['check', '.'], folder);
        expect(code).toBe(2);
        expect(stderr.trim()).toMatch(/blueprint\.config\.json: unknown rule code 'BP777'/);
    });
});

describe('blueprint stats', () => {
    test('prints the metrics, and JSON with --format json', () => {
        const { code, stdout } = blueprint(['stats', 'examples/counter-deposit.blueprint', '--format', 'json']);
        expect(code).toBe(0);
        const [stats] = JSON.parse(stdout);
        expect(stats.name).toBe('柜台存款');
        expect(stats.metrics.totalSteps).toBeGreaterThan(10);
        expect(stats.metrics.failPoints).toBe(4);
        const text = blueprint(['stats', 'examples/counter-deposit.blueprint']).stdout;
        expect(text).toMatch(/contact ratio\s+\d+%/);
    });
});

describe('blueprint render', () => {
    test('writes well-formed SVG and PNG files', () => {
        const folder = mkdtempSync(join(tmpdir(), 'blueprint-render-'));
        const svgPath = join(folder, 'deposit.svg');
        expect(blueprint(['render', 'examples/counter-deposit.blueprint', '-o', svgPath, '--theme', 'dark']).code).toBe(0);
        const svg = readFileSync(svgPath, 'utf8');
        const errors: string[] = [];
        new DOMParser({ onError: (_level: unknown, message: unknown) => { errors.push(String(message)); } }).parseFromString(svg, 'image/svg+xml');
        expect(errors).toEqual([]);
        expect(svg).toContain('取号');
        const pngPath = join(folder, 'deposit.png');
        expect(blueprint(['render', 'examples/counter-deposit.blueprint', '-o', pngPath]).code).toBe(0);
        expect(readFileSync(pngPath).subarray(1, 4).toString()).toBe('PNG');
    });

    test('folder mode renders every blueprint file', () => {
        const out = mkdtempSync(join(tmpdir(), 'blueprint-folder-'));
        expect(blueprint(['render', 'examples', '-o', out]).code).toBe(0);
        const written = readdirSync(out);
        expect(written).toContain('counter-deposit.svg');
        expect(existsSync(join(out, 'shared-actors.svg'))).toBe(false); // declarations only, nothing to draw
    });
});
