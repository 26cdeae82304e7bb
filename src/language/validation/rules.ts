/**
 * Every rule, in code order: the one list the catalogue, the settings' known
 * codes, the code-action table and the documentation checks derive from.
 * Adding a rule means adding its definition to its family's file (docs/rules.md).
 */
import { analysisRules } from './analysis.js';
import { classificationRules } from './classification.js';
import { failPointRules } from './fail-points.js';
import type { RuleDefinition } from './rule.js';
import { structureRules } from './structure.js';

export const ALL_RULES = [...structureRules, ...failPointRules, ...classificationRules, ...analysisRules];

/** The code of a rule of the catalogue: `'BP001' | … | 'BP212'`. */
export type RuleCode = (typeof ALL_RULES)[number]['code'];

export const RULE_CODES: readonly RuleCode[] = ALL_RULES.map(rule => rule.code);

const BY_CODE = new Map<string, RuleDefinition<RuleCode>>(ALL_RULES.map(rule => [rule.code, rule]));

export function isRuleCode(code: string): code is RuleCode {
    return BY_CODE.has(code);
}

export function ruleOf(code: RuleCode): RuleDefinition<RuleCode> {
    const rule = BY_CODE.get(code);
    if (!rule) throw new Error(`No rule ${code}`);
    return rule;
}

/** The README anchor of a rule's section (GitHub-style heading ids). */
export function ruleAnchor(code: RuleCode): string {
    return code.toLowerCase();
}

/** Codes of the tool's own diagnostics, which are not rules and cannot be configured. */
export const TOOL_CODES = ['syntax', 'unknown-name', 'duplicate-name', 'duplicate-property', 'settings', 'too-many-diagnostics'] as const;
export type ToolCode = (typeof TOOL_CODES)[number];
export type DiagnosticCode = RuleCode | ToolCode;
