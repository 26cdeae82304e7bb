/**
 * README.zh-CN.md, the Chinese user documentation: its rule table lists every
 * rule with its default severity (read from the definitions) and the Chinese
 * title of the catalogue, each rule has its section under the same anchor as
 * in README.md (the diagnostics' Chinese links point there), and the two
 * READMEs link to each other.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { messagesFor } from '../../src/i18n/index.js';
import { ALL_RULES, RULE_CODES, ruleAnchor } from '../../src/language/validation/rules.js';

const zhReadme = readFileSync('README.zh-CN.md', 'utf8');
const enReadme = readFileSync('README.md', 'utf8');
const CJK = /[\u3400-\u9fff]/;
/** Full-width and half-width punctuation compare equal (，and , alike). */
const loose = (text: string) => text.normalize('NFKC');

function ruleTable(text: string): Map<string, [string, string]> {
    const rows = text.matchAll(/^\| \[(BP\d{3})\]\(#(bp\d{3})\) \| (\w+) \| (.*?) \|$/gm);
    return new Map([...rows].map(([, code, anchor, severity, title]) => {
        expect(anchor, code).toBe(code.toLowerCase());
        return [code, [severity, title]];
    }));
}

describe('README.zh-CN.md', () => {
    test('its rule table lists every rule, in code order, with its default severity', () => {
        const table = ruleTable(zhReadme);
        expect([...table.keys()]).toEqual(RULE_CODES);
        for (const rule of ALL_RULES) expect(table.get(rule.code)?.[0], rule.code).toBe(rule.severity);
    });

    test('its rule titles are the Chinese ones of the catalogue (the blueprint.rules setting descriptions)', () => {
        const titles = messagesFor('zh-cn').extension.ruleSettings;
        for (const [code, [, title]] of ruleTable(zhReadme)) {
            expect(title, code).toMatch(CJK);
            expect(loose(title), code).toBe(loose(titles[code as keyof typeof titles]));
        }
    });

    test('has a section for every rule under the anchor README.md uses', () => {
        for (const rule of ALL_RULES) {
            const heading = `\n#### ${rule.code}\n`;
            expect(zhReadme, rule.code).toContain(heading);
            expect(enReadme, rule.code).toContain(heading);
            expect(ruleAnchor(rule.code)).toBe(rule.code.toLowerCase());
        }
    });

    test('explains each rule in Chinese (why, a violation, a fix or an example)', () => {
        const sections = zhReadme.split(/\n#### /).slice(1);
        expect(sections).toHaveLength(RULE_CODES.length);
        for (const section of sections) {
            const code = section.slice(0, 5);
            expect(section, code).toMatch(/\*\*(原因|示例)[:：]\*\*/);
            expect(section.replace(/`[^`]*`/g, ''), code).toMatch(CJK);
        }
    });

    test('links to README.md at the top, and README.md links back', () => {
        expect(zhReadme.split('\n').slice(0, 4).join('\n')).toContain('[English](README.md)');
        expect(enReadme.split('\n').slice(0, 4).join('\n')).toContain('[简体中文](README.zh-CN.md)');
    });
});
