/**
 * A seeded, deterministic discrete-event simulation of the network: Poisson
 * arrivals, routing by the flows' probabilities, a finite number of servers
 * per counted performer, one queue per performer served first come first
 * served by the customer's arrival (a customer already at the counter goes
 * before one who came later). The first tenth of the customers warms the
 * system up and is left out of the statistics.
 */
import { found } from '../lookup.js';
import FlatQueue from 'flatqueue';
import type { ServiceTime } from './distribution.js';
import type { Network } from './network.js';
import { seededRandom } from './random.js';

export interface SimulationOptions {
    customers?: number;
    seed?: number;
    /** Share of the first customers left out of the statistics (default 0.1). */
    warmUp?: number;
}

export interface Percentiles { mean: number; p50: number; p90: number; p95: number }

export interface SimulatedStep {
    id: string;
    visits: number;
    /** Wait before the step per visit, seconds. */
    meanWait: number;
    p90Wait: number;
}

export interface SimulatedPerformer {
    id: string;
    servers: number;
    /** Busy servers ÷ servers over the measured window (for unlimited: busy servers on average). */
    utilisation: number;
    busyServers: number;
    /** Time-average and largest number waiting. */
    meanQueue: number;
    maxQueue: number;
    /** Visits per second over the window (for Little's law). */
    visitRate: number;
    /** Mean wait per visit, seconds. */
    meanWait: number;
}

export interface SimulationResult {
    scenario?: string;
    customers: number;
    measured: number;
    seed: number;
    steps: SimulatedStep[];
    performers: SimulatedPerformer[];
    /** From arrival to the end of the customer's last customer or onstage step, seconds. */
    customerVisible: Percentiles;
    /** Share of measured customers whose customer-visible time exceeds the target. */
    overTarget?: number;
    /** Histogram of the customer-visible time: bin width in seconds and counts. */
    histogram: { binWidth: number; counts: number[] };
    /** Little's law on the output: time-average customers in the system, arrival rate per second, mean time in the system. */
    inSystem: { mean: number; arrivalRate: number; meanTime: number };
    costPerCustomer: number;
    /** Customers that went round a loop more than the cap and were taken out. */
    stuck: number;
}

const MAX_VISITS_PER_CUSTOMER = 1000;
const HISTOGRAM_BINS = 24;
const ARRIVAL = -1;
const TIME_KINDS: Array<ServiceTime['kind']> = ['fixed', 'exponential', 'lognormal'];
const FIXED = 0, EXPONENTIAL = 1;

export function simulate(network: Network, options: SimulationOptions = {}): SimulationResult {
    const customers = Math.max(1, Math.floor(options.customers ?? 10_000));
    const seed = options.seed ?? 1;
    const warm = Math.floor(customers * (options.warmUp ?? 0.1));
    const random = seededRandom(seed);
    const stepCount = network.steps.length;
    const performerCount = network.performers.length;
    const meanGap = 3600 / network.demand;

    // Per step, flattened for the inner loop.
    const stepPerformer = Int32Array.from(network.steps, s => s.performer);
    const servers = Float64Array.from(network.performers, p => p.servers);
    const costRate = Float64Array.from(network.performers, p => p.costPerHour ?? 0);
    const queued = Uint8Array.from(network.steps, s => (s.performer >= 0 && Number.isFinite(network.performers[s.performer].servers) ? 1 : 0));
    const visible = Uint8Array.from(network.steps, s => (s.visible ? 1 : 0));
    const timeKind = Uint8Array.from(network.steps, s => TIME_KINDS.indexOf(s.time.kind));
    const timeMean = Float64Array.from(network.steps, s => s.time.mean);
    const timeMu = Float64Array.from(network.steps, s => (s.time.kind === 'lognormal' ? s.time.mu : 0));
    const timeSigma = Float64Array.from(network.steps, s => (s.time.kind === 'lognormal' ? s.time.sigma : 0));
    const draw = (step: number): number => {
        const kind = timeKind[step];
        if (kind === FIXED) return timeMean[step];
        if (kind === EXPONENTIAL) return -timeMean[step] * Math.log(1 - random.next());
        return Math.exp(timeMu[step] + timeSigma[step] * random.normal());
    };
    const joinSlot = joinSlots(network);
    const joinCount = joinSlot.reduce((max, slot) => Math.max(max, slot + 1), 0);
    const joined = new Uint8Array(customers * joinCount);

    // Tokens: one per step visit in progress or waiting.
    let tokenCustomer = new Int32Array(1024), tokenStep = new Int32Array(1024), tokenQueuedAt = new Float64Array(1024);
    const free: number[] = [];
    let tokenTop = 0;
    const newToken = (customer: number, step: number): number => {
        let id = free.pop();
        if (id === undefined) {
            if (tokenTop === tokenCustomer.length) {
                tokenCustomer = grow(tokenCustomer); tokenStep = grow(tokenStep); tokenQueuedAt = grow(tokenQueuedAt);
            }
            id = tokenTop++;
        }
        tokenCustomer[id] = customer;
        tokenStep[id] = step;
        return id;
    };

    // Per customer.
    const arrival = new Float64Array(customers);
    const lastVisible = new Float64Array(customers);
    const lastEnd = new Float64Array(customers);
    const open = new Int32Array(customers);
    const visitCount = new Int32Array(customers);
    const visibleTime = new Float64Array(customers - warm);
    let stuck = 0;

    // Per performer: busy servers, queue, time integrals within the window.
    const busy = new Float64Array(performerCount);
    const queues = network.performers.map(() => new FlatQueue<number>());
    const maxQueue = new Int32Array(performerCount);
    const busyArea = new Float64Array(performerCount), queueArea = new Float64Array(performerCount);
    const lastTouched = new Float64Array(performerCount);
    const visitsInWindow = new Float64Array(performerCount);
    const waitSum = new Float64Array(performerCount), waitCount = new Float64Array(performerCount);
    let inSystem = 0, inSystemArea = 0, lastChange = 0;

    // Per step statistics (measured customers only).
    const stepVisits = new Float64Array(stepCount);
    const stepWaitSum = new Float64Array(stepCount);
    const stepWaits = network.steps.map((_, i) => (queued[i] ? new GrowableSamples() : undefined));

    const events = new FlatQueue<number>();
    const schedule = (id: number, time: number): void => events.push(id, time);
    let now = 0, arrived = 0, windowStart = Infinity, windowEnd = Infinity, costUse = 0;

    /** The part of [from, now] inside the measured window [windowStart, windowEnd]. */
    const spanSince = (from: number): number => Math.min(now, windowEnd) - Math.max(from, windowStart);

    /** Before a performer's busy or queue count changes: adds the areas under them since its last change. */
    const touch = (p: number): void => {
        const span = spanSince(lastTouched[p]);
        if (span > 0) {
            busyArea[p] += busy[p] * span;
            queueArea[p] += queues[p].length * span;
        }
        lastTouched[p] = now;
    };

    const touchSystem = (): void => {
        const span = spanSince(lastChange);
        if (span > 0) inSystemArea += inSystem * span;
        lastChange = now;
    };

    const begin = (token: number, wait: number): void => {
        const step = tokenStep[token];
        const customer = tokenCustomer[token];
        const duration = draw(step);
        if (customer >= warm) {
            stepVisits[step]++;
            stepWaitSum[step] += wait;
            const p = stepPerformer[step];
            if (p >= 0) {
                visitsInWindow[p]++;
                if (queued[step]) {
                    found(stepWaits[step], 'stepWaits[step]').push(wait);
                    waitSum[p] += wait;
                    waitCount[p]++;
                } else {
                    // An unlimited performer is busy exactly while it works: its area is the work done.
                    busyArea[p] += duration;
                    costUse += duration * costRate[p] / 3600;
                }
            }
        }
        schedule(token, now + duration);
    };

    const enter = (customer: number, step: number, from: number): void => {
        if (from >= 0 && joinSlot[step] >= 0 && network.forward[step][from]) {
            const slot = customer * joinCount + joinSlot[step];
            if (joined[slot]) return;
            joined[slot] = 1;
        }
        if (++visitCount[customer] > MAX_VISITS_PER_CUSTOMER) return;
        open[customer]++;
        const token = newToken(customer, step);
        if (!queued[step]) { begin(token, 0); return; }
        const p = stepPerformer[step];
        touch(p);
        if (busy[p] < servers[p]) { busy[p]++; begin(token, 0); return; }
        tokenQueuedAt[token] = now;
        queues[p].push(token, customer);
        if (queues[p].length > maxQueue[p]) maxQueue[p] = queues[p].length;
    };

    const finishCustomer = (customer: number): void => {
        touchSystem();
        inSystem--;
        if (visitCount[customer] > MAX_VISITS_PER_CUSTOMER) stuck++;
        if (customer >= warm) visibleTime[customer - warm] = Math.max(0, lastVisible[customer] - arrival[customer]);
    };

    const complete = (token: number): void => {
        const step = tokenStep[token];
        const customer = tokenCustomer[token];
        free.push(token);
        if (queued[step]) {
            const p = stepPerformer[step];
            touch(p);
            if (queues[p].length > 0) {
                const next = found(queues[p].pop(), 'queues[p].pop()');
                begin(next, now - tokenQueuedAt[next]);
            } else busy[p]--;
        }
        if (visible[step]) lastVisible[customer] = now;
        lastEnd[customer] = now;
        route(customer, step);
        if (--open[customer] === 0) finishCustomer(customer);
    };

    const { conditionalStart, conditionalTo, conditionalProbability, unconditionalStart, unconditionalTo } = flattenRoutes(network);
    const route = (customer: number, step: number): void => {
        if (visitCount[customer] > MAX_VISITS_PER_CUSTOMER) return;
        const first = conditionalStart[step], end = conditionalStart[step + 1];
        if (end > first) {
            let u = random.next();
            for (let k = first; k < end; k++) {
                if (u < conditionalProbability[k]) { enter(customer, conditionalTo[k], step); return; }
                u -= conditionalProbability[k];
            }
        }
        for (let k = unconditionalStart[step]; k < unconditionalStart[step + 1]; k++) enter(customer, unconditionalTo[k], step);
    };

    const arrive = (): void => {
        const customer = arrived++;
        if (customer === warm) windowStart = now;
        arrival[customer] = now;
        lastVisible[customer] = now;
        lastEnd[customer] = now;
        touchSystem();
        inSystem++;
        open[customer]++; // held while the start steps are entered
        for (const start of network.starts) enter(customer, start, -1);
        if (--open[customer] === 0) finishCustomer(customer);
        if (arrived < customers) schedule(ARRIVAL, now + random.exponential(meanGap));
        else windowEnd = now;
    };

    schedule(ARRIVAL, 0);
    while (events.length > 0) {
        const time = found(events.peekValue(), 'events.peekValue()');
        const id = found(events.pop(), 'events.pop()');
        now = time;
        if (id === ARRIVAL) arrive(); else complete(id);
    }

    now = windowEnd;
    for (let p = 0; p < performerCount; p++) touch(p);
    touchSystem();
    const window = Math.max(windowEnd - windowStart, 1e-9);
    const measuredCount = customers - warm;
    const performers = network.performers.map((performer, p): SimulatedPerformer => ({
        id: performer.id,
        servers: performer.servers,
        busyServers: busyArea[p] / window,
        utilisation: Number.isFinite(performer.servers) ? busyArea[p] / window / performer.servers : 0,
        meanQueue: queueArea[p] / window,
        maxQueue: maxQueue[p],
        visitRate: visitsInWindow[p] / window,
        meanWait: waitCount[p] > 0 ? waitSum[p] / waitCount[p] : 0
    }));
    const staffedCost = network.performers.reduce((sum, p) => sum + (Number.isFinite(p.servers) ? p.servers * (p.costPerHour ?? 0) : 0), 0);
    const arrivalRate = measuredCount > 1 ? (measuredCount - 1) / window : 0;
    const times = Float64Array.from(visibleTime).sort();
    let systemTime = 0;
    for (let c = warm; c < customers; c++) systemTime += lastEnd[c] - arrival[c];
    return {
        scenario: network.scenario,
        customers,
        measured: measuredCount,
        seed,
        steps: network.steps.map((step, i) => ({
            id: step.id,
            visits: stepVisits[i] / measuredCount,
            meanWait: stepVisits[i] > 0 ? stepWaitSum[i] / stepVisits[i] : 0,
            p90Wait: stepWaits[i]?.quantile(0.9) ?? 0
        })),
        performers,
        customerVisible: percentiles(times),
        overTarget: network.target === undefined ? undefined : times.filter(t => t > found(network.target, 'network.target')).length / times.length,
        histogram: histogram(times, network.target),
        inSystem: { mean: inSystemArea / window, arrivalRate, meanTime: systemTime / measuredCount },
        costPerCustomer: arrivalRate > 0 ? staffedCost / (arrivalRate * 3600) + costUse / measuredCount : 0,
        stuck
    };
}

/** The routes in flat typed arrays for the inner loop: the flows of step i sit at [start[i], start[i + 1]). */
function flattenRoutes(network: Network) {
    const n = network.routes.length;
    const conditionalStart = new Int32Array(n + 1), unconditionalStart = new Int32Array(n + 1);
    network.routes.forEach((route, i) => {
        conditionalStart[i + 1] = conditionalStart[i] + route.conditional.length;
        unconditionalStart[i + 1] = unconditionalStart[i] + route.unconditional.length;
    });
    return {
        conditionalStart, unconditionalStart,
        conditionalTo: Int32Array.from(network.routes.flatMap(r => r.conditional.map(c => c.to))),
        conditionalProbability: Float64Array.from(network.routes.flatMap(r => r.conditional.map(c => c.probability))),
        unconditionalTo: Int32Array.from(network.routes.flatMap(r => r.unconditional))
    };
}

/** A slot per step entered from several earlier steps (a join), -1 elsewhere. */
function joinSlots(network: Network): Int32Array {
    const slots = new Int32Array(network.steps.length).fill(-1);
    let next = 0;
    network.forward.forEach((sources, step) => {
        const forwardSources = sources.filter(Boolean).length + (network.starts.includes(step) ? 1 : 0);
        if (forwardSources >= 2) slots[step] = next++;
    });
    return slots;
}

function grow<T extends Int32Array | Float64Array>(array: T): T {
    const bigger = new (array.constructor as { new(n: number): T })(array.length * 2);
    bigger.set(array);
    return bigger;
}

function percentiles(sorted: Float64Array): Percentiles {
    if (sorted.length === 0) return { mean: 0, p50: 0, p90: 0, p95: 0 };
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    let sum = 0;
    for (const t of sorted) sum += t;
    return { mean: sum / sorted.length, p50: at(0.5), p90: at(0.9), p95: at(0.95) };
}

function histogram(sorted: Float64Array, target: number | undefined): SimulationResult['histogram'] {
    const top = Math.max(sorted.length > 0 ? sorted[Math.floor(0.99 * (sorted.length - 1))] : 0, (target ?? 0) * 1.1, 1);
    const binWidth = niceWidth(top / HISTOGRAM_BINS);
    const counts = new Array<number>(Math.ceil(top / binWidth) + 1).fill(0);
    for (const t of sorted) counts[Math.min(counts.length - 1, Math.floor(t / binWidth))]++;
    return { binWidth, counts };
}

/** 1, 2 or 5 times a power of ten seconds, at least `raw`. */
function niceWidth(raw: number): number {
    const power = 10 ** Math.floor(Math.log10(raw));
    return [1, 2, 5, 10].map(m => m * power).find(w => w >= raw) ?? raw;
}

/** Float32 samples in a growing buffer, with a linear-time quantile (quickselect). */
class GrowableSamples {
    private data = new Float32Array(256);
    private size = 0;

    push(value: number): void {
        if (this.size === this.data.length) {
            const bigger = new Float32Array(this.size * 2);
            bigger.set(this.data);
            this.data = bigger;
        }
        this.data[this.size++] = value;
    }

    quantile(q: number): number {
        if (this.size === 0) return 0;
        return select(this.data.subarray(0, this.size), Math.min(this.size - 1, Math.floor(q * this.size)));
    }
}

/** The k-th smallest value (0-based) of `a`, reordering it (Hoare's quickselect). */
export function select(a: Float32Array | Float64Array, k: number): number {
    let lo = 0, hi = a.length - 1;
    while (hi > lo) {
        const pivot = a[(lo + hi) >> 1];
        let i = lo, j = hi;
        while (i <= j) {
            while (a[i] < pivot) i++;
            while (a[j] > pivot) j--;
            if (i <= j) { const t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
        }
        if (k <= j) hi = j; else if (k >= i) lo = i; else return a[k];
    }
    return a[k];
}
