import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { URI } from 'langium';
import { messagesFor } from '../i18n/index.js';
import { CONFIG_FILE, parseProjectConfig, type ProjectConfig, type ProjectConfigs } from '../language/project-config.js';
import { settingsProblemText } from '../language/validation/settings.js';
import { configSchema } from './config-schema.js';
import { CliError } from './errors.js';
import { cliLocale, text } from './text.js';

/**
 * The rule config of every file, as the language server finds it: the
 * blueprint.config.json nearest above each file, or, with `--config`, that
 * one file for all. A problem in any config that applies is a user error:
 * first what the language server reports (unknown codes, severities), then
 * anything else the JSON schema refuses (an unknown top-level key).
 */
export async function applyProjectConfigs(configs: ProjectConfigs, files: string[], explicit: string | undefined): Promise<void> {
    if (explicit) {
        if (!existsSync(explicit)) throw new CliError(text().inputs.noSuchConfig(explicit));
        const content = readFileSync(explicit, 'utf8');
        const config = parseProjectConfig(explicit, content);
        rejectProblems(config, explicit);
        rejectSchemaViolations(explicit, content);
        configs.pin(config);
        return;
    }
    for (const file of files) {
        const config = await configs.configFor(URI.file(file));
        if (!config) continue;
        const path = nearestConfig(dirname(file));
        const shown = path ? relative(process.cwd(), path) || path : config.file;
        rejectProblems(config, shown);
        if (path) rejectSchemaViolations(shown, readFileSync(path, 'utf8'));
    }
}

function nearestConfig(folder: string): string | undefined {
    for (let current = folder; ; current = dirname(current)) {
        const candidate = join(current, CONFIG_FILE);
        if (existsSync(candidate)) return candidate;
        if (dirname(current) === current) return undefined;
    }
}

function rejectProblems(config: ProjectConfig, file: string): void {
    const { problems } = config.parsed;
    if (problems.length === 0) return;
    const messages = messagesFor(cliLocale());
    const first = messages.validation.settings.inFile(file, settingsProblemText(problems[0], messages));
    throw new CliError(`${first}${problems.length > 1 ? text().inputs.moreProblems(problems.length - 1) : ''}`);
}

let validator: ReturnType<Ajv['compile']> | undefined;

function rejectSchemaViolations(file: string, content: string): void {
    validator ??= new Ajv({ allErrors: true }).compile(configSchema());
    if (validator(JSON.parse(content))) return;
    const [first] = validator.errors ?? [];
    if (first) throw new CliError(text().inputs.configSchema(file, first.instancePath || '/', detailOf(first)));
}

/** The offending name or value of a schema error, without ajv's English wording. */
function detailOf(error: ErrorObject): string {
    const params = error.params as { additionalProperty?: string; propertyName?: string; allowedValues?: string[] };
    return params.additionalProperty ?? params.propertyName ?? params.allowedValues?.join(' | ') ?? error.keyword;
}
