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
import { seededRandom, type Random } from './random.js';

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
    const run = new SimulationRun(network, customers, Math.floor(customers * (options.warmUp ?? 0.1)), seed);
    run.run();
    return run.result();
}

/**
 * One run's state in flat typed arrays, and its events as methods. A class
 * rather than closures: every run calls the same functions, so the optimised
 * code of one run serves the next (V8 discarded it per run with closures).
 */
class SimulationRun {
    private readonly random: Random;
    private readonly meanGap: number;

    // Per step, flattened for the inner loop.
    private readonly stepPerformer: Int32Array;
    private readonly queued: Uint8Array;
    private readonly visible: Uint8Array;
    private readonly timeKind: Uint8Array;
    private readonly timeMean: Float64Array;
    private readonly timeMu: Float64Array;
    private readonly timeSigma: Float64Array;
    private readonly joinSlot: Int32Array;
    private readonly joinCount: number;
    private readonly forwardFrom: Uint8Array;
    private readonly routes: ReturnType<typeof flattenRoutes>;
    private readonly starts: Int32Array;

    // Per performer.
    private readonly servers: Float64Array;
    private readonly costRate: Float64Array;
    private readonly busy: Float64Array;
    private readonly queues: Array<FlatQueue<number>>;
    private readonly maxQueue: Int32Array;
    private readonly busyArea: Float64Array;
    private readonly queueArea: Float64Array;
    private readonly lastTouched: Float64Array;
    private readonly visitsInWindow: Float64Array;
    private readonly waitSum: Float64Array;
    private readonly waitCount: Float64Array;

    // Per customer.
    private readonly joined: Uint8Array;
    private readonly arrival: Float64Array;
    private readonly lastVisible: Float64Array;
    private readonly lastEnd: Float64Array;
    private readonly open: Int32Array;
    private readonly visitCount: Int32Array;
    private readonly visibleTime: Float64Array;

    // Per step statistics (measured customers only).
    private readonly stepVisits: Float64Array;
    private readonly stepWaitSum: Float64Array;
    private readonly stepWaits: GrowableSamples[];

    // Tokens: one per step visit in progress or waiting; freed ones are reused.
    private tokenCustomer = new Int32Array(1024);
    private tokenStep = new Int32Array(1024);
    private tokenQueuedAt = new Float64Array(1024);
    private freeTokens = new Int32Array(1024);
    private freeCount = 0;
    private tokenTop = 0;

    private readonly events = new FlatQueue<number>();
    // Times and areas start as -0, a double: a field that begins as a small integer and later holds a
    // fraction changes the object's shape in the middle of the first run and deoptimises its loop.
    private now = -0;
    private arrived = 0;
    private windowStart = Infinity;
    private windowEnd = Infinity;
    private costUse = -0;
    private stuck = 0;
    private inSystem = 0;
    private inSystemArea = -0;
    private lastChange = -0;

    constructor(private readonly network: Network, private readonly customers: number, private readonly warm: number, private readonly seed: number) {
        this.random = seededRandom(seed);
        this.meanGap = 3600 / network.demand;
        const steps = network.steps, performers = network.performers;
        this.stepPerformer = Int32Array.from(steps, s => s.performer);
        this.queued = Uint8Array.from(steps, s => (s.performer >= 0 && Number.isFinite(performers[s.performer].servers) ? 1 : 0));
        this.visible = Uint8Array.from(steps, s => (s.visible ? 1 : 0));
        this.timeKind = Uint8Array.from(steps, s => TIME_KINDS.indexOf(s.time.kind));
        this.timeMean = Float64Array.from(steps, s => s.time.mean);
        this.timeMu = Float64Array.from(steps, s => (s.time.kind === 'lognormal' ? s.time.mu : 0));
        this.timeSigma = Float64Array.from(steps, s => (s.time.kind === 'lognormal' ? s.time.sigma : 0));
        this.joinSlot = joinSlots(network);
        this.joinCount = this.joinSlot.reduce((max, slot) => Math.max(max, slot + 1), 0);
        this.forwardFrom = forwardIntoJoins(network, this.joinSlot, this.joinCount);
        this.routes = flattenRoutes(network);
        this.starts = Int32Array.from(network.starts);

        const p = performers.length;
        this.servers = Float64Array.from(performers, x => x.servers);
        this.costRate = Float64Array.from(performers, x => x.costPerHour ?? 0);
        this.busy = new Float64Array(p);
        this.queues = performers.map(() => new FlatQueue<number>());
        this.maxQueue = new Int32Array(p);
        this.busyArea = new Float64Array(p);
        this.queueArea = new Float64Array(p);
        this.lastTouched = new Float64Array(p);
        this.visitsInWindow = new Float64Array(p);
        this.waitSum = new Float64Array(p);
        this.waitCount = new Float64Array(p);

        this.joined = new Uint8Array(customers * this.joinCount);
        this.arrival = new Float64Array(customers);
        this.lastVisible = new Float64Array(customers);
        this.lastEnd = new Float64Array(customers);
        this.open = new Int32Array(customers);
        this.visitCount = new Int32Array(customers);
        this.visibleTime = new Float64Array(customers - warm);

        this.stepVisits = new Float64Array(steps.length);
        this.stepWaitSum = new Float64Array(steps.length);
        // One sample buffer per step, empty for the steps without a queue: a list of one class keeps the access monomorphic.
        this.stepWaits = steps.map(() => new GrowableSamples());
    }

    run(): void {
        const events = this.events;
        events.push(ARRIVAL, 0);
        while (events.length > 0) {
            this.now = events.peekValue() as number;
            const id = events.pop() as number;
            if (id === ARRIVAL) this.arrive(); else this.complete(id);
        }
        this.now = this.windowEnd;
        for (let p = 0; p < this.busy.length; p++) this.touch(p);
        this.touchSystem();
    }

    private draw(step: number): number {
        const kind = this.timeKind[step];
        if (kind === FIXED) return this.timeMean[step];
        if (kind === EXPONENTIAL) return -this.timeMean[step] * Math.log(1 - this.random.next());
        return Math.exp(this.timeMu[step] + this.timeSigma[step] * this.random.normal());
    }

    private newToken(customer: number, step: number): number {
        let id: number;
        if (this.freeCount > 0) id = this.freeTokens[--this.freeCount];
        else {
            if (this.tokenTop === this.tokenCustomer.length) {
                this.tokenCustomer = grow(this.tokenCustomer);
                this.tokenStep = grow(this.tokenStep);
                this.tokenQueuedAt = grow(this.tokenQueuedAt);
                this.freeTokens = grow(this.freeTokens);
            }
            id = this.tokenTop++;
        }
        this.tokenCustomer[id] = customer;
        this.tokenStep[id] = step;
        return id;
    }

    /** The part of [from, now] inside the measured window [windowStart, windowEnd]. */
    private spanSince(from: number): number {
        return Math.min(this.now, this.windowEnd) - Math.max(from, this.windowStart);
    }

    /** Before a performer's busy or queue count changes: adds the areas under them since its last change. */
    private touch(p: number): void {
        const span = this.spanSince(this.lastTouched[p]);
        if (span > 0) {
            this.busyArea[p] += this.busy[p] * span;
            this.queueArea[p] += this.queues[p].length * span;
        }
        this.lastTouched[p] = this.now;
    }

    private touchSystem(): void {
        const span = this.spanSince(this.lastChange);
        if (span > 0) this.inSystemArea += this.inSystem * span;
        this.lastChange = this.now;
    }

    private begin(token: number, wait: number): void {
        const step = this.tokenStep[token];
        const duration = this.draw(step);
        if (this.tokenCustomer[token] >= this.warm) this.count(step, wait, duration);
        this.events.push(token, this.now + duration);
    }

    /** The statistics of one visit by a measured customer. */
    private count(step: number, wait: number, duration: number): void {
        this.stepVisits[step]++;
        this.stepWaitSum[step] += wait;
        const p = this.stepPerformer[step];
        if (p < 0) return;
        this.visitsInWindow[p]++;
        if (this.queued[step]) {
            this.stepWaits[step].push(wait);
            this.waitSum[p] += wait;
            this.waitCount[p]++;
        } else {
            // An unlimited performer is busy exactly while it works: its area is the work done.
            this.busyArea[p] += duration;
            this.costUse += duration * this.costRate[p] / 3600;
        }
    }

    private enter(customer: number, step: number, from: number): void {
        const slot = this.joinSlot[step];
        if (from >= 0 && slot >= 0 && this.forwardFrom[slot * this.joinSlot.length + from]) {
            const at = customer * this.joinCount + slot;
            if (this.joined[at]) return;
            this.joined[at] = 1;
        }
        if (++this.visitCount[customer] > MAX_VISITS_PER_CUSTOMER) return;
        this.open[customer]++;
        const token = this.newToken(customer, step);
        if (!this.queued[step]) { this.begin(token, 0); return; }
        const p = this.stepPerformer[step];
        this.touch(p);
        if (this.busy[p] < this.servers[p]) { this.busy[p]++; this.begin(token, 0); return; }
        this.tokenQueuedAt[token] = this.now;
        const queue = this.queues[p];
        queue.push(token, customer);
        if (queue.length > this.maxQueue[p]) this.maxQueue[p] = queue.length;
    }

    private finishCustomer(customer: number): void {
        this.touchSystem();
        this.inSystem--;
        if (this.visitCount[customer] > MAX_VISITS_PER_CUSTOMER) this.stuck++;
        if (customer >= this.warm) this.visibleTime[customer - this.warm] = Math.max(0, this.lastVisible[customer] - this.arrival[customer]);
    }

    private complete(token: number): void {
        const step = this.tokenStep[token];
        const customer = this.tokenCustomer[token];
        this.freeTokens[this.freeCount++] = token;
        if (this.queued[step]) {
            const p = this.stepPerformer[step];
            this.touch(p);
            const queue = this.queues[p];
            if (queue.length > 0) {
                const next = queue.pop() as number;
                this.begin(next, this.now - this.tokenQueuedAt[next]);
            } else this.busy[p]--;
        }
        if (this.visible[step]) this.lastVisible[customer] = this.now;
        this.lastEnd[customer] = this.now;
        this.route(customer, step);
        if (--this.open[customer] === 0) this.finishCustomer(customer);
    }

    private route(customer: number, step: number): void {
        if (this.visitCount[customer] > MAX_VISITS_PER_CUSTOMER) return;
        const routes = this.routes;
        const first = routes.conditionalStart[step], end = routes.conditionalStart[step + 1];
        if (end > first) {
            let u = this.random.next();
            for (let k = first; k < end; k++) {
                if (u < routes.conditionalProbability[k]) { this.enter(customer, routes.conditionalTo[k], step); return; }
                u -= routes.conditionalProbability[k];
            }
        }
        for (let k = routes.unconditionalStart[step]; k < routes.unconditionalStart[step + 1]; k++) this.enter(customer, routes.unconditionalTo[k], step);
    }

    private arrive(): void {
        const customer = this.arrived++;
        if (customer === this.warm) this.windowStart = this.now;
        this.arrival[customer] = this.now;
        this.lastVisible[customer] = this.now;
        this.lastEnd[customer] = this.now;
        this.touchSystem();
        this.inSystem++;
        this.open[customer]++; // held while the start steps are entered
        for (let i = 0; i < this.starts.length; i++) this.enter(customer, this.starts[i], -1);
        if (--this.open[customer] === 0) this.finishCustomer(customer);
        if (this.arrived < this.customers) this.events.push(ARRIVAL, this.now + this.random.exponential(this.meanGap));
        else this.windowEnd = this.now;
    }

    result(): SimulationResult {
        const { network, customers, warm } = this;
        const window = Math.max(this.windowEnd - this.windowStart, 1e-9);
        const measuredCount = customers - warm;
        const performers = network.performers.map((performer, p): SimulatedPerformer => ({
            id: performer.id,
            servers: performer.servers,
            busyServers: this.busyArea[p] / window,
            utilisation: Number.isFinite(performer.servers) ? this.busyArea[p] / window / performer.servers : 0,
            meanQueue: this.queueArea[p] / window,
            maxQueue: this.maxQueue[p],
            visitRate: this.visitsInWindow[p] / window,
            meanWait: this.waitCount[p] > 0 ? this.waitSum[p] / this.waitCount[p] : 0
        }));
        const staffedCost = network.performers.reduce((sum, p) => sum + (Number.isFinite(p.servers) ? p.servers * (p.costPerHour ?? 0) : 0), 0);
        const arrivalRate = measuredCount > 1 ? (measuredCount - 1) / window : 0;
        const times = Float64Array.from(this.visibleTime).sort();
        let systemTime = 0;
        for (let c = warm; c < customers; c++) systemTime += this.lastEnd[c] - this.arrival[c];
        return {
            scenario: network.scenario,
            customers,
            measured: measuredCount,
            seed: this.seed,
            steps: network.steps.map((step, i) => ({
                id: step.id,
                visits: this.stepVisits[i] / measuredCount,
                meanWait: this.stepVisits[i] > 0 ? this.stepWaitSum[i] / this.stepVisits[i] : 0,
                p90Wait: this.stepWaits[i].quantile(0.9)
            })),
            performers,
            customerVisible: percentiles(times),
            overTarget: network.target === undefined ? undefined : times.filter(t => t > found(network.target, 'network.target')).length / times.length,
            histogram: histogram(times, network.target),
            inSystem: { mean: this.inSystemArea / window, arrivalRate, meanTime: systemTime / measuredCount },
            costPerCustomer: arrivalRate > 0 ? staffedCost / (arrivalRate * 3600) + this.costUse / measuredCount : 0,
            stuck: this.stuck
        };
    }
}

/** forward[step][from] of the join steps only, flat: row = the step's join slot, column = the source step. */
function forwardIntoJoins(network: Network, joinSlot: Int32Array, joinCount: number): Uint8Array {
    const n = network.steps.length;
    const matrix = new Uint8Array(joinCount * n);
    network.forward.forEach((sources, step) => {
        const slot = joinSlot[step];
        if (slot >= 0) sources.forEach((yes, from) => { if (yes) matrix[slot * n + from] = 1; });
    });
    return matrix;
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
