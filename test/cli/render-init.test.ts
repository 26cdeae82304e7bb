/** render's refusals and selections, every theme kind, and init. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { THEME_KINDS } from '../../src/render/theme.js';
import { BROKEN, CLEAN, CLI_TIMEOUT, blueprint, scratch } from './cli-helpers.js';

const TWO = `${CLEAN}\n${CLEAN.replace('blueprint B', 'blueprint Second')}`;

describe('blueprint render', () => {
    test('a file with errors: exit 1 with its errors and nothing written, unless --force', () => {
        const folder = scratch({ 'broken.blueprint': BROKEN });
        const refused = blueprint(['render', 'broken.blueprint', '-o', 'out.svg'], folder);
        expect(refused.code).toBe(1);
        expect(refused.stderr).toMatch(/^broken\.blueprint:4:5 error BP002 /m);
        expect(refused.stderr.trim().split('\n').at(-1)).toBe('blueprint: not drawn: 1 error(s) above; fix them, or pass --force to draw anyway');
        expect(existsSync(join(folder, 'out.svg'))).toBe(false);
        const forced = blueprint(['render', 'broken.blueprint', '-o', 'out.svg', '--force'], folder);
        expect(forced.code).toBe(0);
        expect(forced.stderr).toMatch(/drawn with 1 error\(s\) \(--force\)/);
        expect(readFileSync(join(folder, 'out.svg'), 'utf8')).toMatch(/^<svg /);
    }, CLI_TIMEOUT);

    test('--blueprint NAME draws one blueprint of a file holding several; an unknown name lists the others', () => {
        const folder = scratch({ 'two.blueprint': TWO });
        const both = blueprint(['render', 'two.blueprint', '-o', '-'], folder).stdout;
        expect(both).toContain('data-blueprint="B"');
        expect(both).toContain('Second');
        const one = blueprint(['render', 'two.blueprint', '-o', '-', '--blueprint', 'Second'], folder);
        expect(one.code).toBe(0);
        expect(one.stdout).toMatch(/^<svg [^>]*data-blueprint="Second"/);
        expect(one.stdout).not.toContain('data-blueprint="B"');
        const unknown = blueprint(['render', 'two.blueprint', '-o', 'x.svg', '--blueprint', 'Third'], folder);
        expect([unknown.code, unknown.stderr.trim()]).toEqual([2, "blueprint: no blueprint 'Third' (there are: B, Second)"]);
    }, CLI_TIMEOUT);

    test('-o - writes the SVG to stdout and nothing else', () => {
        const { code, stdout, stderr } = blueprint(['render', 'x.blueprint', '-o', '-'], scratch({ 'x.blueprint': CLEAN }));
        expect(code).toBe(0);
        expect(stdout).toMatch(/^<svg [\s\S]*<\/svg>\s*$/);
        expect(stderr).toBe('');
    }, CLI_TIMEOUT);

    test.each(THEME_KINDS)('--theme %s is accepted and drawn in that theme', theme => {
        const { code, stdout } = blueprint(['render', 'x.blueprint', '-o', '-', '--theme', theme], scratch({ 'x.blueprint': CLEAN }));
        expect(code).toBe(0);
        expect(stdout).toMatch(new RegExp(`^<svg [^>]*class="[^"]*bp-theme-${theme}[" ]`));
    }, CLI_TIMEOUT);

    test('a folder renders every blueprint file into the output folder; -o - is refused for it', () => {
        const folder = scratch({ 'a.blueprint': CLEAN, 'b.blueprint': CLEAN.replace('blueprint B', 'blueprint C') });
        expect(blueprint(['render', '.', '-o', 'out'], folder).code).toBe(0);
        expect(readdirSync(join(folder, 'out')).sort()).toEqual(['a.svg', 'b.svg']);
        const toStdout = blueprint(['render', '.', '-o', '-'], folder);
        expect([toStdout.code, toStdout.stderr.trim()]).toEqual([2, 'blueprint: a folder renders into a folder: -o - takes one file']);
    }, CLI_TIMEOUT);
});

describe('blueprint init', () => {
    test('writes the counter deposit and a config, both clean; refuses to overwrite either', () => {
        const folder = scratch({});
        const first = blueprint(['init', 'project'], folder);
        expect(first.code).toBe(0);
        expect(first.stdout).toContain(`wrote ${join('project', 'counter-deposit.blueprint')}`);
        const config = JSON.parse(readFileSync(join(folder, 'project', 'blueprint.config.json'), 'utf8'));
        expect(config).toEqual({ $schema: expect.stringMatching(/schemas\/blueprint\.config\.schema\.json$/), rules: {} });
        const checked = JSON.parse(blueprint(['check', 'project', '--format', 'json'], folder).stdout);
        expect(checked.summary.errors).toBe(0);
        expect(checked.files[0].path).toBe(join('project', 'counter-deposit.blueprint'));
        writeFileSync(join(folder, 'project', 'counter-deposit.blueprint'), 'mine');
        const again = blueprint(['init', 'project'], folder);
        expect([again.code, again.stderr.trim()]).toEqual([2, `blueprint: ${join('project', 'counter-deposit.blueprint')} exists already; not overwritten (move it away or choose another folder)`]);
        expect(readFileSync(join(folder, 'project', 'counter-deposit.blueprint'), 'utf8')).toBe('mine');
    }, CLI_TIMEOUT);

    test('in Chinese the starter is the Chinese counter deposit, with the domain terms, and clean', () => {
        const folder = scratch({});
        expect(blueprint(['init', '--lang', 'zh-cn'], folder).code).toBe(0);
        const starter = readFileSync(join(folder, '柜台存款.blueprint'), 'utf8');
        expect(starter).toContain('blueprint 柜台存款');
        for (const term of ['顾客行为', '后台行为', '支持过程', '有形展示']) expect(starter).toContain(term);
        const checked = JSON.parse(blueprint(['check', '.', '--format', 'json'], folder).stdout);
        expect(checked.summary.errors).toBe(0);
        expect(checked.summary.warnings).toBeLessThanOrEqual(1); // BP101 lists the declared fail point
    }, CLI_TIMEOUT);
});
