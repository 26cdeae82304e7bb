/**
 * Every minimal input the fuzzer found (test/fuzz-regressions/*.json, written by `npm run fuzz`)
 * through every check again, against the bundled server, at every token boundary.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkInput } from '../../scripts/fuzz/checks.js';
import type { Regression } from '../../scripts/fuzz/run.js';
import { ServerSession } from '../../scripts/fuzz/session.js';

const DIR = 'test/fuzz-regressions';
const files = readdirSync(DIR).filter(name => name.endsWith('.json')).sort();

let session: ServerSession;
beforeAll(async () => { session = await ServerSession.start(); });
afterAll(async () => { await session?.stop(); });

describe('fuzz regressions', () => {
    test('there are regression files', () => {
        expect(files.length).toBeGreaterThan(0);
    });
    for (const file of files) {
        const regression = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Regression;
        test(`${file}: ${JSON.stringify(regression.text).slice(0, 80)}`, async () => {
            const report = await checkInput(session, regression.text, regression.checkSeed, { positions: 'all', slack: 2 });
            if (report.sessionLost) session = await ServerSession.start();
            expect(report.findings).toEqual([]);
        }, 60_000);
    }
});
