import { describe, expect, it } from 'vitest';
import { isFromWebview, isPreviewState } from '../../src/protocol.js';

const range = { start: { line: 1, character: 2 }, end: { line: 1, character: 8 } };

describe('isFromWebview', () => {
    it.each([
        { type: 'ready' },
        { type: 'toggleLock' },
        { type: 'reveal', uri: 'file:///a.blueprint', range },
        { type: 'export', format: 'svg' },
        { type: 'export', format: 'png' },
        { type: 'export', format: 'copy-svg' },
        { type: 'png', requestId: 3, dataUrl: 'data:image/png;base64,AAAA' },
        { type: 'png', requestId: 3, dataUrl: '', error: 'no canvas' },
        { type: 'png', requestId: 3, dataUrl: 'data:image/png;base64,AAAA', scale: 0.5 },
        { type: 'openRule', code: 'BP105' },
        { type: 'error', message: 'boom' }
    ])('accepts %j', message => {
        expect(isFromWebview(message)).toBe(true);
    });

    it.each([
        null, undefined, 42, 'ready', [], {},
        { type: 'unknown' },
        { type: '__proto__' },
        { type: 'reveal', uri: 'file:///a.blueprint' },
        { type: 'reveal', uri: 42, range },
        { type: 'reveal', uri: 'file:///a.blueprint', range: { start: { line: -1, character: 0 }, end: range.end } },
        { type: 'reveal', uri: 'file:///a.blueprint', range: { start: { line: 1.5, character: 0 }, end: range.end } },
        { type: 'reveal', uri: 'file:///a.blueprint', range: { start: { line: '1', character: 0 }, end: range.end } },
        { type: 'export', format: 'pdf' },
        { type: 'export' },
        { type: 'png', dataUrl: 7 },
        { type: 'png', requestId: 'x', dataUrl: '' },
        { type: 'png', requestId: 1, dataUrl: '', error: {} },
        { type: 'png', requestId: 1, dataUrl: '', scale: 0 },
        { type: 'png', requestId: 1, dataUrl: '', scale: Infinity },
        { type: 'openRule', code: '../README' },
        { type: 'openRule', code: 'BP1050' },
        { type: 'openRule' },
        { type: 'error', message: { toString: () => 'x' } }
    ])('rejects %j', message => {
        expect(isFromWebview(message)).toBe(false);
    });
});

describe('isPreviewState', () => {
    it('accepts a complete state', () => {
        expect(isPreviewState({ uri: 'file:///a.blueprint', locked: true, zoom: 1.5, scrollX: 10, scrollY: 0 })).toBe(true);
    });

    it.each([
        undefined, null, {},
        { uri: 'file:///a.blueprint', locked: 'yes', zoom: 1, scrollX: 0, scrollY: 0 },
        { uri: 'file:///a.blueprint', locked: false, zoom: Number.NaN, scrollX: 0, scrollY: 0 },
        { uri: 'file:///a.blueprint', locked: false, zoom: 1, scrollX: 0 }
    ])('rejects %j', state => {
        expect(isPreviewState(state)).toBe(false);
    });
});
