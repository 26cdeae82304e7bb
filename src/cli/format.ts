import { output } from './output.js';
import { relative } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { writeOutput } from './files.js';
import type { LoadedWorkspace } from './workspace.js';

const MESSAGES = {
    unformatted: (path: string) => `${path}: not formatted`,
    formatted: (path: string) => `formatted ${path}`,
    refusedSyntax: (path: string) => `${path}: has syntax errors; not formatted (fix them first)`,
    summary: (changed: number, total: number, check: boolean) => `${total} file(s): ${changed} ${check ? 'need formatting' : 'reformatted'}`
};

/** The editor's indentation: the language server's formatter with the same options VS Code sends by default. */
const OPTIONS = { tabSize: 4, insertSpaces: true };

/**
 * `blueprint format [--check]`: the language server's formatter (the Langium
 * service) over each file. A file with syntax errors is left as it is: the
 * formatter must never rearrange text it could not parse.
 */
export async function formatCommand(workspace: LoadedWorkspace, check: boolean): Promise<number> {
    const formatter = workspace.services.Blueprint.lsp.Formatter;
    if (!formatter) throw new Error('the language services have no formatter');
    let changed = 0;
    let refused = 0;
    for (const document of workspace.documents) {
        const path = relative(process.cwd(), document.uri.fsPath) || document.uri.fsPath;
        if (document.parseResult.lexerErrors.length > 0 || document.parseResult.parserErrors.length > 0) {
            output.error(MESSAGES.refusedSyntax(path));
            refused++;
            continue;
        }
        const edits = await formatter.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: OPTIONS });
        const before = document.textDocument.getText();
        const after = TextDocument.applyEdits(document.textDocument, edits);
        if (after === before) continue;
        changed++;
        if (check) {
            output.line(MESSAGES.unformatted(path));
        } else {
            writeOutput(document.uri.fsPath, after);
            output.line(MESSAGES.formatted(path));
        }
    }
    output.line(MESSAGES.summary(changed, workspace.documents.length, check));
    if (refused > 0) return 1;
    return check && changed > 0 ? 1 : 0;
}
