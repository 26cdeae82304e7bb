import { afterEach, describe, expect, test } from 'vitest';
import { services } from '../helpers.js';
import { CLEAN, diagnosticsOf, edit, expectFindings, withCode } from './rule-helpers.js';

const settings = services.Blueprint.validation.RuleSettings;

/** A blueprint with one BP007 (info) and one BP101 (info) by default. */
const TEXT = edit(CLEAN,
    ['step ask { evidence "form" }', 'step ask'],
    ['step serve { by teller via counter evidence "counter" }', 'step serve { by teller via counter evidence "counter" fail "printer jams" recover "reprint" }']);

describe('rule severities from settings', () => {
    afterEach(() => settings.setOverrides({}));

    test('defaults come from the catalogue', async () => {
        await expectFindings(TEXT, 'BP007', 'info', 'step ^ask');
        await expectFindings(TEXT, 'BP101', 'info', 'fail ^"printer jams"');
    });

    test('an override switches a rule off or changes its severity', async () => {
        settings.setOverrides({ BP007: 'off', BP101: 'error' });
        await expectFindings(TEXT, 'BP007', 'info');
        await expectFindings(TEXT, 'BP101', 'error', 'fail ^"printer jams"');
        expect(withCode(await diagnosticsOf(TEXT), 'settings')).toEqual([]);
    });

    test('codes are matched case-insensitively', async () => {
        settings.setOverrides({ bp101: 'hint' });
        await expectFindings(TEXT, 'BP101', 'hint', 'fail ^"printer jams"');
    });

    test('restoring the overrides restores the defaults', async () => {
        settings.setOverrides({ BP007: 'off' });
        settings.setOverrides({});
        await expectFindings(TEXT, 'BP007', 'info', 'step ^ask');
    });

    test('unknown codes and severities are reported, and the valid entries still apply', async () => {
        settings.setOverrides({ BP999: 'warning', BP007: 'loud', BP101: 'off' });
        const problems = withCode(await diagnosticsOf(TEXT), 'settings');
        expect(problems.map(d => [d.severity, d.range.start])).toEqual([[2, { line: 0, character: 0 }], [2, { line: 0, character: 0 }]]);
        expect(problems[0].message).toContain("unknown rule code 'BP999'");
        expect(problems[1].message).toContain("rule BP007: unknown severity 'loud'");
        await expectFindings(TEXT, 'BP007', 'info', 'step ^ask');
        await expectFindings(TEXT, 'BP101', 'info');
    });

    test('a value that is not a code → severity map is reported', async () => {
        settings.setOverrides(['BP007']);
        const [problem] = withCode(await diagnosticsOf(TEXT), 'settings');
        expect(problem.message).toContain('rules must be an object');
    });
});

describe('severities per document', () => {
    test('two documents under different blueprint.config.json files validated at once keep their own severities', async () => {
        const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
        const { join } = await import('node:path');
        const { tmpdir } = await import('node:os');
        const { URI } = await import('langium');
        const { NodeFileSystem } = await import('langium/node');
        const { createBlueprintServices } = await import('../../src/language/blueprint-module.js');
        const root = mkdtempSync(join(tmpdir(), 'bp-config-'));
        const files = (['off', 'error'] as const).map(severity => {
            const folder = join(root, severity);
            mkdirSync(folder);
            writeFileSync(join(folder, 'blueprint.config.json'), JSON.stringify({ rules: { BP007: severity } }));
            const file = join(folder, 'b.blueprint');
            writeFileSync(file, TEXT.replace('blueprint b', `blueprint b_${severity}`).replace('actor teller', `actor teller_${severity}`)
                .replaceAll('by teller', `by teller_${severity}`).replace('system core', `system core_${severity}`));
            return file;
        });
        const fresh = createBlueprintServices(NodeFileSystem);
        const documents = await Promise.all(files.map(file => fresh.shared.workspace.LangiumDocuments.getOrCreateDocument(URI.file(file))));
        await fresh.shared.workspace.DocumentBuilder.build(documents, { validation: false });
        const validator = fresh.Blueprint.validation.DocumentValidator;
        // Both validations in flight together: each must read the severities of its own config.
        const [off, error] = await Promise.all(documents.map(document => validator.validateDocument(document)));
        expect(withCode(off, 'BP007')).toEqual([]);
        expect(withCode(error, 'BP007').map(d => d.severity)).toEqual([1]);
    });
});
