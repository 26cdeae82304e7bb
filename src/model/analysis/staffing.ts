/**
 * The staffing question: how many of a performer keep a goal ("p90 wait <
 * 10 min" at the performer, or "p90 time < 30 min" customer-visible) at a
 * demand. Staff counts are tried upwards from the least that stays under
 * 100%, each by a simulation with the same customers and seed.
 */
import { toSeconds } from '../duration.js';
import { firstSteps, type AnalyticResult } from './analytic.js';
import type { Network } from './network.js';
import { simulate, type SimulationResult } from './simulate.js';

/** A statistic of the performer's wait or of the customer-visible time, below a limit in seconds. */
export interface Goal { statistic: 'mean' | 'p50' | 'p90' | 'p95'; of: 'wait' | 'time'; limit: number; text: string }

export interface StaffingTrial { staff: number; value: number; meets: boolean }
export interface StaffingAnswer { performer: string; goal: string; staff?: number; trials: StaffingTrial[] }

export const MAX_STAFF_TRIED = 60;

const GOAL = /^\s*(mean|p50|p90|p95)\s*(wait|time)\s*<\s*([0-9]+(?:\.[0-9]+)?)\s*(ms|s|min|h|d|毫秒|秒|分钟|小时|天)\s*$/;

/** The goal written as "p90 wait < 10 min", or undefined when it does not read so. */
export function parseGoal(text: string): Goal | undefined {
    const match = GOAL.exec(text);
    const limit = match ? toSeconds(Number(match[3]), match[4]) : NaN;
    // The simulation keeps the mean and p90 of each step's wait; the customer-visible time has all four.
    if (!match || !Number.isFinite(limit) || (match[2] === 'wait' && (match[1] === 'p50' || match[1] === 'p95'))) return undefined;
    return { statistic: match[1] as Goal['statistic'], of: match[2] as Goal['of'], limit, text: text.trim() };
}

/** The counted performers a staffing search can change (people and machines with a number). */
export function staffablePerformers(network: Network): number[] {
    return network.performers.flatMap((p, i) => (Number.isFinite(p.servers) ? [i] : []));
}

/** The same network at another demand (customers per hour). */
export function atDemand(network: Network, demand: number): Network {
    return { ...network, demand };
}

/** The staff counts a search tries, in order: from the least that stays under 100%. */
export function staffCounts(analytic: AnalyticResult, performer: number): number[] {
    const start = Math.max(1, Math.floor(analytic.performers[performer].offeredLoad) + 1);
    return Array.from({ length: MAX_STAFF_TRIED }, (_, i) => start + i);
}

/** One trial: the goal's statistic with `staff` of the performer, simulated. */
export function staffTrial(network: Network, performer: number, staff: number, goal: Goal, customers: number, seed: number): StaffingTrial {
    const firstStep = [...firstSteps(network)].find(i => network.steps[i].performer === performer) ?? -1;
    const trial: Network = { ...network, performers: network.performers.map((p, i) => (i === performer ? { ...p, servers: staff } : p)) };
    const value = goalValue(simulate(trial, { customers, seed }), firstStep, goal);
    return { staff, value, meets: value < goal.limit };
}

export function searchStaff(network: Network, analytic: AnalyticResult, performer: number, goal: Goal, customers: number, seed: number): StaffingAnswer {
    const answer: StaffingAnswer = { performer: network.performers[performer].id, goal: goal.text, trials: [] };
    for (const staff of staffCounts(analytic, performer)) {
        const trial = staffTrial(network, performer, staff, goal, customers, seed);
        answer.trials.push(trial);
        if (trial.meets) return { ...answer, staff };
    }
    return answer;
}

function goalValue(run: SimulationResult, firstStep: number, goal: Goal): number {
    if (goal.of === 'time') return goal.statistic === 'mean' ? run.customerVisible.mean : run.customerVisible[goal.statistic];
    const step = run.steps[firstStep];
    if (!step) return 0; // the performer is never reached: nobody waits for it
    return goal.statistic === 'mean' ? step.meanWait : step.p90Wait;
}
