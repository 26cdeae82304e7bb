/**
 * Export commands: SVG to a file or the clipboard (rendered here with the
 * shared renderer, light theme, standalone colours) and PNG (rasterized by
 * the preview page with the browser's own canvas, written here).
 */
import * as vscode from 'vscode';
import { logFailure } from '../log.js';
import type { ExportFormat, ModelSnapshot } from '../../protocol.js';
import { exportPath, standaloneSvg } from './export-data.js';
import { announceExport, exportedMessage } from './export-toast.js';
import { fileNameOf, type RasterizedPng } from './preview-panel.js';
import { previewTexts, texts } from '../i18n.js';

export interface ExportSource {
    uri: vscode.Uri;
    snapshot: ModelSnapshot | undefined;
    /** Rasterizes standalone SVG text in a preview page. */
    rasterize(svg: string, scale: number): Promise<RasterizedPng>;
}

const PNG_SCALE = 2;

/**
 * Exports what the preview shows. `target` skips the save dialog; it is used
 * only when it names a file of the format (never, say, the .blueprint itself).
 */
export async function exportPicture(format: ExportFormat, source: ExportSource, target?: vscode.Uri): Promise<void> {
    const text = texts();
    const svg = source.snapshot && standaloneSvg(source.snapshot, previewTexts().diagram);
    if (!svg) {
        logFailure(vscode.window.showWarningMessage(text.nothingToExport(fileNameOf(source.uri))), 'export: message');
        return;
    }
    if (format === 'copy-svg') {
        await vscode.env.clipboard.writeText(svg);
        vscode.window.setStatusBarMessage(text.copiedSvg(fileNameOf(source.uri)), 3000);
        return;
    }
    if (!target || !target.path.toLowerCase().endsWith(`.${format}`)) {
        target = await vscode.window.showSaveDialog({
            defaultUri: defaultTarget(source.uri, format),
            filters: format === 'svg' ? { [text.svgImage]: ['svg'] } : { [text.pngImage]: ['png'] },
            title: text.exportTitle(fileNameOf(source.uri), format.toUpperCase())
        });
    }
    if (!target) return;
    try {
        const png = format === 'png' ? await source.rasterize(svg, PNG_SCALE) : undefined;
        await vscode.workspace.fs.writeFile(target, png?.bytes ?? new TextEncoder().encode(svg));
        announceExport(target, exportedMessage(fileNameOf(target), png?.scale, png && PNG_SCALE));
    } catch (error) {
        logFailure(vscode.window.showErrorMessage(text.exportFailed(fileNameOf(target), error instanceof Error ? error.message : String(error))), 'export: message');
    }
}

/** Next to the .blueprint file; for an untitled document, in the first workspace folder. */
function defaultTarget(uri: vscode.Uri, format: 'svg' | 'png'): vscode.Uri | undefined {
    if (uri.scheme !== 'untitled') return uri.with({ path: exportPath(uri.path, format), query: '', fragment: '' });
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    return folder && vscode.Uri.joinPath(folder, exportPath(fileNameOf(uri), format));
}
