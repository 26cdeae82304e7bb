/**
 * What the language server says to a Chinese reader: hover, keyword docs,
 * completion, quick-fix titles, code lenses, rename refusals, linking errors
 * and the rule documentation link are all Chinese. (Every rule's firing case
 * runs in zh-CN in test/rules through checkCase; syntax errors in
 * test/language/syntax-messages.test.ts.)
 */
import type { CodeAction, CompletionItem, CompletionList, MarkupContent } from 'vscode-languageserver';
import { expectCompletion } from 'langium/test';
import { afterEach, describe, expect, test } from 'vitest';
import { RULE_CODES } from '../../src/language/validation/rules.js';
import { expectChinese, inLocale, services, validate } from '../helpers.js';

const lsp = services.Blueprint;
const TEXT = `actor teller "柜员"
system core "核心系统"
blueprint deposit "存款" {
    demand 30 per h
    customer {
        step ask "取号" { wait 20 min tolerance 10 min }
        step leave "离开"
    }
    line interaction
    onstage {
        step serve "办理" { by teller via counter time 5 min fail "打印机卡纸" }
    }
    line visibility
    backstage {
        step post { by teller time 1 min evidence "账本" }
    }
    ask -> serve -> leave
    serve -> post
}
`;

const offsetOf = (needle: string) => TEXT.indexOf(needle);
const positionOf = (needle: string) => {
    const before = TEXT.slice(0, offsetOf(needle)).split('\n');
    return { line: before.length - 1, character: before.at(-1)!.length };
};

async function hoverAt(needle: string): Promise<string> {
    const { document } = await validate(TEXT);
    const hover = await lsp.lsp.HoverProvider!.getHoverContent(document, { textDocument: { uri: document.uri.toString() }, position: positionOf(needle) });
    return (hover?.contents as MarkupContent | undefined)?.value ?? '';
}

afterEach(() => {
    lsp.validation.RuleSettings.docsUrl = undefined;
    lsp.validation.RuleSettings.setOverrides({});
});

describe('the language server in zh-CN', () => {
    test('hovers: blueprint metrics, step facts, performers, keywords', async () => {
        await inLocale('zh-cn', async () => {
            for (const needle of ['deposit', 'serve "', 'teller "', 'core "', 'backstage {', 'interaction\n', 'fail "']) {
                const text = await hoverAt(needle);
                expect(text.length, needle).toBeGreaterThan(0);
                expectChinese(text, `hover on ${needle}`);
            }
            expect(await hoverAt('deposit')).toContain('顾客可见时间');
            // Computed durations in Chinese units; the step's own as written.
            expect(await hoverAt('deposit')).toMatch(/\d 分钟/);
            expect((await hoverAt('deposit')).replace(/`[^`]*`/g, '')).not.toMatch(/\d min\b/);
            expect(await hoverAt('serve "')).toContain('5 min');
        });
    });

    test('diagnostics: every one of this blueprint is Chinese, and rules link to README.zh-CN.md#bpxxx', async () => {
        lsp.validation.RuleSettings.docsUrl = 'file:///ext/README.md';
        const { diagnostics } = await inLocale('zh-cn', () => validate(TEXT));
        expect(diagnostics.length).toBeGreaterThan(3);
        for (const d of diagnostics) expectChinese(String(d.message), String(d.code));
        const rule = diagnostics.find(d => RULE_CODES.includes(String(d.code) as never))!;
        expect(rule.codeDescription?.href).toBe(`file:///ext/README.zh-CN.md#${String(rule.code).toLowerCase()}`);
        const english = (await validate(TEXT)).diagnostics.find(d => d.code === rule.code)!;
        expect(english.codeDescription?.href).toBe(`file:///ext/README.md#${String(rule.code).toLowerCase()}`);
    });

    test('linking errors and tool diagnostics', async () => {
        const { diagnostics } = await inLocale('zh-cn', () => validate(`${TEXT}\nblueprint deposit {}\nblueprint b { customer { step a } a -> 审比 }`));
        const texts = diagnostics.filter(d => d.code === 'unknown-name' || d.code === 'duplicate-name').map(d => String(d.message));
        expect(texts.length).toBeGreaterThanOrEqual(2);
        for (const text of texts) expectChinese(text);
    });

    test('problems in the rule settings: unknown code, unknown severity, not a map', async () => {
        const settingsTexts = async (overrides: unknown) => {
            lsp.validation.RuleSettings.setOverrides(overrides);
            const { diagnostics } = await inLocale('zh-cn', () => validate(TEXT));
            return diagnostics.filter(d => d.code === 'settings').map(d => String(d.message));
        };
        const texts = [...await settingsTexts({ BP999: 'warning', BP007: 'loud' }), ...await settingsTexts(['BP007'])];
        expect(texts).toHaveLength(3);
        for (const text of texts) expectChinese(text);
        expect(texts[0]).toContain('BP999');
    });

    test('completion: keyword details and docs, reference kinds', async () => {
        let list: CompletionList | undefined;
        const text = 'actor teller\nblueprint b { classification { divergence <|> } customer { step a { by <|> } } }';
        await inLocale('zh-cn', () => expectCompletion(lsp)({ text, index: 0, assert: l => { list = l; }, disposeAfterCheck: true }));
        const standard = list!.items.find(i => i.label === 'standard') as CompletionItem;
        expectChinese(standard.detail!);
        expectChinese((standard.documentation as MarkupContent).value);
        let performers: CompletionList | undefined;
        await inLocale('zh-cn', () => expectCompletion(lsp)({ text, index: 1, assert: l => { performers = l; }, disposeAfterCheck: true }));
        const teller = performers!.items.find(i => i.label === 'teller')!;
        expectChinese(teller.detail!);
    });

    test('quick-fix titles', async () => {
        await inLocale('zh-cn', async () => {
            const { document, diagnostics } = await validate(TEXT);
            const titles: string[] = [];
            for (const diagnostic of diagnostics) {
                const actions = await lsp.lsp.CodeActionProvider!.getCodeActions(document, {
                    textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
                }) as CodeAction[];
                titles.push(...actions.map(a => a.title));
            }
            expect(titles.length).toBeGreaterThanOrEqual(3);
            for (const title of titles) expectChinese(title);
        });
    });

    test('code lenses and rename refusals', async () => {
        await inLocale('zh-cn', async () => {
            const { document } = await validate(TEXT);
            const lenses = await lsp.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } });
            for (const lens of lenses ?? []) expectChinese(lens.command!.title.replace('$(open-preview) ', '').replace('$(warning) ', ''));
            const refusal = (newName: string) => Promise.resolve()
                .then(() => lsp.lsp.RenameProvider!.rename(document, { textDocument: { uri: document.uri.toString() }, position: positionOf('serve "'), newName }))
                .then(() => '', (error: Error) => error.message);
            expectChinese(await refusal('two words'));
            expectChinese(await refusal('post'));
        });
    });
});
