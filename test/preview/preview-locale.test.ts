/**
 * The language of the extension's texts and the preview page (docs/i18n.md):
 * `blueprint.language`, `auto` following VS Code's display language through
 * vscode.l10n and the generated bundle; a change applies to open previews at once.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ModelSnapshot } from '../../src/protocol.js';
import { BLUEPRINT, snapshotFor } from './fixtures.js';
import { changeSettings, fakeEditor, resetWorld, Uri, ViewColumn, world, type FakePanel } from './fake-vscode.js';

vi.mock('vscode', () => import('./fake-vscode.js'));

const { PreviewManager } = await import('../../src/extension/preview/preview-manager.js');

const A = 'file:///work/a.blueprint';
const ZH_BUNDLE = JSON.parse(readFileSync('l10n/bundle.l10n.zh-cn.json', 'utf8')) as Record<string, string>;

let snapshot: ModelSnapshot;
let manager: InstanceType<typeof PreviewManager>;

beforeAll(async () => {
    snapshot = await snapshotFor(BLUEPRINT, 1, A);
});

beforeEach(() => {
    resetWorld();
    const client = {
        sendRequest: async () => snapshot,
        sendNotification: async () => undefined,
        onNotification: () => ({ dispose: () => undefined })
    };
    manager = new PreviewManager({ extensionUri: Uri.parse('file:///ext') } as never, Promise.resolve(client as never));
});

afterEach(() => manager.dispose());

const run = (command: string, ...args: unknown[]) => world.commands.get(command)!(...args);
const settle = () => new Promise(resolve => setTimeout(resolve, 0));

async function openPreview(): Promise<FakePanel> {
    world.activeEditor = fakeEditor(A, ViewColumn.One);
    world.visibleEditors.push(world.activeEditor);
    await run('blueprint.showPreviewToSide');
    const panel = world.panels.at(-1)!;
    panel.fromPage({ type: 'ready' });
    await settle();
    return panel;
}

/** The page's language and a few of its toolbar texts. */
function page(panel: FakePanel) {
    const html = panel.webview.html;
    return {
        locale: /data-locale="([^"]+)"/.exec(html)?.[1],
        lang: /<html lang="([^"]+)"/.exec(html)?.[1],
        fit: /id="zoom-fit"[^>]*>([^<]*)</.exec(html)?.[1],
        lock: /id="toggle-lock"[^>]*>([^<]*)</.exec(html)?.[1]
    };
}

describe('the preview speaks the language of blueprint.language', () => {
    it('is English by default (display language English, setting auto)', async () => {
        const panel = await openPreview();
        expect(panel.title).toBe('Preview a.blueprint');
        expect(page(panel)).toEqual({ locale: 'en', lang: 'en', fit: 'Fit', lock: 'Lock' });
    });

    it('is Chinese with blueprint.language zh-cn, even when VS Code is English', async () => {
        world.settings.set('blueprint.language', 'zh-cn');
        const panel = await openPreview();
        expect(panel.title).toBe('预览 a.blueprint');
        expect(page(panel)).toEqual({ locale: 'zh-cn', lang: 'zh-CN', fit: '适应', lock: '锁定' });
    });

    it('follows a Chinese display language through vscode.l10n and the generated bundle', async () => {
        world.displayLanguage = 'zh-cn';
        world.l10nBundle = ZH_BUNDLE;
        const panel = await openPreview();
        expect(panel.title).toBe('预览 a.blueprint');
        expect(page(panel).locale).toBe('zh-cn');
        await run('blueprint.togglePreviewLock');
        expect(panel.title).toBe('[已锁定] 预览 a.blueprint');
    });

    it('is English with blueprint.language en under a Chinese display language', async () => {
        world.displayLanguage = 'zh-cn';
        world.l10nBundle = ZH_BUNDLE;
        world.settings.set('blueprint.language', 'en');
        const panel = await openPreview();
        expect(panel.title).toBe('Preview a.blueprint');
        expect(page(panel).fit).toBe('Fit');
    });

    it('changes an open preview when the setting changes: title and page, which then gets its view again', async () => {
        const panel = await openPreview();
        const updates = panel.messages('update').length;
        changeSettings({ 'blueprint.language': 'zh-cn' });
        expect(panel.title).toBe('预览 a.blueprint');
        expect(page(panel).fit).toBe('适应');
        panel.fromPage({ type: 'ready' });
        await settle();
        expect(panel.messages('update').length).toBeGreaterThan(updates);
    });

    it('exports in the chosen language: the SVG labels and the message', async () => {
        world.settings.set('blueprint.language', 'zh-cn');
        await openPreview();
        world.saveDialogAnswer = Uri.parse('file:///work/out.svg');
        await run('blueprint.exportSvg');
        const svg = new TextDecoder().decode(world.written.get('file:///work/out.svg'));
        expect(svg).toContain('过程指标');
        expect(svg).not.toContain('Metrics');
        expect(world.messages).toContain('已导出 out.svg');
    });
});
