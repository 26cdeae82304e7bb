/**
 * schemas/blueprint.config.schema.json (VS Code's jsonValidation) is the
 * schema the CLI derives from the rule definitions; it knows every rule code
 * and judges configs as the language server does. UPDATE_SCHEMA=1 rewrites it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { expectChinese } from '../helpers.js';
import { describe, expect, test } from 'vitest';
import { configSchema } from '../../src/cli/config-schema.js';
import { parseProjectConfig } from '../../src/language/project-config.js';
import { RULE_CODES } from '../../src/language/validation/rules.js';
import { CLEAN, CLI_TIMEOUT, blueprint, scratch } from './cli-helpers.js';

const FILE = 'schemas/blueprint.config.schema.json';

if (process.env.UPDATE_SCHEMA) writeFileSync(FILE, `${JSON.stringify(configSchema(), null, 2)}\n`);
const committed = JSON.parse(readFileSync(FILE, 'utf8')) as { properties: { rules: { properties: Record<string, unknown> } } };

describe('the blueprint.config.json schema', () => {
    test('the committed file is the schema the CLI uses (UPDATE_SCHEMA=1 rewrites it)', () => {
        expect(committed).toEqual(configSchema());
    });

    test('its rule codes are exactly RULE_CODES', () => {
        expect(Object.keys(committed.properties.rules.properties)).toEqual([...RULE_CODES]);
    });

    test('every description is English, then Chinese (VS Code shows the file as it is, in any display language)', () => {
        const descriptions = [...JSON.stringify(committed).matchAll(/"description":"((?:[^"\\]|\\.)*)"/g)].map(m => JSON.parse(`"${m[1]}"`) as string);
        expect(descriptions.length).toBe(RULE_CODES.length + 2);
        for (const description of descriptions) {
            const [english, chinese, ...rest] = description.split('\n');
            expect(rest, description).toEqual([]);
            expect(english, description).toMatch(/^[\x20-\x7e→–…]+$/);
            expectChinese(chinese, description);
        }
    });

    test('VS Code validates blueprint.config.json with it', () => {
        const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { contributes: { jsonValidation: Array<{ fileMatch: string; url: string }> } };
        expect(manifest.contributes.jsonValidation).toContainEqual({ fileMatch: 'blueprint.config.json', url: `./${FILE}` });
    });

    test.each([
        [{ rules: { BP007: 'off', BP101: 'info' } }, true],
        [{ rules: { bp201: 'error' } }, true],
        [{ $schema: 'x', rules: {} }, true],
        [{}, true],
        [{ rules: { BP777: 'off' } }, false],
        [{ rules: { BP001: 'loud' } }, false],
        [{ rules: [] }, false],
        [{ rules: 'all' }, false]
    ])('%j: valid %s, as the language server judges it', (config, valid) => {
        const validate = new Ajv().compile(committed);
        expect(validate(config)).toBe(valid);
        expect(parseProjectConfig('blueprint.config.json', JSON.stringify(config)).parsed.problems.length === 0).toBe(valid);
    });

    test('the CLI refuses a config the schema refuses, in one line', () => {
        const folder = scratch({ 'x.blueprint': CLEAN, 'blueprint.config.json': '{ "rule": { "BP007": "off" } }' });
        const { code, stderr } = blueprint(['check', '.'], folder);
        expect([code, stderr.trim()]).toEqual([2, 'blueprint: blueprint.config.json: does not match the schema of blueprint.config.json at / (rule)']);
    }, CLI_TIMEOUT);
});
