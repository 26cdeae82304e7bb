import { expect } from 'vitest';
import type { Diagnostic, Position } from 'vscode-languageserver';
import { expectChinese, format, inLocale, validate } from '../helpers.js';
import type { DiagnosticCode, RuleCode } from '../../src/language/validation/rules.js';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
const SEVERITY_NUMBER: Record<Severity, number> = { error: 1, warning: 2, info: 3, hint: 4 };

/**
 * A blueprint no rule reports: a customer asks at an onstage counter step,
 * which posts backstage, and leaves with a receipt. Tests change one thing.
 */
export const CLEAN = `
actor teller "Teller"
system core "Core banking"
blueprint b {
    classification {
        divergence standard
        object information
        contact interactive
    }
    customer {
        step ask { evidence "form" }
        step leave { evidence "receipt" }
    }
    line interaction
    onstage {
        step serve { by teller via counter evidence "counter" }
    }
    line visibility
    backstage {
        step post { by teller time 1 min }
    }
    ask -> serve -> leave
    serve -> post
}
`;

/** Replaces one unique piece of `text`; fails the test when `from` is missing or not unique. */
export function edit(text: string, ...pairs: Array<[from: string, to: string]>): string {
    for (const [from, to] of pairs) {
        expect(text.split(from).length - 1, `'${from}' should occur exactly once`).toBe(1);
        text = text.replace(from, () => to);
    }
    return text;
}

/**
 * The zero-based position of a place in `text`, named by a `needle` that occurs
 * once in it: where the needle starts, or where a `^` in it stands
 * ('ask ^-> serve' is the position of the arrow).
 */
export function positionOf(text: string, needle: string): { line: number; character: number } {
    const marker = Math.max(needle.indexOf('^'), 0);
    const plain = needle.replace('^', '');
    const found = text.indexOf(plain);
    expect(found, `'${plain}' should occur in the text`).toBeGreaterThanOrEqual(0);
    expect(text.indexOf(plain, found + 1), `'${plain}' should occur only once`).toBe(-1);
    const before = text.slice(0, found + marker).split('\n');
    return { line: before.length - 1, character: before.at(-1)!.length };
}

/** Validates a text that must parse and link cleanly; returns its diagnostics. */
export async function diagnosticsOf(text: string): Promise<Diagnostic[]> {
    const { document, diagnostics } = await validate(text);
    expect(document.parseResult.lexerErrors, 'lexer errors').toEqual([]);
    expect(document.parseResult.parserErrors.map(e => e.message), 'parser errors').toEqual([]);
    expect(diagnostics.filter(d => d.code === 'unknown-name').map(format), 'linking errors').toEqual([]);
    return diagnostics;
}

export function withCode(diagnostics: Diagnostic[], code: DiagnosticCode): Diagnostic[] {
    return diagnostics.filter(d => d.code === code);
}

/**
 * Asserts that `code` is reported exactly at the places named by `needles`
 * (each the unique text where a finding starts), with `severity`.
 * Returns the findings for further checks of their messages.
 */
export async function expectFindings(text: string, code: RuleCode, severity: Severity, ...needles: string[]): Promise<Diagnostic[]> {
    const byPosition = (a: Position, b: Position) => a.line - b.line || a.character - b.character;
    const found = withCode(await diagnosticsOf(text), code).sort((a, b) => byPosition(a.range.start, b.range.start));
    const expected = needles.map(n => positionOf(text, n)).sort(byPosition);
    expect(found.map(d => d.range.start), found.map(format).join('\n') || 'no findings').toEqual(expected);
    for (const d of found) expect(d.severity, format(d)).toBe(SEVERITY_NUMBER[severity]);
    return found;
}

export async function expectSilent(text: string, code: RuleCode): Promise<void> {
    expect(withCode(await diagnosticsOf(text), code).map(format)).toEqual([]);
}

export interface RuleCase {
    /** What the case shows, for the test name. */
    name: string;
    code: RuleCode;
    severity: Severity;
    /** A blueprint where the rule fires… */
    fires: string;
    /** …at these places (each a unique piece of `fires` where a finding starts)… */
    at: string[];
    /** …and the corrected blueprint where it is silent. */
    fixed: string;
    /** Words every finding's message must contain (the reason and the fix). */
    says?: string[];
}

/**
 * Runs one case: the rule fires where expected and is silent once fixed; in
 * zh-CN the same findings read in Chinese.
 */
export async function checkCase(c: RuleCase): Promise<void> {
    const found = await expectFindings(c.fires, c.code, c.severity, ...c.at);
    for (const d of found) for (const word of c.says ?? []) expect(d.message).toContain(word);
    await expectSilent(c.fixed, c.code);
    const chinese = withCode(await inLocale('zh-cn', () => diagnosticsOf(c.fires)), c.code);
    const at = (ds: Diagnostic[]) => ds.map(d => d.range.start).sort((a, b) => a.line - b.line || a.character - b.character);
    expect(at(chinese)).toEqual(at(found));
    for (const d of chinese) expectChinese(String(d.message), `${c.code} in zh-CN`);
}
