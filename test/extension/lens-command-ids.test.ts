import { describe, expect, it } from 'vitest';
import { LensCommandIds, type CommandCall } from '../../src/extension/lens-command-ids.js';

/** A fake command registry: what is registered now, and what running an id calls. */
function registry() {
    const live = new Map<string, CommandCall>();
    const ids = new LensCommandIds('blueprint.lens.', (id, call) => {
        live.set(id, call);
        return { dispose: () => live.delete(id) };
    });
    return { ids, live };
}

const failPoints = (line: number): CommandCall => ({ command: 'blueprint.showPoints', arguments: ['file:///a.blueprint', `B${line}`, 'fail'] });
const preview: CommandCall = { command: 'blueprint.showPreviewToSide', arguments: ['file:///a.blueprint'] };

describe('argument-free code lens command ids', () => {
    it('give each call an id that runs that call', () => {
        const { ids, live } = registry();
        const [a, b] = ids.answer('a', [preview, failPoints(3)]);
        expect(a).not.toBe(b);
        expect(live.get(a)).toEqual(preview);
        expect(live.get(b)).toEqual(failPoints(3));
    });

    it('keep the id of a call that is in the next answer too', () => {
        const { ids } = registry();
        const [first] = ids.answer('a', [preview]);
        const [second] = ids.answer('a', [preview, failPoints(4)]);
        expect(second).toBe(first);
    });

    it('keep the previous answer runnable: a click on a lens drawn before the refresh still works', () => {
        const { ids, live } = registry();
        const [stale] = ids.answer('a', [failPoints(3)]);
        ids.answer('a', [failPoints(5)]);
        expect(live.get(stale)).toEqual(failPoints(3));
    });

    it('release what neither of the last two answers holds', () => {
        const { ids, live } = registry();
        const [oldest] = ids.answer('a', [failPoints(1)]);
        ids.answer('a', [failPoints(2)]);
        ids.answer('a', [failPoints(3)]);
        expect(live.has(oldest)).toBe(false);
        for (let line = 4; line < 100; line++) ids.answer('a', [preview, failPoints(line)]);
        expect(ids.size).toBe(3);
    });

    it('keep documents apart and release all of a closed one', () => {
        const { ids, live } = registry();
        const [inA] = ids.answer('a', [preview]);
        const [inB] = ids.answer('b', [preview]);
        expect(inA).not.toBe(inB);
        ids.release('a');
        expect(live.has(inA)).toBe(false);
        expect(live.has(inB)).toBe(true);
        ids.dispose();
        expect(live.size).toBe(0);
    });
});
