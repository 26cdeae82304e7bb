import * as assert from 'node:assert/strict';
import Mocha from 'mocha';
import * as vscode from 'vscode';

const EXTENSION_ID = 'service-blueprint.service-blueprint';

/** Polls until `probe` returns a value (not undefined/false), or fails after `timeoutMs`. */
async function until<T>(probe: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs = 30_000): Promise<T> {
    const started = Date.now();
    for (;;) {
        const value = await probe();
        if (value !== undefined && value !== false) return value;
        if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
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

function codesOf(uri: vscode.Uri): string[] {
    return vscode.languages.getDiagnostics(uri).map(d => String(typeof d.code === 'object' ? d.code.value : d.code));
}

function previewTabs(): vscode.Tab[] {
    return vscode.window.tabGroups.all.flatMap(g => g.tabs)
        .filter(tab => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('blueprint.preview'));
}

/** Registers the suite on a root mocha suite (the tests use mocha's BDD functions through `Mocha.Suite`). */
export function suites(root: Mocha.Suite): void {
    const suite = Mocha.Suite.create(root, 'Service Blueprint extension');
    const test = (title: string, fn: () => Promise<void>) => suite.addTest(new Mocha.Test(title, fn));

    test('activates on a .blueprint file', async () => {
        await openExample('counter-deposit.blueprint');
        const extension = vscode.extensions.getExtension(EXTENSION_ID);
        assert.ok(extension, `${EXTENSION_ID} is installed`);
        await until(() => extension.isActive, 'activation');
    });

    test('publishes diagnostics with rule codes', async () => {
        const editor = await openExample('counter-deposit.blueprint');
        const codes = await until(() => { const c = codesOf(editor.document.uri); return c.length > 0 && c; }, 'diagnostics');
        assert.ok(codes.includes('BP101'), `BP101 among ${codes.join(', ')}`);
        assert.ok(!vscode.languages.getDiagnostics(editor.document.uri).some(d => d.severity === vscode.DiagnosticSeverity.Error), 'the example has no errors');
    });

    test('hover shows a step\'s facts', async () => {
        const editor = await openExample('counter-deposit.blueprint');
        const offset = editor.document.getText().indexOf('step 点钞') + 'step '.length;
        const hovers = await until(async () => {
            const result = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(offset));
            return result.length > 0 && result;
        }, 'hover');
        const text = hovers.flatMap(h => h.contents).map(c => (typeof c === 'string' ? c : c.value)).join('\n');
        assert.match(text, /点钞验钞/);
        assert.match(text, /Fail point/);
    });

    test('completion offers the steps of the blueprint', async () => {
        const editor = await openExample('counter-deposit.blueprint');
        const text = editor.document.getText();
        const position = editor.document.positionAt(text.lastIndexOf('}'));
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, position);
        const labels = list.items.map(i => (typeof i.label === 'string' ? i.label : i.label.label));
        assert.ok(labels.includes('取号'), `取号 among ${labels.slice(0, 20).join(', ')}`);
    });

    test('the preview command opens a webview beside the editor', async () => {
        await openExample('counter-deposit.blueprint');
        await vscode.commands.executeCommand('blueprint.showPreviewToSide');
        const tab = await until(() => previewTabs()[0], 'a preview tab');
        assert.match(tab.label, /counter-deposit/);
    });

    test('export writes an SVG file of the previewed blueprint', async () => {
        await openExample('counter-deposit.blueprint');
        await vscode.commands.executeCommand('blueprint.showPreviewToSide');
        const target = vscode.Uri.joinPath(exampleUri('.'), '..', 'integration-export.svg');
        await vscode.commands.executeCommand('blueprint.exportSvg', target);
        const bytes = await until(async () => {
            try { return await vscode.workspace.fs.readFile(target); } catch { return undefined; }
        }, 'the exported file');
        const svg = new TextDecoder().decode(bytes);
        assert.match(svg, /^<svg[\s\S]*取号[\s\S]*<\/svg>\s*$/);
        await vscode.workspace.fs.delete(target);
    });
}
