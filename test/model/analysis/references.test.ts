import { describe, expect, test } from 'vitest';
import { analyse, erlangC, erlangCWait, expectedVisits, simulate } from '../../../src/model/analysis/index.js';
import { networkOf, relativeError } from './analysis-helpers.js';

/**
 * The analysis against results known from queueing theory, not against
 * itself. Tolerances are stated with each test; simulation runs are seeded,
 * so each result is reproducible.
 */
describe('Erlang C', () => {
    test('matches textbook values', () => {
        // c = 1: P(wait) = ρ, Wq = ρ/(1−ρ) · S (M/M/1).
        expect(erlangC(1, 0.8)).toBeCloseTo(0.8, 12);
        expect(erlangCWait(1, 0.8, 60)).toBeCloseTo(240, 9);
        // c = 2, a = 1: P(wait) = (a²/2)/(1−ρ) ÷ (1 + a + (a²/2)/(1−ρ)) = 1 / 3.
        expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 12);
        // c = 3, a = 2.5 (λ = 150/h, S = 1 min), from the closed form:
        // a³/3!·c/(c−a) = 2.6042·6 = 15.625; Σ_{k<3} a^k/k! = 1 + 2.5 + 3.125 = 6.625 → C = 15.625/22.25.
        expect(erlangC(3, 2.5)).toBeCloseTo(15.625 / 22.25, 10);
        expect(erlangC(3, 3)).toBe(1);
        expect(erlangCWait(3, 3, 60)).toBe(Infinity);
    });
});

const ONE_STEP = `
actor Clerk staff 3
blueprint One {
    demand 150 per h
    customer { step Ask { time 1 s } }
    onstage { step Serve { by Clerk time 1 min } }
    Ask -> Serve
}`;

describe('simulation against M/M/c', () => {
    test('a one-step process with 3 servers reproduces Erlang C within 5% (mean wait) and 2% (P(wait) proxy: utilisation)', async () => {
        const network = await networkOf(ONE_STEP);
        const exact = erlangCWait(3, 2.5, 60); // 60 s · 0.70225 / 0.5 = 84.27 s
        expect(exact).toBeCloseTo(84.27, 1);
        const analytic = analyse(network)!;
        expect(analytic.steps.find(s => s.id === 'Serve')!.meanWait).toBeCloseTo(exact, 9);
        const run = simulate(network, { customers: 200_000, seed: 7 });
        const serve = run.steps.find(s => s.id === 'Serve')!;
        expect(relativeError(serve.meanWait, exact)).toBeLessThan(0.05);
        expect(relativeError(run.performers[0].utilisation, 2.5 / 3)).toBeLessThan(0.02);
    });

    test('Little’s law holds on the simulated output: L = λW within 2%, for the system and for the queue', async () => {
        const run = simulate(await networkOf(ONE_STEP), { customers: 100_000, seed: 3 });
        const { mean, arrivalRate, meanTime } = run.inSystem;
        expect(relativeError(mean, arrivalRate * meanTime)).toBeLessThan(0.02);
        const clerk = run.performers[0];
        expect(relativeError(clerk.meanQueue, clerk.visitRate * clerk.meanWait)).toBeLessThan(0.02);
    });

    test('the same seed gives the same run; another seed another run', async () => {
        const network = await networkOf(ONE_STEP);
        const a = simulate(network, { customers: 5000, seed: 11 });
        const b = simulate(network, { customers: 5000, seed: 11 });
        const c = simulate(network, { customers: 5000, seed: 12 });
        expect(b).toEqual(a);
        expect(c.customerVisible.mean).not.toBe(a.customerVisible.mean);
    });
});

const TANDEM = `
actor First staff 1
actor Second staff 2
blueprint Tandem {
    demand 48 per h
    customer { step Arrive { time 1 s } }
    onstage { step A { by First time 1 min } step B { by Second time 2 min } }
    Arrive -> A -> B
}`;

describe('two-station tandem against the Jackson network', () => {
    // Jackson: each station behaves as an independent M/M/c with the same λ = 0.8/min.
    // Station 1: M/M/1, ρ = 0.8, Wq = 0.8/0.2 · 1 min = 4 min.
    // Station 2: M/M/2, a = 1.6, ρ = 0.8, C(2, 1.6) = 2ρ²/(1+ρ) = 0.7111, Wq = C · 2 min / (2 − 1.6) = 3.556 min.
    test('the analytic pass gives the Jackson values', async () => {
        const analytic = analyse(await networkOf(TANDEM))!;
        expect(analytic.steps.find(s => s.id === 'A')!.meanWait).toBeCloseTo(240, 6);
        expect(analytic.steps.find(s => s.id === 'B')!.meanWait).toBeCloseTo(2 * 0.64 / 1.8 * 120 / 0.4, 6);
    });

    test('the simulation matches them within 6% per station and the utilisations within 2%', async () => {
        const run = simulate(await networkOf(TANDEM), { customers: 200_000, seed: 5 });
        expect(relativeError(run.steps.find(s => s.id === 'A')!.meanWait, 240)).toBeLessThan(0.06);
        expect(relativeError(run.steps.find(s => s.id === 'B')!.meanWait, 2 * 0.64 / 1.8 * 120 / 0.4)).toBeLessThan(0.06);
        for (const performer of run.performers) expect(relativeError(performer.utilisation, 0.8)).toBeLessThan(0.02);
    });
});

describe('routing', () => {
    const LOOP = `
    actor Clerk staff 2
    blueprint Loop {
        demand 30 per h
        customer { step Try { time 1 min } step Done { time 10 s } }
        onstage { step Fix { by Clerk time 2 min } }
        Try -> Done
        Try -> Fix when "fails" 20%
        Fix -> Try
    }`;

    test('a retry loop visits its step 1/(1 − p) times, analytically and in the simulation (within 2%)', async () => {
        const network = await networkOf(LOOP);
        const visits = expectedVisits(network)!;
        expect(visits[0]).toBeCloseTo(1.25, 9);
        expect(visits[2]).toBeCloseTo(0.25, 9);
        expect(visits[1]).toBeCloseTo(1, 9);
        const run = simulate(network, { customers: 50_000, seed: 2 });
        expect(relativeError(run.steps[0].visits, 1.25)).toBeLessThan(0.02);
        expect(relativeError(run.steps[2].visits, 0.25)).toBeLessThan(0.04);
    });

    const PARALLEL = `
    actor Clerk staff 3
    blueprint Split {
        demand 20 per h
        customer { step Start { time 1 min } step End { time 1 min } }
        onstage { step Left { by Clerk time 2 min } step Right { by Clerk time 3 min } }
        Start -> Left -> End
        Start -> Right -> End
    }`;

    test('unconditional hand-offs all happen; their join happens once per customer', async () => {
        const network = await networkOf(PARALLEL);
        expect(expectedVisits(network)).toEqual([1, 1, 1, 1]);
        const run = simulate(network, { customers: 5000, seed: 1 });
        expect(run.steps.map(s => s.visits)).toEqual([1, 1, 1, 1]);
    });
});

describe('bounds', () => {
    test('many servers: the Halfin–Whitt approximation agrees with the recursion where both apply, and stays fast', () => {
        // c = 100,000 is still computed exactly; just above, the approximation takes over.
        const exact = erlangC(100_000, 99_500);
        const approximate = erlangC(100_001, 99_500);
        expect(Math.abs(exact - approximate)).toBeLessThan(0.02);
        expect(erlangC(1e9, 1e3)).toBe(0);
    });

    test('a step repeated by a 99% loop caps the customer, who counts as stuck; fractional staff is missing staff', async () => {
        const network = await networkOf(`
        actor Clerk staff 2
        blueprint L { demand 1 per h customer { step a { time 1 s } } onstage { step b { by Clerk time 1 s } } a -> b b -> a when "again" 100% }`.replace('100%', '99.99%'));
        const run = simulate(network, { customers: 200, seed: 1 });
        expect(run.stuck).toBeGreaterThan(0);
        const { buildNetwork } = await import('../../../src/model/analysis/index.js');
        const { modelOf } = await import('./analysis-helpers.js');
        expect(buildNetwork(await modelOf('actor C staff 2.5\nblueprint F { demand 1 per h customer { step a { by C time 1 s } } }')).missing).toEqual([{ kind: 'staff', performers: ['C'] }]);
    });
});
