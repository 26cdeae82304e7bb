/**
 * Text measurement, wrapping and escaping without a DOM: the renderer runs in
 * the language server, the CLI, the webview and tests alike, so widths are
 * estimated from character classes instead of measured by a browser.
 */

/** Advance widths (in em) of printable ASCII, from Arial/Helvetica metrics; index = code - 32. */
const ASCII_EM = [
    0.278, 0.278, 0.355, 0.556, 0.556, 0.889, 0.667, 0.191, 0.333, 0.333, 0.389, 0.584, 0.278, 0.333, 0.278, 0.278, // space – /
    0.556, 0.556, 0.556, 0.556, 0.556, 0.556, 0.556, 0.556, 0.556, 0.556, 0.278, 0.278, 0.584, 0.584, 0.584, 0.556, // 0 – ?
    1.015, 0.667, 0.667, 0.722, 0.722, 0.667, 0.611, 0.778, 0.722, 0.278, 0.5, 0.667, 0.556, 0.833, 0.722, 0.778, // @ – O
    0.667, 0.778, 0.722, 0.667, 0.611, 0.722, 0.667, 0.944, 0.667, 0.667, 0.611, 0.278, 0.278, 0.278, 0.469, 0.556, // P – _
    0.333, 0.556, 0.556, 0.5, 0.556, 0.556, 0.278, 0.556, 0.556, 0.222, 0.222, 0.5, 0.222, 0.833, 0.556, 0.556, // ` – o
    0.556, 0.556, 0.333, 0.5, 0.278, 0.556, 0.5, 0.722, 0.5, 0.5, 0.5, 0.334, 0.26, 0.334, 0.584 // p – ~
];
/** Fonts differ (Segoe UI, Noto Sans, Source Sans…); overestimate a little so text never overflows. */
const LATIN_SAFETY = 1.06;
const OTHER_NARROW_EM = 0.6;
const BOLD_FACTOR = 1.08;
export const ELLIPSIS = '…';

/** East Asian wide and fullwidth characters (CJK, kana, Hangul, fullwidth forms) and emoji. */
export function isWide(code: number): boolean {
    return (code >= 0x1100 && code <= 0x115f)
        || (code >= 0x2e80 && code <= 0x303e)
        || (code >= 0x3041 && code <= 0x33ff)
        || (code >= 0x3400 && code <= 0x4dbf)
        || (code >= 0x4e00 && code <= 0x9fff)
        || (code >= 0xa000 && code <= 0xa4cf)
        || (code >= 0xa960 && code <= 0xa97f)
        || (code >= 0xac00 && code <= 0xd7a3)
        || (code >= 0xf900 && code <= 0xfaff)
        || (code >= 0xfe10 && code <= 0xfe19)
        || (code >= 0xfe30 && code <= 0xfe6f)
        || (code >= 0xff00 && code <= 0xff60)
        || (code >= 0xffe0 && code <= 0xffe6)
        || (code >= 0x1f300 && code <= 0x1f64f)
        || (code >= 0x1f900 && code <= 0x1f9ff)
        || (code >= 0x20000 && code <= 0x3fffd);
}

/** Whether text holds a wide (CJK, kana, Hangul, fullwidth) character. */
export function hasWide(text: string): boolean {
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code >= 0x1100 && isWide(codePointAt(text, i))) return true;
    }
    return false;
}

/** Punctuation that CJK fonts (the usual fallback for mixed text) draw a full em wide; the middle dot (·) is not counted: most fonts draw it narrow. */
function isAmbiguousWide(code: number): boolean {
    return code === 0x2014 || code === 0x2026 || (code >= 0x2018 && code <= 0x201f) || code === 0x2264 || code === 0x2265;
}

function isZeroWidth(code: number): boolean {
    return (code >= 0x0300 && code <= 0x036f) // combining diacritics
        || (code >= 0x200b && code <= 0x200f)
        || (code >= 0xfe00 && code <= 0xfe0f);
}

/** Widths of the first 128 code points, safety included (control characters take no room). */
const ASCII_TABLE = Float64Array.from({ length: 128 }, (_, code) => (code >= 32 && code < 127 ? ASCII_EM[code - 32] * LATIN_SAFETY : 0));

/** Width of one character in em. */
export function charEm(code: number): number {
    if (code < 128) return ASCII_TABLE[code];
    if (isWide(code) || isAmbiguousWide(code)) return 1;
    return isZeroWidth(code) ? 0 : OTHER_NARROW_EM;
}

/** The code point at `i` (a surrogate pair read as one) and how many UTF-16 units it takes. */
function codePointAt(text: string, i: number): number {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) return ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
    }
    return code;
}

/** No UTF-16 unit is wider than this (the widest ASCII glyph, with the safety margin). */
const WIDEST_UNIT_EM = Math.max(1, ...ASCII_TABLE);

/** Whether text fits `maxEm`; short text is accepted without measuring it. */
function fits(text: string, maxEm: number): boolean {
    return text.length * WIDEST_UNIT_EM <= maxEm || emWidth(text) <= maxEm;
}

/** Sum of the character widths in em; a plain index loop, as this runs for every text drawn. */
function emWidth(text: string): number {
    let em = 0;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code < 128) {
            em += ASCII_TABLE[code];
            continue;
        }
        const point = codePointAt(text, i);
        if (point > 0xffff) i++;
        em += charEm(point);
    }
    return em;
}

export interface Font { size: number; bold?: boolean }

export function measureText(text: string, font: Font): number {
    return emWidth(text) * font.size * (font.bold ? BOLD_FACTOR : 1);
}

/** The longest prefix of `text` that fits `maxWidth` with an ellipsis after it. */
export function truncateText(text: string, maxWidth: number, font: Font): string {
    const scale = font.size * (font.bold ? BOLD_FACTOR : 1);
    if (fits(text, maxWidth / scale)) return text;
    let budget = maxWidth / scale - charEm(ELLIPSIS.charCodeAt(0));
    let end = 0;
    while (end < text.length) {
        const point = codePointAt(text, end);
        budget -= charEm(point);
        if (budget < 0) break;
        end += point > 0xffff ? 2 : 1;
    }
    return text.slice(0, end).trimEnd() + ELLIPSIS;
}

/** Whitespace that wrapping must normalise first: runs, tabs, newlines, or at either end. */
const MESSY_SPACE = /\s\s|[^\S ]|^\s|\s$/;

export interface WrappedText {
    lines: string[];
    /** True when text was cut (the last line then ends with an ellipsis). */
    truncated: boolean;
}

/**
 * Greedy line breaking, linear in the text: lines break at spaces, before and
 * after wide characters and after a hyphen or slash; a word longer than a line
 * breaks anywhere. At most `maxLines` lines; what does not fit ends in an ellipsis.
 */
export function wrapText(text: string, maxWidth: number, font: Font, maxLines: number): WrappedText {
    const normalized = MESSY_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
    const maxEm = maxWidth / (font.size * (font.bold ? BOLD_FACTOR : 1));
    if (fits(normalized, maxEm)) return { lines: normalized ? [normalized] : [], truncated: false };
    const lines: string[] = [];
    let start = 0;
    let width = 0;
    // The last break opportunity: the line may end at breakEnd and the next start at breakNext.
    let breakEnd = -1;
    let breakNext = -1;
    let widthAfterBreak = 0;
    for (let i = 0; i < normalized.length;) {
        const point = codePointAt(normalized, i);
        const size = point > 0xffff ? 2 : 1;
        const em = charEm(point);
        if (point === 32) {
            // A space may hang past the edge: it is trimmed at the break.
            breakEnd = i; breakNext = i + 1; widthAfterBreak = 0;
            width += em;
            i += size;
            continue;
        }
        const wide = isWide(point);
        if (wide && i > start) { breakEnd = i; breakNext = i; widthAfterBreak = 0; }
        if (width + em > maxEm && i > start) {
            if (lines.length === maxLines - 1) {
                lines.push(truncateText(normalized.slice(start).trim(), maxWidth, font));
                return { lines, truncated: true };
            }
            if (breakEnd > start) {
                lines.push(normalized.slice(start, breakEnd).trimEnd());
                start = breakNext;
                width = widthAfterBreak;
            } else {
                lines.push(normalized.slice(start, i));
                start = i;
                width = 0;
            }
            breakEnd = -1;
        }
        width += em;
        widthAfterBreak += em;
        if (wide || point === 45 || point === 47) { breakEnd = i + size; breakNext = i + size; widthAfterBreak = 0; }
        i += size;
    }
    const last = normalized.slice(start).trim();
    if (last) lines.push(last);
    return { lines, truncated: false };
}

const NEEDS_ESCAPE = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

/**
 * Escapes text for XML content and attribute values, and replaces characters
 * XML 1.0 forbids (control characters, lone surrogates) so the output always parses.
 */
export function escapeXml(text: string): string {
    if (!NEEDS_ESCAPE.test(text)) return text;
    return text.replace(/[&<>"']|[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, ch => {
        switch (ch) {
            case '&': return '&amp;';
            case '<': return '&lt;';
            case '>': return '&gt;';
            case '"': return '&quot;';
            case "'": return '&#39;';
            default: return '\ufffd';
        }
    });
}
