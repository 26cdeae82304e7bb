// The npm package as a user gets it: `npm pack`, installed with --omit=dev into an
// empty folder, then its `blueprint` command run from there (no repository, no devDependencies).
// Part of `npm test`; about 30 s, most of it the production build of `prepack`.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import assert from 'node:assert/strict';

const root = new URL('../..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'blueprint-tarball-'));
const npm = (args, cwd) => execFileSync('npm', [...args, '--no-audit', '--no-fund'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

// prepack's build prints before npm's JSON.
const packOutput = npm(['pack', '--json', '--pack-destination', work], root);
const [packed] = JSON.parse(packOutput.slice(packOutput.search(/^\[\s*$/m)));
const tarball = join(work, packed.filename);
const app = join(work, 'app');
execFileSync('mkdir', [app]);
writeFileSync(join(app, 'package.json'), '{ "name": "tarball-user", "private": true }');
npm(['install', '--omit=dev', '--prefer-offline', tarball], app);

// The seed example: Chinese names, labels and evidence.
const BLUEPRINT = readFileSync(join(root, 'examples/counter-deposit.blueprint'), 'utf8');
writeFileSync(join(app, 'deposit.blueprint'), BLUEPRINT);
writeFileSync(join(app, 'messy.blueprint'), BLUEPRINT.replace(/^ {4}/gm, '  '));

function blueprint(...args) {
    const result = spawnSync(join(app, 'node_modules/.bin/blueprint'), args, { cwd: app, encoding: 'utf8', env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C', BLUEPRINT_NO_SYSTEM_FONTS: '1' } });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const results = [];
function step(name, run) {
    try {
        run();
        results.push(['ok', name]);
    } catch (error) {
        results.push(['FAIL', name, error.message.split('\n').slice(0, 6).join('\n')]);
    }
}

/** The decompressed scanlines of a PNG, to tell a drawing from a blank image. */
function pngPixels(file) {
    const png = readFileSync(file);
    assert.equal(png.subarray(1, 4).toString(), 'PNG');
    const chunks = [];
    for (let offset = 8; offset < png.length;) {
        const length = png.readUInt32BE(offset);
        if (png.toString('latin1', offset + 4, offset + 8) === 'IDAT') chunks.push(png.subarray(offset + 8, offset + 8 + length));
        offset += 12 + length;
    }
    return inflateSync(Buffer.concat(chunks));
}

step('--version', () => {
    const { code, stdout } = blueprint('--version');
    assert.equal(code, 0);
    assert.equal(stdout.trim(), JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
});
step('check', () => {
    const { code, stdout, stderr } = blueprint('check', 'deposit.blueprint');
    assert.equal(code, 0, stdout + stderr);
    assert.match(stdout, /1 file\(s\) checked: 0 error\(s\)/);
});
step('check of a file with errors exits 1', () => {
    writeFileSync(join(app, 'broken.blueprint'), 'blueprint B {\n  customer { step a { evidence "x" } }\n  backstage { step b }\n  a -> b\n}\n');
    const { code, stdout } = blueprint('check', 'broken.blueprint');
    assert.equal(code, 1);
    assert.match(stdout, /broken\.blueprint:4:5 error BP002/);
    rmSync(join(app, 'broken.blueprint'));
});
step('render SVG', () => {
    const { code, stderr } = blueprint('render', 'deposit.blueprint', '-o', 'deposit.svg');
    assert.equal(code, 0, stderr);
    assert.match(readFileSync(join(app, 'deposit.svg'), 'utf8'), /<svg[^>]*>[\s\S]*取号/);
});
step('render PNG without system fonts', () => {
    const { code, stderr } = blueprint('render', 'deposit.blueprint', '-o', 'deposit.png');
    assert.equal(code, 0, stderr);
    assert.equal(stderr, '', 'every character is in the bundled font');
    const pixels = pngPixels(join(app, 'deposit.png'));
    assert.ok(new Set(pixels).size > 16, 'the PNG is not blank');
});
step('the bundled font draws Chinese glyphs, not the tofu (.notdef) box', () => {
    // resvg as installed, with only the package's font: 取 against U+20000, which GB2312 lacks (so .notdef).
    const probe = `
        import { Resvg } from '@resvg/resvg-js';
        const fonts = ['node_modules/service-blueprint/fonts/NotoSansSC-GB2312-Regular.otf'];
        const draw = text => new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><text x="4" y="32" font-size="32" font-family="Noto Sans S Chinese">' + text + '</text></svg>',
            { font: { fontFiles: fonts, loadSystemFonts: false, defaultFontFamily: 'Noto Sans S Chinese' } }).render().pixels;
        const ink = pixels => pixels.filter((_, i) => i % 4 === 3 && pixels[i] > 0).length;
        const glyph = draw('取'), other = draw('号'), tofu = draw('\\u{20000}');
        console.log(JSON.stringify({ glyph: ink(glyph), other: ink(other), tofu: ink(tofu), sameAsTofu: Buffer.compare(Buffer.from(glyph), Buffer.from(tofu)) === 0 }));`;
    const measured = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: app, encoding: 'utf8' }));
    assert.ok(measured.glyph > 20 && measured.other > 20, JSON.stringify(measured));
    assert.equal(measured.sameAsTofu, false, JSON.stringify(measured));
    assert.notEqual(measured.glyph, measured.tofu, JSON.stringify(measured));
});
step('format --check', () => {
    assert.equal(blueprint('format', '--check', 'deposit.blueprint').code, 0);
    const messy = blueprint('format', '--check', 'messy.blueprint');
    assert.equal(messy.code, 1);
    assert.match(messy.stdout, /messy\.blueprint: not formatted/);
});
step('check --format sarif', () => {
    const { code, stdout } = blueprint('check', 'deposit.blueprint', '--format', 'sarif');
    assert.equal(code, 0);
    const log = JSON.parse(stdout);
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs[0].tool.driver.name, 'blueprint');
    assert.ok(log.runs[0].results.every(r => r.locations[0].physicalLocation.artifactLocation.uri === 'deposit.blueprint'));
});
step('check --format github and --lang zh-cn', () => {
    writeFileSync(join(app, 'broken.blueprint'), 'blueprint B {\n  customer { step a { evidence "x" } }\n  backstage { step b }\n  a -> b\n}\n');
    const { code, stdout } = blueprint('check', 'broken.blueprint', '--format', 'github', '--lang', 'zh-cn');
    assert.equal(code, 1);
    assert.match(stdout, /^::error file=broken\.blueprint,line=4,col=5,/m);
    assert.match(stdout, /已检查 1 个文件/);
    rmSync(join(app, 'broken.blueprint'));
});
step('init', () => {
    const { code, stdout } = blueprint('init', 'starter');
    assert.equal(code, 0, stdout);
    assert.equal(blueprint('check', 'starter').code, 0);
});
step('a user error is one line, exit 2', () => {
    const { code, stderr } = blueprint('check', 'missing.blueprint');
    assert.equal(code, 2);
    assert.equal(stderr.trim(), 'blueprint: no such file or folder: missing.blueprint');
});

const installed = execFileSync('du', ['-sk', join(app, 'node_modules')], { encoding: 'utf8' }).split('\t')[0];
const packages = JSON.parse(npm(['ls', '--all', '--json', '--omit=dev'], app));
const count = tree => Object.values(tree.dependencies ?? {}).reduce((sum, dep) => sum + 1 + count(dep), 0);
console.log(`package: ${packed.filename} ${(statSync(tarball).size / 1024).toFixed(0)} KiB packed, ${(packed.unpackedSize / 1024).toFixed(0)} KiB unpacked, ${packed.entryCount} files; installed: ${installed} KiB in node_modules, ${count(packages)} packages`);
for (const [status, name, detail] of results) console.log(`${status} ${name}${detail ? `\n    ${detail.replace(/\n/g, '\n    ')}` : ''}`);
const failed = results.filter(([status]) => status === 'FAIL').length;
console.log(`${results.length - failed} passed, ${failed} failed`);
rmSync(work, { recursive: true, force: true });
process.exitCode = failed > 0 ? 1 : 0;
