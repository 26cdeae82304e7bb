import { buildBlueprint } from '../../../src/language/model-builder.js';
import * as ast from '../../../src/language/generated/ast.js';
import { buildNetwork, scenarioOf, type Network } from '../../../src/model/analysis/index.js';
import type { BlueprintModel } from '../../../src/model/types.js';
import { validate } from '../../helpers.js';

export async function modelOf(text: string): Promise<BlueprintModel> {
    const { document } = await validate(text);
    return buildBlueprint(document.parseResult.value.elements.find(ast.isBlueprint)!).model;
}

export async function networkOf(text: string, scenario?: string): Promise<Network> {
    const model = await modelOf(text);
    const built = buildNetwork(model, scenarioOf(model, scenario));
    if (!built.network) throw new Error(`no network: ${built.missing.join('; ')}`);
    return built.network;
}

/** |actual − expected| ÷ expected. */
export function relativeError(actual: number, expected: number): number {
    return Math.abs(actual - expected) / Math.abs(expected);
}
