/**
 * The language server's simulation worker (bundled to dist/analysis-worker.cjs):
 * runs BP303's simulations on its own thread, so a validation never waits
 * for one and a keystroke is never delayed by one.
 */
import { parentPort } from 'node:worker_threads';
import { simulate } from '../../model/analysis/index.js';
import type { WorkerReply, WorkerRequest } from './worker-runner.js';

const port = parentPort;
if (!port) throw new Error('analysis-worker.cjs runs as a worker thread of the language server');
port.on('message', (request: WorkerRequest) => {
    let reply: WorkerReply;
    try {
        reply = { id: request.id, result: simulate(request.network, { customers: request.customers, seed: request.seed }) };
    } catch (error) {
        reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
});
