import { describe, expect, it } from 'vitest';
import { LOCALES, localeFromEnvironment, localeFromSetting, messagesFor, resolveLocale, type Messages } from '../../src/i18n/index.js';

type Leaf = string | ((...args: never[]) => string);

/** Every message of a catalogue by its dotted key. */
function leaves(node: unknown, prefix = ''): Map<string, Leaf> {
    const found = new Map<string, Leaf>();
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
        const path = prefix ? `${prefix}.${key}` : key;
        if (typeof value === 'string' || typeof value === 'function') found.set(path, value as Leaf);
        else for (const [k, v] of leaves(value, path)) found.set(k, v);
    }
    return found;
}

/**
 * Arguments to call a message with: strings unless listed here. A message
 * whose parameters are not strings must get an entry, or the call below fails.
 */
const SAMPLE_ARGUMENTS: Record<string, unknown[]> = {
    'format.list': [['甲', 'b', 'c']],
    'syntax.or': [['甲', 'b', 'c']]
};

/** Keys whose Chinese text may have no Chinese (formatting helpers, codes, keywords). */
const SAME_IN_BOTH: ReadonlySet<string> = new Set([
    'format.quote', 'format.withArticle', 'syntax.quote', 'editor.hover.recoverBy',
    'rules.BP104.item', 'rules.common.stepName', 'rules.common.stepNameWithLabel', 'rules.common.arrow', 'rules.common.listSeparator', 'rules.common.separator',
    'analysis.missing.performer', 'analysis.missing.listSeparator', 'analysis.missing.separator',
    // The picture's "no value" dash, and the Chinese zone name a too-short strip shows in either language.
    'preview.diagram.none',
    ...['evidence', 'customer', 'onstage', 'backstage', 'support'].map(zone => `preview.diagram.zoneStrips.${zone}.short`)
]);

function render(key: string, leaf: Leaf): string {
    if (typeof leaf === 'string') return leaf;
    const args = SAMPLE_ARGUMENTS[key] ?? Array.from({ length: leaf.length }, (_, i) => `x${i}`);
    return (leaf as (...a: unknown[]) => string)(...args);
}

const CJK = /[\u3400-\u9fff]/;
const english = leaves(messagesFor('en'));
const chinese = leaves(messagesFor('zh-cn'));

describe('message catalogues', () => {
    it('have the same keys in every language', () => {
        for (const locale of LOCALES) expect([...leaves(messagesFor(locale)).keys()].sort()).toEqual([...english.keys()].sort());
    });

    it('give every message the same kind and arity in every language', () => {
        for (const [key, leaf] of english) {
            const other = chinese.get(key)!;
            expect(typeof other, key).toBe(typeof leaf);
            if (typeof leaf === 'function') expect((other as (...a: never[]) => string).length, key).toBe(leaf.length);
        }
    });

    it('translate every Chinese message (it has Chinese text and differs from the English)', () => {
        const untranslated = [...chinese].filter(([key, leaf]) => {
            if (SAME_IN_BOTH.has(key)) return false;
            const text = render(key, leaf);
            return !CJK.test(text) || text === render(key, english.get(key)!);
        }).map(([key]) => key);
        expect(untranslated).toEqual([]);
    });

    it('render every message with its sample arguments', () => {
        for (const catalogue of [english, chinese]) {
            for (const [key, leaf] of catalogue) expect(render(key, leaf).length, key).toBeGreaterThan(0);
        }
    });

    it('join lists in each language', () => {
        expect(messagesFor('en').format.list(['a', 'b', 'c'])).toBe('a, b and c');
        expect(messagesFor('zh-cn').format.list(['甲', '乙', '丙'])).toBe('甲、乙和丙');
        expect(messagesFor('en').format.withArticle('onstage lane')).toBe('an onstage lane');
        expect(messagesFor('en').format.withArticle('customer step')).toBe('a customer step');
    });

    it('satisfy the Messages type in every language', () => {
        const typed: Messages[] = LOCALES.map(messagesFor);
        expect(typed).toHaveLength(2);
    });
});

describe('locale resolution', () => {
    it.each([
        ['zh', 'zh-cn'], ['zh-CN', 'zh-cn'], ['zh_CN.UTF-8', 'zh-cn'], ['zh-Hans', 'zh-cn'], ['zh-tw', 'zh-cn'],
        ['en', 'en'], ['en-US', 'en'], ['en_GB.UTF-8', 'en'], ['C', 'en'], ['C.UTF-8', 'en'], ['POSIX', 'en']
    ])('%s → %s', (value, locale) => {
        expect(resolveLocale(value)).toBe(locale);
    });

    it('knows no other language', () => {
        expect(resolveLocale('fr-FR')).toBeUndefined();
        expect(resolveLocale('')).toBeUndefined();
        expect(resolveLocale(undefined)).toBeUndefined();
    });

    it('takes the first set of LC_ALL, LC_MESSAGES, LANG', () => {
        expect(localeFromEnvironment({ LANG: 'zh_CN.UTF-8' })).toBe('zh-cn');
        expect(localeFromEnvironment({ LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh-cn');
        expect(localeFromEnvironment({ LC_ALL: 'C', LANG: 'zh_CN.UTF-8' })).toBe('en');
        expect(localeFromEnvironment({ LC_ALL: '', LANG: 'zh_CN.UTF-8' })).toBe('zh-cn');
        expect(localeFromEnvironment({ LANG: 'de_DE.UTF-8' })).toBe('en');
        expect(localeFromEnvironment({})).toBe('en');
    });

    it('reads the blueprint.language setting, auto meaning the fallback', () => {
        expect(localeFromSetting('auto', 'zh-cn')).toBe('zh-cn');
        expect(localeFromSetting('en', 'zh-cn')).toBe('en');
        expect(localeFromSetting('zh-cn', 'en')).toBe('zh-cn');
        expect(localeFromSetting(undefined, 'en')).toBe('en');
        expect(localeFromSetting('klingon', 'en')).toBe('en');
    });
});
