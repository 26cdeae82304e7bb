import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseOptions, stringOption, stringsOption } from './args.js';
import { writeOutput } from './files.js';
import { output } from './output.js';
import { text } from './text.js';
import { collectInputs, loadWorkspace, type LoadedWorkspace } from './workspace.js';

/** The editor's indentation: the language server's formatter with the same options VS Code sends by default. */
const OPTIONS = { tabSize: 4, insertSpaces: true };

export async function formatCommandFromArgs(args: string[], help: () => number): Promise<number> {
    const { values, positionals } = parseOptions(args, { check: { type: 'boolean' }, 'stdin-filename': { type: 'string' }, ignore: { type: 'string', multiple: true } });
    if (values.help) return help();
    const inputs = collectInputs(positionals, { stdinFilename: stringOption(values['stdin-filename']), ignore: stringsOption(values.ignore) });
    return formatCommand(await loadWorkspace(inputs), values.check === true);
}

/**
 * `blueprint format [--check]`: the language server's formatter (the Langium
 * service) over each file. A file with syntax errors is left as it is: the
 * formatter must never rearrange text it could not parse. Stdin's blueprint
 * is printed formatted (or, with --check, only judged).
 */
export async function formatCommand(workspace: LoadedWorkspace, check: boolean): Promise<number> {
    const formatter = workspace.services.Blueprint.lsp.Formatter;
    if (!formatter) throw new Error('the language services have no formatter');
    const messages = text().format;
    let changed = 0;
    let refused = 0;
    let printed = false;
    for (const document of workspace.documents) {
        const path = workspace.pathOf(document);
        if (document.parseResult.lexerErrors.length > 0 || document.parseResult.parserErrors.length > 0) {
            output.error(messages.refusedSyntax(path));
            refused++;
            continue;
        }
        const edits = await formatter.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: OPTIONS });
        const before = document.textDocument.getText();
        const after = TextDocument.applyEdits(document.textDocument, edits);
        if (workspace.isStdin(document) && !check) {
            output.raw(after);
            printed = true;
            continue;
        }
        if (after === before) continue;
        changed++;
        if (check) {
            output.line(messages.unformatted(path));
        } else {
            writeOutput(document.uri.fsPath, after);
            output.line(messages.formatted(path));
        }
    }
    // With stdin's text on stdout, the summary would corrupt it.
    if (!printed) output.line((check ? messages.summaryCheck : messages.summary)(changed, workspace.documents.length));
    if (refused > 0) return 1;
    return check && changed > 0 ? 1 : 0;
}
