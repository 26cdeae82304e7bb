import { GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams, Location } from 'vscode-languageserver';
import { formatDuration } from '../../model/duration.js';
import type { BlueprintModel } from '../../model/types.js';
import * as ast from '../generated/ast.js';
import { buildBlueprint } from '../model-builder.js';
import type { Messages } from '../../i18n/index.js';
import { Localization } from '../localization.js';

/** Commands the lenses run, with JSON arguments: the preview's own, and the client's references peek (src/extension/show-locations.ts). */
export const LENS_COMMANDS = { preview: 'blueprint.showPreviewToSide', showLocations: 'blueprint.showLocations' } as const;

function timeTitle(model: BlueprintModel, lens: Messages['editor']['lens']): string {
    const visible = formatDuration(model.metrics.customerVisibleTime);
    if (model.target === undefined) return lens.visibleNoTarget(visible);
    const over = model.metrics.customerVisibleTime > model.target;
    return `${over ? '$(warning) ' : ''}${lens.visibleAndTarget(visible, formatDuration(model.target))}`;
}

/** Above each blueprint: open its preview; its fail and wait points (click to list them); customer-visible time vs target. */
export class BlueprintCodeLensProvider implements CodeLensProvider {
    constructor(private readonly localization: Localization = new Localization()) {}

    provideCodeLens(document: LangiumDocument, _params: CodeLensParams): CodeLens[] {
        const model = document.parseResult.value as ast.Model;
        const lens = this.localization.messages.editor.lens;
        return model.elements.filter(ast.isBlueprint).flatMap(blueprint => lensesOf(blueprint, document.uri.toString(), lens));
    }
}

function lensesOf(blueprint: ast.Blueprint, uri: string, TITLES: Messages['editor']['lens']): CodeLens[] {
    const nameNode = blueprint.$cstNode && (GrammarUtils.findNodeForProperty(blueprint.$cstNode, 'name') ?? blueprint.$cstNode);
    if (!nameNode) return [];
    const range = nameNode.range;
    const model = buildBlueprint(blueprint).model;
    const steps = blueprint.members.filter(ast.isLane).flatMap(lane => lane.steps);
    const properties = steps.flatMap(step => step.properties);
    const locations = (nodes: AstNode[]): Location[] => nodes.flatMap(node => (node.$cstNode ? [{ uri, range: node.$cstNode.range }] : []));
    const list = (title: string, nodes: AstNode[]): CodeLens => ({
        range,
        // With nothing to list the lens is a plain label (an empty command id is not clickable).
        command: nodes.length > 0
            ? { title, command: LENS_COMMANDS.showLocations, arguments: [uri, range.start, locations(nodes)] }
            : { title, command: '' }
    });
    return [
        { range, command: { title: TITLES.preview, command: LENS_COMMANDS.preview, arguments: [uri] } },
        list(TITLES.failPoints(model.metrics.failPoints), properties.filter(ast.isFailPoint)),
        list(TITLES.waitPoints(model.metrics.waitPoints), properties.filter(ast.isWaitPoint)),
        { range, command: { title: timeTitle(model, TITLES), command: '' } }
    ];
}
