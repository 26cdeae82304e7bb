import { existsSync, readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { globSync } from 'glob';
import ignore, { type Ignore } from 'ignore';
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createBlueprintServices } from '../language/blueprint-module.js';
import { buildBlueprint } from '../language/model-builder.js';
import type { BlueprintModel } from '../model/types.js';
import * as ast from '../language/generated/ast.js';
import { applyProjectConfigs } from './config.js';
import { CliError } from './errors.js';
import { reasonOf } from './files.js';
import { output } from './output.js';
import { cliLocale, joined, text } from './text.js';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'dist', 'out']);
const GLOB_MAGIC = /[*?[\]{}]/;
export const IGNORE_FILE = '.blueprintignore';
export const STDIN = '-';

/** Where the inputs come from besides the paths: stdin's name and the ignore patterns. */
export interface InputOptions {
    /** The name of stdin's blueprint (`-`), for messages and the config lookup. */
    stdinFilename?: string;
    /** gitignore-style patterns (`--ignore`), added to those of .blueprintignore in the working folder. */
    ignore?: string[];
}

export interface StdinInput { file: string; shown: string; text: string }

export interface Inputs { files: string[]; stdin?: StdinInput }

/**
 * The .blueprint files named, those below the folders named, and those a
 * quoted glob matches (shells on Windows do not expand them), sorted, less
 * the ignored ones; `-` reads one blueprint from stdin. Anything else (a
 * missing path, a pipe, a folder with no blueprints) is a user error.
 */
export function collectInputs(paths: string[], options: InputOptions = {}): Inputs {
    const messages = text().inputs;
    if (paths.length === 0) throw new CliError(messages.noInputs);
    const stdinCount = paths.filter(p => p === STDIN).length;
    if (stdinCount > 1) throw new CliError(messages.stdinTwice);
    if (options.stdinFilename !== undefined && stdinCount === 0) throw new CliError(messages.stdinFilenameAlone);
    const stdin = stdinCount ? readStdin(options.stdinFilename) : undefined;
    const others = paths.filter(p => p !== STDIN);
    const found = others.length > 0 ? collectBlueprintFiles(others) : [];
    const ignored = ignoreRules(options.ignore ?? []);
    const files = found.filter(file => !isIgnored(ignored, file) && file !== stdin?.file);
    if (found.length > 0 && files.length === 0 && !stdin) output.error(`blueprint: ${text().errors.notePrefix}${messages.allIgnored(found.length)}`);
    return { files, stdin };
}

/** The files of `paths` without ignore rules (simulate and compare name their file). */
export function collectBlueprintFiles(paths: string[]): string[] {
    const messages = text().inputs;
    if (paths.length === 0) throw new CliError(messages.noInputs);
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
        else if (!stats.isFile()) throw new CliError(messages.notRegular(path));
        else if (path.endsWith('.blueprint')) files.add(resolve(path));
        else throw new CliError(messages.notBlueprint(path));
    }
    if (files.size === 0) throw new CliError(messages.noBlueprints(joined(paths)));
    return [...files].sort();
}

function statOf(path: string): Stats {
    try {
        return statSync(path);
    } catch (error) {
        const messages = text().inputs;
        throw new CliError((error as NodeJS.ErrnoException).code === 'ENOENT' ? messages.noSuchPath(path) : messages.unreadable(path, reasonOf(error)));
    }
}

function walk(folder: string, files: Set<string>): void {
    let entries;
    try {
        entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
        throw new CliError(text().inputs.unreadable(relative(process.cwd(), folder) || '.', reasonOf(error)));
    }
    for (const entry of entries) {
        if (entry.isDirectory()) {
            if (!SKIPPED_FOLDERS.has(entry.name)) walk(join(folder, entry.name), files);
        } else if (entry.isFile() && entry.name.endsWith('.blueprint')) {
            files.add(join(folder, entry.name));
        }
    }
}

/** .blueprintignore of the working folder (gitignore syntax, by the `ignore` library) plus --ignore patterns. */
function ignoreRules(patterns: string[]): Ignore {
    const rules = ignore();
    const file = join(process.cwd(), IGNORE_FILE);
    if (existsSync(file)) rules.add(readFileSync(file, 'utf8'));
    return rules.add(patterns);
}

/** Patterns are relative to the working folder; a file outside it is never ignored. */
function isIgnored(rules: Ignore, file: string): boolean {
    const path = relative(process.cwd(), file);
    if (path === '' || path.startsWith('..') || isAbsolute(path)) return false;
    return rules.ignores(path.split(sep).join('/'));
}

function readStdin(name: string | undefined): StdinInput {
    const shown = name ?? text().inputs.stdinName;
    let bytes: Buffer;
    try {
        bytes = readFileSync(0);
    } catch (error) {
        throw new CliError(text().inputs.unreadable(shown, reasonOf(error)));
    }
    // Without a name, stdin stands for a file in the working folder: its config applies.
    return { file: resolve(name ?? 'stdin.blueprint'), shown, text: decodeUtf8(bytes, shown) };
}

/** The file's text; bytes that are not UTF-8 are refused, never replaced by U+FFFD silently. */
export function readBlueprintText(file: string): string {
    const shown = relative(process.cwd(), file) || file;
    let bytes: Buffer;
    try {
        bytes = readFileSync(file);
    } catch (error) {
        throw new CliError(text().inputs.unreadable(shown, reasonOf(error)));
    }
    return decodeUtf8(bytes, shown);
}

function decodeUtf8(bytes: Buffer, shown: string): string {
    try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
        throw new CliError(text().inputs.notUtf8(shown, firstInvalidUtf8Byte(bytes)));
    }
}

/** The offset of the first byte that is not valid UTF-8: the first U+FFFD the lenient decoder made up. */
export function firstInvalidUtf8Byte(bytes: Buffer): number {
    const decoded = new TextDecoder('utf-8').decode(bytes);
    let offset = 0;
    for (const char of decoded) {
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
    /** The document as the user named it: relative to the working folder, or stdin's name. */
    pathOf(document: LangiumDocument): string;
    /** Whether the document came from stdin (its output goes to stdout). */
    isStdin(document: LangiumDocument): boolean;
}

/**
 * Loads all files into one Langium workspace, so that references across
 * files resolve as they do in the editor, and validates them in the CLI's language.
 */
export async function loadWorkspace(inputs: Inputs | string[], configFile?: string): Promise<LoadedWorkspace> {
    const { files, stdin } = Array.isArray(inputs) ? { files: inputs, stdin: undefined } : inputs;
    const services = createBlueprintServices(NodeFileSystem);
    services.Blueprint.i18n.Localization.setClientLocale(cliLocale());
    const all = stdin ? [...files, stdin.file] : files;
    await applyProjectConfigs(services.Blueprint.validation.ProjectConfigs, all, configFile);
    const documents: LangiumDocument[] = [];
    const add = (content: string, file: string) => {
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(content, URI.file(file));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        documents.push(document);
        return document;
    };
    for (const file of files) add(readBlueprintText(file), file);
    const fromStdin = stdin ? add(stdin.text, stdin.file) : undefined;
    await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return {
        services,
        documents,
        pathOf: document => (document === fromStdin && stdin ? stdin.shown : relative(process.cwd(), document.uri.fsPath) || document.uri.fsPath),
        isStdin: document => document === fromStdin
    };
}

export function blueprintsOf(document: LangiumDocument): BlueprintModel[] {
    return (document.parseResult.value as ast.Model).elements.filter(ast.isBlueprint).map(b => buildBlueprint(b).model);
}
