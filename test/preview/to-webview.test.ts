import { describe, expect, it } from 'vitest';
import { isToWebview } from '../../src/protocol.js';

const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } };
const blueprint = {
    name: 'b', title: 'B', classification: {}, metrics: {}, lanes: [], lines: [], phases: [], steps: [], flows: [], range, nameRange: range
};

describe('isToWebview checks every field', () => {
    it.each([
        { type: 'source', uri: 'file:///a.blueprint', fileName: 'a.blueprint', locked: false },
        { type: 'update', fileName: 'a.blueprint', snapshot: { uri: 'file:///a', version: 3, blueprints: [blueprint] } },
        { type: 'update', fileName: 'a.blueprint', snapshot: { uri: 'file:///a', version: 3, blueprints: [], firstError: { message: 'bad', range } } },
        { type: 'highlight', stepIds: ['a', 'b'] },
        { type: 'requestPng', requestId: 1, scale: 2, svg: '<svg/>' },
        { type: 'zoom', action: 'fit' }
    ])('accepts $type', message => expect(isToWebview(message)).toBe(true));

    // Regression: the page's check looked at `type` only, so these reached the renderer.
    it.each([
        { type: 'source', uri: 'file:///a.blueprint', fileName: 'a.blueprint' },
        { type: 'update', fileName: 'a.blueprint', snapshot: { uri: 'file:///a', version: 3 } },
        { type: 'update', fileName: 'a.blueprint', snapshot: { uri: 'file:///a', version: 3, blueprints: [{ ...blueprint, steps: null }] } },
        { type: 'update', fileName: 'a.blueprint', snapshot: { uri: 'file:///a', version: 3, blueprints: [], firstError: { message: 'bad' } } },
        { type: 'highlight', stepIds: 'a' },
        { type: 'highlight', stepIds: [1] },
        { type: 'requestPng', requestId: 1, scale: 0, svg: '<svg/>' },
        { type: 'requestPng', scale: 2, svg: '<svg/>' },
        { type: 'zoom', action: 'spin' },
        { type: 'unknown' },
        null
    ])('refuses %j', message => expect(isToWebview(message)).toBe(false));
});
