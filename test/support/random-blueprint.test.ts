/**
 * The shared generator: deterministic, its options honoured, and its text form
 * parses back to the blueprint it built (so e2e, which types into the text, and
 * the layout tests, which take the model, see the same blueprint).
 */
import { describe, expect, it } from 'vitest';
import type { BlueprintModel } from '../../src/model/types.js';
import { codes, validate } from '../helpers.js';
import { loadModels } from '../render/examples.js';
import { blueprintText, randomBlueprint, stepId, type RandomBlueprintOptions } from './random-blueprint.js';

/** What the text carries (ranges and derived metrics aside), in a stable order. */
function essence(model: BlueprintModel) {
    return {
        name: model.name, title: model.title, classification: model.classification,
        lanes: model.lanes.map(({ id, title, zone }) => ({ id, title, zone })),
        lines: model.lines.map(({ kind, afterLane, implied }) => ({ kind, afterLane, implied })),
        phases: model.phases.map(({ id, title }) => ({ id, title })),
        steps: [...model.steps].sort((a, b) => a.id.localeCompare(b.id)).map(({ range: _r, nameRange: _n, fail, ...step }) =>
            ({ ...step, fail: fail && { reason: fail.reason, recoveryText: fail.recoveryText } })),
        flows: model.flows.map(({ from, to, kind, label, condition }) => ({ from, to, kind, label, condition })),
        metrics: model.metrics
    };
}

describe('randomBlueprint', () => {
    it('gives the same blueprint for the same options and another for another seed', () => {
        const options: RandomBlueprintOptions = { steps: 80, lanes: 5, seed: 3, phases: 4 };
        expect(randomBlueprint(options)).toEqual(randomBlueprint(options));
        expect(randomBlueprint({ ...options, seed: 4 })).not.toEqual(randomBlueprint(options));
    });

    it('honours lanes per zone, phases, shares and the short labels', () => {
        const model = randomBlueprint({ steps: 200, lanes: { customer: 1, onstage: 2, support: 1 }, phases: 6, failPoints: 0, waitPoints: 1, times: 0, labels: 'short', shape: 'chain' });
        expect(model.lanes.map(l => l.zone)).toEqual(['customer', 'onstage', 'onstage', 'support']);
        expect(model.phases).toHaveLength(6);
        expect(model.steps.every(s => s.phase !== undefined && s.fail === undefined && s.wait !== undefined && s.time === undefined)).toBe(true);
        expect(model.steps[16].label).toBe('Step 16 核对');
        expect(model.steps.map(s => s.id).slice(0, 2)).toEqual(['s000', 's001']);
        expect(stepId(12, 200)).toBe('s012');
        expect(model.flows.map(f => `${f.from}->${f.to}`)).toEqual(model.steps.slice(1).map((s, i) => `${model.steps[i].id}->${s.id}`));
    });

    it.each([
        { steps: 60, seed: 5, phases: 3 },
        { steps: 60, seed: 9, lanes: 7, shape: 'chain', labels: 'short' }
    ] satisfies RandomBlueprintOptions[])('its text parses back to the same blueprint: %o', async options => {
        const model = randomBlueprint(options);
        const [parsed] = await loadModels(blueprintText(model));
        expect(essence(parsed)).toEqual(essence(model));
    });

    it("'chain' is a valid blueprint: no errors", async () => {
        const { diagnostics } = await validate(blueprintText(randomBlueprint({ steps: 300, lanes: { customer: 1, onstage: 2, backstage: 1, support: 1 }, phases: 10, shape: 'chain', seed: 7 })));
        expect(diagnostics.filter(d => d.severity === 1).map(d => `${codes([d])} ${d.message}`)).toEqual([]);
    });
});
