import { describe, test } from 'vitest';
import { CLEAN, checkCase, edit, type RuleCase } from './rule-helpers.js';

/**
 * CLEAN with a demand: 30 customers an hour at the teller's counter.
 * serve (2 min) + post (1 min) = 3 min of teller work per customer:
 * offered load 30 × 3 / 60 = 1.5 Erlangs.
 */
const analysed = (staff: string, demand = 'demand 30 per h', serve = '') => edit(CLEAN,
    ['actor teller "Teller"', `actor teller "Teller" ${staff}`],
    ['    customer {', `    ${demand}\n    customer {`],
    ['step ask { evidence "form" }', 'step ask { evidence "form" time 1 min }'],
    ['step leave { evidence "receipt" }', 'step leave { evidence "receipt" time 30 s }'],
    ['step serve { by teller via counter evidence "counter" }', `step serve { by teller via counter evidence "counter" time 2 min ${serve}}`]);

const cases: RuleCase[] = [
    {
        name: 'a teller over 100%: 1.5 Erlangs of work for one teller',
        code: 'BP301', severity: 'error',
        fires: analysed('staff 1'), at: ['^demand 30 per h'],
        fixed: analysed('staff 2'),
        says: ['150%', 'at least 2']
    },
    {
        name: 'a scenario over 100% is reported at the scenario',
        code: 'BP301', severity: 'error',
        fires: analysed('staff 3', 'demand 30 per h\n    scenario Peak { demand 90 per h }'), at: ['scenario ^Peak'],
        fixed: analysed('staff 3', 'demand 30 per h\n    scenario Peak { demand 90 per h staff teller 5 }'),
        says: ["scenario 'Peak'", '150%']
    },
    {
        // 2 tellers at 75%: Erlang C(2, 1.5) = 0.643, wait = 0.643 · 3 min / 0.5 · (1 + cv²)/2 ≈ 2.3 min > 1 min.
        name: 'the predicted wait at a wait point over its tolerance',
        code: 'BP302', severity: 'warning',
        fires: analysed('staff 2', 'demand 30 per h', 'wait 30 s tolerance 1 min '), at: ['^wait 30 s tolerance 1 min'],
        fixed: analysed('staff 4', 'demand 30 per h', 'wait 30 s tolerance 1 min '),
        says: ['predicted wait', 'tolerated 1 min', 'Add staff (3 would wait']
    },
    {
        name: 'the simulated p90 customer-visible time over the target',
        code: 'BP303', severity: 'warning',
        fires: analysed('staff 2', 'target 5 min\n    demand 30 per h'), at: ['^target 5 min'],
        fixed: analysed('staff 2', 'target 30 min\n    demand 30 per h'),
        says: ['one customer in ten', 'over the target of 5 min', "bottleneck is 'teller'"]
    },
    {
        name: 'a performer under 30% utilisation (overstaffed)',
        code: 'BP304', severity: 'hint',
        fires: analysed('staff 6'), at: ['^demand 30 per h'],
        fixed: analysed('staff 3'),
        says: ['25%', '5 would be 30%']
    },
    {
        name: 'analysis asked for (a demand) but staff missing: said once, with what to add',
        code: 'BP305', severity: 'info',
        fires: analysed(''), at: ['blueprint ^b'],
        fixed: analysed('staff 2'),
        says: ["staff for 'teller'", 'actor teller staff 3']
    }
];

describe('analysis rules BP301–BP305', () => {
    for (const c of cases) test(`${c.code}: ${c.name}`, () => checkCase(c));

    test('a blueprint without demand, scenarios or probabilities is not analysed: BP305 stays silent', async () => {
        await checkCase({ ...cases[5], fires: analysed(''), at: ['blueprint ^b'], fixed: CLEAN });
    });
});
