/**
 * The JSON schema of blueprint.config.json, derived from the rule
 * definitions: VS Code validates the file with it (contributes.jsonValidation,
 * schemas/blueprint.config.schema.json, which a test keeps equal to this) and
 * the CLI checks each config it reads against it. Its descriptions are in
 * both languages, English first: VS Code reads the file as it is, whatever
 * its display language (docs/i18n.md).
 */
import { messagesFor } from '../i18n/index.js';
import { ALL_RULES, type RuleCode } from '../language/validation/rules.js';
import { SEVERITY_SETTINGS } from '../language/validation/rule.js';
import { CONFIG_SCHEMA_URL } from './tool.js';

const en = messagesFor('en');
const zh = messagesFor('zh-cn');
const bilingual = (english: string, chinese: string) => `${english}\n${chinese}`;
const ruleDescription = (code: RuleCode) => bilingual(en.rules[code].title, zh.rules[code].title);

export function configSchema(): Record<string, unknown> {
    // Codes are accepted in any case, as the language server reads them (bp201 = BP201).
    const anyCase = ALL_RULES.map(rule => [...rule.code].map(ch => (/[a-z]/i.test(ch) ? `[${ch.toUpperCase()}${ch.toLowerCase()}]` : ch)).join('')).join('|');
    return {
        $schema: 'http://json-schema.org/draft-07/schema#',
        $id: CONFIG_SCHEMA_URL,
        title: 'blueprint.config.json',
        description: bilingual(en.cli.configSchema.file, zh.cli.configSchema.file),
        type: 'object',
        properties: {
            $schema: { type: 'string' },
            rules: {
                type: 'object',
                description: bilingual(en.cli.configSchema.rules, zh.cli.configSchema.rules),
                properties: Object.fromEntries(ALL_RULES.map(rule => [rule.code, { $ref: '#/definitions/severity', description: ruleDescription(rule.code), default: rule.severity }])),
                propertyNames: { pattern: `^(${anyCase})$` },
                additionalProperties: { $ref: '#/definitions/severity' }
            }
        },
        additionalProperties: false,
        definitions: {
            severity: { enum: [...SEVERITY_SETTINGS] }
        }
    };
}
