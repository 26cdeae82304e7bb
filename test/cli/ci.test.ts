/**
 * check for CI: SARIF validated against the OASIS SARIF 2.1.0 schema
 * (vendored from oasis-tcs/sarif-spec, sarif-2.1/schema/sarif-schema-2.1.0.json),
 * GitHub workflow commands, the JSON shape, --max-warnings.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { RULE_CODES } from '../../src/language/validation/rules.js';
import { BROKEN, CLEAN, CLI_TIMEOUT, blueprint, scratch } from './cli-helpers.js';

// Both are CommonJS whose module.exports is the class / plugin itself.
const require = createRequire(import.meta.url);
const Ajv = require('ajv-draft-04') as typeof import('ajv-draft-04').default;
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;

const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

function sarifValidator() {
    const schema = JSON.parse(readFileSync(new URL('./fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    return ajv.compile(schema);
}

describe('check --format sarif', () => {
    test('is valid SARIF 2.1.0 with one result per diagnostic, located, and the rules with help URLs', () => {
        const folder = scratch({ 'broken.blueprint': BROKEN, 'clean.blueprint': CLEAN });
        const { code, stdout } = blueprint(['check', '.', '--format', 'sarif'], folder);
        expect(code).toBe(1);
        const log = JSON.parse(stdout);
        const validate = sarifValidator();
        expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
        const [run] = log.runs;
        expect(run.tool.driver).toMatchObject({ name: 'blueprint', version: VERSION });
        expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([...RULE_CODES]);
        expect(run.tool.driver.rules[1].helpUri).toBe('https://github.com/service-blueprint/vscode-service-blueprint#bp002');
        const bp002 = run.results.find((r: { ruleId: string }) => r.ruleId === 'BP002');
        expect(bp002).toMatchObject({ level: 'error', ruleIndex: 1, locations: [{ physicalLocation: { artifactLocation: { uri: 'broken.blueprint' }, region: { startLine: 4, startColumn: 5 } } }] });
        const text = blueprint(['check', '.'], folder).stdout.trim().split('\n').slice(0, -1);
        expect(run.results.map((r: { ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }) =>
            `${r.locations[0].physicalLocation.artifactLocation.uri}:${r.locations[0].physicalLocation.region.startLine} ${r.ruleId}`))
            .toEqual(text.map(line => line.replace(/^([^:]+):(\d+):\d+ \w+ (\S+) .*$/, '$1:$2 $3')));
    }, CLI_TIMEOUT);

    test('the schema check can fail: a log without a version is refused', () => {
        const validate = sarifValidator();
        expect(validate({ runs: [] })).toBe(false);
        expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false); // driver needs a name
    });
});

describe('check --format github', () => {
    test('prints one workflow command per diagnostic, error/warning/notice, escaped', () => {
        const folder = scratch({ 'broken.blueprint': BROKEN });
        const { code, stdout } = blueprint(['check', 'broken.blueprint', '--format', 'github'], folder);
        expect(code).toBe(1);
        const lines = stdout.trim().split('\n');
        expect(lines).toContain("::error file=broken.blueprint,line=4,col=5,endLine=4,endColumn=9,title=BP002::Customer step 'a' reaches backstage step 'b' directly. The customer cannot see below the line of visibility: route the flow through an onstage step or self-service technology.");
        expect(lines.filter(l => l.startsWith('::warning file=broken.blueprint,')).length).toBeGreaterThanOrEqual(2);
        expect(lines.at(-1)).toMatch(/^1 file\(s\) checked: 1 error\(s\), \d+ warning\(s\)/);
    }, CLI_TIMEOUT);
});

describe('check --format json', () => {
    test('has the tool, a summary, every rule with its help URL, and the diagnostics with theirs', () => {
        const folder = scratch({ 'broken.blueprint': BROKEN });
        const { stdout } = blueprint(['check', '.', '--format', 'json'], folder);
        const report = JSON.parse(stdout);
        expect(report.tool).toEqual({ name: 'blueprint', version: VERSION });
        const diagnostics = report.files[0].diagnostics;
        expect(report.summary).toEqual({
            files: 1,
            errors: diagnostics.filter((d: { severity: string }) => d.severity === 'error').length,
            warnings: diagnostics.filter((d: { severity: string }) => d.severity === 'warning').length,
            infos: diagnostics.filter((d: { severity: string }) => d.severity === 'info').length,
            hints: diagnostics.filter((d: { severity: string }) => d.severity === 'hint').length
        });
        expect(report.summary.errors).toBe(1);
        expect(Object.keys(report.rules)).toEqual([...RULE_CODES]);
        expect(report.rules.BP305.helpUrl).toBe('https://github.com/service-blueprint/vscode-service-blueprint#bp305');
        expect(diagnostics.find((d: { code: string }) => d.code === 'BP002').helpUrl).toBe('https://github.com/service-blueprint/vscode-service-blueprint#bp002');
    }, CLI_TIMEOUT);

    test('in Chinese the help URLs point to the Chinese README', () => {
        const folder = scratch({ 'broken.blueprint': BROKEN });
        const report = JSON.parse(blueprint(['check', '.', '--format', 'json', '--lang', 'zh-cn'], folder).stdout);
        expect(report.rules.BP002.helpUrl).toBe('https://github.com/service-blueprint/vscode-service-blueprint/blob/main/README.zh-CN.md#bp002');
    }, CLI_TIMEOUT);
});

describe('check --max-warnings', () => {
    test('exits 1 with one line when the warnings exceed N, 0 at or below it', () => {
        const text = 'blueprint B {\n  customer { step a { evidence "x" } }\n}\n'; // BP201 (warning) only
        const folder = scratch({ 'w.blueprint': text });
        const warnings = (JSON.parse(blueprint(['check', '.', '--format', 'json'], folder).stdout) as { summary: { warnings: number; errors: number } }).summary;
        expect(warnings.errors).toBe(0);
        expect(warnings.warnings).toBeGreaterThan(0);
        const over = blueprint(['check', '.', '--max-warnings', String(warnings.warnings - 1)], folder);
        expect(over.code).toBe(1);
        expect(over.stderr.trim()).toBe(`blueprint: ${warnings.warnings} warning(s), more than --max-warnings ${warnings.warnings - 1}`);
        expect(blueprint(['check', '.', '--max-warnings', String(warnings.warnings)], folder).code).toBe(0);
        const bad = blueprint(['check', '.', '--max-warnings', 'many'], folder);
        expect([bad.code, bad.stderr.trim()]).toEqual([2, "blueprint: --max-warnings must be a whole number (got 'many')"]);
    }, CLI_TIMEOUT);
});

describe('the $blueprint problem matcher (package.json)', () => {
    test('matches every diagnostic line of check\'s text output, in both languages, and nothing else', () => {
        const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { contributes: { problemMatchers: Array<{ name: string; pattern: { regexp: string } }> } };
        const matcher = new RegExp(manifest.contributes.problemMatchers.find(m => m.name === 'blueprint')!.pattern.regexp);
        const folder = scratch({ 'broken.blueprint': BROKEN });
        for (const lang of ['en', 'zh-cn']) {
            const lines = blueprint(['check', '.', '--lang', lang], folder).stdout.trim().split('\n');
            const matched = lines.map(line => matcher.exec(line)).filter(m => m !== null);
            expect(matched.length).toBe(lines.length - 1); // all but the summary
            expect(matched.map(m => [m[1], m[2], m[3], m[4], m[5]])).toContainEqual(['broken.blueprint', '4', '5', 'error', 'BP002']);
        }
    }, CLI_TIMEOUT);
});
