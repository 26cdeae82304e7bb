import { expectSymbols, expectWorkspaceSymbols } from 'langium/test';
import { SymbolKind, type DocumentSymbol, type WorkspaceSymbol } from 'vscode-languageserver';
import { describe, expect, test } from 'vitest';
import { services } from '../helpers.js';
import { lsp, withWorkspaceFiles } from './editor-helpers.js';

const symbols = expectSymbols(lsp);
/** SymbolKind is a namespace of numbers, not an enum: its names by value. */
const KIND_NAMES = Object.fromEntries(Object.entries(SymbolKind).map(([name, value]) => [value, name])) as Record<number, string>;
const workspaceSymbols = expectWorkspaceSymbols(services.shared);

const TEXT = `actor 柜员 "Teller"
system 叫号机 "Queue machine"
blueprint 柜台存款 "储蓄柜台存款" {
    phase 到达 "到达 Arrive"
    customer 顾客 "顾客行为" {
        step 取号 "取号 Take a number"
    }
    onstage {
        step 叫号 "叫号 Call the number" { by 柜员 }
    }
    取号 -> 叫号
}`;

/** name [kind] detail, indented by depth: the whole outline in one comparable list. */
function flatten(list: DocumentSymbol[], depth = 0): string[] {
    return list.flatMap(s => [`${'  '.repeat(depth)}${s.name} [${KIND_NAMES[s.kind]}] ${s.detail ?? ''}`.trimEnd(), ...flatten(s.children ?? [], depth + 1)]);
}

describe('outline', () => {
    test('blueprint → phases and lanes (unnamed included, with zone) → steps, kinds and titles', async () => {
        let outline: string[] = [];
        await symbols({ text: TEXT, assert: list => { outline = flatten(list); }, disposeAfterCheck: true });
        expect(outline).toEqual([
            '柜员 [Interface] Teller',
            '叫号机 [Module] Queue machine',
            '柜台存款 [Class] 储蓄柜台存款',
            '  到达 [Enum] 到达 Arrive',
            '  顾客 [Struct] customer · 顾客行为',
            '    取号 [Method] 取号 Take a number',
            '  onstage [Struct] onstage',
            '    叫号 [Method] 叫号 Call the number'
        ]);
    });

    test('the unnamed lane selects its zone keyword', async () => {
        await symbols({
            text: TEXT, disposeAfterCheck: true,
            assert: list => {
                const lane = list[2].children!.find(s => s.name === 'onstage')!;
                expect(lane.selectionRange.start).toEqual({ line: 7, character: 4 });
                expect(lane.selectionRange.end).toEqual({ line: 7, character: 11 });
            }
        });
    });

    test('a broken document still gives an outline of what parsed', async () => {
        let outline: string[] = [];
        await symbols({ text: 'blueprint 半成品 {\n customer { step 取号 "取号" { by } }\n step', assert: list => { outline = flatten(list); }, disposeAfterCheck: true });
        expect(outline.slice(0, 3)).toEqual(['半成品 [Class]', '  customer [Struct] customer', '    取号 [Method] 取号']);
    });
});

describe('workspace symbols', () => {
    const show = (s: WorkspaceSymbol) => `${s.name} [${KIND_NAMES[s.kind]}] in ${s.containerName ?? '-'} ${s.location.uri.replace(/.*\//, '')}`;

    test('`取号` finds the step in every file, with its blueprint as container (cross-file)', async () => {
        const files = await withWorkspaceFiles(TEXT, 'blueprint 挂号 { customer { step 取号 "取号 Take a ticket" } }');
        try {
            let found: string[] = [];
            await workspaceSymbols({ query: '取号', assert: list => { found = list.map(show); } });
            const names = files.documents.map(d => d.uri.toString().replace(/.*\//, ''));
            expect(found).toEqual([`取号 [Method] in 柜台存款 ${names[0]}`, `取号 [Method] in 挂号 ${names[1]}`]);
        } finally {
            await files.dispose();
        }
    });

    test('lanes and phases are found too, containered by their blueprint', async () => {
        const files = await withWorkspaceFiles(TEXT);
        try {
            let found: string[] = [];
            await workspaceSymbols({ query: '顾客', assert: list => { found = list.map(s => `${s.name} [${KIND_NAMES[s.kind]}] in ${s.containerName}`); } });
            expect(found).toEqual(['顾客 [Struct] in 柜台存款']);
            await workspaceSymbols({ query: '到达', assert: list => { found = list.map(s => `${s.name} [${KIND_NAMES[s.kind]}] in ${s.containerName}`); } });
            expect(found).toEqual(['到达 [Enum] in 柜台存款']);
        } finally {
            await files.dispose();
        }
    });
});
