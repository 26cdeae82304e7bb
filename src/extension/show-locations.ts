import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PointLocationsRequest, type PointKind, type PointLocations } from '../protocol.js';

/**
 * The fail/wait point lenses run this with (uri, blueprint name, kind). It
 * asks the server for the points as the text is now, so a lens drawn before an
 * edit above it still lists the right lines, and opens VS Code's references
 * peek. The lens ids carry no arguments (lens-command-ids.ts).
 */
export const SHOW_POINTS_COMMAND = 'blueprint.showPoints';

type JsonPosition = PointLocations['at'];
const position = (p: JsonPosition) => new vscode.Position(p.line, p.character);

export function registerShowPoints(client: Promise<LanguageClient>): vscode.Disposable {
    return vscode.commands.registerCommand(SHOW_POINTS_COMMAND, async (uri: string, blueprint: string, kind: PointKind) => {
        const points = await (await client).sendRequest(PointLocationsRequest, { uri, blueprint, kind });
        if (!points) return;
        const locations = points.locations.map(l => new vscode.Location(vscode.Uri.parse(l.uri), new vscode.Range(position(l.range.start), position(l.range.end))));
        await vscode.commands.executeCommand('editor.action.showReferences', vscode.Uri.parse(uri), position(points.at), locations);
    });
}
