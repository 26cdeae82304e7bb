import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyseBlueprint, simulate } from '../../../src/model/analysis/index.js';
import { modelOf, relativeError } from './analysis-helpers.js';

/**
 * The seed's counter deposit (examples/counter-deposit.blueprint), worked by hand.
 *
 * Visits per customer: 输入密码 loops back through 挂失重置 with 5%, so
 *   v(输入密码) = 1 / 0.95 = 1.05263, v(挂失重置) = 0.05 / 0.95 = 0.05263,
 *   every other step once.
 * Teller (柜员, 5 staff) work per customer:
 *   叫号 10 s + 点钞 120 s + 提交交易 30 s + 打印 40 s + 退还存折 20 s + 尾箱入库 60 s = 280 s,
 *   plus 挂失重置 600 s × 0.05263 = 31.58 s → 311.58 s.
 *   At 40 customers an hour: offered load 40 × 311.58 / 3600 = 3.462 Erlangs; utilisation 3.462 / 5 = 69.2%.
 * Lobby manager (1): 引导 60 s × 40 / 3600 = 0.667 → 66.7%.
 * Back-office accountant (2): 凭证存档 120 s × 40 / 3600 = 1.333 → 66.7%.
 * Queue machine (capacity 1): 取号 30 s × 40 / 3600 = 0.333 → 33.3%.
 * Cost per customer: (5 × 80 + 1 × 90 + 2 × 70) yuan per hour ÷ 40 customers = 15.75 yuan.
 * Throughput limit: the tellers, 5 / (311.58 s / 3600) = 57.8 customers an hour.
 * Lunch peak (90 an hour, 10 tellers): 90 × 311.58 / 3600 / 10 = 77.9%.
 */
const TEXT = readFileSync('examples/counter-deposit.blueprint', 'utf8');
const TELLER_WORK = 280 + 600 * 0.05 / 0.95;

describe('counter deposit by hand', () => {
    test('utilisation, cost and throughput match the hand calculation', async () => {
        const analysis = analyseBlueprint(await modelOf(TEXT));
        expect(analysis.missing).toBeUndefined();
        const load = (id: string) => analysis.analytic!.performers.find(p => p.id === id)!;
        expect(TELLER_WORK).toBeCloseTo(311.58, 2);
        expect(load('柜员').utilisation).toBeCloseTo(40 * TELLER_WORK / 3600 / 5, 9);
        expect(load('柜员').utilisation).toBeCloseTo(0.692, 3);
        expect(load('大堂经理').utilisation).toBeCloseTo(2 / 3, 9);
        expect(load('后台会计').utilisation).toBeCloseTo(2 / 3, 9);
        expect(load('叫号机').utilisation).toBeCloseTo(1 / 3, 9);
        expect(analysis.analytic!.costPerCustomer).toBeCloseTo(15.75, 9);
        expect(analysis.analytic!.bottleneck).toBe('柜员');
        expect(analysis.analytic!.throughputLimit).toBeCloseTo(5 * 3600 / TELLER_WORK, 6);
    });

    test('the lunch-peak scenario overrides demand and staff', async () => {
        const analysis = analyseBlueprint(await modelOf(TEXT), '午间高峰');
        const teller = analysis.analytic!.performers.find(p => p.id === '柜员')!;
        expect(teller.servers).toBe(10);
        expect(teller.utilisation).toBeCloseTo(90 * TELLER_WORK / 3600 / 10, 9);
    });

    test('the simulation’s utilisations agree with the hand calculation within 3%', async () => {
        const analysis = analyseBlueprint(await modelOf(TEXT));
        const run = simulate(analysis.network!, { customers: 40_000, seed: 1 });
        const simulated = (id: string) => run.performers.find(p => p.id === id)!.utilisation;
        expect(relativeError(simulated('柜员'), 40 * TELLER_WORK / 3600 / 5)).toBeLessThan(0.03);
        expect(relativeError(simulated('大堂经理'), 2 / 3)).toBeLessThan(0.03);
        expect(relativeError(simulated('后台会计'), 2 / 3)).toBeLessThan(0.03);
        expect(run.stuck).toBe(0);
    });

    test('says what is missing when the analysis cannot run', async () => {
        const bare = await modelOf('actor T\nblueprint B { demand 10 per h customer { step a { time 1 min } } onstage { step b { by T } } a -> b a -> c when "x" }');
        expect(analyseBlueprint(bare).missing).toEqual([
            { kind: 'staff', performers: ['T'] },
            { kind: 'time', step: 'b' }
        ]);
    });
});
