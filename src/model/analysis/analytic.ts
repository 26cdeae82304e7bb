/**
 * The analytic pass: expected visits per step from the routing, then per
 * performer the offered load, utilisation and, where a queue forms, Erlang C
 * (with the Allen–Cunneen correction for non-exponential times). Fast enough
 * to run on every validation.
 */
import { found } from '../lookup.js';
import { heaviestPath } from '../graph.js';
import type { StepModel } from '../types.js';
import { squaredCv } from './distribution.js';
import { erlangC, erlangCWait } from './erlang.js';
import type { Network } from './network.js';

export interface PerformerLoad {
    id: string;
    title: string;
    kind: 'actor' | 'system';
    servers: number;
    /** Visits per hour. */
    arrivalRate: number;
    /** Mean service time per visit, seconds. */
    meanService: number;
    /** Offered load in Erlangs (busy servers on average). */
    offeredLoad: number;
    /** Offered load ÷ servers; 0 for unlimited. */
    utilisation: number;
    /** Probability that a visit waits (Erlang C). */
    waitProbability: number;
    /** Mean wait of a customer at the performer, seconds (Infinity at or over 100%). */
    meanWait: number;
    /** A customer's whole work at the performer (one job): mean seconds and squared coefficient of variation. */
    jobMean: number;
    jobCv2: number;
    /** Cost per hour: staffed performers are paid for every hour, unlimited ones per hour of use. */
    costPerHour: number;
}

export interface StepLoad {
    id: string;
    /** Expected visits per customer. */
    visits: number;
    /** Mean wait per visit, seconds: the performer's wait at the step where the customer first meets it, 0 elsewhere. */
    meanWait: number;
    waitProbability: number;
    meanService: number;
}

export interface AnalyticResult {
    scenario?: string;
    demand: number;
    performers: PerformerLoad[];
    steps: StepLoad[];
    /** The performer with the highest utilisation (counted performers only). */
    bottleneck?: string;
    /** Customers per hour the counted performers can serve at most. */
    throughputLimit: number;
    /** Expected customer-visible time along the longest path, seconds (visits × (wait + time)). */
    customerVisibleTime: number;
    costPerCustomer: number;
}

/** Expected visits per customer to each step, or undefined when a loop has no way out. */
export function expectedVisits(network: Network): number[] | undefined {
    const n = network.steps.length;
    const index = new Map(network.steps.map((s, i) => [s.id, i]));
    const visits = new Array<number>(n).fill(0);
    const forwardIn = new Array<number>(n).fill(0);
    for (const start of network.starts) forwardIn[start] = 1;
    for (const component of network.graph.components) {
        const members = component.map(id => found(index.get(id), 'index.get(id)'));
        const local = new Map(members.map((m, i) => [m, i]));
        const size = members.length;
        // (I − Pᵀ) v = e over the component, e = the capped forward inflow.
        const matrix = members.map((_, row) => members.map((__, col) => (row === col ? 1 : 0)));
        const rhs = members.map(m => Math.min(1, forwardIn[m]));
        members.forEach((from, col) => {
            for (const [to, weight] of edgeWeights(network, from)) {
                const row = local.get(to);
                if (row !== undefined) matrix[row][col] -= weight;
            }
        });
        const solved = size === 1 && matrix[0][0] === 1 ? rhs : solve(matrix, rhs);
        if (!solved || solved.some(v => !Number.isFinite(v) || v < -1e-9)) return undefined;
        members.forEach((m, i) => { visits[m] = Math.max(0, solved[i]); });
        for (const from of members) {
            for (const [to, weight] of edgeWeights(network, from)) {
                if (!local.has(to)) forwardIn[to] += visits[from] * weight;
            }
        }
    }
    return visits;
}

/** The probability of each hand-off out of a step (targets may repeat: summed by the caller's use). */
function edgeWeights(network: Network, from: number): Array<[number, number]> {
    const route = network.routes[from];
    return [
        ...route.conditional.map(c => [c.to, c.probability] as [number, number]),
        ...route.unconditional.map(to => [to, route.remainder] as [number, number])
    ];
}

/** Gaussian elimination with partial pivoting; undefined when singular (a loop with no exit). */
function solve(matrix: number[][], rhs: number[]): number[] | undefined {
    const n = rhs.length;
    const a = matrix.map((row, i) => [...row, rhs[i]]);
    for (let col = 0; col < n; col++) {
        let pivot = col;
        for (let row = col + 1; row < n; row++) if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) pivot = row;
        if (Math.abs(a[pivot][col]) < 1e-12) return undefined;
        [a[col], a[pivot]] = [a[pivot], a[col]];
        for (let row = 0; row < n; row++) {
            if (row === col) continue;
            const factor = a[row][col] / a[col][col];
            if (factor !== 0) for (let k = col; k <= n; k++) a[row][k] -= factor * a[col][k];
        }
    }
    return a.map((row, i) => row[n] / row[i]);
}

export function analyse(network: Network, visits = expectedVisits(network)): AnalyticResult | undefined {
    if (!visits) return undefined;
    const perSecond = network.demand / 3600;
    const performers = network.performers.map((_, p) => performerLoad(network, visits, p, perSecond));
    const first = firstSteps(network);
    const steps: StepLoad[] = network.steps.map((step, i) => {
        const load = step.performer >= 0 ? performers[step.performer] : undefined;
        const queued = load !== undefined && Number.isFinite(load.servers) && first.has(i);
        return {
            id: step.id,
            visits: visits[i],
            meanWait: queued ? load.meanWait : 0,
            waitProbability: queued ? load.waitProbability : 0,
            meanService: step.time.mean
        };
    });
    const counted = performers.filter(p => Number.isFinite(p.servers));
    const bottleneck = counted.reduce<PerformerLoad | undefined>((best, p) => (!best || p.utilisation > best.utilisation ? p : best), undefined);
    const throughputLimit = Math.min(Infinity, ...counted.filter(p => p.offeredLoad > 0).map(p => p.servers / (p.offeredLoad / network.demand)));
    return {
        scenario: network.scenario,
        demand: network.demand,
        performers,
        steps,
        bottleneck: bottleneck?.id,
        throughputLimit,
        customerVisibleTime: expectedVisibleTime(network, steps),
        costPerCustomer: performers.reduce((sum, p) => sum + p.costPerHour, 0) / network.demand
    };
}

/**
 * A customer's whole work at a performer is taken as one job: the queue
 * serves the customer who came first, so once served a customer rarely waits
 * again at the same performer (the simulation shows the rest). The job
 * arrives with the share of customers that reach the performer at all.
 */
function performerLoad(network: Network, visits: number[], p: number, perSecond: number): PerformerLoad {
    const performer = network.performers[p];
    let rate = 0, work = 0, variance = 0, reach = 0;
    network.steps.forEach((step, i) => {
        if (step.performer !== p) return;
        const mean = step.time.mean;
        rate += visits[i];
        work += visits[i] * mean;
        variance += visits[i] * mean * mean * squaredCv(step.time);
        reach = Math.max(reach, visits[i]);
    });
    reach = Math.min(1, reach);
    const jobRate = reach * perSecond;
    const jobMean = reach > 0 ? work / reach : 0;
    const cv2 = jobMean > 0 ? variance / reach / (jobMean * jobMean) : 1;
    const offeredLoad = jobRate * jobMean;
    const limited = Number.isFinite(performer.servers);
    const cost = performer.costPerHour ?? 0;
    return {
        id: performer.id,
        title: performer.title,
        kind: performer.kind,
        servers: performer.servers,
        arrivalRate: rate * perSecond * 3600,
        meanService: rate > 0 ? work / rate : 0,
        offeredLoad,
        utilisation: limited ? offeredLoad / performer.servers : 0,
        waitProbability: limited ? erlangC(performer.servers, offeredLoad) : 0,
        meanWait: limited ? erlangCWait(performer.servers, offeredLoad, jobMean, cv2) : 0,
        jobMean,
        jobCv2: cv2,
        costPerHour: limited ? performer.servers * cost : offeredLoad * cost
    };
}

/** The step where a customer first meets each performer (the earliest in flow order): it carries the performer's wait. */
export function firstSteps(network: Network): Set<number> {
    const index = new Map(network.steps.map((s, i) => [s.id, i]));
    const seen = new Set<number>();
    const first = new Set<number>();
    for (const component of network.graph.components) {
        for (const id of component) {
            const i = found(index.get(id), 'index.get(id)');
            const p = network.steps[i].performer;
            if (p >= 0 && !seen.has(p)) { seen.add(p); first.add(i); }
        }
    }
    return first;
}

function expectedVisibleTime(network: Network, steps: StepLoad[]): number {
    const models = network.steps.map(s => ({ id: s.id }) as StepModel);
    const byId = new Map(steps.map((s, i) => [s.id, i]));
    return heaviestPath(network.graph, models, step => {
        const i = found(byId.get(step.id), 'byId.get(step.id)');
        return network.steps[i].visible ? steps[i].visits * (steps[i].meanWait + steps[i].meanService) : 0;
    }).total;
}
