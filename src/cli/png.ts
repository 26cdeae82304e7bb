import { output } from './output.js';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CliError } from './errors.js';
import { text } from './text.js';

/** Noto Sans SC cut to GB2312 (scripts/subset-font.mjs), shipped in the package's fonts/ folder. */
const BUNDLED_FONTS = ['NotoSansSC-GB2312-Regular.otf', 'NotoSansSC-GB2312-Bold.otf'];
const BUNDLED_FAMILY = 'Noto Sans S Chinese';


/** The fonts/ folder beside dist/ (the bundle) or beside src/cli/ (tests running sources). */
function fontFiles(): string[] {
    const folder = fileURLToPath(new URL(import.meta.url.includes('/src/cli/') ? '../../fonts/' : '../fonts/', import.meta.url));
    const files = BUNDLED_FONTS.map(name => folder + name);
    if (!files.every(file => existsSync(file))) throw new CliError(text().png.missingFonts(folder));
    return files;
}

/** The characters of the SVG's text that GB2312 (so the bundled font) lacks, besides ASCII. */
export function charactersOutsideBundledFont(svg: string): string[] {
    const text = svg.replace(/<[^>]*>/g, '');
    const outside = new Set<string>();
    for (const char of text) {
        if ((char.codePointAt(0) ?? 0) < 0x80 || isGb2312(char)) continue;
        outside.add(char);
    }
    return [...outside];
}

let gb2312Set: Set<string> | undefined;

function isGb2312(char: string): boolean {
    gb2312Set ??= gb2312Characters();
    return gb2312Set.has(char);
}

/** The same character list the subset was cut to (see scripts/subset-font.mjs). */
function gb2312Characters(): Set<string> {
    const gbk = new TextDecoder('gbk');
    const chars = new Set<string>();
    for (let row = 0xa1; row <= 0xf7; row++) {
        if (row >= 0xaa && row <= 0xaf) continue;
        for (let cell = 0xa1; cell <= 0xfe; cell++) {
            const char = gbk.decode(Uint8Array.from([row, cell]));
            if (char !== '\ufffd') chars.add(char);
        }
    }
    return chars;
}

/**
 * resvg (a maintained Rust rasteriser, the package's one runtime dependency)
 * with the bundled CJK font and the system's fonts; characters the bundled
 * font lacks are named on stderr, never drawn as boxes silently.
 * BLUEPRINT_NO_SYSTEM_FONTS=1 stands in for a machine without CJK fonts (tests).
 */
export async function svgToPng(svg: string): Promise<Buffer> {
    let Resvg: typeof import('@resvg/resvg-js').Resvg;
    try {
        ({ Resvg } = await import('@resvg/resvg-js'));
    } catch (error) {
        throw new CliError(text().png.noRasteriser((error as Error).message.split('\n')[0]));
    }
    const outside = charactersOutsideBundledFont(svg);
    if (outside.length > 0) output.error(`blueprint: ${text().errors.warningPrefix}${text().png.uncovered(outside.slice(0, 10).map(c => `'${c}'`).join(' '))}`);
    return new Resvg(svg, { font: { fontFiles: fontFiles(), loadSystemFonts: !process.env.BLUEPRINT_NO_SYSTEM_FONTS, defaultFontFamily: BUNDLED_FAMILY }, fitTo: { mode: 'zoom', value: 2 } }).render().asPng();
}
