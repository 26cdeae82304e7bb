/** What the CLI says about itself: name, version, home and the help URL of each rule. */
import { readFileSync } from 'node:fs';
import { ruleAnchor, type RuleCode } from '../language/validation/rules.js';
import type { Locale } from '../i18n/index.js';

export const TOOL_NAME = 'blueprint';
export const HOMEPAGE = 'https://github.com/service-blueprint/vscode-service-blueprint';

/** Where editors find the schema of blueprint.config.json (VS Code also has it from the extension). */
export const CONFIG_SCHEMA_URL = 'https://raw.githubusercontent.com/service-blueprint/vscode-service-blueprint/main/schemas/blueprint.config.schema.json';

/** The README of each language holds the rule sections (headings `#### BP001` …). */
const README_OF: Record<Locale, string> = { 'en': HOMEPAGE, 'zh-cn': `${HOMEPAGE}/blob/main/README.zh-CN.md` };

export function ruleHelpUrl(code: RuleCode, locale: Locale): string {
    return `${README_OF[locale]}#${ruleAnchor(code)}`;
}

let version: string | undefined;

/** The version in the package.json beside dist/ (the bundle) or two folders up (tests running sources). */
export function toolVersion(): string {
    version ??= (JSON.parse(readFileSync(new URL(import.meta.url.includes('/src/cli/') ? '../../package.json' : '../package.json', import.meta.url), 'utf8')) as { version: string }).version;
    return version;
}
