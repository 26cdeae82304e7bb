import { describe, expect, it } from 'vitest';
import { layoutBlueprint } from '../../src/render/index.js';
import { FONTS, SIZES } from '../../src/render/dimensions.js';
import { ELLIPSIS, escapeXml, isWide, measureText, truncateText, wrapText } from '../../src/render/text.js';
import { exampleFiles, loadExample, loadModels } from './examples.js';

const FONT = { size: 10 };

describe('measureText', () => {
    it('counts wide characters (CJK, kana, Hangul, fullwidth) as one em', () => {
        expect(measureText('存款', FONT)).toBe(20);
        expect(measureText('カナ', FONT)).toBe(20);
        expect(measureText('한국', FONT)).toBe(20);
        expect(measureText('ＡＢ', FONT)).toBe(20);
        expect(['中', 'あ', '한', 'Ａ', '，'].every(c => isWide(c.codePointAt(0)!))).toBe(true);
        expect(isWide('a'.codePointAt(0)!)).toBe(false);
    });

    it('counts Latin around half an em, narrow letters less', () => {
        const average = measureText('deposit', FONT) / 7;
        expect(average).toBeGreaterThan(4);
        expect(average).toBeLessThan(6.5);
        expect(measureText('iiii', FONT)).toBeLessThan(measureText('mmmm', FONT) / 2);
        expect(measureText(' ', FONT)).toBeLessThan(measureText('n', FONT));
    });

    it('scales with size and weight', () => {
        expect(measureText('abc', { size: 20 })).toBeCloseTo(2 * measureText('abc', FONT));
        expect(measureText('abc', { size: 10, bold: true })).toBeGreaterThan(measureText('abc', FONT));
    });
});

describe('wrapText', () => {
    it('keeps text that fits on one line', () => {
        expect(wrapText('Take a number', 200, FONT, 3)).toEqual({ lines: ['Take a number'], truncated: false });
    });

    it('breaks Latin at spaces and Chinese between characters', () => {
        const latin = wrapText('Hand over passbook and cash', 80, FONT, 3);
        expect(latin.lines.length).toBeGreaterThan(1);
        expect(latin.lines.join(' ')).toBe('Hand over passbook and cash');
        const chinese = wrapText('递交存折和现金并等待柜员清点', 60, FONT, 3);
        expect(chinese.lines).toEqual(['递交存折和现', '金并等待柜员', '清点']);
    });

    it('cuts what does not fit into the last line with an ellipsis', () => {
        const wrapped = wrapText('一二三四五六七八九十一二三四五六七八九十', 50, FONT, 2);
        expect(wrapped.truncated).toBe(true);
        expect(wrapped.lines).toHaveLength(2);
        expect(wrapped.lines[1].endsWith(ELLIPSIS)).toBe(true);
        for (const line of wrapped.lines) expect(measureText(line, FONT)).toBeLessThanOrEqual(50);
    });

    it('splits a word longer than a line', () => {
        const wrapped = wrapText('Supercalifragilisticexpialidocious', 60, FONT, 5);
        for (const line of wrapped.lines) expect(measureText(line, FONT)).toBeLessThanOrEqual(60);
        expect(wrapped.lines.join('')).toBe('Supercalifragilisticexpialidocious');
    });

    it('truncates a single line with an ellipsis', () => {
        const cut = truncateText('数据处理与记账 Post the deposit', 60, FONT);
        expect(cut.endsWith(ELLIPSIS)).toBe(true);
        expect(measureText(cut, FONT)).toBeLessThanOrEqual(60);
        expect(truncateText('short', 60, FONT)).toBe('short');
    });
});

describe('Chinese labels never overflow their boxes', () => {
    const textWidth = SIZES.column - 2 * SIZES.boxPadX;
    it('in a long Chinese label', async () => {
        const [model] = await loadModels(`blueprint b {
            customer c { step a "顾客在柜台前递交存折和现金并在密码键盘上输入六位数字密码然后等待柜员打印回单并签字确认" }
        }`);
        const step = layoutBlueprint(model).steps[0];
        expect(step.label.truncated).toBe(true);
        expect(step.label.lines.length).toBeLessThanOrEqual(SIZES.labelMaxLines);
        for (const line of step.label.lines) expect(measureText(line, FONTS.label)).toBeLessThanOrEqual(textWidth);
    });

    it.each(exampleFiles())('in %s', async file => {
        for (const model of (await loadExample(file)).models) {
            const layout = layoutBlueprint(model);
            for (const step of layout.steps) {
                for (const line of step.label.lines) expect(measureText(line, FONTS.label)).toBeLessThanOrEqual(textWidth);
                if (step.meta) expect(measureText(step.meta.lines[0], FONTS.meta)).toBeLessThanOrEqual(textWidth);
            }
        }
    });
});

describe('escapeXml', () => {
    it('escapes the five markup characters', () => {
        expect(escapeXml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;');
    });

    it('replaces characters XML forbids', () => {
        expect(escapeXml('a\u0000b\u0008c\ud800d')).toBe('a\ufffdb\ufffdc\ufffdd');
        expect(escapeXml('tab\tnewline\n😀')).toBe('tab\tnewline\n😀');
    });
});
