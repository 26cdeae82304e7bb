/**
 * VS Code's localization files: generated from the typed catalogues by
 * scripts/l10n.mjs (part of the build) and current in the repository; every
 * `%key%` of package.json has its text in both nls files, Chinese in zh-cn.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/i18n/index.js';
import { l10nBundle, leavesOf, nlsBundle, templateOf } from '../../src/i18n/bundles.js';
import { ALL_RULES } from '../../src/language/validation/rules.js';

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
const manifestText = readFileSync('package.json', 'utf8');
const manifest = JSON.parse(manifestText);
const nls = { en: readJson('package.nls.json'), 'zh-cn': readJson('package.nls.zh-cn.json') };
const CJK = /[\u3400-\u9fff]/;
const en = messagesFor('en');
const zh = messagesFor('zh-cn');

/** Every string value in the manifest's contributions (and its display name and description), by JSON path. */
function strings(node: unknown, path: string): Array<[string, string]> {
    if (typeof node === 'string') return [[path, node]];
    if (Array.isArray(node)) return node.flatMap((value, i) => strings(value, `${path}[${i}]`));
    if (node && typeof node === 'object') return Object.entries(node).flatMap(([key, value]) => strings(value, `${path}.${key}`));
    return [];
}

describe('package.nls.json and package.nls.zh-cn.json', () => {
    it('are current: what the catalogues generate (run `node scripts/l10n.mjs` after changing a catalogue)', () => {
        expect(nls.en).toEqual(nlsBundle(en));
        expect(nls['zh-cn']).toEqual(nlsBundle(zh));
    });

    it('hold every %key% package.json uses, and package.json uses every key', () => {
        const used = new Set([...manifestText.matchAll(/"%([^"%]+)%"/g)].map(m => m[1]));
        expect(used.size).toBeGreaterThan(60);
        for (const file of [nls.en, nls['zh-cn']]) expect(new Set(Object.keys(file))).toEqual(used);
    });

    it('give Chinese texts in zh-cn, different from the English', () => {
        const untranslated = Object.entries(nls['zh-cn']).filter(([key, text]) => !CJK.test(text) || text === nls.en[key]).map(([key]) => key);
        expect(untranslated).toEqual([]);
    });

    it('leave no user-facing manifest text unlocalized (titles, categories, descriptions)', () => {
        const texts = [['displayName', manifest.displayName], ['description', manifest.description], ...strings(manifest.contributes, 'contributes')]
            .filter(([path]) => /(title|shortTitle|category|description|markdownDescription|displayName|enumDescriptions\[\d+\])$/i.test(path));
        expect(texts.length).toBeGreaterThan(60);
        expect(texts.filter(([, text]) => !/^%[^%]+%$/.test(text))).toEqual([]);
    });

    it("describe each rule's setting with the rule's title (capitalised), for every rule", () => {
        const capitalised = (title: string) => title.charAt(0).toUpperCase() + title.slice(1);
        for (const rule of ALL_RULES) expect(nls.en[`config.rules.${rule.code}`], rule.code).toBe(capitalised(rule.title));
        expect(Object.keys(en.extension.ruleSettings)).toEqual(ALL_RULES.map(rule => rule.code));
    });
});

describe('l10n/bundle.l10n.zh-cn.json', () => {
    it('is current: what the catalogues generate', () => {
        expect(readJson('l10n/bundle.l10n.zh-cn.json')).toEqual(l10nBundle(en, zh));
    });

    it('is where package.json points VS Code', () => {
        expect(manifest.l10n).toBe('./l10n');
    });

    it('translates every runtime message, keyed by its English template', () => {
        const bundle = readJson('l10n/bundle.l10n.zh-cn.json');
        const translated = new Map(leavesOf(zh.extension.runtime));
        for (const [path, message] of leavesOf(en.extension.runtime)) {
            expect(bundle[templateOf(message)], path).toBe(templateOf(translated.get(path)!));
            expect(bundle[templateOf(message)], path).toMatch(CJK);
        }
    });

    it('templates say what the messages say: each argument put in verbatim where its {i} is', () => {
        for (const catalogue of [en, zh]) {
            for (const [path, message] of leavesOf(catalogue.extension.runtime)) {
                if (typeof message !== 'function') continue;
                const args = Array.from({ length: message.length }, (_, i) => `«arg ${i}»`);
                const formatted = templateOf(message).replace(/\{(\d+)\}/g, (_, i: string) => args[Number(i)]);
                expect(message(...args), path).toBe(formatted);
            }
        }
    });
});
