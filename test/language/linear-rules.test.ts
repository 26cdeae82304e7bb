/**
 * Every rule's cost is linear in the document (issue 14): on the shared
 * generator, doubling the steps at most 2.3× the work of each rule. The work
 * is counted, not timed, so that a loaded machine cannot make the test flaky:
 * every read of a model list element (steps, flows, lanes, components,
 * successor lists …) and every lookup in the flow graph's maps and sets is one
 * unit. That is what a rule's time is made of; a rule that scans the steps
 * once per step (the quadratic BP105 round-trip search and BP203 grouping
 * were such) counts about 4× when the steps double. Wall-clock figures are
 * the benchmark's (scripts/bench-lsp.mjs).
 */
import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { createBlueprintServices } from '../../src/language/blueprint-module.js';
import { messagesFor } from '../../src/i18n/index.js';
import * as ast from '../../src/language/generated/ast.js';
import { buildBlueprint, type BuiltBlueprint } from '../../src/language/model-builder.js';
import { RuleContext, type RuleDefinition } from '../../src/language/validation/rule.js';
import { ALL_RULES } from '../../src/language/validation/rules.js';
import type { FlowGraph } from '../../src/model/graph.js';
import type { Classification } from '../../src/model/types.js';
import { blueprintText, randomBlueprint } from '../support/random-blueprint.js';

const SMALL = 2000;
const LARGE = 2 * SMALL;
const MAX_RATIO = 2.3;

/** Every classification value appears in one variant, so each classification rule runs its check; two declare a demand (analysis rules). */
const VARIANTS: Array<{ classification: Classification; demand?: number }> = [
    { classification: { divergence: 'standard', object: 'customer-goods', contact: 'none', approach: 'production-line' } },
    { classification: { divergence: 'customized', object: 'company-goods', contact: 'indirect', approach: 'customer-cooperation' }, demand: 30 },
    { classification: { divergence: 'standard', object: 'information', contact: 'self-service', approach: 'customer-contact' } },
    { classification: { divergence: 'customized', object: 'people', contact: 'interactive', approach: 'production-line' }, demand: 30 }
];

let reads = 0;

function isIndex(key: string | symbol): boolean {
    if (typeof key !== 'string') return false;
    const first = key.charCodeAt(0);
    return first >= 48 && first <= 57;
}

/** The same list, counting each element read (indexing, iteration, filter, some, …: all read through [[Get]]). */
function counted<T>(list: readonly T[]): T[] {
    return new Proxy(list as T[], {
        get(target, key, receiver) {
            if (isIndex(key)) reads++;
            return Reflect.get(target, key, receiver) as unknown;
        }
    });
}

class CountingMap<K, V> extends Map<K, V> {
    override get(key: K): V | undefined {
        reads++;
        return super.get(key);
    }
    override has(key: K): boolean {
        reads++;
        return super.has(key);
    }
}

class CountingSet<T> extends Set<T> {
    override has(value: T): boolean {
        reads++;
        return super.has(value);
    }
}

function countingMap<K, V>(map: ReadonlyMap<K, V>): Map<K, V> {
    return new CountingMap([...map].map(([key, value]) => [key, (Array.isArray(value) ? counted(value) : value) as V]));
}

function countedGraph(graph: FlowGraph): FlowGraph {
    return {
        successors: countingMap(graph.successors),
        predecessors: countingMap(graph.predecessors),
        twoWayBack: countingMap(graph.twoWayBack),
        componentOf: countingMap(graph.componentOf),
        components: counted(graph.components.map(component => counted(component))),
        startSteps: counted(graph.startSteps),
        entrySteps: counted(graph.entrySteps),
        endSteps: counted(graph.endSteps),
        reachableFromCustomerStart: new CountingSet(graph.reachableFromCustomerStart)
    };
}

/** A blueprint whose model lists and graph count what the rules read, in one classification variant. */
function countedBuilt(built: BuiltBlueprint, variant: (typeof VARIANTS)[number]): BuiltBlueprint {
    const { model } = built;
    return {
        source: built.source,
        graph: countedGraph(built.graph),
        model: {
            ...model, ...variant,
            steps: counted(model.steps), flows: counted(model.flows), lanes: counted(model.lanes), lines: counted(model.lines), phases: counted(model.phases)
        }
    };
}

const services = createBlueprintServices(EmptyFileSystem);

/** A generated blueprint (lanes in every process zone, hand-offs, fail and wait points, times, evidence), parsed, linked, built. */
function generated(steps: number): Promise<BuiltBlueprint> {
    return built(blueprintText(randomBlueprint({ steps, seed: 11, lanes: { customer: 1, onstage: 2, backstage: 2, support: 1 }, phases: 4 })), steps);
}

/**
 * Work handed below the line of visibility at every step of a backstage chain
 * that never comes back up: a walk from each step where work enters (as BP105
 * once did) reads the rest of the chain each time.
 */
function oneWayDown(steps: number): Promise<BuiltBlueprint> {
    const half = steps / 2;
    const ids = (prefix: string) => Array.from({ length: half }, (_, i) => `${prefix}${i}`);
    const text = [
        'blueprint down {',
        `    onstage front { ${ids('a').map(id => `step ${id}`).join(' ')} }`,
        `    backstage back { ${ids('b').map(id => `step ${id}`).join(' ')} }`,
        ...ids('a').map((id, i) => `    ${id} -> b${i}`),
        `    ${ids('b').join(' -> ')}`,
        '}'
    ].join('\n');
    return built(text, steps);
}

async function built(text: string, steps: number): Promise<BuiltBlueprint> {
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///linear/${steps}-${text.length}.blueprint`));
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation: false });
    const blueprint = (document.parseResult.value as ast.Model).elements.find(ast.isBlueprint);
    if (!blueprint) throw new Error('the generated text has no blueprint');
    return buildBlueprint(blueprint);
}

/** What one rule reads over all variants; each check gets a fresh model object, so no per-model cache answers for it. */
function work(rule: RuleDefinition, built: BuiltBlueprint): number {
    let total = 0;
    for (const variant of VARIANTS) {
        const context = new RuleContext(countedBuilt(built, variant), messagesFor('en'), () => undefined, () => undefined);
        reads = 0;
        rule.check(context);
        total += reads;
    }
    return total;
}

async function superlinearRules(make: (steps: number) => Promise<BuiltBlueprint>): Promise<string[]> {
    const small = await make(SMALL);
    const large = await make(LARGE);
    const ratios = ALL_RULES.map(rule => {
        const counts = { small: work(rule, small), large: work(rule, large) };
        // A rule that reads nothing at either size does constant work.
        return { code: rule.code, ...counts, ratio: counts.small === 0 ? (counts.large === 0 ? 1 : Infinity) : counts.large / counts.small };
    });
    expect(ratios.reduce((sum, r) => sum + r.small, 0), 'the counting sees the rules read the model').toBeGreaterThan(10 * SMALL);
    return ratios.filter(r => r.ratio > MAX_RATIO).map(r => `${r.code}: ${r.small} → ${r.large} reads (${r.ratio.toFixed(2)}×)`);
}

describe('validation cost is linear in the document', () => {
    test(`each rule reads at most ${MAX_RATIO}× as much of ${LARGE} generated steps as of ${SMALL}`, async () => {
        expect(await superlinearRules(generated)).toEqual([]);
    }, 120_000);

    test('so does each rule on a long chain below the line of visibility that work enters at every step', async () => {
        expect(await superlinearRules(oneWayDown)).toEqual([]);
    }, 120_000);
});
