import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';

/**
 * Code lens commands arrive with JSON arguments; the commands they run want
 * vscode objects: the preview a Uri, the references peek a Uri, a Position
 * and Locations.
 */
export const lensArgumentsMiddleware: Middleware = {
    async provideCodeLenses(document, token, next) {
        const lenses = await next(document, token);
        for (const lens of lenses ?? []) if (lens.command) lens.command.arguments = convert(lens.command.command, lens.command.arguments ?? []);
        return lenses;
    }
};

type JsonPosition = { line: number; character: number };
type JsonLocation = { uri: string; range: { start: JsonPosition; end: JsonPosition } };

const position = (p: JsonPosition) => new vscode.Position(p.line, p.character);

function convert(command: string, args: unknown[]): unknown[] {
    if (command === 'blueprint.showPreviewToSide' && typeof args[0] === 'string') return [vscode.Uri.parse(args[0])];
    if (command === 'editor.action.showReferences' && typeof args[0] === 'string') {
        const [uri, at, locations] = args as [string, JsonPosition, JsonLocation[]];
        return [vscode.Uri.parse(uri), position(at), locations.map(l =>
            new vscode.Location(vscode.Uri.parse(l.uri), new vscode.Range(position(l.range.start), position(l.range.end))))];
    }
    return args;
}
