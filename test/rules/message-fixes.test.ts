/**
 * The message fixes of issue 9: each case failed before its fix (the issue
 * quotes what was reported).
 */
import { describe, expect, test } from 'vitest';
import { format, validate } from '../helpers.js';
import { CLEAN, diagnosticsOf, edit, expectFindings, expectSilent, withCode } from './rule-helpers.js';

const ASK = 'step ask { evidence "form" }';
const SERVE = 'step serve { by teller via counter evidence "counter" }';
const POST = 'step post { by teller time 1 min }';

describe('no cascade after a syntax error', () => {
    test('`time 5 minutes` gives the syntax error only: no "Unknown step \'minutes\'", no BP005, no BP208', async () => {
        const { diagnostics } = await validate(edit(CLEAN, [SERVE, 'step serve { by teller via counter time 5 minutes evidence "counter" }']));
        expect(diagnostics.map(d => String(d.code))).toEqual(['syntax']);
        expect(diagnostics[0].message).toContain('`minutes`');
    });

    test('rules about single written facts still run in a blueprint with a syntax error', async () => {
        const { diagnostics } = await validate(edit(CLEAN,
            ['    serve -> post\n', '    serve -> post when\n'],
            [POST, 'step post { by teller time 1 min evidence "ledger" }']));
        expect(diagnostics.map(d => String(d.code)).sort()).toEqual(['BP003', 'syntax']);
    });
});

describe('BP006 with a retry loop back to the first customer step', () => {
    const retry = edit(CLEAN, ['    serve -> post', '    serve -> post\n    serve -> ask when "form incomplete"']);

    test('the process starts with the customer step: no BP006', async () => {
        await expectSilent(retry, 'BP006');
    });

    test('BP005 still finds a step nothing reaches from that start', async () => {
        await expectFindings(edit(retry, [POST, `${POST}\n        step archive { by teller time 1 min }`]), 'BP005', 'warning', 'step ^archive');
    });

    test('a process that really starts below the line is still reported', async () => {
        const [finding] = await expectFindings(edit(CLEAN, ['ask -> serve -> leave\n    serve -> post', 'post -> serve -> leave\n    ask -> serve']), 'BP006', 'warning');
        expect(finding).toBeUndefined();
        const found = await expectFindings(edit(CLEAN, ['ask -> serve -> leave\n    serve -> post', 'post -> serve -> ask -> leave']), 'BP006', 'warning', 'step ^post');
        expect(found[0].message).toContain('no customer step starts it');
    });
});

describe('durations in the units the designer wrote', () => {
    test('BP103 echoes `90 秒` and `60 秒`', async () => {
        const [finding] = await expectFindings(edit(CLEAN, [ASK, 'step ask { evidence "form" wait 90 秒 tolerance 60 秒 }']), 'BP103', 'warning', '^wait 90');
        expect(finding.message).toContain('(90 秒)');
        expect(finding.message).toContain('(60 秒)');
    });

    test('BP104 echoes `36 小时` and its tolerance', async () => {
        const [finding] = await expectFindings(edit(CLEAN, ['time 1 min }', 'time 36 小时 tolerance 30 小时 }']), 'BP104', 'warning', '^time 36');
        expect(finding.message).toContain('36 小时');
        expect(finding.message).toContain('30 小时');
        expect(finding.message).not.toContain('1.5 d');
    });

    test('BP104 over the target speaks in the target\'s unit: `80 s`, not 1.3 min', async () => {
        const text = edit(CLEAN, ['    customer {', '    target 80 s\n    customer {'], [ASK, 'step ask { evidence "form" wait 100 s }']);
        const [finding] = await expectFindings(text, 'BP104', 'warning', '^target 80 s');
        expect(finding.message).toContain('target of 80 s');
        expect(finding.message).toContain('spends 100 s');
        expect(finding.message).not.toMatch(/\d min/);
    });
});

describe('BP103 on a backstage wait', () => {
    test('says the customer does not see the wait, not "what the customer tolerates"', async () => {
        const [finding] = await expectFindings(edit(CLEAN, [POST, 'step post { by teller time 1 min wait 2 h tolerance 1 h }']), 'BP103', 'warning', '^wait 2 h');
        expect(finding.message).toContain('The customer does not see this wait');
        expect(finding.message).not.toContain('customer tolerates');
    });
});

describe('BP104 prints the real path', () => {
    test('every step of the path in order, the customer-visible ones without a time marked', async () => {
        const text = edit(CLEAN, ['    customer {', '    target 1 min\n    customer {'], [SERVE, 'step serve { by teller via counter evidence "counter" time 5 min }']);
        const [finding] = await expectFindings(text, 'BP104', 'warning', '^target 1 min');
        expect(finding.message).toContain("'ask' (no time) → 'serve' → 'leave' (no time)");
    });
});

describe('messages read as English', () => {
    test('"comes after an onstage lane", not "a onstage lane"', async () => {
        const text = edit(CLEAN, ['    line interaction\n    onstage {\n        step serve { by teller via counter evidence "counter" }\n    }\n', ''],
            ['    line visibility\n', '    onstage {\n        step serve { by teller via counter evidence "counter" }\n    }\n    line visibility\n'],
            ['    customer {', '    onstage { }\n    customer {']);
        const findings = withCode(await diagnosticsOf(text), 'BP001').map(format);
        expect(findings.join('\n')).toContain('after an onstage lane');
        expect(findings.join('\n')).not.toContain('a onstage');
    });
});

describe('BP001: one fault, one diagnostic', () => {
    test('swapped interaction and visibility lines give one report, naming the swap', async () => {
        const swapped = edit(CLEAN, ['    line interaction\n', '    line @\n'], ['    line visibility\n', '    line interaction\n'], ['    line @\n', '    line visibility\n']);
        const findings = await expectFindings(swapped, 'BP001', 'error', 'line ^visibility\n    onstage');
        expect(findings[0].message).toContain('swapped');
    });
});
