/**
 * Rule severities: catalogue defaults, overridden by the project's
 * blueprint.config.json, overridden by the user's `blueprint.rules` setting.
 * Each validation gets its own immutable `RuleConfig`, so documents with
 * different project configs never see each other's severities.
 */
import type { LangiumDocument } from 'langium';
import type { Messages } from '../../i18n/index.js';
import { SEVERITY_SETTINGS, type SeveritySetting } from './rule.js';
import { ALL_RULES, RULE_CODES, isRuleCode, type RuleCode } from './rules.js';

export type SeverityOverrides = Partial<Record<RuleCode, SeveritySetting>>;

/** What is wrong in a `rules` map, as facts: the reader's language words them (`settingsProblemText`). */
export type SettingsProblem =
    | { kind: 'notAnObject' }
    | { kind: 'unknownCode'; code: string }
    | { kind: 'unknownSeverity'; code: RuleCode; severity: string }
    | { kind: 'invalidJson'; detail: string };

export interface ParsedOverrides {
    overrides: SeverityOverrides;
    /** One per entry that names an unknown code or severity. */
    problems: SettingsProblem[];
}

/** A problem and where it is: a config file, or the `blueprint.rules` setting. */
export interface PlacedSettingsProblem { file?: string; problem: SettingsProblem }

/** The config file that applies to a document, as found by ProjectConfigs. */
export interface ProjectOverrides { file: string; parsed: ParsedOverrides }

/** The severities in force for one validation, and the problems in the overrides that gave them. */
export interface RuleConfig {
    readonly severities: Readonly<Record<RuleCode, SeveritySetting>>;
    readonly problems: readonly PlacedSettingsProblem[];
    /** Base URL of the rule documentation; a rule's anchor is appended. */
    readonly docsUrl?: string;
}

const isSeveritySetting = (value: unknown): value is SeveritySetting => SEVERITY_SETTINGS.some(s => s === value);

/**
 * Reads a `code → severity` map from a user setting or a blueprint.config.json
 * `rules` object. Unknown codes and severities are reported, never ignored.
 */
export function parseSeverityOverrides(value: unknown): ParsedOverrides {
    const overrides: SeverityOverrides = {};
    const problems: SettingsProblem[] = [];
    if (value === undefined || value === null) return { overrides, problems };
    if (typeof value !== 'object' || Array.isArray(value)) return { overrides, problems: [{ kind: 'notAnObject' }] };
    for (const [code, severity] of Object.entries(value)) {
        const normalized = code.toUpperCase();
        if (!isRuleCode(normalized)) {
            problems.push({ kind: 'unknownCode', code });
        } else if (!isSeveritySetting(severity)) {
            problems.push({ kind: 'unknownSeverity', code: normalized, severity: String(severity) });
        } else {
            overrides[normalized] = severity;
        }
    }
    return { overrides, problems };
}

/** A problem in the reader's language, without where it is. */
export function settingsProblemText(problem: SettingsProblem, messages: Messages): string {
    const m = messages.validation.settings;
    const severities = SEVERITY_SETTINGS.join(' | ');
    switch (problem.kind) {
        case 'notAnObject': return m.notAnObject(RULE_CODES[0], severities);
        case 'unknownCode': return m.unknownCode(problem.code, RULE_CODES[0], RULE_CODES.at(-1) ?? RULE_CODES[0]);
        case 'unknownSeverity': return m.unknownSeverity(problem.code, problem.severity, severities);
        case 'invalidJson': return m.invalidJson(problem.detail);
    }
}

/** A problem with where it is (the config file, or the `blueprint.rules` setting), in the reader's language. */
export function placedSettingsProblemText({ file, problem }: PlacedSettingsProblem, messages: Messages): string {
    const text = settingsProblemText(problem, messages);
    return file === undefined ? messages.validation.settings.inSetting(text) : messages.validation.settings.inFile(file, text);
}

/** Layers the overrides over the defaults into one frozen config. */
export function ruleConfig(project: ProjectOverrides | undefined, setting: ParsedOverrides | undefined, docsUrl?: string): RuleConfig {
    const severities = Object.fromEntries(ALL_RULES.map(rule =>
        [rule.code, setting?.overrides[rule.code] ?? project?.parsed.overrides[rule.code] ?? rule.severity])) as Record<RuleCode, SeveritySetting>;
    const problems: PlacedSettingsProblem[] = [
        ...(project?.parsed.problems ?? []).map(problem => ({ file: project?.file, problem })),
        ...(setting?.problems ?? []).map(problem => ({ problem }))
    ];
    return Object.freeze({ severities: Object.freeze(severities), problems: Object.freeze(problems), docsUrl });
}

/**
 * The language server's source of rule configs: the user's setting (or, in
 * tests and the CLI, overrides given in code) and the config each document
 * was validated with.
 */
export class RuleSettings {
    /** Base URL of the rule documentation; set once by the server. */
    docsUrl: string | undefined;
    private setting: ParsedOverrides | undefined;
    private readonly byDocument = new WeakMap<LangiumDocument, RuleConfig>();

    /** The `blueprint.rules` setting (or overrides given in code). */
    setOverrides(value: unknown): void {
        this.setting = parseSeverityOverrides(value);
    }

    configFor(project: ProjectOverrides | undefined): RuleConfig {
        return ruleConfig(project, this.setting, this.docsUrl);
    }

    /** Records the config a document's validation runs with (its rules read it through `configOf`). */
    attach(document: LangiumDocument, config: RuleConfig): void {
        this.byDocument.set(document, config);
    }

    configOf(document: LangiumDocument): RuleConfig {
        return this.byDocument.get(document) ?? this.configFor(undefined);
    }
}
