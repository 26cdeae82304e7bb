/**
 * A rule code clicked in the preview's banner opens the rule's explanation:
 * the README (README.zh-CN.md for a Chinese display language, when shipped)
 * scrolled to the rule's heading, in the Markdown preview. The preview starts
 * at the line its source editor shows, so the editor is put there first.
 */
import * as vscode from 'vscode';
import { localeFromSetting, resolveLocale } from '../../i18n/locale.js';

/** The zero-based line of the rule's heading (`#### BP001`), 0 when the text has none. */
export function ruleHeadingLine(text: string, code: string): number {
    const lines = text.split(/\r?\n/);
    const heading = new RegExp(`^#{1,6}\\s+${code}\\b`);
    const index = lines.findIndex(line => heading.test(line));
    return Math.max(0, index);
}

/** README names in the order tried: the Chinese one first for a Chinese display language. */
function readmeNames(): string[] {
    const locale = localeFromSetting(vscode.workspace.getConfiguration('blueprint').get('language'), resolveLocale(vscode.env.language) ?? 'en');
    return [...(locale === 'zh-cn' ? ['README.zh-CN.md'] : []), 'README.md', 'readme.md'];
}

async function findReadme(extensionUri: vscode.Uri): Promise<vscode.Uri | undefined> {
    for (const name of readmeNames()) {
        const uri = vscode.Uri.joinPath(extensionUri, name);
        try {
            await vscode.workspace.fs.stat(uri);
            return uri;
        } catch {
            // not shipped: try the next
        }
    }
    return undefined;
}

export async function openRuleDocs(extensionUri: vscode.Uri, code: string): Promise<void> {
    const readme = await findReadme(extensionUri);
    if (!readme) return;
    const document = await vscode.workspace.openTextDocument(readme);
    const line = ruleHeadingLine(document.getText(), code);
    const range = new vscode.Range(line, 0, line, 0);
    const editor = await vscode.window.showTextDocument(document, { selection: range, preview: true });
    editor.revealRange(range, vscode.TextEditorRevealType.AtTop);
    await vscode.commands.executeCommand('markdown.showPreview', readme);
}
