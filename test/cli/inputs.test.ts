/** Inputs besides paths: stdin (-) with --stdin-filename, ignore patterns, and --watch. */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BROKEN, CLEAN, CLI_TIMEOUT, blueprint, scratch } from './cli-helpers.js';

describe('stdin', () => {
    test('- reads one blueprint; --stdin-filename names it in messages and finds its config', () => {
        const folder = scratch({});
        mkdirSync(join(folder, 'team'));
        writeFileSync(join(folder, 'team', 'blueprint.config.json'), '{ "rules": { "BP002": "warning" } }');
        const plain = blueprint(['check', '-'], folder, { input: BROKEN });
        expect(plain.code).toBe(1);
        expect(plain.stdout).toMatch(/^<stdin>:4:5 error BP002 /m);
        const named = blueprint(['check', '-', '--stdin-filename', 'team/new.blueprint'], folder, { input: BROKEN });
        expect(named.stdout).toMatch(/^team\/new\.blueprint:4:5 warning BP002 /m);
        expect(named.code).toBe(0);
    }, CLI_TIMEOUT);

    test('format - prints the formatted text; render - -o - prints the SVG', () => {
        const folder = scratch({});
        const formatted = blueprint(['format', '-'], folder, { input: 'blueprint B {\ncustomer   {  step a { evidence "x" } }\n}\n' });
        expect(formatted.code).toBe(0);
        expect(formatted.stdout).toBe('blueprint B {\n    customer {\n        step a {\n            evidence "x"\n        }\n    }\n}\n');
        const svg = blueprint(['render', '-', '-o', '-'], folder, { input: CLEAN });
        expect(svg.code).toBe(0);
        expect(svg.stdout).toMatch(/^<svg [^>]*data-blueprint="B"/);
    }, CLI_TIMEOUT);

    test.each([
        [['check', '-', '-'], 'blueprint: stdin (-) can be given once'],
        [['check', 'x.blueprint', '--stdin-filename', 'y.blueprint'], 'blueprint: --stdin-filename needs - (stdin) among the inputs'],
        [['check', '-', '--watch'], 'blueprint: --watch needs files or folders, not stdin (-)']
    ])('%j: one line, exit 2', (args, message) => {
        const { code, stderr } = blueprint(args, scratch({ 'x.blueprint': CLEAN }), { input: CLEAN });
        expect([code, stderr.trim()]).toEqual([2, message]);
    }, CLI_TIMEOUT);

    test('stdin that is not UTF-8 is refused with the offset of the first bad byte', () => {
        const { code, stderr } = blueprint(['check', '-'], scratch({}), { input: Buffer.from([0x62, 0x6c, 0xe9, 0x0a]) });
        expect([code, stderr.trim()]).toEqual([2, 'blueprint: <stdin>: not UTF-8 text (invalid byte at offset 2); save the file as UTF-8']);
    }, CLI_TIMEOUT);
});

describe('ignore patterns', () => {
    test('.blueprintignore (gitignore syntax) and --ignore skip files below the folders and globs given', () => {
        const folder = scratch({ 'keep.blueprint': CLEAN, '.blueprintignore': '# drafts are not checked\ndrafts/\n!drafts/ready.blueprint\n' });
        mkdirSync(join(folder, 'drafts'));
        mkdirSync(join(folder, 'old'));
        writeFileSync(join(folder, 'drafts', 'wip.blueprint'), BROKEN);
        writeFileSync(join(folder, 'old', 'legacy.blueprint'), BROKEN);
        const files = (args: string[]) => (JSON.parse(blueprint(['check', ...args, '--format', 'json'], folder).stdout) as { files: Array<{ path: string }> }).files.map(f => f.path);
        expect(files(['.'])).toEqual(['keep.blueprint', join('old', 'legacy.blueprint')]);
        expect(files(['.', '--ignore', 'old/**'])).toEqual(['keep.blueprint']);
        expect(files(['**/*.blueprint', '--ignore', 'legacy.blueprint'])).toEqual(['keep.blueprint']);
        const all = blueprint(['check', 'old', '--ignore', 'old'], folder);
        expect(all.code).toBe(0);
        expect(all.stderr.trim()).toBe('blueprint: note: all 1 blueprint file(s) found are ignored (.blueprintignore, --ignore)');
        expect(all.stdout).toMatch(/^0 file\(s\) checked/m);
    }, CLI_TIMEOUT);
});

describe('--watch', () => {
    test('checks, then checks again after a file changes', async () => {
        const folder = scratch({ 'x.blueprint': CLEAN });
        const child = spawn(process.execPath, [join(process.cwd(), 'bin/blueprint.js'), 'check', '--watch', '.'], { cwd: folder, env: { ...process.env, LANG: 'C', LC_ALL: '' } });
        let stdout = '';
        child.stdout.on('data', chunk => { stdout += String(chunk); });
        const waitFor = (pattern: RegExp) => new Promise<void>((resolve, reject) => {
            const started = Date.now();
            const poll = setInterval(() => {
                if (pattern.test(stdout)) { clearInterval(poll); resolve(); }
                else if (Date.now() - started > 60_000) { clearInterval(poll); reject(new Error(`no ${pattern} in:\n${stdout}`)); }
            }, 100);
        });
        try {
            await waitFor(/watching for changes/);
            expect(stdout).toMatch(/1 file\(s\) checked: 0 error\(s\)/);
            writeFileSync(join(folder, 'x.blueprint'), BROKEN);
            await waitFor(/x\.blueprint:4:5 error BP002/);
            expect(stdout).toMatch(/x\.blueprint changed; checking again/);
            expect(stdout).toMatch(/1 file\(s\) checked: 1 error\(s\)/);
            expect(child.exitCode).toBeNull(); // still watching
        } finally {
            child.kill();
        }
    }, CLI_TIMEOUT);
});
