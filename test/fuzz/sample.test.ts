/**
 * A fixed-seed sample of the fuzzer's inputs (scripts/fuzz/) in every test run: generated and
 * mutated documents through every request of the bundled server, with all of its checks.
 * `npm run fuzz -- --count 10000 --seed S` runs the full campaign.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { checkInput, type Finding } from '../../scripts/fuzz/checks.js';
import { fuzzInput } from '../../scripts/fuzz/generate.js';
import { ServerSession } from '../../scripts/fuzz/session.js';

const SEED = 20_261_202;
const COUNT = 300;

let session: ServerSession;
beforeAll(async () => { session = await ServerSession.start(); });
afterAll(async () => { await session?.stop(); });

test(`${COUNT} fuzz inputs of seed ${SEED}: no internal error, crash, flood, wrong edit or stale diagnostics`, async () => {
    const failures: Array<Finding & { index: number; origin: string }> = [];
    let requests = 0;
    for (let index = 0; index < COUNT; index++) {
        const input = fuzzInput(SEED, index);
        // A loaded machine (the whole suite in parallel) gets twice the build budget; `npm run fuzz` holds the target.
        const report = await checkInput(session, input.text, input.seed, { positions: 'sample', slack: 2 });
        requests += report.requests;
        failures.push(...report.findings.map(f => ({ ...f, index, origin: input.origin })));
        if (report.sessionLost) session = await ServerSession.start();
    }
    expect(failures).toEqual([]);
    expect(requests).toBeGreaterThan(COUNT * 20);
}, 240_000);
