import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, test } from 'vitest';
import { BROKEN, CLEAN, CLI_TIMEOUT, blueprintAsync, scratch } from './cli-helpers.js';

describe('blueprint check', () => {
    test('prints path:line:col severity CODE message and exits 1 on errors', async () => {
        const folder = scratch({ 'broken.blueprint': BROKEN });
        const { code, stdout } = await blueprintAsync(['check', '.'], folder);
        expect(code).toBe(1);
        expect(stdout).toMatch(/^broken\.blueprint:4:5 error BP002 Customer step 'a' reaches backstage step 'b' directly\./m);
        expect(stdout).toMatch(/1 file\(s\) checked: \d+ error\(s\)/);
    }, CLI_TIMEOUT);

    test('exits 0 without errors; the examples are clean', async () => {
        const { code, stdout } = await blueprintAsync(['check', 'examples']);
        expect(stdout).toMatch(/checked: 0 error\(s\)/);
        expect(code).toBe(0);
    }, CLI_TIMEOUT);

    test('--format json gives machine-readable diagnostics', async () => {
        const folder = scratch({ 'broken.blueprint': BROKEN });
        const { stdout } = await blueprintAsync(['check', 'broken.blueprint', '--format', 'json'], folder);
        const [file] = JSON.parse(stdout).files;
        expect(file.path).toBe('broken.blueprint');
        expect(file.diagnostics).toContainEqual(expect.objectContaining({ line: 4, column: 5, severity: 'error', code: 'BP002' }));
    }, CLI_TIMEOUT);

    test('reads severities from blueprint.config.json', async () => {
        const folder = scratch({ 'broken.blueprint': BROKEN, 'blueprint.config.json': '{ "rules": { "BP002": "off", "bp201": "error" } }' });
        const { stdout, code } = await blueprintAsync(['check', '.'], folder);
        expect(stdout).not.toContain('BP002');
        expect(stdout).toMatch(/ error BP201 /);
        expect(code).toBe(1);
    }, CLI_TIMEOUT);

    test.each([
        [['check', 'no-such-file.blueprint'], 'blueprint: no such file or folder: no-such-file.blueprint'],
        [['check', 'notes.txt'], 'blueprint: not a .blueprint file: notes.txt'],
        [['check'], 'blueprint: no files or folders given'],
        [['check', '.', '--format', 'xml'], "blueprint: --format must be one of text, json, sarif, github (got 'xml')"],
        [['check', '.', '--bogus'], "blueprint: unknown option '--bogus'"],
        [['frobnicate'], "blueprint: unknown command 'frobnicate' (use check, format, render, stats, simulate, compare, init)"],
        [['help', 'frobnicate'], "blueprint: unknown command 'frobnicate' (use check, format, render, stats, simulate, compare, init)"],
        [['check', 'empty'], 'blueprint: no .blueprint files in empty'],
        [['stats', 'empty'], 'blueprint: no .blueprint files in empty'],
        [['check', 'x.blueprint/inner.blueprint'], 'blueprint: cannot read x.blueprint/inner.blueprint: a part of the path is not a folder'],
        [['check', 'pipe.blueprint'], 'blueprint: not a regular file (a pipe, socket or device): pipe.blueprint'],
        [['check', 'latin1.blueprint'], 'blueprint: latin1.blueprint: not UTF-8 text (invalid byte at offset 49); save the file as UTF-8'],
        [['render', 'x.blueprint', '-o', 'folder.svg'], 'blueprint: cannot write folder.svg: it is a folder'],
        [['render', 'x.blueprint', '-o', 'x.blueprint/out.svg'], 'blueprint: cannot write x.blueprint/out.svg: a part of the path is not a folder'],
        [['render', 'x.blueprint', '-o', `${'n'.repeat(256)}.svg`], `blueprint: cannot write ${'n'.repeat(256)}.svg: the file name is longer than 255 bytes`],
        [['format', 'empty'], 'blueprint: no .blueprint files in empty'],
        [['render', 'x.blueprint'], 'blueprint: render needs -o <out.svg|out.png|folder|->'],
        [['check', '.', '--config', 'nope.json'], 'blueprint: no such config file: nope.json'],
        [['check', '.', '--format'], "blueprint: option '--format' needs a value"],
        [['render', 'x.blueprint', '-o'], "blueprint: option '--output' needs a value"],
        [['format', '--check=yes', 'x.blueprint'], "blueprint: option '--check' takes no value"],
        [['render', 'x.blueprint', '-o', 'x.gif'], "blueprint: cannot tell the image format of 'x.gif': name it .svg or .png, or pass --format"],
        [['render', 'x.blueprint', '-o', 'x.svg', '--theme', 'sepia'], "blueprint: --theme must be one of light, dark, high-contrast, high-contrast-light (got 'sepia')"],
        [['render', 'x.blueprint', 'notes.txt', '-o', 'x.svg'], 'blueprint: render takes exactly one file, folder or -'],
        [['init', 'a', 'b'], "blueprint: unexpected argument 'b'"],
        [['check', '.', '--lang'], "blueprint: --lang must be en or zh-cn (got '')"]
    ])('%j: one line, exit 2', async (args, message) => {
        const folder = scratch({ 'x.blueprint': CLEAN, 'notes.txt': 'not a blueprint' });
        mkdirSync(join(folder, 'empty'));
        mkdirSync(join(folder, 'folder.svg'));
        execFileSync('mkfifo', [join(folder, 'pipe.blueprint')]);
        // "é" in Latin-1: one byte 0xE9, not a UTF-8 sequence.
        writeFileSync(join(folder, 'latin1.blueprint'), Buffer.concat([Buffer.from('blueprint B {\n  customer { step a { evidence "Caf'), Buffer.from([0xe9]), Buffer.from('" } }\n}\n')]));
        const { code, stderr, stdout } = await blueprintAsync(args, folder);
        expect(code).toBe(2);
        expect(stderr.trim()).toBe(message);
        expect(stdout).toBe('');
    }, CLI_TIMEOUT);

    test('each file gets the config nearest above it, whatever the order of the arguments', async () => {
        const folder = scratch({});
        for (const [sub, severity] of [['a', 'off'], ['b', 'error']]) {
            mkdirSync(join(folder, sub));
            writeFileSync(join(folder, sub, 'blueprint.config.json'), `{ "rules": { "BP002": "${severity}" } }`);
            writeFileSync(join(folder, sub, `${sub}.blueprint`), BROKEN.replace('blueprint B', `blueprint B_${sub}`));
        }
        const forward = await blueprintAsync(['check', 'a', 'b', '--format', 'json'], folder);
        const backward = await blueprintAsync(['check', 'b', 'a', '--format', 'json'], folder);
        const bp002 = (stdout: string) => (JSON.parse(stdout).files as Array<{ path: string; diagnostics: Array<{ code: string; severity: string }> }>)
            .map(file => [file.path, file.diagnostics.filter(d => d.code === 'BP002').map(d => d.severity)]);
        expect(bp002(forward.stdout)).toEqual([[join('a', 'a.blueprint'), []], [join('b', 'b.blueprint'), ['error']]]);
        expect(bp002(backward.stdout)).toEqual(bp002(forward.stdout));
    }, CLI_TIMEOUT);

    test('--config applies one config to every file instead of the nearest ones', async () => {
        const folder = scratch({ 'strict.json': '{ "rules": { "BP002": "warning" } }' });
        mkdirSync(join(folder, 'a'));
        writeFileSync(join(folder, 'a', 'blueprint.config.json'), '{ "rules": { "BP002": "off" } }');
        writeFileSync(join(folder, 'a', 'a.blueprint'), BROKEN);
        const { stdout } = await blueprintAsync(['check', 'a', '--config', 'strict.json'], folder);
        expect(stdout).toMatch(/ warning BP002 /);
    }, CLI_TIMEOUT);

    test('an unknown code in blueprint.config.json is an error, not silence', async () => {
        const folder = scratch({ 'x.blueprint': CLEAN, 'blueprint.config.json': '{ "rules": { "BP777": "off" } }' });
        const { code, stderr } = await blueprintAsync(['check', '.'], folder);
        expect(code).toBe(2);
        expect(stderr.trim()).toMatch(/blueprint\.config\.json: unknown rule code 'BP777'/);
    }, CLI_TIMEOUT);
});

describe('blueprint stats', () => {
    test('prints the metrics, and JSON with --format json', async () => {
        const { code, stdout } = await blueprintAsync(['stats', 'examples/counter-deposit.blueprint', '--format', 'json']);
        expect(code).toBe(0);
        const [stats] = JSON.parse(stdout);
        expect(stats.name).toBe('柜台存款');
        expect(stats.metrics.totalSteps).toBeGreaterThan(10);
        expect(stats.metrics.failPoints).toBe(4);
        const text = (await blueprintAsync(['stats', 'examples/counter-deposit.blueprint'])).stdout;
        expect(text).toMatch(/contact ratio\s+\d+%/);
    }, CLI_TIMEOUT);
});

describe('blueprint render', () => {
    test('writes well-formed SVG and PNG files', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'blueprint-render-'));
        const svgPath = join(folder, 'deposit.svg');
        expect((await blueprintAsync(['render', 'examples/counter-deposit.blueprint', '-o', svgPath, '--theme', 'dark'])).code).toBe(0);
        const svg = readFileSync(svgPath, 'utf8');
        const errors: string[] = [];
        new DOMParser({ onError: (_level: unknown, message: unknown) => { errors.push(String(message)); } }).parseFromString(svg, 'image/svg+xml');
        expect(errors).toEqual([]);
        expect(svg).toContain('取号');
        const pngPath = join(folder, 'deposit.png');
        const png = await blueprintAsync(['render', 'examples/counter-deposit.blueprint', '-o', pngPath]);
        expect(png.code, png.stderr).toBe(0);
        expect(readFileSync(pngPath).subarray(1, 4).toString()).toBe('PNG');
    }, 2 * CLI_TIMEOUT); // two CLI runs, one rasterising with a 2 MB font: slow on a loaded machine

    test('folder mode renders every blueprint file', async () => {
        const out = mkdtempSync(join(tmpdir(), 'blueprint-folder-'));
        expect((await blueprintAsync(['render', 'examples', '-o', out])).code).toBe(0);
        const written = readdirSync(out);
        expect(written).toContain('counter-deposit.svg');
        expect(existsSync(join(out, 'shared-actors.svg'))).toBe(false); // declarations only, nothing to draw
    }, CLI_TIMEOUT);
});

describe('blueprint --version, help, format, globs', () => {
    test('--version prints the package version; help <command> and <command> --help print the usage', async () => {
        const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
        expect((await blueprintAsync(['--version'])).stdout.trim()).toBe(version);
        for (const args of [['help', 'check'], ['check', '--help'], ['format', '-h']]) {
            const { code, stdout } = await blueprintAsync(args);
            expect(code).toBe(0);
            expect(stdout).toMatch(/^Usage:/);
            expect(stdout).toMatch(/3 internal error/);
        }
    }, CLI_TIMEOUT);

    test('a quoted glob is expanded by the CLI itself', async () => {
        const folder = scratch({ 'x.blueprint': CLEAN });
        mkdirSync(join(folder, 'docs', 'deep'), { recursive: true });
        writeFileSync(join(folder, 'docs', 'deep', 'broken.blueprint'), BROKEN);
        const { code, stdout } = await blueprintAsync(['check', 'docs/**/*.blueprint'], folder);
        expect(code).toBe(1);
        expect(stdout).toMatch(/^docs\/deep\/broken\.blueprint:4:5 error BP002/m);
        expect(stdout).toMatch(/^1 file\(s\) checked/m);
    }, CLI_TIMEOUT);

    test('format --check exits 1 on an unformatted file; format rewrites it to what the editor\'s formatter gives', async () => {
        const messy = 'blueprint B {\ncustomer   {  step a { evidence "x" } }\n}\n';
        const folder = scratch({ 'messy.blueprint': messy, 'broken.blueprint': 'blueprint B { customer { step } ' });
        const checked = await blueprintAsync(['format', '--check', 'messy.blueprint'], folder);
        expect(checked.code).toBe(1);
        expect(checked.stdout).toContain('messy.blueprint: not formatted');
        expect(readFileSync(join(folder, 'messy.blueprint'), 'utf8')).toBe(messy);
        expect((await blueprintAsync(['format', 'messy.blueprint'], folder)).code).toBe(0);
        const formatted = readFileSync(join(folder, 'messy.blueprint'), 'utf8');
        expect(formatted).toBe('blueprint B {\n    customer {\n        step a {\n            evidence "x"\n        }\n    }\n}\n');
        expect((await blueprintAsync(['format', '--check', 'messy.blueprint'], folder)).code).toBe(0);
        const refused = await blueprintAsync(['format', 'broken.blueprint'], folder);
        expect(refused.code).toBe(1);
        expect(refused.stderr.trim()).toBe('broken.blueprint: has syntax errors; not formatted (fix them first)');
        expect(readFileSync(join(folder, 'broken.blueprint'), 'utf8')).toBe('blueprint B { customer { step } ');
    }, CLI_TIMEOUT);
});
