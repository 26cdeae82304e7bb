import { readFileSync } from 'node:fs';
import { expectSemanticToken, highlightHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { BLUEPRINT_TOKEN_TYPES, REFERENCE_MODIFIER } from '../../src/language/lsp/semantic-tokens.js';
import { lsp, withWorkspaceFiles } from './editor-helpers.js';

const highlight = highlightHelper(lsp);
const provider = lsp.lsp.SemanticTokenProvider!;
const DECLARATION = provider.tokenModifiers.declaration;
const REFERENCE = provider.tokenModifiers[REFERENCE_MODIFIER];

/** "text type +declaration|+reference", in document order. */
async function tokensOf(text: string, uri?: string): Promise<string[]> {
    const { tokens } = await highlight(text, uri ? { documentUri: uri } : undefined);
    return tokens.map(t => `${t.text} ${t.tokenType}${t.tokenModifiers & DECLARATION ? ' +declaration' : ''}${t.tokenModifiers & REFERENCE ? ' +reference' : ''}`);
}

describe('semantic tokens', () => {
    test('declarations and references of steps, lanes, phases, actors, systems; zones, lines, classification values, channels', async () => {
        const text = `actor 柜员 "Teller"
system 核心系统
blueprint 柜台存款 {
    classification { divergence standard contact interactive }
    phase 办理
    customer 顾客 { step 取号 { phase 办理 } }
    line interaction
    onstage { step 叫号 { by 柜员 via counter fail "卡纸" recover 取号 } }
    support { step 记账 { by 核心系统 } }
    取号 -> 叫号 -> 记账
}`;
        expect(await tokensOf(text)).toEqual([
            '柜员 actor +declaration',
            '核心系统 system +declaration',
            '柜台存款 blueprint +declaration',
            'standard classification',
            'interactive classification',
            '办理 phase +declaration',
            'customer zone',
            '顾客 lane +declaration',
            '取号 step +declaration',
            '办理 phase +reference',
            'interaction line',
            'onstage zone',
            '叫号 step +declaration',
            '柜员 actor +reference',
            'counter channel',
            '取号 step +reference',
            'support zone',
            '记账 step +declaration',
            '核心系统 system +reference',
            '取号 step +reference',
            '叫号 step +reference',
            '记账 step +reference'
        ]);
    });

    test('a performer declared in another file is coloured by its kind (cross-file)', async () => {
        const other = await withWorkspaceFiles('system 影像系统 "Imaging"\nactor 审核员');
        try {
            const tokens = await highlight('blueprint B { backstage { step 扫描 { by <|影像系统|> } step 审核 { by <|审核员|> } } }');
            expectSemanticToken(tokens, { rangeIndex: 0, tokenType: 'system' as never });
            expectSemanticToken(tokens, { rangeIndex: 1, tokenType: 'actor' as never });
        } finally {
            await other.dispose();
        }
    });

    test('an unresolved performer gets no guessed colour', async () => {
        expect(await tokensOf('blueprint B { onstage { step a { by 无人 } } }')).toEqual(['B blueprint +declaration', 'onstage zone', 'a step +declaration']);
    });

    test('the legend lists every custom type and the reference modifier, each declared in package.json', () => {
        const { legend } = provider.semanticTokensOptions;
        for (const type of BLUEPRINT_TOKEN_TYPES) expect(legend.tokenTypes[provider.tokenTypes[type]]).toBe(type);
        expect(legend.tokenModifiers[Math.log2(REFERENCE)]).toBe(REFERENCE_MODIFIER);
        const manifest = JSON.parse(readFileSync('package.json', 'utf8')).contributes;
        expect(manifest.semanticTokenTypes.map((t: { id: string }) => t.id)).toEqual([...BLUEPRINT_TOKEN_TYPES]);
        expect(manifest.semanticTokenModifiers.map((m: { id: string }) => m.id)).toEqual([REFERENCE_MODIFIER]);
        expect(Object.keys(manifest.semanticTokenScopes[0].scopes)).toEqual([...BLUEPRINT_TOKEN_TYPES]);
    });
});
