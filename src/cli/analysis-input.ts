/**
 * What `simulate` and `compare` share: options parsing, loading a blueprint
 * named `file[#Name]` with its folder as the workspace (so performers
 * declared in other files resolve as in the editor), and number formats.
 */
import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { formatDuration } from '../model/duration.js';
import type { BlueprintModel } from '../model/types.js';
import { CliError } from './errors.js';
import { blueprintsOf, collectBlueprintFiles, loadWorkspace } from './workspace.js';

export const MESSAGES = {
    noSuchFile: (path: string) => `no such file: ${path}`,
    noBlueprint: (path: string) => `${path} holds no blueprint`,
    noNamedBlueprint: (path: string, name: string, names: string[]) => `${path} has no blueprint '${name}' (it has ${names.join(', ')})`,
    severalBlueprints: (path: string, names: string[]) => `${path} holds several blueprints: name one as ${path}#Name (${names.join(', ')})`,
    badNumber: (option: string, value: string) => `--${option} must be a whole number (got '${value}')`,
    badChoice: (option: string, allowed: string[], value: string) => `--${option} must be one of ${allowed.join(', ')} (got '${value}')`
};

type Options = NonNullable<ParseArgsConfig['options']>;
export interface ParsedOptions { values: Record<string, string | boolean | undefined>; positionals: string[] }

export function parseOptions(args: string[], options: Options): ParsedOptions {
    try {
        return parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    } catch (error) {
        throw new CliError((error as Error).message.split('\n')[0].replace(/\. To specify.*$/, ''));
    }
}

export function choiceOf(value: unknown, allowed: string[], option: string, fallback: string): string {
    if (value === undefined) return fallback;
    if (typeof value !== 'string' || !allowed.includes(value)) throw new CliError(MESSAGES.badChoice(option, allowed, describeValue(value)));
    return value;
}

export function wholeNumber(value: unknown, option: string, fallback: number, min = 1): number {
    if (value === undefined) return fallback;
    const number = Number(value);
    if (!Number.isInteger(number) || number < min) throw new CliError(MESSAGES.badNumber(option, describeValue(value)));
    return number;
}

export interface LoadedBlueprint {
    path: string;
    model: BlueprintModel;
    /** Error diagnostics of the blueprint's file. */
    errors: number;
}

/** `file.blueprint` or `file.blueprint#Name`. */
export async function loadBlueprint(reference: string): Promise<LoadedBlueprint> {
    const hash = reference.lastIndexOf('#');
    const file = hash > 0 ? reference.slice(0, hash) : reference;
    const name = hash > 0 ? reference.slice(hash + 1) : undefined;
    const absolute = resolve(file);
    if (!existsSync(absolute)) throw new CliError(MESSAGES.noSuchFile(file));
    const files = collectBlueprintFiles([dirname(absolute)]);
    const workspace = await loadWorkspace(files.includes(absolute) ? files : [...files, absolute]);
    const document = workspace.documents.find(d => resolve(fileURLToPath(d.uri.toString())) === absolute);
    if (!document) throw new CliError(MESSAGES.noSuchFile(file));
    const models = blueprintsOf(document);
    const path = relative(process.cwd(), absolute);
    if (models.length === 0) throw new CliError(MESSAGES.noBlueprint(path));
    let model = models[0];
    if (name !== undefined) {
        const named = models.find(m => m.name === name);
        if (!named) throw new CliError(MESSAGES.noNamedBlueprint(path, name, models.map(m => m.name)));
        model = named;
    } else if (models.length > 1) {
        throw new CliError(MESSAGES.severalBlueprints(path, models.map(m => m.name)));
    }
    return { path, model, errors: (document.diagnostics ?? []).filter(d => d.severity === 1).length };
}

export const percent = (share: number | undefined) => (share === undefined || !Number.isFinite(share) ? '—' : `${(Math.round(share * 1000) / 10).toFixed(1)}%`);
export const minutes = (seconds: number | undefined) => (seconds === undefined ? '—' : Number.isFinite(seconds) ? formatDuration(seconds) : '∞');
export const money = (amount: number | undefined) => (amount === undefined || !Number.isFinite(amount) ? '—' : amount.toFixed(2));

/** A plain-text table: columns padded to their widest cell (CJK counted double). */
export function textTable(rows: string[][]): string[] {
    const width = (text: string) => [...text].reduce((w, ch) => w + (/[\u2E80-\uFFEF]/.test(ch) ? 2 : 1), 0);
    const widths = rows[0].map((_, col) => Math.max(...rows.map(r => width(r[col] ?? ''))));
    return rows.map(r => r.map((cell, col) => (col === r.length - 1 ? cell : cell + ' '.repeat(widths[col] - width(cell)))).join('  ').trimEnd());
}

export function markdownTable(rows: string[][]): string[] {
    const escape = (cell: string) => cell.replace(/\|/g, '\\|');
    return [
        `| ${rows[0].map(escape).join(' | ')} |`,
        `|${rows[0].map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
        ...rows.slice(1).map(r => `| ${r.map(escape).join(' | ')} |`)
    ];
}

/** An option's value for a message: a string as given, anything else by its type. */
function describeValue(value: unknown): string {
    return typeof value === 'string' ? value : typeof value;
}
