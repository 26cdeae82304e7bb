/**
 * The message after an export: which file, at what scale when a large PNG had
 * to be drawn smaller, and "Open" / "Reveal in Explorer" buttons.
 */
import * as vscode from 'vscode';
import { preview as en } from '../../i18n/en/preview.js';
import { localeFromSetting, resolveLocale } from '../../i18n/locale.js';
import { preview as zhCn } from '../../i18n/zh-cn/preview.js';
import { logFailure } from '../log.js';

/** The preview texts in the language of the `blueprint.language` setting (auto: VS Code's display language). */
function texts(): typeof en {
    const locale = localeFromSetting(vscode.workspace.getConfiguration('blueprint').get('language'), resolveLocale(vscode.env.language) ?? 'en');
    return locale === 'zh-cn' ? zhCn : en;
}

/** `scale` below `wanted`: the picture was drawn smaller to fit the canvas limit, and the message says so. */
export function exportedMessage(fileName: string, scale: number | undefined, wanted: number | undefined): string {
    const text = texts().exported;
    if (scale === undefined || wanted === undefined || scale >= wanted) return text.done(fileName);
    return text.scaled(fileName, String(Math.round(scale * 100)));
}

export async function showExported(target: vscode.Uri, message: string): Promise<void> {
    const text = texts().exported;
    const choice = await vscode.window.showInformationMessage(message, text.open, text.reveal);
    if (choice === text.open) await vscode.commands.executeCommand('vscode.open', target);
    // The Explorer view (revealFileInOS would need a desktop, which code-server and remotes lack).
    else if (choice === text.reveal) await vscode.commands.executeCommand('revealInExplorer', target);
}

export function announceExport(target: vscode.Uri, message: string): void {
    logFailure(showExported(target, message), 'export: message');
}
