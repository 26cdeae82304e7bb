import { describe, expect, test } from 'vitest';
import { buildBlueprint } from '../../src/language/model-builder.js';
import * as ast from '../../src/language/generated/ast.js';
import { blueprintHover } from '../../src/language/lsp/hover.js';
import { validate } from '../helpers.js';

async function metricsOf(text: string) {
    const { document } = await validate(text);
    return buildBlueprint(document.parseResult.value.elements.find(ast.isBlueprint)!).model;
}

/** Hand-computed: see the comment above each expectation. */
describe('process metrics', () => {
    const TIMED = `
    actor Teller
    system Core
    blueprint Loan {
        customer { step apply { time 5 min wait 10 min } step sign { time 3 min } }
        onstage { step check { by Teller time 2 min } step machine { via kiosk time 1 min } }
        backstage { step assess { time 30 min } }
        support { step book { by Core time 1 min } }
        apply -> check -> assess -> book -> sign
        apply -> machine -> sign
    }`;

    test('counts steps, fail and wait points, and line crossings', async () => {
        const m = (await metricsOf(TIMED)).metrics;
        expect(m.totalSteps).toBe(6);
        expect(m.stepsPerZone).toEqual({ evidence: 0, customer: 2, onstage: 2, backstage: 1, support: 1 });
        expect(m.waitPoints).toBe(1);
        expect(m.failPoints).toBe(0);
        // interaction: apply→check, apply→machine, book→sign, machine→sign; visibility: check→assess, book→sign; internal: assess→book, book→sign
        expect(m.lineCrossings).toEqual({ interaction: 4, visibility: 2, internal: 2 });
    });

    test('times along the longest path, contact ratio and automation share', async () => {
        const m = (await metricsOf(TIMED)).metrics;
        // apply (5 + 10 wait) → check 2 → assess 30 → book 1 → sign 3 = 51 min
        expect(m.longestPathTime).toBe(51 * 60);
        // customer-visible along the same path: apply 15 + check 2 + sign 3 = 20 min (the machine path: 15 + 1 + 3 = 19)
        expect(m.customerVisibleTime).toBe(20 * 60);
        expect(m.contactRatio).toBeCloseTo(20 / 51, 10);
        // provider steps: check, machine, assess, book; technology: machine (kiosk channel), book (system)
        expect(m.automationShare).toBe(0.5);
    });

    test('a cyclic flow counts each step of the loop once', async () => {
        const m = (await metricsOf(`blueprint Retry {
            customer { step a { time 1 min } step d { time 1 min } }
            onstage { step b { time 2 min } step c { time 4 min } }
            a -> b -> c -> b
            c -> d
        }`)).metrics;
        // a 1 + {b, c} 6 + d 1 = 8 min
        expect(m.longestPathTime).toBe(8 * 60);
        expect(m.customerVisibleTime).toBe(8 * 60);
        expect(m.contactRatio).toBe(1);
    });

    test('a blueprint without times has zero times and no contact ratio', async () => {
        const m = (await metricsOf('blueprint B { customer { step a } onstage { step b } a -> b }')).metrics;
        expect(m.longestPathTime).toBe(0);
        expect(m.customerVisibleTime).toBe(0);
        expect(m.contactRatio).toBeUndefined();
        expect(m.automationShare).toBe(0);
    });

    test('hover on the blueprint name shows the metrics', async () => {
        const text = blueprintHover(await metricsOf(TIMED));
        expect(text).toContain('| Longest path | 51 min |');
        expect(text).toContain('| Contact ratio | 39 % |');
        expect(text).toContain('| Automation share | 50 % |');
    });
});
