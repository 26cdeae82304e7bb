import { existsSync, readFileSync } from 'node:fs';
import { URI } from 'langium';
import { parseProjectConfig, type ProjectConfig, type ProjectConfigs } from '../language/project-config.js';
import { CliError } from './errors.js';
import { text } from './text.js';

/**
 * The rule config of every file, as the language server finds it: the
 * blueprint.config.json nearest above each file, or, with `--config`, that
 * one file for all. A problem in any config that applies is a user error.
 */
export async function applyProjectConfigs(configs: ProjectConfigs, files: string[], explicit: string | undefined): Promise<void> {
    if (explicit) {
        const config = readExplicitConfig(explicit);
        rejectProblems(config, explicit);
        configs.pin(config);
        return;
    }
    for (const file of files) {
        const config = await configs.configFor(URI.file(file));
        if (config) rejectProblems(config, config.file);
    }
}

function readExplicitConfig(file: string): ProjectConfig {
    if (!existsSync(file)) throw new CliError(text().inputs.noSuchConfig(file));
    return parseProjectConfig(file, readFileSync(file, 'utf8'));
}

function rejectProblems(config: ProjectConfig, file: string): void {
    const { problems } = config.parsed;
    if (problems.length > 0) throw new CliError(`${file}: ${problems[0]}${problems.length > 1 ? text().inputs.moreProblems(problems.length - 1) : ''}`);
}
