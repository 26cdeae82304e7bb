/**
 * The simulations BP303 reads, kept by the queueing network they simulated
 * (edits that leave demand, staff, times and flows alone — a label, a note —
 * never simulate again).
 *
 * Without a runner (CLI, tests) a missing result is simulated at once. The
 * language server gives a runner (a worker thread): then validation never
 * waits for a simulation. A missing result is started in the background and
 * the validation goes on without BP303; when the result is in, the documents
 * that asked for it are validated again, and BP303 reads it from here.
 */
import { simulate, type Network, type SimulationResult } from '../../model/analysis/index.js';

export interface SimulationRequest { network: Network; customers: number; seed: number }

/** Runs a simulation away from the validation (a worker thread, or later on this thread). */
export interface SimulationRunner {
    run(request: SimulationRequest): Promise<SimulationResult>;
    dispose?(): void;
}

const KEPT = 16;
const SEED = 1;

export class Simulations {
    private readonly done = new Map<string, SimulationResult>();
    private readonly running = new Set<string>();
    /** Per document, the key its latest validation asked for (only those are validated again). */
    private readonly awaited = new Map<string, string>();
    private runner: SimulationRunner | undefined;
    private ready: (documentUris: string[]) => void = () => undefined;
    private failed: (error: unknown) => void = () => undefined;

    /** From now on, simulations run through `runner`; `ready` is told which documents to validate again. */
    deferTo(runner: SimulationRunner, ready: (documentUris: string[]) => void, failed: (error: unknown) => void = () => undefined): void {
        this.runner?.dispose?.();
        this.runner = runner;
        this.ready = ready;
        this.failed = failed;
    }

    get deferred(): boolean {
        return this.runner !== undefined;
    }

    /**
     * The simulation of `network` with `customers`: at once when known or when
     * nothing defers; otherwise undefined, and `documentUri` is validated
     * again when the result is in.
     */
    result(network: Network, customers: number, documentUri: string): SimulationResult | undefined {
        const key = keyOf(network, customers);
        const known = this.done.get(key);
        if (known) return known;
        if (!this.runner) return this.keep(key, simulate(network, { customers, seed: SEED }));
        this.awaited.set(documentUri, key);
        if (!this.running.has(key)) this.start(this.runner, key, { network, customers, seed: SEED });
        return undefined;
    }

    /** Every simulation started is finished (for tests and shutdown). */
    get idle(): boolean {
        return this.running.size === 0;
    }

    private start(runner: SimulationRunner, key: string, request: SimulationRequest): void {
        this.running.add(key);
        runner.run(request).then(result => {
            this.running.delete(key);
            this.keep(key, result);
            const waiting = [...this.awaited].filter(([, awaitedKey]) => awaitedKey === key).map(([uri]) => uri);
            for (const uri of waiting) this.awaited.delete(uri);
            if (waiting.length > 0) this.ready(waiting);
        }, (error: unknown) => {
            this.running.delete(key);
            this.failed(error);
        });
    }

    private keep(key: string, result: SimulationResult): SimulationResult {
        if (this.done.size >= KEPT) this.done.delete(this.done.keys().next().value as string);
        this.done.set(key, result);
        return result;
    }
}

/** What a simulation depends on (the graph is derived from the routes). */
function keyOf(network: Network, customers: number): string {
    return JSON.stringify([customers, network.demand, network.target, network.starts, network.steps, network.performers, network.routes, network.forward]);
}
