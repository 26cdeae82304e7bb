import { describe, expect, it } from 'vitest';
import { layoutBlueprint } from '../../src/render/index.js';
import { exampleFiles, loadExample, loadModels } from './examples.js';
import { randomBlueprint } from '../support/random-blueprint.js';
import { checkLayout } from './invariants.js';

describe('layout invariants on the examples', () => {
    const files = exampleFiles();
    it('finds examples', () => expect(files.length).toBeGreaterThan(0));
    it.each(files)('%s', async file => {
        const example = await loadExample(file);
        for (const model of example.models) {
            expect(checkLayout(model, layoutBlueprint(model))).toEqual([]);
        }
    });
});

describe('layout invariants on generated blueprints', () => {
    const cases: Array<[steps: number, lanes: number, seed: number, phases: number]> = [
        [1, 1, 1, 0], [12, 3, 2, 0], [40, 5, 3, 0], [120, 5, 4, 3], [300, 5, 5, 0], [300, 7, 6, 4], [600, 5, 7, 0]
    ];
    it.each(cases)('%i steps, %i lanes, seed %i, %i phases', (steps, lanes, seed, phases) => {
        const model = randomBlueprint({ steps, lanes, seed, phases });
        expect(checkLayout(model, layoutBlueprint(model))).toEqual([]);
    });
});

describe('flows keep clear of the three lines on generated blueprints', () => {
    // Many small webs: loops back, two-way flows and conditions in every lane arrangement.
    const seeds = Array.from({ length: 40 }, (_, i) => i + 100);
    it.each(seeds)('seed %i', seed => {
        const lanes = [{ customer: 1, onstage: 1, backstage: 1, support: 1 }, 5, { customer: 2, onstage: 1, backstage: 2 }, { onstage: 1, support: 2 }][seed % 4];
        const model = randomBlueprint({ steps: 10 + (seed % 7) * 9, lanes, seed, phases: seed % 3 });
        expect(checkLayout(model, layoutBlueprint(model))).toEqual([]);
    });
});

describe('layout decisions', () => {
    it('stacks two steps of one lane in one column instead of overlapping', async () => {
        const [model] = await loadModels(`blueprint b {
            customer c { step a  step b  step c }
            a -> b
            a -> c
        }`);
        const layout = layoutBlueprint(model);
        const [b, c] = ['b', 'c'].map(id => layout.steps.find(s => s.id === id)!);
        expect(b.column).toBe(c.column);
        expect([b.slot, c.slot].sort()).toEqual([0, 1]);
        expect(Math.abs(b.y - c.y)).toBeGreaterThanOrEqual(b.height);
    });

    it('puts each phase in its own group of columns, in declaration order', async () => {
        const [model] = await loadModels(`blueprint b {
            phase one  phase two
            customer c { step x { phase two }  step y { phase one }  step z }
            x -> z
        }`);
        const layout = layoutBlueprint(model);
        const column = (id: string) => layout.steps.find(s => s.id === id)!.column;
        expect(column('y')).toBeLessThan(column('x'));
        // An unphased step takes the phase of its predecessor.
        expect(layout.columns[column('z')].phase).toBe('two');
        expect(layout.phases.map(p => p.id)).toEqual(['one', 'two']);
        expect(layout.phases[0].x + layout.phases[0].width).toBeLessThanOrEqual(layout.phases[1].x);
    });

    it('marks a flow against the phase order as a back edge', async () => {
        const [model] = await loadModels(`blueprint b {
            phase one  phase two
            customer c { step late { phase two }  step early { phase one } }
            late -> early
        }`);
        const edge = layoutBlueprint(model).edges[0];
        expect(edge.back).toBe(true);
    });

    it('adds an evidence band when steps have evidence but no evidence lane is declared', async () => {
        const [model] = await loadModels(`blueprint b {
            customer c { step a { evidence "ticket", "screen" } }
        }`);
        const layout = layoutBlueprint(model);
        expect(layout.bands.map(b => b.zone)).toEqual(['evidence', 'customer']);
        expect(layout.lanes[0].synthetic).toBe(true);
        const card = layout.evidence[0];
        const step = layout.steps[0];
        expect(card.column).toBe(step.column);
        expect(card.x).toBe(step.x);
        expect(card.y + card.height).toBeLessThanOrEqual(layout.lanes[0].y + layout.lanes[0].height);
    });

    it('draws all three lines, implied ones too, each labelled', async () => {
        const [model] = await loadModels(`blueprint b {
            customer c { step a }
            onstage o { step b }
            a -> b
        }`);
        const layout = layoutBlueprint(model);
        expect(layout.lines.map(l => l.kind)).toEqual(['interaction', 'visibility', 'internal']);
        expect(layout.lines.every(l => l.implied)).toBe(true);
        expect(layout.lines[0].label.lines).toEqual(['line of interaction', '互动分界线']);
        // Visibility and internal both fall below the last lane: drawn apart, not on top of each other.
        expect(layout.lines[2].y).toBeGreaterThan(layout.lines[1].y);
    });

    it('routes a flow inside a cycle as a back edge, and still left to right elsewhere', async () => {
        const [model] = await loadModels(`blueprint b {
            customer c { step a  step b  step c }
            a -> b -> c -> b
        }`);
        const layout = layoutBlueprint(model);
        expect(layout.edges.map(e => e.back)).toEqual([false, false, true]);
    });

    it('draws a two-way flow written against the column order forward, not as a loop', async () => {
        const [model] = await loadModels(`blueprint b {
            customer c { step a }  onstage o { step b }
            a -> b
            b <-> a "ask"
        }`);
        const edges = layoutBlueprint(model).edges;
        expect(edges[1]).toMatchObject({ index: 1, from: 'a', to: 'b', kind: 'two-way', reversed: true, back: false });
        expect(edges[1].points.length).toBe(4);
    });

    it('scales near-linearly (10× the steps take far less than 100× the time)', () => {
        const bestOf = (steps: number) => {
            const model = randomBlueprint({ steps, lanes: 5, seed: 42 });
            let best = Infinity;
            for (let i = 0; i < 3; i++) {
                const start = performance.now();
                layoutBlueprint(model);
                best = Math.min(best, performance.now() - start);
            }
            return best;
        };
        bestOf(500); // warm-up
        // Linear is 10×, n log n a little more; quadratic would be 100×. The benchmark holds the absolute target.
        expect(bestOf(10_000) / bestOf(1_000)).toBeLessThan(40);
    });
});
