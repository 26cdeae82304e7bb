/**
 * BP303 off the keystroke path: with a deferring runner (the language server
 * gives it a worker), validation publishes every other diagnostic without
 * waiting for the simulation, and BP303 arrives with a second validation once
 * the simulation is in. Here the runner is held by the test, so "without
 * waiting" is shown by the simulation still being unfinished when the first
 * diagnostics are there.
 */
import { DocumentState, EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { resolve } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, test } from 'vitest';
import { deferSimulations } from '../../src/language/analysis/deferred.js';
import type { SimulationRequest, SimulationRunner } from '../../src/language/analysis/simulations.js';
import { WorkerSimulationRunner } from '../../src/language/analysis/worker-runner.js';
import { createBlueprintServices } from '../../src/language/blueprint-module.js';
import { simulate, type SimulationResult } from '../../src/model/analysis/index.js';
import { codes } from '../helpers.js';
import { PEAK } from '../rules/analysis-fixtures.js';

const TEXT = PEAK;

/** A runner that starts nothing until the test lets a request finish. */
class HeldRunner implements SimulationRunner {
    readonly requests: Array<{ request: SimulationRequest; finish(): void }> = [];
    run(request: SimulationRequest): Promise<SimulationResult> {
        return new Promise(resolve => {
            this.requests.push({ request, finish: () => resolve(simulate(request.network, { customers: request.customers, seed: request.seed })) });
        });
    }
}

function openEditor() {
    const { shared, Blueprint } = createBlueprintServices(EmptyFileSystem);
    const runner = new HeldRunner();
    deferSimulations(shared, Blueprint, runner);
    const uri = 'file:///deferred/peak.blueprint';
    const validated: string[][] = [];
    shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, (document: LangiumDocument) => {
        validated.push(codes(document.diagnostics ?? []));
    });
    let version = 1;
    const type = async (content: string) => {
        shared.workspace.TextDocuments?.set(TextDocument.create(uri, 'blueprint', version++, content));
        await shared.workspace.DocumentBuilder.update([URI.parse(uri)], []);
    };
    return { runner, validated, type, simulations: Blueprint.analysis.Simulations };
}

async function until(condition: () => boolean, what: string): Promise<void> {
    for (let i = 0; i < 500 && !condition(); i++) await new Promise(resolve => setTimeout(resolve, 10));
    expect(condition(), what).toBe(true);
}

describe('BP303 is simulated off the validation', () => {
    test('the other diagnostics are there while the simulation has not finished; BP303 follows when it has', async () => {
        const editor = openEditor();
        await editor.type(TEXT);
        expect(editor.runner.requests).toHaveLength(1);
        expect(editor.simulations.idle).toBe(false);
        expect(editor.validated).toHaveLength(1);
        expect(editor.validated[0]).toContain('BP302');
        expect(editor.validated[0]).not.toContain('BP303');

        editor.runner.requests[0].finish();
        await until(() => editor.validated.length === 2, 'a second validation after the simulation');
        expect(editor.validated[1]).toContain('BP303');
        expect(editor.validated[1]).toContain('BP302');
        expect(editor.runner.requests).toHaveLength(1); // the second validation read the kept result
    });

    test('an edit that leaves the network alone (a label) reports BP303 at once, without simulating again', async () => {
        const editor = openEditor();
        await editor.type(TEXT);
        editor.runner.requests[0].finish();
        await until(() => editor.validated.length === 2, 'the validation with the simulation');
        await editor.type(TEXT.replace('step ask {', 'step ask "Asks at the counter" {'));
        expect(editor.validated[2]).toContain('BP303');
        expect(editor.runner.requests).toHaveLength(1);
    });

    test('a result for an older text validates only documents still waiting for it', async () => {
        const editor = openEditor();
        await editor.type(TEXT);
        await editor.type(TEXT.replace('demand 30 per h', 'demand 31 per h')); // another network: a second request
        expect(editor.runner.requests).toHaveLength(2);
        editor.runner.requests[0].finish(); // nobody waits for the 30-per-hour run any more
        await new Promise(resolve => setTimeout(resolve, 50));
        expect(editor.validated).toHaveLength(2);
        editor.runner.requests[1].finish();
        await until(() => editor.validated.length === 3, 'the validation with the current simulation');
        expect(editor.validated[2]).toContain('BP303');
    });
});

describe('the worker thread', () => {
    test('dist/analysis-worker.cjs gives the same seeded result as the simulation on this thread', async () => {
        const { shared, Blueprint } = createBlueprintServices(EmptyFileSystem);
        const runner = new HeldRunner();
        deferSimulations(shared, Blueprint, runner);
        shared.workspace.TextDocuments?.set(TextDocument.create('file:///w/a.blueprint', 'blueprint', 1, TEXT));
        await shared.workspace.DocumentBuilder.update([URI.parse('file:///w/a.blueprint')], []);
        const request = runner.requests[0].request;
        const worker = new WorkerSimulationRunner(resolve('dist/analysis-worker.cjs'));
        try {
            const inWorker = await worker.run(request);
            expect(inWorker).toEqual(simulate(request.network, { customers: request.customers, seed: request.seed }));
            expect(inWorker.customerVisible.p90).toBeGreaterThan(300);
        } finally {
            worker.dispose();
        }
    });
});
