// Regenerates fonts/NotoSansSC-GB2312-*.otf: Noto Sans SC (SIL OFL 1.1, from the npm
// package @embedpdf/fonts-sc) cut to the GB2312 characters and printable ASCII, so PNGs
// of Chinese blueprints have glyphs on machines without CJK fonts. Run by hand:
//   node scripts/subset-font.mjs   (installs its two tools into a temporary folder)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const tools = mkdtempSync(join(tmpdir(), 'subset-font-'));
execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefix', tools, 'subset-font@2.9.0', '@embedpdf/fonts-sc@1.0.0'], { stdio: 'inherit' });
const require = createRequire(join(tools, 'node_modules', 'x.js'));
const subsetFont = require('subset-font');

/** Every character of GB2312 (rows 1–9 symbols, 16–87 hanzi), decoded through GBK, plus ASCII. */
function gb2312Characters() {
    const gbk = new TextDecoder('gbk');
    let chars = '';
    for (let row = 0xa1; row <= 0xf7; row++) {
        if (row >= 0xaa && row <= 0xaf) continue; // unassigned rows
        for (let cell = 0xa1; cell <= 0xfe; cell++) {
            const char = gbk.decode(Uint8Array.from([row, cell]));
            if (char !== '\ufffd') chars += char;
        }
    }
    for (let code = 0x20; code < 0x7f; code++) chars += String.fromCharCode(code);
    return chars;
}

const chars = gb2312Characters();
for (const weight of ['Regular', 'Bold']) {
    const source = readFileSync(join(tools, 'node_modules/@embedpdf/fonts-sc/fonts', `NotoSansHans-${weight}.otf`));
    const subset = await subsetFont(source, chars, { targetFormat: 'sfnt' });
    writeFileSync(new URL(`../fonts/NotoSansSC-GB2312-${weight}.otf`, import.meta.url), subset);
    console.log(`fonts/NotoSansSC-GB2312-${weight}.otf: ${[...chars].length} characters, ${subset.length} bytes`);
}
