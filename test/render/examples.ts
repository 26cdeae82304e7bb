/**
 * The project's example blueprints, parsed and built together as one workspace
 * (they share top-level performers), globbed at test time: others keep adding examples.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { globSync } from 'glob';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { createBlueprintServices } from '../../src/language/blueprint-module.js';
import { isBlueprint, type Model } from '../../src/language/generated/ast.js';
import { buildBlueprint } from '../../src/language/model-builder.js';
import type { BlueprintModel } from '../../src/model/types.js';
import { validate } from '../helpers.js';

export const ROOT = join(import.meta.dirname, '..', '..');

export interface Example { name: string; models: BlueprintModel[] }

export function exampleFiles(): string[] {
    return globSync('examples/**/*.blueprint', { cwd: ROOT }).sort();
}

function modelsOf(document: LangiumDocument<Model>): BlueprintModel[] {
    return document.parseResult.value.elements.filter(isBlueprint).map(b => buildBlueprint(b).model);
}

let workspace: Promise<Map<string, BlueprintModel[]>> | undefined;

async function buildWorkspace(): Promise<Map<string, BlueprintModel[]>> {
    const { shared } = createBlueprintServices(EmptyFileSystem);
    const files = exampleFiles();
    const documents = files.map(file => {
        const document = shared.workspace.LangiumDocumentFactory.fromString<Model>(readFileSync(join(ROOT, file), 'utf8'), URI.file(join(ROOT, file)));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: false });
    return new Map(files.map((file, i) => [file, modelsOf(documents[i])]));
}

export async function loadExample(file: string): Promise<Example> {
    workspace ??= buildWorkspace();
    const models = (await workspace).get(file) ?? [];
    return { name: basename(file, '.blueprint'), models };
}

/** Parses a standalone document. */
export async function loadModels(text: string): Promise<BlueprintModel[]> {
    return modelsOf((await validate(text)).document);
}
