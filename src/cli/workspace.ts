import { existsSync, readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { globSync } from 'glob';
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createBlueprintServices } from '../language/blueprint-module.js';
import { buildBlueprint } from '../language/model-builder.js';
import type { BlueprintModel } from '../model/types.js';
import * as ast from '../language/generated/ast.js';
import { applyProjectConfigs } from './config.js';
import { CliError } from './errors.js';
import { reasonOf } from './files.js';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'dist', 'out']);
const GLOB_MAGIC = /[*?[\]{}]/;

const MESSAGES = {
    noInputs: 'no files or folders given',
    noSuchPath: (path: string) => `no such file or folder: ${path}`,
    notBlueprint: (path: string) => `not a .blueprint file: ${path}`,
    notRegular: (path: string) => `not a regular file (a pipe, socket or device): ${path}`,
    unreadable: (path: string, reason: string) => `cannot read ${path}: ${reason}`,
    noBlueprints: (paths: string[]) => `no .blueprint files in ${paths.join(', ')}`,
    notUtf8: (path: string, offset: number) => `${path}: not UTF-8 text (invalid byte at offset ${offset}); save the file as UTF-8`
};

/**
 * The .blueprint files named, those below the folders named, and those a
 * quoted glob matches (shells on Windows do not expand them), sorted.
 * Anything else (a missing path, a pipe, a folder with no blueprints) is a user error.
 */
export function collectBlueprintFiles(paths: string[]): string[] {
    if (paths.length === 0) throw new CliError(MESSAGES.noInputs);
    const files = new Set<string>();
    for (const path of paths) {
        if (!existsSync(path) && GLOB_MAGIC.test(path)) {
            for (const match of globSync(path, { absolute: true, nodir: true, ignore: [...SKIPPED_FOLDERS].map(name => `**/${name}/**`) })) {
                if (match.endsWith('.blueprint')) files.add(match);
            }
            continue;
        }
        const stats = statOf(path);
        if (stats.isDirectory()) walk(resolve(path), files);
        else if (!stats.isFile()) throw new CliError(MESSAGES.notRegular(path));
        else if (path.endsWith('.blueprint')) files.add(resolve(path));
        else throw new CliError(MESSAGES.notBlueprint(path));
    }
    if (files.size === 0) throw new CliError(MESSAGES.noBlueprints(paths));
    return [...files].sort();
}

function statOf(path: string): Stats {
    try {
        return statSync(path);
    } catch (error) {
        throw new CliError((error as NodeJS.ErrnoException).code === 'ENOENT' ? MESSAGES.noSuchPath(path) : MESSAGES.unreadable(path, reasonOf(error)));
    }
}

function walk(folder: string, files: Set<string>): void {
    let entries;
    try {
        entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
        throw new CliError(MESSAGES.unreadable(relative(process.cwd(), folder) || '.', reasonOf(error)));
    }
    for (const entry of entries) {
        if (entry.isDirectory()) {
            if (!SKIPPED_FOLDERS.has(entry.name)) walk(join(folder, entry.name), files);
        } else if (entry.isFile() && entry.name.endsWith('.blueprint')) {
            files.add(join(folder, entry.name));
        }
    }
}

/** The file's text; bytes that are not UTF-8 are refused, never replaced by U+FFFD silently. */
export function readBlueprintText(file: string): string {
    const shown = relative(process.cwd(), file) || file;
    let bytes: Buffer;
    try {
        bytes = readFileSync(file);
    } catch (error) {
        throw new CliError(MESSAGES.unreadable(shown, reasonOf(error)));
    }
    try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
        throw new CliError(MESSAGES.notUtf8(shown, firstInvalidUtf8Byte(bytes)));
    }
}

/** The offset of the first byte that is not valid UTF-8: the first U+FFFD the lenient decoder made up. */
export function firstInvalidUtf8Byte(bytes: Buffer): number {
    const text = new TextDecoder('utf-8').decode(bytes);
    let offset = 0;
    for (const char of text) {
        const width = Buffer.byteLength(char);
        // A U+FFFD the file really holds is the three bytes EF BF BD.
        if (char === '\ufffd' && !(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) return offset;
        offset += width;
    }
    return offset;
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
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(readBlueprintText(file), URI.file(file));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        documents.push(document);
    }
    await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return { services, documents };
}

export function blueprintsOf(document: LangiumDocument): BlueprintModel[] {
    return (document.parseResult.value as ast.Model).elements.filter(ast.isBlueprint).map(b => buildBlueprint(b).model);
}
