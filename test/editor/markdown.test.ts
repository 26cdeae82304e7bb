import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import MarkdownIt from 'markdown-it';
import { beforeAll, describe, expect, test } from 'vitest';
import { markdownToHtml, replaceFences } from '../../src/cli/render-markdown.js';
import { renderFence } from '../../src/markdown/fence.js';
import { blueprintFences } from '../../src/markdown/markdown-it-plugin.js';
import { messagesFor } from '../../src/i18n/index.js';
import { escapeXml } from '../../src/render/index.js';
import { expectChinese } from '../helpers.js';
import { allElements as elements, parseSvg } from '../render/xml.js';

const md = blueprintFences(new MarkdownIt());
const FENCE = '```blueprint\nactor 柜员 "Teller"\nblueprint 柜台 "柜台存款" {\n    customer { step 取号 "取号 Take a number" }\n    onstage { step 叫号 { by 柜员 } }\n    取号 -> 叫号\n}\n```';


describe('Markdown preview: ```blueprint fences', () => {
    test('a fence becomes its diagram, linked and with labels; other fences stay code', () => {
        const html = md.render(`# 笔记\n\n${FENCE}\n\n\`\`\`js\nlet a = 1\n\`\`\`\n`);
        expect(html).toMatch(/<div class="blueprint-diagram code-line" data-line="2"><svg [^>]*data-blueprint="柜台"/);
        expect(html).toContain('取号 Take a number');
        expect(html).toMatch(/<pre><code class="language-js">let a = 1/);
        const svg = /<svg[\s\S]*<\/svg>/.exec(html)![0];
        const doc = parseSvg(svg);
        expect(elements(doc).filter(e => e.getAttribute('data-step')).map(e => e.getAttribute('data-step'))).toEqual(['取号', '叫号']);
        expect(html).not.toMatch(/\n\s*\n[\s\S]*<\/svg>/);
    });

    test('a fence that does not parse shows a clear message above its source', () => {
        const html = md.render('```blueprint\nblueprint 半成品 {\n    customer { step 取号 \n```\n');
        expect(html).toContain('<div class="blueprint-diagram-error code-line" data-line="0" role="alert"><p><strong>Blueprint block, line 3: The lane&#39;s { … } block is not closed: a `}` is expected before the end of the file.</strong></p></div>');
        expect(html).toContain('<pre><code class="language-blueprint">blueprint 半成品 {');
        expect(md.render('```blueprint\nactor 只有角色\n```\n')).toContain('This blueprint block holds no blueprint');
        expect(md.render('```blueprint\nblueprint B { customer { step a } } }\n```\n')).toContain('Blueprint block, line 1: This `}` closes nothing');
    });

    test('in Chinese, a fence that does not draw says so with the editor\'s Chinese syntax message', () => {
        const chinese = blueprintFences(new MarkdownIt(), () => 'zh-cn');
        const zh = messagesFor('zh-cn');
        const broken = chinese.render('```blueprint\nblueprint 半成品 {\n    customer { step 取号 \n```\n');
        expect(broken).toContain(`<strong>${escapeXml(zh.preview.fence.syntax('3', zh.syntax.closeBrace(zh.syntax.block.Lane, zh.syntax.endOfFile)))}</strong>`);
        expect(chinese.render('```blueprint\nactor 只有角色\n```\n')).toContain(zh.preview.fence.empty);
        const texts = [...chinese.render('```blueprint\nblueprint B { customer { step a } } }\n```\n').matchAll(/<strong>(.*?)<\/strong>/g)].map(m => m[1]);
        expect(texts).toHaveLength(1);
        for (const text of texts) expectChinese(text);
    });

    test('the info string may carry attributes and any case', () => {
        expect(md.render(FENCE.replace('```blueprint', '```Blueprint {title="x"}'))).toContain('class="blueprint-diagram');
    });
});

/** Labels as an attacker writes them into a .blueprint string (escaped quotes and all). */
const HOSTILE = [
    '<img src=x onerror=alert(1)>',
    '</text><script>alert(1)</script>',
    '</div><script>alert(1)</script>',
    '<svg onload=alert(1)>',
    'javascript:alert(1)',
    '\\"\\\'&',
    '``` <b>close the fence</b>',
    ']]><!-- --><?xml?>'
];

describe('hostile text in a fence runs nothing', () => {
    for (const text of HOSTILE) {
        test(text, () => {
            const source = `actor 角色 "${text}"\nblueprint 恶意 "${text}" {\n    phase p "${text}"\n    customer "${text}" { step a "${text}" { phase p by 角色 evidence "${text}" fail "${text}" recover "${text}" note "${text}" } }\n    onstage { step b "${text}" }\n    a -> b "${text}" when "${text}"\n}`;
            const html = md.render(`\`\`\`blueprint\n${source}\n\`\`\`\n`);
            expect(html).toContain('class="blueprint-diagram code-line"');
            const svg = /<svg[\s\S]*<\/svg>/.exec(html)![0];
            expect(html.replace(svg, '')).toBe('<div class="blueprint-diagram code-line" data-line="0"></div>\n');
            const doc = parseSvg(svg);
            for (const element of elements(doc)) {
                expect(['script', 'img', 'foreignObject', 'a', 'iframe', 'b', 'div']).not.toContain(element.tagName);
                for (const attribute of Array.from(element.attributes)) {
                    expect(attribute.name.toLowerCase().startsWith('on')).toBe(false);
                    expect(attribute.name).not.toMatch(/href/i);
                    expect(attribute.value.toLowerCase()).not.toContain('javascript:');
                }
            }
        });
    }

    test('a hostile text in a fence that does not parse stays text in the message', () => {
        const html = md.render('```blueprint\nblueprint <script>alert(1)</script> {\n```\n');
        expect(html).not.toMatch(/<script/i);
        expect(html).toContain('&lt;');
    });
});

describe('blueprint render notes.md (CLI)', () => {
    const notes = `# 笔记\n\n${FENCE}\n\nText after.\n\n\`\`\`blueprint\nblueprint 坏 {\n\`\`\`\n`;

    test('-o out.md: each fence replaced by its SVG, a broken one kept with its message', () => {
        const { text, diagrams, failed } = replaceFences(notes, 'light');
        expect([diagrams, failed]).toEqual([1, 1]);
        expect(text).toMatch(/^# 笔记\n\n\n<div class="blueprint-diagram"><svg [\s\S]*<\/svg><\/div>\n\n\nText after\.\n\n> \*\*Blueprint block, line 2: The blueprint&#39;s \{ … \} block is not closed: a `\}` is expected before the end of the file\.\*\*\n\n```blueprint\nblueprint 坏 \{\n```\n$/);
        // The result renders as Markdown with the picture as one HTML block.
        expect(new MarkdownIt({ html: true }).render(text)).toMatch(/<div class="blueprint-diagram"><svg[\s\S]*<\/svg><\/div>\n<p>Text after.<\/p>/);
    });

    test('-o out.html: a whole page through the preview\'s plugin, with the chosen theme', () => {
        const { text, diagrams } = markdownToHtml(notes, 'dark');
        expect(diagrams).toBe(1);
        expect(text).toMatch(/^<!doctype html>/);
        expect(text).toContain('bp-theme-dark');
        expect(text).toContain('<h1>笔记</h1>');
    });

    test('the same picture as the fence renderer gives', () => {
        const fence = renderFence(FENCE.split('\n').slice(1, -1).join('\n'));
        expect('svg' in fence && replaceFences(notes, 'light').text).toContain((fence as { svg: string }).svg);
    });
});

describe('TextMate injection: a ```blueprint fence in the Markdown editor', () => {
    const require = createRequire(import.meta.url);
    const vsctm: typeof import('vscode-textmate') = require('vscode-textmate');
    const oniguruma: typeof import('vscode-oniguruma') = require('vscode-oniguruma');
    let grammar: import('vscode-textmate').IGrammar;
    /** A stand-in for VS Code's Markdown grammar: the injection only needs its scope name. */
    const MARKDOWN = { scopeName: 'text.html.markdown', patterns: [{ match: '^#+ .*$', name: 'markup.heading.markdown' }] };

    beforeAll(async () => {
        await oniguruma.loadWASM(readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer);
        const files: Record<string, string> = {
            'source.blueprint': 'syntaxes/blueprint.tmLanguage.json',
            'markdown.blueprint.codeblock': 'syntaxes/blueprint.markdown-injection.json'
        };
        const registry = new vsctm.Registry({
            onigLib: Promise.resolve({
                createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
                createOnigString: (text: string) => new oniguruma.OnigString(text)
            }),
            loadGrammar: async scope => (scope === 'text.html.markdown'
                ? vsctm.parseRawGrammar(JSON.stringify(MARKDOWN), 'markdown.json')
                : files[scope] ? vsctm.parseRawGrammar(readFileSync(files[scope], 'utf8'), files[scope]) : null),
            getInjections: scope => (scope === 'text.html.markdown' ? ['markdown.blueprint.codeblock'] : [])
        });
        grammar = (await registry.loadGrammar('text.html.markdown'))!;
    });

    test('inside the fence the blueprint grammar applies; before and after it does not', () => {
        const manifest = JSON.parse(readFileSync('package.json', 'utf8')).contributes;
        expect(manifest.grammars).toContainEqual(expect.objectContaining({ scopeName: 'markdown.blueprint.codeblock', injectTo: ['text.html.markdown'] }));
        let state = vsctm.INITIAL;
        const lines = ['# 笔记', '```blueprint', 'blueprint 柜台 {', '    customer { step 取号 }', '}', '```', 'blueprint after'];
        const scopes = lines.map(line => {
            const result = grammar.tokenizeLine(line, state);
            state = result.ruleStack;
            return result.tokens.map(t => [line.slice(t.startIndex, t.endIndex), t.scopes.join(' ')] as const);
        });
        const scopeOf = (row: number, text: string) => scopes[row].find(([t]) => t === text)?.[1] ?? '';
        expect(scopeOf(2, 'blueprint')).toMatch(/meta\.embedded\.block\.blueprint.*keyword/);
        expect(scopeOf(3, 'customer')).toContain('meta.embedded.block.blueprint');
        expect(scopes[6].map(([, s]) => s).join(' ')).not.toContain('blueprint');
    });
});
