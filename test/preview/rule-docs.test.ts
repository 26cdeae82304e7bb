import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

vi.mock('vscode', () => ({}));
const { ruleHeadingLine } = await import('../../src/extension/preview/rule-docs.js');

describe("the banner's rule link", () => {
    const readme = readFileSync('README.md', 'utf8');
    const lines = readme.split(/\r?\n/);

    it.each(['BP001', 'BP105', 'BP305'])("finds %s's heading in the README", code => {
        const line = ruleHeadingLine(readme, code);
        expect(line).toBeGreaterThan(0);
        expect(lines[line]).toMatch(new RegExp(`^#+\\s+${code}\\b`));
    });

    it('starts at the top for a code the text does not explain, and never matches a longer code', () => {
        expect(ruleHeadingLine('# Title\n#### BP0011\ntext', 'BP001')).toBe(0);
        expect(ruleHeadingLine('# Title\n\n#### BP002 — lines\n', 'BP002')).toBe(2);
    });
});
