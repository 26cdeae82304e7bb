/**
 * The words of the picture come from the caller's catalogue (RenderOptions.labels):
 * a Chinese picture shows the legend, zone strips, line labels, channels and
 * title in Chinese, and none of the English catalogue's words.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leavesOf } from '../../src/i18n/bundles.js';
import { messagesFor } from '../../src/i18n/index.js';
import { renderSvg } from '../../src/render/index.js';
import { loadExample } from './examples.js';
import { allElements, parseSvg, textOf } from './xml.js';

const en = messagesFor('en').preview.diagram;
const zh = messagesFor('zh-cn').preview.diagram;

/** Every text the SVG draws or shows as a tooltip. */
async function drawnTexts(labels = en): Promise<string[]> {
    const { models } = await loadExample('examples/counter-deposit.blueprint');
    const svg = parseSvg(renderSvg(models, { labels }));
    return allElements(svg).filter(e => e.localName === 'text' || e.localName === 'title').map(textOf);
}

describe('the picture in the reader language', () => {
    it('draws the Chinese catalogue words in a Chinese picture', async () => {
        const texts = (await drawnTexts(zh)).join('\n');
        for (const word of [zh.headings.classification, zh.headings.metrics, zh.headings.key, zh.metrics.failPoints, zh.symbols.wait, zh.lineLabels.visibility, zh.channels.counter]) {
            expect(texts).toContain(word);
        }
        expect(texts).toContain(zh.title("储蓄柜台存款 Counter deposit"));
        expect(texts).toContain(zh.phaseTimeAxis);
    });

    it("draws none of the English catalogue's words in a Chinese picture", async () => {
        const texts = (await drawnTexts(zh)).join('\n');
        const englishWords = leavesOf(en as never).map(([, leaf]) => leaf).filter((leaf): leaf is string => typeof leaf === 'string')
            .flatMap(text => text.split(/[·\n()]/).map(part => part.trim())).filter(part => /^[A-Za-z][A-Za-z -]{3,}$/.test(part));
        expect(englishWords.length).toBeGreaterThan(30);
        // The document's own text (bilingual labels, English notes) is the author's, not ours.
        const source = readFileSync('examples/counter-deposit.blueprint', 'utf8');
        expect(englishWords.filter(word => texts.includes(word) && !source.includes(word))).toEqual([]);
    });

    it('draws English by default', async () => {
        const texts = (await drawnTexts()).join('\n');
        expect(texts).toContain(en.headings.metrics);
        expect(texts).toContain('Service blueprint: ');
    });
});
