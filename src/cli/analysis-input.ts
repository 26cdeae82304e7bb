/**
 * What `simulate` and `compare` share: options parsing, loading a blueprint
 * named `file[#Name]` with its folder as the workspace (so performers
 * declared in other files resolve as in the editor), and number formats.
 */
import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDuration } from '../model/duration.js';
import type { BlueprintModel } from '../model/types.js';
import { CliError } from './errors.js';
import { durationUnits, joined, text } from './text.js';
import { blueprintsOf, collectBlueprintFiles, loadWorkspace } from './workspace.js';

export { choiceOf, parseOptions, wholeNumber } from './args.js';

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
    if (!existsSync(absolute)) throw new CliError(text().analysisInput.noSuchFile(file));
    const files = collectBlueprintFiles([dirname(absolute)]);
    const workspace = await loadWorkspace(files.includes(absolute) ? files : [...files, absolute]);
    const document = workspace.documents.find(d => resolve(fileURLToPath(d.uri.toString())) === absolute);
    if (!document) throw new CliError(text().analysisInput.noSuchFile(file));
    const models = blueprintsOf(document);
    const path = relative(process.cwd(), absolute);
    if (models.length === 0) throw new CliError(text().analysisInput.noBlueprint(path));
    let model = models[0];
    if (name !== undefined) {
        const named = models.find(m => m.name === name);
        if (!named) throw new CliError(text().analysisInput.noNamedBlueprint(path, name, joined(models.map(m => m.name))));
        model = named;
    } else if (models.length > 1) {
        throw new CliError(text().analysisInput.severalBlueprints(path, joined(models.map(m => m.name))));
    }
    return { path, model, errors: (document.diagnostics ?? []).filter(d => d.severity === 1).length };
}

export const percent = (share: number | undefined) => (share === undefined || !Number.isFinite(share) ? '—' : `${(Math.round(share * 1000) / 10).toFixed(1)}%`);
export const minutes = (seconds: number | undefined) => (seconds === undefined ? '—' : Number.isFinite(seconds) ? formatDuration(seconds, durationUnits()) : '∞');
export const money = (amount: number | undefined) => (amount === undefined || !Number.isFinite(amount) ? '—' : amount.toFixed(2));

/** A plain-text table: columns padded to their widest cell (CJK counted double). */
export function textTable(rows: string[][]): string[] {
    const widths = rows[0].map((_, col) => Math.max(...rows.map(r => displayWidth(r[col] ?? ''))));
    return rows.map(r => r.map((cell, col) => (col === r.length - 1 ? cell : cell + ' '.repeat(widths[col] - displayWidth(cell)))).join('  ').trimEnd());
}

/** Columns a text takes in a terminal: CJK and full-width characters count double. */
export function displayWidth(value: string): number {
    return [...value].reduce((w, ch) => w + (/[\u2E80-\uFFEF]/.test(ch) ? 2 : 1), 0);
}

export function markdownTable(rows: string[][]): string[] {
    const escape = (cell: string) => cell.replace(/\|/g, '\\|');
    return [
        `| ${rows[0].map(escape).join(' | ')} |`,
        `|${rows[0].map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
        ...rows.slice(1).map(r => `| ${r.map(escape).join(' | ')} |`)
    ];
}
