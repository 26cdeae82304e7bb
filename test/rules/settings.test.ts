import { afterEach, describe, expect, test } from 'vitest';
import { services } from '../helpers.js';
import { CLEAN, diagnosticsOf, edit, expectFindings, withCode } from './rule-helpers.js';

const settings = services.Blueprint.validation.RuleSettings;

/** A blueprint with one BP007 (info) and one BP101 (warning) by default. */
const TEXT = edit(CLEAN,
    ['step ask { evidence "form" }', 'step ask'],
    ['step serve { by teller via counter evidence "counter" }', 'step serve { by teller via counter evidence "counter" fail "printer jams" recover "reprint" }']);

describe('rule severities from settings', () => {
    afterEach(() => settings.setOverrides({}));

    test('defaults come from the catalogue', async () => {
        await expectFindings(TEXT, 'BP007', 'info', 'step ^ask');
        await expectFindings(TEXT, 'BP101', 'warning', 'fail ^"printer jams"');
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
        await expectFindings(TEXT, 'BP101', 'warning');
    });

    test('a value that is not a code → severity map is reported', async () => {
        settings.setOverrides(['BP007']);
        const [problem] = withCode(await diagnosticsOf(TEXT), 'settings');
        expect(problem.message).toContain('rules must be an object');
    });
});
