import { RULES, SEVERITY_SETTINGS, isRuleCode, type SeveritySetting } from './catalogue.js';

export type SeverityOverrides = Record<string, SeveritySetting>;

export interface ParsedOverrides {
    overrides: SeverityOverrides;
    /** One message per entry that names an unknown code or severity. */
    problems: string[];
}

/**
 * Reads a `code → severity` map from a user setting or a blueprint.config.json
 * `rules` object. Unknown codes and severities are reported, never ignored.
 */
export function parseSeverityOverrides(value: unknown): ParsedOverrides {
    const overrides: SeverityOverrides = {};
    const problems: string[] = [];
    if (value === undefined || value === null) return { overrides, problems };
    if (typeof value !== 'object' || Array.isArray(value)) {
        return { overrides, problems: ['rules must be an object mapping rule codes (BP001…) to off | hint | info | warning | error'] };
    }
    for (const [code, severity] of Object.entries(value)) {
        const normalized = code.toUpperCase();
        if (!isRuleCode(normalized)) {
            problems.push(`unknown rule code '${code}' (known: ${Object.keys(RULES)[0]}…${Object.keys(RULES).at(-1)})`);
        } else if (typeof severity !== 'string' || !SEVERITY_SETTINGS.includes(severity as SeveritySetting)) {
            problems.push(`rule ${normalized}: unknown severity '${String(severity)}' (use ${SEVERITY_SETTINGS.join(' | ')})`);
        } else {
            overrides[normalized] = severity as SeveritySetting;
        }
    }
    return { overrides, problems };
}

/**
 * The severities in force: catalogue defaults, overridden by the project's
 * blueprint.config.json, overridden by the user's `blueprint.rules` setting.
 */
export class RuleSettings {
    private settingOverrides: SeverityOverrides = {};
    private settingProblems: string[] = [];
    private projectOverrides: SeverityOverrides = {};
    private projectProblems: string[] = [];
    /** Base URL of the rule documentation; a rule's anchor is appended. */
    docsUrl: string | undefined;

    severityOf(code: string): SeveritySetting {
        return this.settingOverrides[code] ?? this.projectOverrides[code] ?? RULES[code]?.severity ?? 'warning';
    }

    /** Problems in the overrides given, reported as diagnostics by the server. */
    get problems(): string[] {
        return [...this.projectProblems, ...this.settingProblems];
    }

    /** The `blueprint.rules` setting (or, in tests and the CLI, overrides given in code). */
    setOverrides(value: unknown): void {
        const parsed = parseSeverityOverrides(value);
        this.settingOverrides = parsed.overrides;
        this.settingProblems = parsed.problems.map(problem => `setting blueprint.rules: ${problem}`);
    }

    /** The `rules` of the blueprint.config.json that applies to the document being validated. */
    setProjectOverrides(parsed: ParsedOverrides, file: string): void {
        this.projectOverrides = parsed.overrides;
        this.projectProblems = parsed.problems.map(problem => `${file}: ${problem}`);
    }
}
