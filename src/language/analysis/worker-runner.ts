/**
 * Runs simulations in one worker thread (dist/analysis-worker.cjs beside the
 * server bundle), started on the first request and restarted after a crash.
 * When the worker cannot start (a missing file), the simulation runs on this
 * thread after the current validation instead: later, but still never inside it.
 */
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { simulate, type SimulationResult } from '../../model/analysis/index.js';
import type { SimulationRequest, SimulationRunner } from './simulations.js';

export interface WorkerRequest extends SimulationRequest { id: number }
export type WorkerReply = { id: number; result: SimulationResult; error?: undefined } | { id: number; result?: undefined; error: string };

interface Pending { resolve(result: SimulationResult): void; reject(error: Error): void }

export class WorkerSimulationRunner implements SimulationRunner {
    private worker: Worker | undefined;
    private readonly pending = new Map<number, Pending>();
    private nextId = 1;

    constructor(private readonly workerFile: string) {}

    run(request: SimulationRequest): Promise<SimulationResult> {
        const worker = this.started();
        if (!worker) return laterOnThisThread(request);
        const id = this.nextId++;
        return new Promise((resolve, reject) => {
            this.pending.set(id, { resolve, reject });
            worker.postMessage({ ...request, id } satisfies WorkerRequest);
        });
    }

    dispose(): void {
        const worker = this.worker;
        this.worker = undefined;
        worker?.terminate().catch(() => undefined); // it is going away either way
    }

    private started(): Worker | undefined {
        if (this.worker) return this.worker;
        if (!existsSync(this.workerFile)) return undefined;
        const worker = new Worker(this.workerFile);
        worker.unref(); // never keeps the server alive after the client has gone
        worker.on('message', (reply: WorkerReply) => this.settle(reply));
        worker.on('error', error => this.failAll(error));
        worker.on('exit', code => this.failAll(new Error(`the simulation worker stopped (exit ${code})`)));
        this.worker = worker;
        return worker;
    }

    private settle(reply: WorkerReply): void {
        const pending = this.pending.get(reply.id);
        this.pending.delete(reply.id);
        if (reply.error !== undefined) pending?.reject(new Error(reply.error));
        else pending?.resolve(reply.result);
    }

    private failAll(error: Error): void {
        this.worker = undefined;
        for (const pending of this.pending.values()) pending.reject(error);
        this.pending.clear();
    }
}

function laterOnThisThread(request: SimulationRequest): Promise<SimulationResult> {
    return new Promise(resolve => setImmediate(() => resolve(simulate(request.network, { customers: request.customers, seed: request.seed }))));
}
