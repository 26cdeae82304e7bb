import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseSeverityOverrides, type SeverityOverrides } from '../language/validation/settings.js';
import { CliError } from './errors.js';

export const CONFIG_FILE = 'blueprint.config.json';

/** The config named by --config, else the nearest blueprint.config.json above the first input path. */
export function findConfig(explicit: string | undefined, firstInput: string | undefined): string | undefined {
    if (explicit) {
        if (!existsSync(explicit)) throw new CliError(`no such config file: ${explicit}`);
        return explicit;
    }
    let folder = resolve(firstInput ?? '.');
    if (existsSync(folder) && statSync(folder).isFile()) folder = dirname(folder);
    for (;;) {
        const candidate = join(folder, CONFIG_FILE);
        if (existsSync(candidate)) return candidate;
        const parent = dirname(folder);
        if (parent === folder) return undefined;
        folder = parent;
    }
}

/** Reads the `rules` map of a config file; any unknown code or severity is an error. */
export function readRuleOverrides(file: string | undefined): SeverityOverrides | undefined {
    if (!file) return undefined;
    let json: unknown;
    try {
        json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
        throw new CliError(`${file}: not valid JSON (${(error as Error).message})`);
    }
    const rules = (json as { rules?: unknown } | null)?.rules;
    const { overrides, problems } = parseSeverityOverrides(rules);
    if (problems.length > 0) throw new CliError(`${file}: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`);
    return overrides;
}
