import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { validate } from '../helpers.js';

interface Snippet { prefix: string[]; description: string; body: string[] }

const FILES = ['snippets/blueprint.code-snippets.json', 'snippets/blueprint.zh-cn.code-snippets.json'];
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { contributes: { snippets: Array<{ language: string; path: string }> } };

/** What VS Code inserts when the user accepts every default: placeholders → their text, choices → the first, tab stops → nothing. */
export function expandSnippet(body: string[]): string {
    let text = body.join('\n').replace(/\t/g, '    ');
    for (let previous = ''; previous !== text;) {
        previous = text;
        text = text.replace(/\$\{\d+:([^${}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1');
    }
    return text.replace(/\$\d+/g, '');
}

/** Steps and fail points need a blueprint around them; the names the step refers to are declared. */
function inContext(name: string, text: string, zh: boolean): string {
    const [phase, performer] = zh ? ['阶段', '执行者'] : ['arrival', 'teller'];
    const around = (inner: string) => `actor ${performer}\nblueprint B {\n    phase ${phase}\n    customer {\n${inner}\n    }\n}`;
    if (/step/i.test(name) || name === '步骤') return around(text);
    if (/fail/i.test(name) || name === '失误点') return around(`step s {\n${text}\n}`);
    if (/flow/i.test(name) || name === '流程链') {
        const names = zh ? ['第一步', '第二步', '第三步'] : ['first', 'second', 'third'];
        return `blueprint B {\n    customer {\n${names.map(n => `step ${n}`).join('\n')}\n    }\n${text}\n}`;
    }
    return text;
}

describe('snippets', () => {
    test('both snippet files are contributed for the blueprint language', () => {
        expect(manifest.contributes.snippets.map(s => s.path.replace(/^\.\//, ''))).toEqual(FILES);
        expect(manifest.contributes.snippets.every(s => s.language === 'blueprint')).toBe(true);
    });

    for (const file of FILES) {
        const snippets = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Snippet>;
        const zh = file.includes('zh-cn');
        test(`${file}: blueprint, step, fail point and flow chain`, () => {
            expect(Object.keys(snippets)).toHaveLength(4);
            for (const snippet of Object.values(snippets)) expect(snippet.description.length).toBeGreaterThan(10);
        });
        for (const [name, snippet] of Object.entries(snippets)) {
            test(`${file}: "${name}" inserted with its defaults parses and has no error`, async () => {
                const { diagnostics } = await validate(inContext(name, expandSnippet(snippet.body), zh));
                expect(diagnostics.filter(d => d.severity === 1).map(d => d.message)).toEqual([]);
            });
        }
        test(`${file}: the whole blueprint has classification, the five zones and the three lines`, () => {
            const text = expandSnippet(Object.values(snippets)[0].body);
            for (const word of ['classification', 'divergence', 'object', 'contact', 'approach', 'evidence', 'customer', 'onstage', 'backstage', 'support',
                'line interaction', 'line visibility', 'line internal']) expect(text).toContain(word);
        });
    }

    test('prefixes do not collide between the two files', () => {
        const prefixes = FILES.flatMap(f => Object.values(JSON.parse(readFileSync(f, 'utf8')) as Record<string, Snippet>).flatMap(s => s.prefix));
        expect(new Set(prefixes).size).toBe(prefixes.length);
    });
});
