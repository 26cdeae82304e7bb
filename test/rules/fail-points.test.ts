import { describe, expect, test } from 'vitest';
import { CLEAN, checkCase, edit, expectFindings, type RuleCase } from './rule-helpers.js';

const SERVE = 'step serve { by teller via counter evidence "counter" }';
const POST = 'step post { by teller time 1 min }';
const withServe = (properties: string) => edit(CLEAN, [SERVE, `step serve { by teller via counter evidence "counter" ${properties} }`]);
const withTarget = (target: string) => edit(CLEAN, ['    customer {', `    target ${target}\n    customer {`], ['step ask { evidence "form" }', 'step ask { evidence "form" wait 10 min }']);

/** serve hands work below the line of visibility to post, which hands it back up to hand. */
const roundTrip = (postProperties = '') => edit(CLEAN,
    [SERVE, `${SERVE}\n        step hand { by teller evidence "passbook" }`],
    [POST, `step post { by teller time 1 min ${postProperties}}`],
    ['ask -> serve -> leave\n    serve -> post', 'ask -> serve -> post -> hand -> leave']);

const selfService = (scanProperties: string) => edit(CLEAN,
    ['step leave { evidence "receipt" }', `step leave { evidence "receipt" }\n        step scan { via app ${scanProperties}}`],
    ['ask -> serve', 'ask -> scan -> serve']);

const join = (leaveProperties: string) => edit(CLEAN,
    ['step leave { evidence "receipt" }', `step leave { evidence "receipt" ${leaveProperties}}`],
    [SERVE, `${SERVE}\n        step check { by teller evidence "screen" }\n        step count { by teller evidence "cash" }`],
    ['    serve -> post', '    serve -> post\n    serve -> check -> leave\n    serve -> count -> leave']);

const cases: RuleCase[] = [
    {
        name: 'a declared fail point is listed',
        code: 'BP101', severity: 'info',
        fires: withServe('fail "printer jams" recover "reprint"'), at: ['fail ^"printer jams"'],
        fixed: CLEAN,
        says: ['printer jams', 'reprint']
    },
    {
        name: 'a fail point without recovery',
        code: 'BP102', severity: 'warning',
        fires: withServe('fail "printer jams"'), at: ['^fail "printer jams"'],
        fixed: withServe('fail "printer jams" recover "reprint on the spare printer"'),
        says: ['recover']
    },
    {
        name: 'a fail point recovered by a conditional flow',
        code: 'BP102', severity: 'warning',
        fires: withServe('fail "printer jams"'), at: ['^fail "printer jams"'],
        fixed: edit(withServe('fail "printer jams"'), ['serve -> post', 'serve -> post when "jammed"'])
    },
    {
        name: 'a wait longer than its tolerance',
        code: 'BP103', severity: 'warning',
        fires: edit(CLEAN, ['step ask { evidence "form" }', 'step ask { evidence "form" wait 20 min tolerance 10 min }']), at: ['^wait 20 min'],
        fixed: edit(CLEAN, ['step ask { evidence "form" }', 'step ask { evidence "form" wait 5 min tolerance 10 min }']),
        says: ['20 min', '10 min', 'Shorten the wait']
    },
    {
        name: 'a standard time longer than its tolerance',
        code: 'BP104', severity: 'warning',
        fires: edit(CLEAN, ['time 1 min }', 'time 5 min tolerance 3 min }']), at: ['^time 5 min'],
        fixed: edit(CLEAN, ['time 1 min }', 'time 5 min tolerance 10 min }']),
        says: ['5 min', '3 min']
    },
    {
        name: 'customer-visible time over the target',
        code: 'BP104', severity: 'warning',
        fires: withTarget('5 min'), at: ['^target 5 min'],
        fixed: withTarget('15 min'),
        says: ['10 min', "'ask'", 'target of 5 min']
    },
    {
        name: 'a round trip below the line of visibility',
        code: 'BP105', severity: 'hint',
        fires: roundTrip(), at: ['step ^post'],
        fixed: roundTrip('fail "core banking times out" recover "retry" '),
        says: ["'serve'", "'hand'", 'cannot see']
    },
    {
        name: 'a two-way flow across the line of visibility',
        code: 'BP105', severity: 'hint',
        fires: edit(CLEAN, ['serve -> post', 'serve <-> post']), at: ['step ^post'],
        fixed: CLEAN
    },
    {
        name: 'a self-service step without evidence or instructions',
        code: 'BP105', severity: 'hint',
        fires: selfService(''), at: ['step ^scan'],
        fixed: selfService('note "The app shows each step and a help button" '),
        says: ['self-service']
    },
    {
        name: 'a step joining three flows',
        code: 'BP105', severity: 'hint',
        fires: join(''), at: ['step ^leave'],
        fixed: join('fail "a hand-off is missing" recover serve '),
        says: ['3 inbound flows']
    }
];

describe('fail point and time rules BP101–BP105', () => {
    test.each(cases.map(c => [`${c.code}: ${c.name}`, c] as const))('%s', async (_, c) => checkCase(c));

    test('BP105 reports a round trip once, however many steps lie below the line', async () => {
        const text = edit(roundTrip(), [POST, `${POST}\n        step book { time 1 min }`], ['serve -> post -> hand', 'serve -> post -> book -> hand']);
        await expectFindings(text, 'BP105', 'hint', 'step ^post');
        await expectFindings(edit(text, ['    ask -> serve -> post', '    serve -> book\n    ask -> serve -> post']), 'BP105', 'hint', 'step ^post');
    });

    test('BP105 is silent for work that goes below the line and does not come back', async () => {
        const [finding] = await expectFindings(roundTrip(), 'BP105', 'hint', 'step ^post');
        expect(finding.message).toContain('Likely fail point');
        await expectFindings(CLEAN, 'BP105', 'hint');
    });
});
