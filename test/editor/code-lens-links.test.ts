import { describe, expect, test } from 'vitest';
import { blueprintStatus } from '../../src/language/blueprint-status.js';
import { LENS_COMMANDS, pointLocations } from '../../src/language/lsp/code-lens.js';
import { validate } from '../helpers.js';
import { lsp, withWorkspaceFiles } from './editor-helpers.js';

const TEXT = `actor 柜员
blueprint 柜台存款 "储蓄柜台存款" {
    classification { divergence standard object customer-goods contact interactive approach production-line }
    target 10 min
    customer 顾客 {
        step 取号 { time 1 min }
        step 排队 { wait 12 min tolerance 15 min }
    }
    onstage 柜台 {
        step 点钞 { by 柜员 time 2 min fail "点钞差错" recover 复点 note "规程见 https://bank.example/rules?id=7。另见http://intra.example/a_b说明." }
        step 复点 { by 柜员 time 1 min fail "卡纸" recover "换打印机" note "javascript:alert(1) ftp://x.example file:///etc/passwd" }
    }
    取号 -> 排队 -> 点钞
}
blueprint 空白 { customer { step 看 } }`;

const lensTitles = async (text: string) => {
    const { document } = await validate(text);
    const lenses = await lsp.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } });
    return { document, lenses: lenses! };
};

describe('code lens above each blueprint', () => {
    test('preview, fail points, wait points, customer-visible time vs target', async () => {
        const { document, lenses } = await lensTitles(TEXT);
        expect(lenses.map(l => `${l.range.start.line}: ${l.command!.title}`)).toEqual([
            '1: $(open-preview) Preview',
            '1: 2 fail points',
            '1: 1 wait point',
            '1: $(warning) customer-visible 15 min / target 10 min',
            '14: $(open-preview) Preview',
            '14: 0 fail points',
            '14: 0 wait points',
            '14: customer-visible 0 s (no target)'
        ]);
        const uri = document.uri.toString();
        expect(lenses[0].command).toMatchObject({ command: LENS_COMMANDS.preview, arguments: [uri] });
        // The point lenses name the blueprint; the points are asked for when clicked.
        expect(lenses[1].command).toMatchObject({ command: LENS_COMMANDS.showPoints, arguments: [uri, '柜台存款', 'fail'] });
        expect(lenses[2].command).toMatchObject({ command: LENS_COMMANDS.showPoints, arguments: [uri, '柜台存款', 'wait'] });
        const points = pointLocations(document, '柜台存款', 'fail');
        expect(points?.at).toEqual({ line: 1, character: 10 });
        const lines = TEXT.split('\n');
        expect(points?.locations.map(l => l.uri === uri && lines[l.range.start.line].slice(l.range.start.character, l.range.start.character + 10)))
            .toEqual(['fail "点钞差错', 'fail "卡纸" ']);
        expect(pointLocations(document, '柜台存款', 'wait')?.locations).toHaveLength(1);
        expect(pointLocations(document, '没有这个', 'fail')).toBeNull();
        expect(lenses[5].command!.command).toBe('');
    });
});

describe('language status', () => {
    test('classification and fail points of the blueprint at the cursor, else the first', async () => {
        const { document } = await validate(TEXT);
        expect(blueprintStatus(document, { line: 5, character: 0 })).toEqual({
            name: '柜台存款', title: '储蓄柜台存款', failPoints: 2, waitPoints: 1, blueprintCount: 2,
            classification: { divergence: 'standard', object: 'customer-goods', contact: 'interactive', approach: 'production-line' }
        });
        expect(blueprintStatus(document, { line: 14, character: 12 })?.name).toBe('空白');
        expect(blueprintStatus(document, undefined)?.name).toBe('柜台存款');
        expect(blueprintStatus((await validate('actor 只有角色')).document, undefined)).toBeNull();
    });
});

describe('document links', () => {
    const linksOf = async (text: string) => {
        const { document } = await validate(text);
        const links = await lsp.lsp.DocumentLinkProvider!.getDocumentLinks(document, { textDocument: { uri: document.uri.toString() } });
        return links.map(l => `${document.textDocument.getText(l.range)} → ${decodeURI(l.target!.replace(document.uri.toString(), 'SELF'))}`);
    };

    test('a recovery in another lane jumps to its step; only http(s) URLs in notes, without trailing punctuation', async () => {
        const text = TEXT.replace('recover 复点', 'recover 取号');
        expect(await linksOf(text)).toEqual([
            '取号 → SELF#L6,14',
            'https://bank.example/rules?id=7 → https://bank.example/rules?id=7',
            'http://intra.example/a_b → http://intra.example/a_b'
        ]);
    });

    test('a recovery in the same lane is no link (go to definition is enough)', async () => {
        expect((await linksOf(TEXT)).filter(l => l.includes('SELF'))).toEqual([]);
    });

    test('a recovery step declared in the same blueprint of another open file stays in its file (cross-file names do not leak)', async () => {
        const other = await withWorkspaceFiles('blueprint 别处 { support { step 复点 } }');
        try {
            expect((await linksOf(TEXT)).filter(l => l.includes('SELF'))).toEqual([]);
        } finally {
            await other.dispose();
        }
    });
});
