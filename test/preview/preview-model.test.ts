import { beforeAll, describe, expect, it } from 'vitest';
import type { ModelSnapshot, ToWebview } from '../../src/protocol.js';
import { messagesFor } from '../../src/i18n/index.js';
import { bannerText, findStep, initialView, reducePreview, stepIdsAt, type PreviewView } from '../../src/preview-state.js';
import { BLUEPRINT, snapshotFor } from './fixtures.js';

const EN = messagesFor('en').preview;

const URI = 'file:///work/deposit.blueprint';
const source: ToWebview = { type: 'source', uri: URI, fileName: 'deposit.blueprint', locked: false };
const update = (snapshot: ModelSnapshot): ToWebview => ({ type: 'update', snapshot, fileName: 'deposit.blueprint' });
const run = (...messages: ToWebview[]): PreviewView => messages.reduce(reducePreview, initialView());

let good1: ModelSnapshot;
let good2: ModelSnapshot;
let broken3: ModelSnapshot;

beforeAll(async () => {
    good1 = await snapshotFor(BLUEPRINT, 1);
    good2 = await snapshotFor(BLUEPRINT.replace('"Serve"', '"Serve well"'), 2);
    broken3 = await snapshotFor(BLUEPRINT.replace('arrive -> serve -> pay', 'arrive -> serve -> nowhere'), 3);
});

describe('reducePreview', () => {
    it('the fixtures are what the tests assume', () => {
        expect(good1.firstError).toBeUndefined();
        expect(good1.blueprints[0].steps.map(s => s.id)).toEqual(['arrive', 'pay', 'serve']);
        expect(broken3.firstError).toBeDefined();
    });

    it('shows a good snapshot without a banner', () => {
        const view = run(source, update(good1));
        expect(view.picture).toBe(good1);
        expect(view.pictureIsGood).toBe(true);
        expect(bannerText(view, EN)).toBeUndefined();
    });

    it('drops a stale version', () => {
        const view = run(source, update(good2), update(good1));
        expect(view.picture).toBe(good2);
        expect(view.latest).toBe(good2);
        expect(view.lastVersion).toBe(2);
    });

    it('returns the same object for a stale version, so nothing is redrawn', () => {
        const before = run(source, update(good2));
        expect(reducePreview(before, update(good1))).toBe(before);
    });

    it('keeps the last good picture while the document has an error, with a banner naming it', () => {
        const view = run(source, update(good1), update(good2), update(broken3));
        expect(view.picture).toBe(good2);
        expect(view.latest).toBe(broken3);
        const error = broken3.firstError!;
        expect(bannerText(view, EN)).toBe(`Line ${error.range.start.line + 1}: ${error.message} — showing the last valid version`);
    });

    it('words the banner in the page language', () => {
        const view = run(source, update(good1), update(broken3));
        const error = broken3.firstError!;
        expect(bannerText(view, messagesFor('zh-cn').preview)).toBe(`第 ${error.range.start.line + 1} 行：${error.message}——显示的是最后一个有效版本`);
    });

    it('clears the banner and shows the fix once the error is gone', async () => {
        const fixed = await snapshotFor(BLUEPRINT, 4);
        const view = run(source, update(good1), update(broken3), update(fixed));
        expect(view.picture).toBe(fixed);
        expect(bannerText(view, EN)).toBeUndefined();
    });

    it('shows the best effort when there never was a good picture', () => {
        const view = run(source, update(broken3));
        expect(view.picture).toBe(broken3);
        expect(view.pictureIsGood).toBe(false);
        expect(bannerText(view, EN)).toMatch(/^Line \d+: /);
        expect(bannerText(view, EN)).not.toContain('last valid');
    });

    it('ignores snapshots of another document', async () => {
        const other = await snapshotFor(BLUEPRINT, 9, 'file:///work/other.blueprint');
        const view = run(source, update(good1), update(other));
        expect(view.picture).toBe(good1);
    });

    it('starts over on another source, and accepts restarted versions of the same document after a source message', () => {
        const switched = run(source, update(good2), { ...source, uri: 'file:///work/other.blueprint' });
        expect(switched.picture).toBeUndefined();
        expect(switched.lastVersion).toBe(Number.NEGATIVE_INFINITY);

        const reopened = run(source, update(good2), source, update(good1));
        expect(reopened.picture).toBe(good1);
    });

    it('keeps the picture when only the lock changes', () => {
        const view = run(source, update(good1), { ...source, locked: true });
        expect(view.locked).toBe(true);
        expect(view.picture).toBe(good1);
    });

    it('tracks highlighted steps, unchanged lists being no change', () => {
        const view = run(source, update(good1), { type: 'highlight', stepIds: ['serve'] });
        expect(view.highlighted).toEqual(['serve']);
        expect(reducePreview(view, { type: 'highlight', stepIds: ['serve'] })).toBe(view);
    });

    it('ignores messages that are not about what it shows', () => {
        const view = run(source, update(good1));
        expect(reducePreview(view, { type: 'zoom', action: 'in' })).toBe(view);
        expect(reducePreview(view, { type: 'requestPng', requestId: 1, scale: 2, svg: '<svg/>' })).toBe(view);
    });
});

describe('findStep', () => {
    it('finds a step in the newest snapshot, so its range matches the text', () => {
        const view = run(source, update(good1), update(broken3));
        expect(findStep(view, 'serve')?.nameRange).toEqual(broken3.blueprints[0].steps.find(s => s.id === 'serve')!.nameRange);
        expect(findStep(view, 'serve', 'deposit')).toBeDefined();
        expect(findStep(view, 'serve', 'elsewhere')).toBeUndefined();
        expect(findStep(view, 'missing')).toBeUndefined();
    });
});

describe('stepIdsAt', () => {
    it('finds the step whose source contains the cursor', () => {
        const serve = good1.blueprints[0].steps.find(s => s.id === 'serve')!;
        expect(stepIdsAt(good1, serve.range.start.line, serve.range.start.character)).toEqual(['serve']);
        expect(stepIdsAt(good1, serve.nameRange.end.line, serve.nameRange.end.character)).toEqual(['serve']);
        expect(stepIdsAt(good1, serve.range.end.line, serve.range.end.character)).toEqual(['serve']);
    });

    it('finds nothing outside steps or without a snapshot', () => {
        expect(stepIdsAt(good1, 0, 0)).toEqual([]);
        expect(stepIdsAt(undefined, 3, 4)).toEqual([]);
    });
});
