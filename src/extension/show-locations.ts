import * as vscode from 'vscode';

/**
 * The fail/wait point lenses run this with JSON arguments (uri, position,
 * locations) and it opens VS Code's references peek. Lens commands with vscode
 * objects as arguments go through a delegation cache that is dropped when the
 * lenses refresh, so a click racing a refresh ran nothing ("Actual command not
 * found"); JSON arguments avoid that.
 */
export const SHOW_LOCATIONS_COMMAND = 'blueprint.showLocations';

type JsonPosition = { line: number; character: number };
type JsonLocation = { uri: string; range: { start: JsonPosition; end: JsonPosition } };

const position = (p: JsonPosition) => new vscode.Position(p.line, p.character);

export function registerShowLocations(): vscode.Disposable {
    return vscode.commands.registerCommand(SHOW_LOCATIONS_COMMAND, (uri: string, at: JsonPosition, locations: JsonLocation[]) =>
        vscode.commands.executeCommand('editor.action.showReferences', vscode.Uri.parse(uri), position(at), locations.map(l =>
            new vscode.Location(vscode.Uri.parse(l.uri), new vscode.Range(position(l.range.start), position(l.range.end))))));
}
