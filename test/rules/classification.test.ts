import { describe, expect, test } from 'vitest';
import { CLEAN, checkCase, edit, expectFindings, type RuleCase } from './rule-helpers.js';

const SERVE = 'step serve { by teller via counter evidence "counter" }';
const POST = 'step post { by teller time 1 min }';
const BLOCK = '        divergence standard\n        object information\n        contact interactive\n';

/** CLEAN with its classification block replaced by these lines. */
function classified(...lines: string[]): string {
    return edit(CLEAN, [BLOCK, lines.map(l => `        ${l}\n`).join('')]);
}
const withServe = (text: string, serve: string) => edit(text, [SERVE, `step serve { ${serve} }`]);

/** serve hands on to a second onstage step before the customer leaves. */
const twoOnstage = (checkPerformer: string) => edit(CLEAN,
    [SERVE, `${SERVE}\n        step check { by ${checkPerformer} evidence "stamp" }`],
    ['serve -> leave', 'serve -> check -> leave']);

/** The customer signs between two onstage steps. */
const contactNone = (flows: string) => edit(classified('divergence standard', 'object information', 'contact none'),
    ['step leave { evidence "receipt" }', 'step leave { evidence "receipt" }\n        step sign { evidence "slip" }'],
    ['ask -> serve -> leave', flows]);

const selfService = (serve: string) => withServe(classified('divergence standard', 'object information', 'contact self-service'), serve);

const cases: RuleCase[] = [
    {
        name: 'contact missing from the block',
        code: 'BP201', severity: 'warning',
        fires: classified('divergence standard', 'object information'), at: ['^classification'],
        fixed: CLEAN,
        says: ['does not declare contact', 'none | indirect | self-service | interactive']
    },
    {
        name: 'no classification block',
        code: 'BP201', severity: 'warning',
        fires: edit(CLEAN, [`    classification {\n${BLOCK}    }\n`, '']), at: ['blueprint ^b'],
        fixed: CLEAN,
        says: ['divergence, object and contact']
    },
    {
        name: 'production line with customized divergence',
        code: 'BP202', severity: 'error',
        fires: classified('divergence customized', 'object information', 'contact interactive', 'approach production-line'), at: ['^production-line'],
        fixed: classified('divergence standard', 'object information', 'contact interactive', 'approach production-line'),
        says: ['production-line approach', 'decision authority']
    },
    {
        name: 'discretion in a standard process',
        code: 'BP203', severity: 'warning',
        fires: withServe(CLEAN, 'by teller via counter evidence "counter" discretion'), at: ['^discretion'],
        fixed: CLEAN,
        says: ['declared standard', 'limits personal judgment']
    },
    {
        name: 'manual onstage steps in a row in a standard process (a suggestion, so a hint)',
        code: 'BP203', severity: 'hint',
        fires: twoOnstage('teller'), at: ['step ^serve'],
        fixed: twoOnstage('core'),
        says: ["'serve', 'check'", 'substitutes technology for people']
    },
    {
        name: 'customized without discretion',
        code: 'BP204', severity: 'warning',
        fires: classified('divergence customized', 'object information', 'contact interactive'), at: ['blueprint ^b'],
        fixed: withServe(classified('divergence customized', 'object information', 'contact interactive'), 'by teller via counter evidence "counter" discretion'),
        says: ['real decision authority']
    },
    {
        name: 'contact none with the customer in the middle',
        code: 'BP205', severity: 'warning',
        fires: contactNone('ask -> serve -> sign -> leave'), at: ['step ^sign'],
        fixed: contactNone('ask -> serve -> leave\n    serve -> sign'),
        says: ['no customer contact', 'manufacturing']
    },
    {
        name: 'contact none with a two-way interaction',
        code: 'BP205', severity: 'warning',
        fires: edit(classified('divergence standard', 'object information', 'contact none'), ['ask -> serve', 'ask <-> serve']), at: ['ask ^<-> serve'],
        fixed: classified('divergence standard', 'object information', 'contact none')
    },
    {
        name: 'contact indirect at the counter',
        code: 'BP206', severity: 'warning',
        fires: classified('divergence standard', 'object information', 'contact indirect'), at: ['via ^counter'],
        fixed: withServe(classified('divergence standard', 'object information', 'contact indirect'), 'by teller via phone evidence "call"'),
        says: ['face to face', 'indirect contact', 'declare contact interactive']
    },
    {
        name: 'contact indirect met on site (a visit is face to face too)',
        code: 'BP206', severity: 'warning',
        fires: withServe(classified('divergence standard', 'object information', 'contact indirect'), 'by teller via onsite evidence "visit"'), at: ['via ^onsite'],
        fixed: withServe(classified('divergence standard', 'object information', 'contact indirect'), 'by teller via mail evidence "letter"'),
        says: ['face to face', 'declare contact interactive']
    },
    {
        name: 'contact indirect at an ATM',
        code: 'BP206', severity: 'warning',
        fires: withServe(classified('divergence standard', 'object information', 'contact indirect'), 'by core via atm evidence "screen"'), at: ['via ^atm'],
        fixed: withServe(classified('divergence standard', 'object information', 'contact indirect'), 'by core via web evidence "screen"'),
        says: ['declare contact self-service']
    },
    {
        name: 'self-service where the customer meets staff',
        code: 'BP207', severity: 'warning',
        fires: selfService('by teller via counter evidence "counter"'), at: ['ask ^-> serve', 'serve ^-> leave'],
        fixed: selfService('by core via app evidence "screen"'),
        says: ['self-service']
    },
    {
        name: 'self-service where staff only recover a failure',
        code: 'BP207', severity: 'warning',
        fires: edit(selfService('by core via app evidence "screen"'),
            ['step leave { evidence "receipt" }', 'step leave { evidence "receipt" }\n        step call { evidence "phone" }'],
            [SERVE.replace('by teller via counter evidence "counter"', 'by core via app evidence "screen"'),
                'step serve { by core via app evidence "screen" }\n        step help { by teller via phone evidence "hotline" }'],
            ['serve -> post', 'serve -> post\n    call -> help -> leave']),
        at: ['call ^-> help', 'help ^-> leave'],
        fixed: edit(selfService('by core via app evidence "screen" fail "the app rejects the form" recover help'),
            ['step leave { evidence "receipt" }', 'step leave { evidence "receipt" }\n        step call { evidence "phone" }'],
            ['recover help }', 'recover help }\n        step help { by teller via phone evidence "hotline" }'],
            ['serve -> post', 'serve -> post\n    call -> help -> leave'])
    },
    {
        name: 'interactive without staff',
        code: 'BP208', severity: 'warning',
        fires: withServe(CLEAN, 'by core via app evidence "screen"'), at: ['blueprint ^b'],
        fixed: CLEAN,
        says: ['interactive']
    },
    {
        name: 'people processed without the person',
        code: 'BP209', severity: 'warning',
        fires: classified('divergence standard', 'object people', 'contact indirect'), at: ['contact ^indirect'],
        fixed: classified('divergence standard', 'object people', 'contact interactive'),
        says: ['declared indirect', 'self-service or interactive']
    },
    {
        name: 'customer cooperation without customer work',
        code: 'BP210', severity: 'warning',
        fires: classified('divergence standard', 'object information', 'contact interactive', 'approach customer-cooperation'), at: ['blueprint ^b'],
        fixed: edit(classified('divergence standard', 'object information', 'contact interactive', 'approach customer-cooperation'),
            ['step ask { evidence "form" }', 'step ask { via kiosk evidence "form" }']),
        says: ['customer-cooperation approach']
    },
    {
        name: 'customer cooperation where the customer works onstage technology',
        code: 'BP210', severity: 'warning',
        fires: classified('divergence standard', 'object information', 'contact interactive', 'approach customer-cooperation'), at: ['blueprint ^b'],
        fixed: withServe(classified('divergence standard', 'object information', 'contact self-service', 'approach customer-cooperation'),
            'by core evidence "screen"')
    },
    {
        name: 'customer contact with an untimed backstage step the customer waits on',
        code: 'BP211', severity: 'warning',
        fires: edit(classified('divergence standard', 'object information', 'contact interactive', 'approach customer-contact'),
            [POST, 'step post { by teller }'], ['serve -> post', 'serve -> post -> leave']),
        at: ['step ^post', 'post ^-> leave'],
        fixed: classified('divergence standard', 'object information', 'contact interactive', 'approach customer-contact'),
        says: ['customer-contact approach']
    },
    {
        name: 'customer goods not handed back',
        code: 'BP212', severity: 'info',
        fires: edit(classified('divergence standard', 'object customer-goods', 'contact interactive'),
            ['step leave { evidence "receipt" }', 'step leave'], [SERVE, 'step serve { by teller via counter }']),
        at: ['blueprint ^b'],
        fixed: edit(classified('divergence standard', 'object customer-goods', 'contact interactive'),
            ['step leave { evidence "receipt" }', 'step leave'], [SERVE, 'step serve { by teller via counter evidence "passbook" }']),
        says: ["customer's goods or rights", 'passbook']
    }
];

describe('classification rules BP201–BP212', () => {
    test.each(cases.map(c => [`${c.code}: ${c.name}`, c] as const))('%s', async (_, c) => checkCase(c));

    test('BP201 names every missing axis and hands them to a quick fix', async () => {
        const [finding] = await expectFindings(classified('object information'), 'BP201', 'warning', '^classification');
        expect(finding.message).toContain('does not declare divergence and contact');
        expect(finding.data).toEqual({ missing: ['divergence', 'contact'] });
    });

    test('classification rules stay silent when their value is not declared', async () => {
        for (const code of ['BP202', 'BP203', 'BP204', 'BP205', 'BP206', 'BP207', 'BP209', 'BP210', 'BP211', 'BP212'] as const) {
            await expectFindings(classified('object information'), code, 'warning');
        }
    });
});
