import { expectCompletion } from 'langium/test';
import type { CompletionItem, CompletionList, MarkupContent } from 'vscode-languageserver';
import { afterEach, describe, expect, test } from 'vitest';
import { lsp, withWorkspaceFiles } from './editor-helpers.js';

const complete = expectCompletion(lsp);
let cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
    for (const dispose of cleanup) await dispose();
    cleanup = [];
});

/** The items as VS Code orders them before filtering: by sortText, then label. */
async function itemsAt(text: string, uri?: string): Promise<CompletionItem[]> {
    let list: CompletionList | undefined;
    await complete({ text, index: 0, assert: l => { list = l; }, disposeAfterCheck: true, parseOptions: uri ? { documentUri: uri } : undefined });
    return [...list!.items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label) || a.label.localeCompare(b.label));
}

const docOf = (item: CompletionItem | undefined) => (item?.documentation as MarkupContent | undefined)?.value ?? '';

const BLUEPRINT = `actor 柜员 "Teller"
system 核心系统 "Core banking"
blueprint 柜台存款 "储蓄柜台存款" {
    phase 到达 "到达 Arrive"
    phase 办理 "办理 Transact"
    customer 顾客 {
        step 取号 "取号 Take a number" { phase 到达 }
        step 排队 "排队等待"
    }
    onstage 柜台 {
        step 叫号 "叫号 Call the number" { by 柜员 via counter }
    }
    PLACE
}
blueprint 其他 {
    phase 别处
    customer { step 外部步骤 }
}`;
const at = (replacement: string) => BLUEPRINT.replace('PLACE', replacement);

describe('completion: keywords carry their documentation', () => {
    test('classification values explain what they imply', async () => {
        const items = await itemsAt('blueprint B { classification { contact <|> } }');
        expect(items.map(i => i.label)).toEqual(expect.arrayContaining(['none', 'indirect', 'self-service', 'interactive']));
        const selfService = items.find(i => i.label === 'self-service');
        expect(selfService?.detail).toBe('contact (classification)');
        expect(docOf(selfService)).toContain('自助服务');
        expect(docOf(items.find(i => i.label === 'interactive'))).toContain('face-to-face');
    });

    test('approach values name their design method', async () => {
        const items = await itemsAt('blueprint B { classification { approach <|> } }');
        expect(items.map(i => i.label)).toEqual(['customer-contact', 'customer-cooperation', 'production-line']);
        expect(docOf(items.find(i => i.label === 'production-line'))).toContain('生产线法');
    });

    test('lane zones at the start of a blueprint member', async () => {
        const items = await itemsAt('blueprint B { <|> }');
        const onstage = items.find(i => i.label === 'onstage');
        expect(onstage?.detail).toBe('zone (lane)');
        expect(docOf(onstage)).toContain('前台行为');
        expect(docOf(items.find(i => i.label === 'line'))).toContain('分界线');
    });

    test('after `via` only the channels, each explained', async () => {
        const items = await itemsAt(at('').replace('via counter', 'via <|>'));
        expect(items.map(i => i.label).sort()).toEqual(['app', 'atm', 'branch', 'counter', 'internal', 'kiosk', 'mail', 'onsite', 'phone', 'pos', 'web']);
        expect(items.every(i => i.detail === 'channel' && docOf(i).length > 0)).toBe(true);
    });
});

describe('completion: references in scope, own first, with titles', () => {
    test('after `->` only the steps of this blueprint, with labels and step facts', async () => {
        const items = await itemsAt(at('取号 -> <|>'));
        const steps = items.filter(i => i.detail === 'step');
        expect(steps.map(i => i.label).sort()).toEqual(['叫号', '取号', '排队'].sort());
        expect(items.map(i => i.label)).not.toContain('外部步骤');
        const call = steps.find(i => i.label === '叫号');
        expect(call?.labelDetails?.description).toBe('叫号 Call the number');
        expect(docOf(call)).toContain('onstage step');
    });

    test('after `phase` in a step only this blueprint\'s phases', async () => {
        const items = await itemsAt(at('').replace('{ phase 到达 }', '{ phase <|> }'));
        expect(items.filter(i => i.detail === 'phase').map(i => i.label)).toEqual(['到达', '办理']);
        expect(items.find(i => i.label === '办理')?.labelDetails?.description).toBe('办理 Transact');
    });

    test('after `by`: performers used in this blueprint, then this file\'s, then the workspace\'s (cross-file)', async () => {
        const other = await withWorkspaceFiles('actor Approver "An approver"\nactor Zed\nsystem 影像系统 "Imaging"');
        cleanup.push(other.dispose);
        const items = await itemsAt(at('').replace('"排队等待"', '"排队等待" { by <|> }'));
        expect(items.map(i => i.label)).toEqual(['柜员', '核心系统', 'Approver', 'Zed', '影像系统']);
        expect(items[0].labelDetails?.description).toBe('Teller');
        expect(items[0].detail).toBe('actor');
        expect(items[4].labelDetails?.description).toBe('Imaging');
        expect(docOf(items[4])).toContain('technology');
    });

    test('inside a string no suggestion at all', async () => {
        const items = await itemsAt('blueprint B { customer { step a "取<|>号" } }');
        expect(items).toEqual([]);
    });
});

describe('word-based suggestions are off for blueprints', () => {
    test('the manifest sets editor.wordBasedSuggestions off for the language', async () => {
        const { readFileSync } = await import('node:fs');
        const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
        expect(manifest.contributes.configurationDefaults['[blueprint]']['editor.wordBasedSuggestions']).toBe('off');
    });
});
