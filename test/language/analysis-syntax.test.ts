import { describe, expect, test } from 'vitest';
import { validate } from '../helpers.js';

/** The analysis words are soft keywords: still usable as names where a name is expected. */
describe('analysis syntax', () => {
    test('parses demand, staff, capacity, cost, probabilities and scenarios', async () => {
        const { document } = await validate(`
actor Teller "柜员" staff 4 cost 80 per h
system ATM capacity 2 cost 1.5 per 小时
blueprint B {
    demand 40 per h
    staff Teller 3
    scenario Peak "午间高峰" { demand 90 per h staff Teller 6 capacity ATM 3 time count 3 min tolerance 5 min }
    customer { step ask { time 1 min } }
    onstage { step count { by Teller time 2 min } }
    ask -> count when "cash" 95.5%
}`);
        expect(document.parseResult.parserErrors.map(e => e.message)).toEqual([]);
        expect(document.diagnostics?.filter(d => d.code === 'unknown-name')).toEqual([]);
    });

    test('staff, cost, per, demand, capacity and scenario still serve as names', async () => {
        const { document } = await validate(`
actor staff
blueprint demand {
    customer { step cost { by staff } step per step scenario step capacity }
    cost -> per -> scenario -> capacity
}`);
        expect(document.parseResult.parserErrors.map(e => e.message)).toEqual([]);
        expect(document.diagnostics?.filter(d => d.code === 'unknown-name')).toEqual([]);
    });

    test('a broken analysis line gives diagnostics, not a crash', async () => {
        for (const text of ['blueprint B { demand per h }', 'blueprint B { demand 5 }', 'actor A staff', 'blueprint B { scenario { staff 3 } }', 'blueprint B { a -> b when "x" % }', 'actor A cost 5 per']) {
            const { diagnostics } = await validate(text);
            expect(diagnostics.length, text).toBeGreaterThan(0);
        }
    });
});
