import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { SEVERITY_SETTINGS } from '../../src/language/validation/rule.js';
import { ALL_RULES, RULE_CODES } from '../../src/language/validation/rules.js';
import { FIXES } from '../../src/language/lsp/code-actions.js';

/** The rule table of a README: code → [default, title] as written in its rows. */
function readmeRuleTable(file: string): Map<string, [string, string]> {
    const rows = readFileSync(file, 'utf8').matchAll(/^\| \[(BP\d{3})\]\(#bp\d{3}\) \| (\w+) \| (.*?) \|$/gm);
    return new Map([...rows].map(([, code, severity, title]) => [code, [severity, title]]));
}

describe('one definition per rule', () => {
    test('codes are unique, well-formed and in code order', () => {
        expect(new Set(RULE_CODES).size).toBe(RULE_CODES.length);
        for (const code of RULE_CODES) expect(code).toMatch(/^BP\d{3}$/);
        expect([...RULE_CODES].sort()).toEqual(RULE_CODES);
    });

    test('every definition has a title and a rationale', () => {
        for (const rule of ALL_RULES) {
            expect(rule.title.length, rule.code).toBeGreaterThan(10);
            expect(rule.rationale.length, rule.code).toBeGreaterThan(20);
        }
    });

    test("README's rule table lists every rule with its default and title, and nothing else", () => {
        const table = readmeRuleTable('README.md');
        expect([...table.keys()]).toEqual(RULE_CODES);
        for (const rule of ALL_RULES) expect(table.get(rule.code), rule.code).toEqual([rule.severity, rule.title]);
    });

    test("README has a section for every rule (the diagnostics' links point there)", () => {
        const readme = readFileSync('README.md', 'utf8');
        for (const code of RULE_CODES) expect(readme, code).toContain(`\n#### ${code}\n`);
    });

    test("package.json's blueprint.rules schema knows exactly the rule codes and the severities", () => {
        const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
            contributes: { configuration: { properties: Record<string, { properties?: Record<string, { enum?: string[]; default?: string }> }> } };
        };
        const properties = manifest.contributes.configuration.properties['blueprint.rules'].properties ?? {};
        expect(Object.keys(properties)).toEqual(RULE_CODES);
        for (const rule of ALL_RULES) {
            expect(properties[rule.code].enum, rule.code).toEqual(SEVERITY_SETTINGS);
            expect(properties[rule.code].default, rule.code).toBe(rule.severity);
        }
    });

    test('the code-action table holds every fix a rule defines', () => {
        for (const rule of ALL_RULES) expect(FIXES.get(rule.code), rule.code).toBe(rule.fix);
        expect(FIXES.has('unknown-name')).toBe(true);
    });
});
