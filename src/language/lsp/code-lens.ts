import { GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams, Range } from 'vscode-languageserver';
import { formatDuration, type UnitWords } from '../../model/duration.js';
import type { BlueprintModel } from '../../model/types.js';
import type { Messages } from '../../i18n/index.js';
import type { PointKind, PointLocations } from '../../protocol.js';
import * as ast from '../generated/ast.js';
import { Localization } from '../localization.js';
import { buildBlueprint } from '../model-builder.js';

/**
 * Commands the lenses run: the preview's own, and the client's list of a blueprint's fail or wait
 * points (src/extension/show-locations.ts), which asks for the points when clicked
 * (PointLocationsRequest): the arguments name the blueprint, so they stay right after edits.
 */
export const LENS_COMMANDS = { preview: 'blueprint.showPreviewToSide', showPoints: 'blueprint.showPoints' } as const;

function timeTitle(model: BlueprintModel, lens: Messages['editor']['lens'], units: UnitWords): string {
    const visible = formatDuration(model.metrics.customerVisibleTime, units);
    if (model.target === undefined) return lens.visibleNoTarget(visible);
    const over = model.metrics.customerVisibleTime > model.target;
    return `${over ? '$(warning) ' : ''}${lens.visibleAndTarget(visible, formatDuration(model.target, units))}`;
}

/** Above each blueprint: open its preview; its fail and wait points (click to list them); customer-visible time vs target. */
export class BlueprintCodeLensProvider implements CodeLensProvider {
    constructor(private readonly localization: Localization = new Localization()) {}

    provideCodeLens(document: LangiumDocument, _params: CodeLensParams): CodeLens[] {
        const model = document.parseResult.value as ast.Model;
        const titles = this.localization.messages.editor.lens;
        return model.elements.filter(ast.isBlueprint).flatMap(blueprint => lensesOf(blueprint, document.uri.toString(), titles, this.localization.messages.preview.diagram.durationUnits));
    }
}

/** Where a blueprint's lenses sit: on its name. */
function lensRange(blueprint: ast.Blueprint): Range | undefined {
    return blueprint.$cstNode && (GrammarUtils.findNodeForProperty(blueprint.$cstNode, 'name') ?? blueprint.$cstNode).range;
}

function pointNodes(blueprint: ast.Blueprint, kind: PointKind): AstNode[] {
    const properties = blueprint.members.filter(ast.isLane).flatMap(lane => lane.steps).flatMap(step => step.properties);
    return kind === 'fail' ? properties.filter(ast.isFailPoint) : properties.filter(ast.isWaitPoint);
}

/** The fail or wait points of the blueprint `name` in a document, and where to show their list. */
export function pointLocations(document: LangiumDocument, name: string, kind: PointKind): PointLocations | null {
    const blueprint = (document.parseResult.value as ast.Model).elements.filter(ast.isBlueprint).find(b => b.name === name);
    const at = blueprint && lensRange(blueprint);
    if (!blueprint || !at) return null;
    const uri = document.uri.toString();
    return { at: at.start, locations: pointNodes(blueprint, kind).flatMap(node => (node.$cstNode ? [{ uri, range: node.$cstNode.range }] : [])) };
}

function lensesOf(blueprint: ast.Blueprint, uri: string, titles: Messages['editor']['lens'], units: UnitWords): CodeLens[] {
    const range = lensRange(blueprint);
    if (!range) return [];
    const model = buildBlueprint(blueprint).model;
    const list = (title: string, kind: PointKind, count: number): CodeLens => ({
        range,
        // With nothing to list the lens is a plain label (an empty command id is not clickable).
        command: count > 0 ? { title, command: LENS_COMMANDS.showPoints, arguments: [uri, blueprint.name, kind] } : { title, command: '' }
    });
    return [
        { range, command: { title: titles.preview, command: LENS_COMMANDS.preview, arguments: [uri] } },
        list(titles.failPoints(model.metrics.failPoints), 'fail', model.metrics.failPoints),
        list(titles.waitPoints(model.metrics.waitPoints), 'wait', model.metrics.waitPoints),
        { range, command: { title: timeTitle(model, titles, units), command: '' } }
    ];
}
