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
import * as ast from '../../src/language/generated/ast.js';
import { buildBlueprint } from '../../src/language/model-builder.js';
import { parseFence } from '../../src/markdown/fence.js';
import { loadExample } from './examples.js';
import { allElements, parseSvg, textOf } from './xml.js';

const en = messagesFor('en').preview.diagram;
const BADGED = `actor teller
blueprint B {
    customer {
        step ask { wait 20 min }
    }
    onstage "柜台" {
        step serve { by teller time 80 s fail "卡纸" discretion }
        step check { time 36 小时 tolerance 2 天 }
    }
    serve -> check
}
`;

/** The model of a one-blueprint text, synchronously (the renderer's own input). */
function modelOfText(text: string) {
    const document = parseFence(text);
    return buildBlueprint(document.parseResult.value.elements.filter(ast.isBlueprint)[0]).model;
}
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

    it('badges carry the letters of the reader language: W F D in English, 等 失 判 in Chinese, in boxes and legend', () => {
        const badgeTexts = (labels: typeof en) => {
            const svg = parseSvg(renderSvg([modelOfText(BADGED)], { labels }));
            const inBadges = (className: string) => allElements(svg).filter(e => e.localName === 'g' && e.getAttribute('class') === className)
                .flatMap(g => Array.from(g.getElementsByTagName('text')).map(textOf));
            return { wait: inBadges('bp-wait'), fail: inBadges('bp-fail'), discretion: inBadges('bp-disc') };
        };
        expect(badgeTexts(en)).toEqual({ wait: ['W 20 min', 'W'], fail: ['F 卡纸', 'F'], discretion: ['D', 'D'] });
        expect(badgeTexts(zh)).toEqual({ wait: ['等 20 min', '等'], fail: ['失 卡纸', '失'], discretion: ['判', '判'] });
    });

    it('echoes durations in the units written (80 s is not 1.3 min, 36 小时 is not 1.5 d) and names untitled lanes in the reader language', () => {
        const texts = (labels: typeof en) => allElements(parseSvg(renderSvg([modelOfText(BADGED)], { labels }))).filter(e => e.localName === 'text').map(textOf);
        const english = texts(en);
        expect(english).toContain('80 s · teller');
        expect(english).toContain('36 小时 (≤ 2 天)');
        expect(english).toContain(en.laneTitles.customer);
        expect(texts(zh)).toContain(zh.laneTitles.customer);
        expect(texts(zh)).not.toContain(en.laneTitles.customer);
        const metrics = texts(zh).join('\n');
        expect(metrics).toContain('1.5 天');
        expect(metrics).not.toContain('1.5 d');
    });

    it('draws English by default', async () => {
        const texts = (await drawnTexts()).join('\n');
        expect(texts).toContain(en.headings.metrics);
        expect(texts).toContain('Service blueprint: ');
    });
});
