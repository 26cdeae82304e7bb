import { existsSync, readdirSync, statSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createBlueprintServices } from '../language/blueprint-module.js';
import { buildBlueprint } from '../language/model-builder.js';
import type { BlueprintModel } from '../model/types.js';
import * as ast from '../language/generated/ast.js';
import { applyProjectConfigs } from './config.js';
import { CliError } from './errors.js';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'dist', 'out']);

/** The .blueprint files named, and those below the folders named, sorted. */
export function collectBlueprintFiles(paths: string[]): string[] {
    if (paths.length === 0) throw new CliError('no files or folders given');
    const files = new Set<string>();
    for (const path of paths) {
        const absolute = resolve(path);
        if (!existsSync(absolute)) throw new CliError(`no such file or folder: ${path}`);
        if (statSync(absolute).isDirectory()) walk(absolute, files);
        else if (absolute.endsWith('.blueprint')) files.add(absolute);
        else throw new CliError(`not a .blueprint file: ${path}`);
    }
    return [...files].sort();
}

function walk(folder: string, files: Set<string>): void {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
        if (entry.isDirectory()) {
            if (!SKIPPED_FOLDERS.has(entry.name)) walk(join(folder, entry.name), files);
        } else if (entry.name.endsWith('.blueprint')) {
            files.add(join(folder, entry.name));
        }
    }
}

export interface LoadedWorkspace {
    services: ReturnType<typeof createBlueprintServices>;
    documents: LangiumDocument[];
}

/**
 * Loads all files into one Langium workspace, so that references across
 * files resolve as they do in the editor, and validates them.
 */
export async function loadWorkspace(files: string[], configFile?: string): Promise<LoadedWorkspace> {
    const services = createBlueprintServices(NodeFileSystem);
    await applyProjectConfigs(services.Blueprint.validation.ProjectConfigs, files, configFile);
    const documents: LangiumDocument[] = [];
    for (const file of files) {
        documents.push(await services.shared.workspace.LangiumDocuments.getOrCreateDocument(URI.file(file)));
    }
    await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return { services, documents };
}

export function blueprintsOf(document: LangiumDocument): BlueprintModel[] {
    return (document.parseResult.value as ast.Model).elements.filter(ast.isBlueprint).map(b => buildBlueprint(b).model);
}
