/**
 * The JSON schema of blueprint.config.json, derived from the rule
 * definitions: VS Code validates the file with it (contributes.jsonValidation,
 * schemas/blueprint.config.schema.json, which a test keeps equal to this) and
 * the CLI checks each config it reads against it.
 */
import { ALL_RULES } from '../language/validation/rules.js';
import { SEVERITY_SETTINGS } from '../language/validation/rule.js';
import { CONFIG_SCHEMA_URL } from './tool.js';

export function configSchema(): Record<string, unknown> {
    // Codes are accepted in any case, as the language server reads them (bp201 = BP201).
    const anyCase = ALL_RULES.map(rule => [...rule.code].map(ch => (/[a-z]/i.test(ch) ? `[${ch.toUpperCase()}${ch.toLowerCase()}]` : ch)).join('')).join('|');
    return {
        $schema: 'http://json-schema.org/draft-07/schema#',
        $id: CONFIG_SCHEMA_URL,
        title: 'blueprint.config.json',
        description: 'Service Blueprint project configuration: the severity of each rule, for the editor and the CLI alike (the file nearest above each .blueprint file applies).',
        type: 'object',
        properties: {
            $schema: { type: 'string' },
            rules: {
                type: 'object',
                description: 'Severity per rule code; see the rule table in the README.',
                properties: Object.fromEntries(ALL_RULES.map(rule => [rule.code, { $ref: '#/definitions/severity', description: rule.title, default: rule.severity }])),
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
