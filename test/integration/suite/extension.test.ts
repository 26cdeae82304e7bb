/// <reference types="mocha" />
/**
 * The integration suite: mocha BDD tests (global describe/it) that run inside a
 * real VS Code extension host with the extension loaded. The same compiled file
 * (out/integration/extension.test.cjs) is run
 *   - under @vscode/test-electron by ./index.ts (desktop VS Code, examples/ open), and
 *   - inside code-server's Node extension host by scripts/code-server/mocha-runner.cjs
 *     (test/e2e/run.mjs, a temporary copy of examples/ open).
 * The first workspace folder must hold the examples.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'service-blueprint.service-blueprint';
const EXAMPLE = 'counter-deposit.blueprint';
/** What `blueprint check examples/counter-deposit.blueprint` reports (test/examples/expected-diagnostics.txt). */
const EXPECTED_CODES = ['BP101', 'BP101', 'BP101', 'BP101', 'BP203'];

/** Polls until `probe` returns a value (not undefined/false), or fails after `timeoutMs`. */
async function until<T>(probe: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs = 30_000): Promise<T> {
    const started = Date.now();
    let lastError: unknown;
    for (;;) {
        try {
            const value = await probe();
            if (value !== undefined && value !== false) return value;
        } catch (error) {
            lastError = error;
        }
        if (Date.now() - started > timeoutMs) {
            throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (${String(lastError)})` : ''}`);
        }
        await new Promise(resolve => setTimeout(resolve, 50));
    }
}

function exampleUri(name: string): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the tests run with the examples folder open');
    return vscode.Uri.joinPath(folder.uri, name);
}

async function openExample(name: string): Promise<vscode.TextEditor> {
    const document = await vscode.workspace.openTextDocument(exampleUri(name));
    return vscode.window.showTextDocument(document);
}

const codeOf = (d: vscode.Diagnostic): string => String(typeof d.code === 'object' ? d.code.value : d.code);

/** The diagnostics the Problems view lists (it leaves hints out), by code. */
function listedCodes(uri: vscode.Uri): string[] {
    return vscode.languages.getDiagnostics(uri).filter(d => d.severity !== vscode.DiagnosticSeverity.Hint).map(codeOf).sort();
}

function previewTabs(): vscode.Tab[] {
    return vscode.window.tabGroups.all.flatMap(g => g.tabs)
        .filter(tab => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('blueprint.preview'));
}

async function readWhenWritten(target: vscode.Uri): Promise<Uint8Array> {
    return until(async () => {
        try {
            const bytes = await vscode.workspace.fs.readFile(target);
            return bytes.length > 0 && bytes;
        } catch {
            return undefined;
        }
    }, `${target.fsPath} to be written`);
}

describe('Service Blueprint extension', function () {
    this.timeout(60_000);
    let exportDir: string;

    before(() => {
        exportDir = mkdtempSync(join(tmpdir(), 'blueprint-integration-'));
    });
    after(() => {
        rmSync(exportDir, { recursive: true, force: true });
    });

    it('activates on a .blueprint file', async () => {
        const editor = await openExample(EXAMPLE);
        assert.equal(editor.document.languageId, 'blueprint');
        const extension = vscode.extensions.getExtension(EXTENSION_ID);
        assert.ok(extension, `${EXTENSION_ID} is installed`);
        await until(() => extension.isActive, 'activation');
    });

    it('publishes diagnostics with rule codes, as the CLI reports them', async () => {
        const editor = await openExample(EXAMPLE);
        // The workspace is still being built right after activation: wait for the settled set,
        // and name every intermediate set seen if it never comes.
        const seen = new Set<string>();
        await until(() => {
            const codes = listedCodes(editor.document.uri);
            seen.add(codes.join(' ') || '(none)');
            return JSON.stringify(codes) === JSON.stringify(EXPECTED_CODES);
        }, 'diagnostics', 30_000).catch(error => {
            throw new Error(`${(error as Error).message}; expected ${EXPECTED_CODES.join(' ')}, saw: ${[...seen].join(' | ')}`);
        });
        const all = vscode.languages.getDiagnostics(editor.document.uri);
        assert.ok(!all.some(d => d.severity === vscode.DiagnosticSeverity.Error), 'the example has no errors');
        assert.ok(all.every(d => d.source === undefined || typeof d.source === 'string'));
    });

    it('hover shows a step\'s label and facts', async () => {
        const editor = await openExample(EXAMPLE);
        const offset = editor.document.getText().indexOf('step 点钞') + 'step '.length;
        const hovers = await until(async () => {
            const result = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(offset));
            return result.length > 0 && result;
        }, 'hover');
        const text = hovers.flatMap(h => h.contents).map(c => (typeof c === 'string' ? c : c.value)).join('\n');
        assert.match(text, /点钞验钞/);
        assert.match(text, /Fail point/);
    });

    it('completion offers the steps of the blueprint', async () => {
        const editor = await openExample(EXAMPLE);
        const text = editor.document.getText();
        const position = editor.document.positionAt(text.lastIndexOf('}'));
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, position);
        const labels = list.items.map(i => (typeof i.label === 'string' ? i.label : i.label.label));
        assert.ok(labels.includes('取号'), `取号 among ${labels.slice(0, 20).join(', ')}`);
    });

    it('the preview command opens a webview beside the editor', async () => {
        await openExample(EXAMPLE);
        await vscode.commands.executeCommand('blueprint.showPreviewToSide');
        const tab = await until(() => previewTabs()[0], 'a preview tab');
        assert.match(tab.label, /counter-deposit/);
        assert.notEqual(tab.group.viewColumn, vscode.ViewColumn.One, 'the preview is beside the editor');
    });

    it('code lens commands carry no arguments, and the preview lens opens the preview', async () => {
        const editor = await openExample(EXAMPLE);
        // VS Code keeps a lens command's arguments in a cache it drops when the lenses are asked
        // for again, and a click racing that ran nothing ("Actual command not found").
        const lenses = await until(async () => {
            const found = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri);
            return found.length > 0 && found;
        }, 'code lenses');
        const commands = lenses.flatMap(lens => (lens.command?.command ? [lens.command] : []));
        assert.ok(commands.some(c => /fail point/.test(c.title)), commands.map(c => c.title).join(' | '));
        for (const command of commands) assert.deepEqual(command.arguments ?? [], [], `${command.title} has arguments`);
        for (const tab of previewTabs()) await vscode.window.tabGroups.close(tab);
        const preview = commands.find(c => /Preview/.test(c.title));
        assert.ok(preview, 'a Preview lens');
        await vscode.commands.executeCommand(preview.command);
        const tab = await until(() => previewTabs()[0], 'a preview tab');
        assert.match(tab.label, /counter-deposit/);
    });

    it('exportSvg with a target writes the SVG of the previewed blueprint', async () => {
        await openExample(EXAMPLE);
        await vscode.commands.executeCommand('blueprint.showPreviewToSide');
        const target = vscode.Uri.file(join(exportDir, 'counter-deposit.svg'));
        await vscode.commands.executeCommand('blueprint.exportSvg', target);
        const svg = new TextDecoder().decode(await readWhenWritten(target));
        assert.match(svg, /^(<\?xml[^>]*>\s*)?<svg[\s\S]*取号[\s\S]*<\/svg>\s*$/);
    });

    it('exportPng with a target writes a PNG rasterized by the preview', async () => {
        await openExample(EXAMPLE);
        await vscode.commands.executeCommand('blueprint.showPreviewToSide');
        const target = vscode.Uri.file(join(exportDir, 'counter-deposit.png'));
        await vscode.commands.executeCommand('blueprint.exportPng', target);
        const png = await readWhenWritten(target);
        assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
        assert.ok(png.length > 1000, `${png.length} bytes`);
    });

    it('copySvg puts the SVG on the clipboard', async () => {
        await openExample(EXAMPLE);
        await vscode.env.clipboard.writeText('');
        await vscode.commands.executeCommand('blueprint.copySvg');
        const text = await until(async () => { const t = await vscode.env.clipboard.readText(); return t.startsWith('<') && t; }, 'the clipboard');
        assert.match(text, /<svg[\s\S]*取号[\s\S]*<\/svg>/);
    });
});
