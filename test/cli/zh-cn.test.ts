/**
 * The CLI in Chinese (issue 9): --lang zh-cn or LANG=zh_CN.UTF-8; every text
 * the CLI prints itself is Chinese (no ASCII-only sentence), and the
 * diagnostics come from the language server's catalogue in the same language.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { messagesFor } from '../../src/i18n/index.js';
import { expectChinese as expectChineseText } from '../helpers.js';
import { BROKEN, CLEAN, CLI_TIMEOUT, blueprint, blueprintAsync, scratch, type Run } from './cli-helpers.js';

const zh = messagesFor('zh-cn');

/**
 * Three or more English words in a row, once what is not prose is taken out:
 * options, placeholders, quoted names, paths, URLs, codes, severities, the
 * command line itself and the DSL's keywords printed as values.
 */
function englishSentence(line: string): string | undefined {
    const prose = line
        .replace(/^blueprint: /, ' ')
        .replace(/https?:\/\/\S+/g, ' ')
        .replace(/\{[^}]*\}/g, ' ')
        .replace(/(^|\s)blueprint( [a-z-]+)?(?=\s|$)/g, ' ')
        .replace(/--?[\w-]+(=\S+)?/g, ' ')
        .replace(/<[^>]*>|\[[^\]]*\]|"[^"]*"|'[^']*'|`[^`]*`|“[^”]*”/g, ' ')
        .replace(/\S+\.(blueprint|json|svg|png|md|html)\b/g, ' ')
        .replace(/\b(BP\d{3}|error|warning|info|hint|standard|information|none|customer-goods|interactive|production-line|LC_ALL|LC_MESSAGES|LANG|BLUEPRINT_DEBUG|PDF|SVG|PNG|SARIF|GitHub|CI|VS Code|Service Blueprint|Markdown|HTML|JSON|UTF-8|gitignore|Ctrl\+C|rsvg-convert|apt install fonts-noto-cjk|mean|wait|time)\b/g, ' ');
    return /[A-Za-z]{2,}(?:[\s,;:.()]+[A-Za-z]{2,}){2,}/.exec(prose)?.[0];
}

function expectChinese(run: Run, label: string): void {
    const lines = `${run.stdout}\n${run.stderr}`.split('\n').filter(l => l.trim() !== '' && !/^[^:\s]+:\d+:\d+ /.test(l));
    expect(lines.length, label).toBeGreaterThan(0);
    const english = lines.map(l => [l, englishSentence(l)]).filter(([, found]) => found);
    expect(english, label).toEqual([]);
}

describe('the CLI in Chinese', () => {
    test('usage, help of every command, errors and summaries have no English sentence', async () => {
        const folder = scratch({ 'broken.blueprint': BROKEN, 'clean.blueprint': CLEAN, 'messy.blueprint': 'blueprint B {\ncustomer {  step a { evidence "x" } }\n}\n' });
        mkdirSync(join(folder, 'empty'));
        const runs: Array<[string[], number]> = [
            [['--help'], 0],
            ...['check', 'format', 'render', 'stats', 'simulate', 'compare', 'init'].map((command): [string[], number] => [['help', command], 0]),
            [['check', '.'], 1],
            [['check', 'missing.blueprint'], 2],
            [['check', 'empty'], 2],
            [['check', '.', '--format', 'xml'], 2],
            [['check', '.', '--bogus'], 2],
            [['frobnicate'], 2],
            [['format', '--check', 'messy.blueprint'], 1],
            [['stats', 'clean.blueprint'], 0],
            [['render', 'broken.blueprint', '-o', 'x.svg'], 1],
            [['render', 'clean.blueprint', '-o', 'x.gif'], 2],
            [['simulate', 'clean.blueprint', 'other.blueprint'], 2],
            [['init', 'starter'], 0]
        ];
        for (const [args, code] of runs) {
            const run = await blueprintAsync([...args, '--lang', 'zh-cn'], folder);
            expect(run.code, args.join(' ')).toBe(code);
            expectChinese(run, args.join(' '));
        }
        expect(existsSync(join(folder, 'starter', '柜台存款.blueprint'))).toBe(true);
    }, 300_000);

    test('the sentence detector finds the English texts it must (so the test above can fail)', () => {
        const english = blueprint(['check', 'missing.blueprint', '--lang', 'en'], scratch({}));
        expect(englishSentence(english.stderr)).toBe('no such file or folder');
        expect(englishSentence(blueprint(['help', 'check', '--lang', 'en']).stdout)).toBeDefined();
    }, CLI_TIMEOUT);

    test('LANG=zh_CN.UTF-8 chooses Chinese; --lang en wins over it', () => {
        const folder = scratch({ 'clean.blueprint': CLEAN });
        expect(blueprint(['check', '.'], folder, { env: { LANG: 'zh_CN.UTF-8' } }).stdout).toMatch(/^已检查 1 个文件:0 个错误/m);
        expect(blueprint(['check', '.', '--lang', 'en'], folder, { env: { LANG: 'zh_CN.UTF-8' } }).stdout).toMatch(/^1 file\(s\) checked/m);
        expect(blueprint(['check', '.', '--lang', 'fr'], folder).stderr.trim()).toBe("blueprint: --lang must be en or zh-cn (got 'fr')");
    }, CLI_TIMEOUT);

    test('diagnostics come from the language server in the same language', () => {
        const folder = scratch({ 'x.blueprint': 'blueprint B {\n  customer { step a { evidence "x" } }\n  a -> c\n}\n' });
        const { stdout } = blueprint(['check', '.', '--lang', 'zh-cn'], folder);
        expect(stdout).toContain(zh.linking.unknown(zh.linking.kind.step, 'c'));
    }, CLI_TIMEOUT);

    test('SARIF and JSON carry the rules\' titles and rationales in Chinese', () => {
        const folder = scratch({ 'broken.blueprint': BROKEN });
        const sarif = JSON.parse(blueprint(['check', '.', '--format', 'sarif', '--lang', 'zh-cn'], folder).stdout) as {
            runs: Array<{ tool: { driver: { rules: Array<{ id: string; shortDescription: { text: string }; fullDescription: { text: string } }> } }; results: Array<{ message: { text: string } }> }>
        };
        const [run] = sarif.runs;
        expect(run.tool.driver.rules.length).toBeGreaterThan(20);
        for (const rule of run.tool.driver.rules) {
            expectChineseText(rule.shortDescription.text, `${rule.id} shortDescription`);
            expectChineseText(rule.fullDescription.text, `${rule.id} fullDescription`);
        }
        for (const result of run.results) expectChineseText(result.message.text, 'result');
        const json = JSON.parse(blueprint(['check', '.', '--format', 'json', '--lang', 'zh-cn'], folder).stdout) as { rules: Record<string, { title: string }> };
        for (const [code, rule] of Object.entries(json.rules)) expectChineseText(rule.title, `${code} title`);
    }, CLI_TIMEOUT);

    test('a bad blueprint.config.json, a broken Markdown fence and a blueprint the analysis cannot run say so in Chinese', () => {
        const configured = scratch({ 'clean.blueprint': CLEAN, 'blueprint.config.json': JSON.stringify({ rules: { BP999: 'warning' } }) });
        const config = blueprint(['check', '.', '--lang', 'zh-cn'], configured);
        expect(config.code).toBe(2);
        expectChineseText(config.stderr.replace(/^blueprint: /, ''), 'config');
        const notes = scratch({ 'notes.md': '# 笔记\n\n```blueprint\nblueprint 坏 {\n```\n' });
        expect(blueprint(['render', 'notes.md', '-o', 'out.md', '--lang', 'zh-cn'], notes).code).toBe(1);
        const [fenceMessage] = /^> \*\*(.*)\*\*$/m.exec(readFileSync(join(notes, 'out.md'), 'utf8'))!.slice(1);
        expectChineseText(fenceMessage, 'fence');
        const unstaffed = scratch({ 'a.blueprint': 'actor T\nblueprint B { demand 5 per h customer { step a { by T time 1 min } } }\n' });
        const simulated = blueprint(['simulate', 'a.blueprint', '--lang', 'zh-cn'], unstaffed);
        expect(simulated.code).toBe(1);
        expectChineseText(simulated.stderr.replace(/^blueprint: /, ''), 'simulate');
    }, CLI_TIMEOUT);

    test('durations the CLI computes are in Chinese units (stats, simulate)', () => {
        const folder = scratch({ 'a.blueprint': 'actor T staff 2\nblueprint B { demand 10 per h customer { step a { by T time 90 s } } }\n' });
        expect(blueprint(['stats', 'a.blueprint', '--lang', 'zh-cn'], folder).stdout).toMatch(/1\.5 分钟/);
        expect(blueprint(['stats', 'a.blueprint', '--lang', 'en'], folder).stdout).toMatch(/1\.5 min/);
        expect(blueprint(['simulate', 'a.blueprint', '--lang', 'zh-cn'], folder).stdout).not.toMatch(/\d (s|min|h)\b/);
    }, CLI_TIMEOUT);

    test('render draws the picture in the same language: legend and zone strips, in SVG and in a Markdown fence', () => {
        const folder = scratch({ 'clean.blueprint': CLEAN, 'notes.md': '# 笔记\n\n```blueprint\n' + CLEAN + '```\n' });
        const diagram = messagesFor('zh-cn').preview.diagram;
        const english = messagesFor('en').preview.diagram;
        expect(blueprint(['render', 'clean.blueprint', '-o', '-', '--lang', 'zh-cn'], folder).stdout).toContain(diagram.headings.classification);
        expect(blueprint(['render', 'clean.blueprint', '-o', '-', '--lang', 'en'], folder).stdout).toContain(english.headings.classification);
        expect(blueprint(['render', 'notes.md', '-o', 'notes.out.md', '--lang', 'zh-cn'], folder).code).toBe(0);
        expect(readFileSync(join(folder, 'notes.out.md'), 'utf8')).toContain(diagram.headings.classification);
    }, CLI_TIMEOUT);
});
