import { describe, expect, test } from 'vitest';
import { format, validate } from '../helpers.js';
import { CLEAN, checkCase, diagnosticsOf, edit, withCode, type RuleCase } from './rule-helpers.js';

/** CLEAN with its lines removed and its lanes in the order given (bodies as in CLEAN). */
function lanesInOrder(...zones: Array<'customer' | 'onstage' | 'backstage'>): string {
    const lanes = {
        customer: 'customer {\n        step ask { evidence "form" }\n        step leave { evidence "receipt" }\n    }',
        onstage: 'onstage {\n        step serve { by teller via counter evidence "counter" }\n    }',
        backstage: 'backstage {\n        step post { by teller time 1 min }\n    }'
    };
    const start = CLEAN.indexOf('    customer {');
    const end = CLEAN.indexOf('    ask -> serve');
    return CLEAN.slice(0, start) + zones.map(z => `    ${lanes[z]}\n`).join('') + CLEAN.slice(end);
}

const END = '    serve -> post\n}';
const addFlows = (text: string, flows: string) => edit(text, [END, `    serve -> post\n${flows}\n}`]);

const cases: RuleCase[] = [
    {
        name: 'a lane above its zone',
        code: 'BP001', severity: 'error',
        fires: lanesInOrder('customer', 'backstage', 'onstage'), at: ['^onstage {'],
        fixed: lanesInOrder('customer', 'onstage', 'backstage'),
        says: ['move this lane up']
    },
    {
        name: 'a line drawn twice',
        code: 'BP001', severity: 'error',
        fires: addFlows(CLEAN, '    line visibility'), at: ['^line visibility\n}'],
        fixed: CLEAN,
        says: ['drawn twice']
    },
    {
        name: 'a customer step flowing straight to backstage',
        code: 'BP002', severity: 'error',
        fires: addFlows(CLEAN, '    ask -> post'), at: ['ask ^-> post'],
        fixed: CLEAN,
        says: ['line of visibility', 'onstage']
    },
    {
        name: 'evidence on a backstage step',
        code: 'BP003', severity: 'error',
        fires: edit(CLEAN, ['time 1 min }', 'time 1 min evidence "ledger" }']), at: ['^evidence "ledger"'],
        fixed: CLEAN
    },
    {
        name: 'a customer step crossing the line of interaction to backstage only',
        code: 'BP004', severity: 'warning',
        fires: addFlows(edit(CLEAN, ['step leave { evidence "receipt" }', 'step leave { evidence "receipt" }\n        step notified { evidence "SMS" }']),
            '    post -> notified'),
        at: ['step ^notified'],
        fixed: addFlows(edit(CLEAN,
            ['step leave { evidence "receipt" }', 'step leave { evidence "receipt" }\n        step notified { evidence "SMS" }'],
            ['via counter evidence "counter" }', 'via counter evidence "counter" }\n        step notify { by core evidence "SMS" }']),
        '    post -> notify -> notified'),
        says: ['moment of truth']
    },
    {
        name: 'an orphaned step',
        code: 'BP005', severity: 'warning',
        fires: edit(CLEAN, ['time 1 min }', 'time 1 min }\n        step archive { time 1 min }']), at: ['step ^archive'],
        fixed: addFlows(edit(CLEAN, ['time 1 min }', 'time 1 min }\n        step archive { time 1 min }']), '    post -> archive')
    },
    {
        name: 'a process that starts onstage',
        code: 'BP006', severity: 'warning',
        fires: edit(CLEAN, ['ask -> serve', 'serve -> ask']), at: ['step ^serve'],
        fixed: CLEAN,
        says: ["customer's view"]
    },
    {
        name: 'a customer step without evidence',
        code: 'BP007', severity: 'info',
        fires: edit(CLEAN, ['step ask { evidence "form" }', 'step ask']), at: ['step ^ask'],
        fixed: CLEAN
    },
    {
        name: 'onstage work not linked down',
        code: 'BP008', severity: 'info',
        fires: edit(CLEAN, ['serve -> post', 'post -> serve']), at: ['blueprint ^b'],
        fixed: CLEAN
    },
    {
        name: 'a loop without exit',
        code: 'BP009', severity: 'warning',
        fires: addFlows(edit(CLEAN, ['time 1 min }', 'time 1 min }\n        step check { time 1 min }\n        step recheck { time 1 min }']),
            '    post -> check -> recheck -> check'),
        at: ['step ^check'],
        fixed: addFlows(edit(CLEAN, ['time 1 min }', 'time 1 min }\n        step check { time 1 min }\n        step recheck { time 1 min }\n        step filed']),
            '    post -> check -> recheck -> check\n    recheck -> filed when "ok"'),
        says: ['no way out']
    },
    {
        name: 'a step in the evidence zone',
        code: 'BP010', severity: 'error',
        fires: edit(CLEAN, ['    customer {', '    evidence {\n        step ticket\n    }\n    customer {']), at: ['step ^ticket'],
        fixed: edit(CLEAN, ['    customer {', '    evidence\n    customer {'])
    }
];

describe('structure rules BP001–BP010', () => {
    test('the clean blueprint has no findings at all', async () => {
        expect((await diagnosticsOf(CLEAN)).map(format)).toEqual([]);
    });
    test.each(cases.map(c => [`${c.code}: ${c.name}`, c] as const))('%s', async (_, c) => checkCase(c));
});

describe('BP001 after a recovered parse', () => {
    test('a blueprint whose body has a syntax error gets the syntax error, not BP001 findings about lines the parse lost', async () => {
        const text = edit(CLEAN,
            ['    line interaction\n', '    line\n    line interaction\n'],
            ['    line visibility\n', '    line interaction\n    line visibility\n']);
        const { diagnostics } = await validate(text);
        expect(diagnostics.filter(d => d.code === 'syntax').length).toBeGreaterThan(0);
        expect(withCode(diagnostics, 'BP001').map(format)).toEqual([]);
    });
});
