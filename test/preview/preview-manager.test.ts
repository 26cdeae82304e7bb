/**
 * The preview manager against a fake `vscode` (test/preview/fake-vscode.ts):
 * commands, following the active editor, the lock, live updates, reveal,
 * highlight, export and the serializer.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ModelSnapshot } from '../../src/protocol.js';
import { BLUEPRINT, snapshotFor } from './fixtures.js';
import { fakeEditor, resetWorld, Uri, ViewColumn, world, type FakePanel } from './fake-vscode.js';

vi.mock('vscode', () => import('./fake-vscode.js'));

const { PreviewManager } = await import('../../src/extension/preview/preview-manager.js');

const A = 'file:///work/a.blueprint';
const B = 'file:///work/b.blueprint';
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

let snapshots: Map<string, ModelSnapshot>;
let notify: (snapshot: ModelSnapshot) => void;
let requests: string[];
let previewed: string[];
let manager: InstanceType<typeof PreviewManager>;

beforeAll(async () => {
    snapshots = new Map([[A, await snapshotFor(BLUEPRINT, 1, A)], [B, await snapshotFor(BLUEPRINT.replace('"Serve"', '"Serve B"'), 1, B)]]);
});

beforeEach(() => {
    resetWorld();
    requests = [];
    previewed = [];
    const client = {
        sendRequest: async (_method: string, params: { uri: string }) => {
            requests.push(params.uri);
            return snapshots.get(params.uri) ?? null;
        },
        sendNotification: async (_method: string, params: { uris: string[] }) => {
            previewed = params.uris;
        },
        onNotification: (_method: string, handler: (snapshot: ModelSnapshot) => void) => {
            notify = handler;
            return { dispose: () => undefined };
        }
    };
    const context = { extensionUri: Uri.parse('file:///ext') };
    manager = new PreviewManager(context as never, Promise.resolve(client as never));
});

afterEach(() => manager.dispose());

const run = (command: string, ...args: unknown[]) => world.commands.get(command)!(...args);
const settle = () => new Promise(resolve => setTimeout(resolve, 0));

/** Opens `uri` in an editor and the preview beside it; the page says it is ready. */
async function openPreview(uri = A): Promise<FakePanel> {
    world.activeEditor = fakeEditor(uri, ViewColumn.One);
    world.visibleEditors.push(world.activeEditor);
    await run('blueprint.showPreviewToSide');
    const panel = world.panels.at(-1)!;
    panel.fromPage({ type: 'ready' });
    await settle();
    return panel;
}

describe('opening', () => {
    it('creates a panel beside the editor with a secure webview, and loads the model', async () => {
        const panel = await openPreview();
        expect(world.panels).toHaveLength(1);
        expect(panel.viewType).toBe('blueprint.preview');
        expect(panel.viewColumn).toBe(ViewColumn.Beside);
        expect(panel.title).toBe('Preview a.blueprint');
        expect(panel.options.retainContextWhenHidden).toBeUndefined();
        expect(panel.webview.options.enableScripts).toBe(true);
        expect(panel.webview.options.retainContextWhenHidden).toBeUndefined();
        expect(panel.webview.options.localResourceRoots!.map(u => u.toString())).toEqual(['file:///ext/dist']);
        expect(panel.webview.html).toContain("default-src 'none'");
        expect(requests).toEqual([A]);
        expect(panel.messages('source')).toHaveLength(1);
        expect(panel.messages('update').at(-1)).toMatchObject({ snapshot: snapshots.get(A), fileName: 'a.blueprint' });
    });

    it('reuses the preview instead of opening a second one', async () => {
        await openPreview();
        await run('blueprint.showPreviewToSide');
        await run('blueprint.showPreview');
        expect(world.panels).toHaveLength(1);
    });

    it('gives each panel a fresh nonce', async () => {
        const first = await openPreview();
        run('blueprint.togglePreviewLock');
        const second = await openPreview(B);
        const nonceOf = (panel: FakePanel) => /script-src 'nonce-([^']+)'/.exec(panel.webview.html)?.[1];
        expect(world.panels).toHaveLength(2);
        expect(nonceOf(first)).not.toBe(nonceOf(second));
    });
});

describe('live updates', () => {
    it('forwards model changes of the previewed document only', async () => {
        const panel = await openPreview();
        const before = panel.messages('update').length;
        const next = { ...snapshots.get(A)!, version: 2 };
        notify(next);
        notify({ ...snapshots.get(B)!, version: 5 });
        expect(panel.messages('update')).toHaveLength(before + 1);
        expect(panel.messages('update').at(-1)!.snapshot).toBe(next);
    });

    it('replays the good picture and the newest snapshot when a hidden page comes back', async () => {
        const panel = await openPreview();
        const broken = { ...snapshots.get(A)!, version: 2, firstError: { message: 'bad', range: snapshots.get(A)!.blueprints[0].range } };
        notify(broken);
        panel.visible = false;
        panel.viewState.fire({ webviewPanel: panel });
        panel.posted.length = 0;
        panel.visible = true;
        panel.fromPage({ type: 'ready' });
        expect(panel.posted.map(m => m.type)).toEqual(['source', 'update', 'update']);
        expect(panel.messages('update').map(m => (m.snapshot as ModelSnapshot).version)).toEqual([1, 2]);
    });
});

describe('following the editor and the lock', () => {
    it('follows the active blueprint editor while unlocked', async () => {
        const panel = await openPreview();
        world.activeEditorChanged.fire(fakeEditor(B, ViewColumn.One));
        await settle();
        expect(panel.title).toBe('Preview b.blueprint');
        expect(panel.messages('source').at(-1)).toMatchObject({ uri: B, locked: false });
        expect(requests).toEqual([A, B]);
    });

    it('tells the server which documents are previewed, so it pushes models for those only', async () => {
        const panel = await openPreview();
        expect(previewed).toEqual([A]);
        world.activeEditorChanged.fire(fakeEditor(B, ViewColumn.One));
        await settle();
        expect(previewed).toEqual([B]);
        panel.dispose();
        await settle();
        expect(previewed).toEqual([]);
    });

    it('ignores editors of other languages', async () => {
        const panel = await openPreview();
        world.activeEditorChanged.fire(fakeEditor('file:///work/notes.md'));
        expect(panel.title).toBe('Preview a.blueprint');
    });

    it('stays on its document when locked, and says so in the title', async () => {
        const panel = await openPreview();
        await run('blueprint.togglePreviewLock');
        expect(panel.title).toBe('[Locked] Preview a.blueprint');
        expect(panel.messages('source').at(-1)).toMatchObject({ uri: A, locked: true });
        world.activeEditorChanged.fire(fakeEditor(B, ViewColumn.One));
        expect(panel.title).toBe('[Locked] Preview a.blueprint');
        await run('blueprint.togglePreviewLock');
        expect(panel.title).toBe('Preview a.blueprint');
    });

    it('switches to the active editor at once when unlocked', async () => {
        const panel = await openPreview();
        await run('blueprint.togglePreviewLock');
        world.activeEditor = fakeEditor(B, ViewColumn.One);
        world.activeEditorChanged.fire(world.activeEditor);
        expect(panel.title).toBe('[Locked] Preview a.blueprint');
        await run('blueprint.togglePreviewLock');
        await settle();
        expect(panel.title).toBe('Preview b.blueprint');
        expect(panel.messages('source').at(-1)).toMatchObject({ uri: B, locked: false });
    });

    it('toggles the lock from the page too', async () => {
        const panel = await openPreview();
        panel.fromPage({ type: 'toggleLock' });
        expect(panel.title).toBe('[Locked] Preview a.blueprint');
    });
});

describe('preview ⇄ editor', () => {
    it('reveals and selects a clicked step in the editor it came from', async () => {
        const panel = await openPreview();
        world.visibleEditors.length = 0; // the editor was closed meanwhile
        const range = snapshots.get(A)!.blueprints[0].steps.find(s => s.id === 'serve')!.nameRange;
        panel.fromPage({ type: 'reveal', uri: A, range });
        await settle();
        expect(world.shown).toHaveLength(1);
        expect(world.shown[0]).toMatchObject({ uri: A, viewColumn: ViewColumn.One });
        expect(world.shown[0].selection).toMatchObject({ start: range.start, end: range.end });
    });

    it("goes to the right-clicked step from the preview's context menu", async () => {
        const panel = await openPreview();
        await vi.waitFor(() => expect(panel.messages('update')).toHaveLength(1));
        panel.active = true;
        world.visibleEditors.length = 0;
        run('blueprint.preview.openSource', { webview: 'blueprint.preview', webviewSection: 'step', stepId: 'serve', blueprint: 'deposit' });
        await settle();
        const range = snapshots.get(A)!.blueprints[0].steps.find(s => s.id === 'serve')!.nameRange;
        expect(world.shown).toHaveLength(1);
        expect(world.shown[0].selection).toMatchObject({ start: range.start, end: range.end });
        run('blueprint.preview.openSource', { stepId: 'nowhere' });
        run('blueprint.preview.openSource', 'serve');
        await settle();
        expect(world.shown).toHaveLength(1);
    });

    it("zooms from the preview's context menu", async () => {
        const panel = await openPreview();
        panel.active = true;
        run('blueprint.preview.zoomIn');
        run('blueprint.preview.zoomFit');
        expect(panel.messages('zoom').map(m => m.action)).toEqual(['in', 'fit']);
    });

    it('reveals only the previewed document and ignores malformed messages', async () => {
        const panel = await openPreview();
        const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
        panel.fromPage({ type: 'reveal', uri: 'file:///etc/passwd', range });
        panel.fromPage({ type: 'reveal', uri: A, range: { start: { line: -1 } } });
        panel.fromPage({ type: 'export', format: '../../x' });
        panel.fromPage('reveal');
        await settle();
        expect(world.shown).toEqual([]);
        expect(world.written.size).toBe(0);
    });

    it('highlights the step under the cursor', async () => {
        const panel = await openPreview();
        const pay = snapshots.get(A)!.blueprints[0].steps.find(s => s.id === 'pay')!;
        world.selectionChanged.fire({ textEditor: fakeEditor(A, ViewColumn.One, pay.range.start.line + 1, 4) });
        expect(panel.messages('highlight').at(-1)).toEqual({ type: 'highlight', stepIds: ['pay'], scroll: true });
        world.selectionChanged.fire({ textEditor: fakeEditor(A, ViewColumn.One, 0, 0) });
        expect(panel.messages('highlight').at(-1)).toEqual({ type: 'highlight', stepIds: [], scroll: true });
    });

    it('does not ask the page to scroll with the cursor when the setting is off', async () => {
        const panel = await openPreview();
        world.settings.set('blueprint.preview.scrollWithCursor', false);
        const pay = snapshots.get(A)!.blueprints[0].steps.find(s => s.id === 'pay')!;
        world.selectionChanged.fire({ textEditor: fakeEditor(A, ViewColumn.One, pay.range.start.line + 1, 4) });
        expect(panel.messages('highlight').at(-1)).toEqual({ type: 'highlight', stepIds: ['pay'] });
    });
});

describe('export', () => {
    it('writes the standalone light SVG to the chosen file', async () => {
        await openPreview();
        world.saveDialogAnswer = Uri.parse('file:///work/out/a.svg');
        await run('blueprint.exportSvg');
        const svg = new TextDecoder().decode(world.written.get('file:///work/out/a.svg'));
        expect(svg).toMatch(/^<svg[\s\S]*Serve[\s\S]*<\/svg>$/);
        expect(svg).toContain('#ffffff'); // colours of its own, not only var(--bp-…)
    });

    it('takes a target from the command arguments, but never overwrites the blueprint', async () => {
        await openPreview();
        await run('blueprint.exportSvg', Uri.parse('file:///work/direct.svg'));
        expect([...world.written.keys()]).toEqual(['file:///work/direct.svg']);
        world.saveDialogAnswer = undefined; // the dialog is cancelled
        await run('blueprint.exportSvg', Uri.parse(A));
        expect([...world.written.keys()]).toEqual(['file:///work/direct.svg']);
    });

    it('copies the SVG from the toolbar', async () => {
        const panel = await openPreview();
        panel.fromPage({ type: 'export', format: 'copy-svg' });
        await vi.waitFor(() => expect(world.clipboard).toMatch(/^<svg/));
    });

    it('has the page rasterize the PNG and writes its bytes', async () => {
        const panel = await openPreview();
        world.saveDialogAnswer = Uri.parse('file:///work/a.png');
        const done = run('blueprint.exportPng') as Promise<void>;
        await vi.waitFor(() => expect(panel.messages('requestPng')).toHaveLength(1));
        const request = panel.messages('requestPng')[0];
        expect(request).toMatchObject({ scale: 2 });
        expect(request.svg).toMatch(/^<svg/);
        panel.fromPage({ type: 'png', requestId: 999, dataUrl: PNG }); // not ours
        panel.fromPage({ type: 'png', requestId: request.requestId, dataUrl: PNG });
        await done;
        expect(world.written.get('file:///work/a.png')?.slice(1, 4)).toEqual(new Uint8Array([0x50, 0x4e, 0x47]));
    });

    it('says when a large PNG was drawn smaller than asked, and offers to open or reveal the file', async () => {
        const panel = await openPreview();
        world.saveDialogAnswer = Uri.parse('file:///work/big.png');
        world.messageAnswer = 'Reveal in Explorer';
        const done = run('blueprint.exportPng') as Promise<void>;
        await vi.waitFor(() => expect(panel.messages('requestPng')).toHaveLength(1));
        panel.fromPage({ type: 'png', requestId: panel.messages('requestPng')[0].requestId, dataUrl: PNG, scale: 0.5 });
        await done;
        await vi.waitFor(() => expect(world.executed.map(c => c.id)).toContain('revealInExplorer'));
        expect(world.messages.at(-1)).toBe("Exported big.png, drawn at 50 % to stay within the browser's canvas size limit");
        expect(world.messageItems).toEqual(['Open', 'Reveal in Explorer']);
        expect(String(world.executed.find(c => c.id === 'revealInExplorer')?.args[0])).toBe('file:///work/big.png');
    });

    it('opens the exported file from the message', async () => {
        await openPreview();
        world.messageAnswer = 'Open';
        await run('blueprint.exportSvg', Uri.parse('file:///work/direct.svg'));
        await vi.waitFor(() => expect(world.executed.map(c => c.id)).toContain('vscode.open'));
        expect(world.messages.at(-1)).toBe('Exported direct.svg');
    });

    it('reports a PNG the page could not make', async () => {
        const panel = await openPreview();
        world.saveDialogAnswer = Uri.parse('file:///work/a.png');
        const done = run('blueprint.exportPng') as Promise<void>;
        await vi.waitFor(() => expect(panel.messages('requestPng')).toHaveLength(1));
        panel.fromPage({ type: 'png', requestId: panel.messages('requestPng')[0].requestId, dataUrl: '', error: 'tainted canvas' });
        await done;
        expect(world.written.size).toBe(0);
        expect(world.messages.at(-1)).toMatch(/tainted canvas/);
    });
});

describe('restoring after a reload', () => {
    it('revives a saved preview with its lock', async () => {
        const panel = new (await import('./fake-vscode.js')).FakePanel('blueprint.preview', 'old', ViewColumn.Two);
        await world.serializers.get('blueprint.preview')!.deserializeWebviewPanel(panel, { uri: B, locked: true, zoom: 2, scrollX: 30, scrollY: 40 });
        expect(panel.title).toBe('[Locked] Preview b.blueprint');
        expect(panel.webview.html).toContain('&quot;zoom&quot;:2');
        await settle();
        expect(requests).toEqual([B]);
    });

    it('closes a panel whose state says nothing usable', async () => {
        const panel = new (await import('./fake-vscode.js')).FakePanel('blueprint.preview', 'old', ViewColumn.Two);
        await world.serializers.get('blueprint.preview')!.deserializeWebviewPanel(panel, { something: 'else' });
        expect(panel.disposed).toBe(true);
    });
});

describe('which preview a command acts on', () => {
    it('exports the active editor\'s document rather than a preview locked on another one', async () => {
        await openPreview(A);
        await run('blueprint.togglePreviewLock');
        world.activeEditor = fakeEditor(B, ViewColumn.One);
        await run('blueprint.copySvg');
        expect(world.clipboard).toContain('Serve B');
    });

    it('exports the focused preview whatever the editor shows', async () => {
        const panel = await openPreview(A);
        await run('blueprint.togglePreviewLock');
        world.activeEditor = fakeEditor(B, ViewColumn.One);
        panel.active = true;
        await run('blueprint.copySvg');
        expect(world.clipboard).toMatch(/^<svg/);
        expect(world.clipboard).not.toContain('Serve B');
    });
});
