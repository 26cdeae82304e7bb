/**
 * blueprint init [folder]: a starter blueprint (the seed's counter deposit,
 * in the CLI's language) and a blueprint.config.json pointing at its schema.
 * Writes nothing if either file exists.
 */
import { join, relative } from 'node:path';
import { CONFIG_FILE } from '../language/project-config.js';
import { parseOptions } from './args.js';
import { CliError } from './errors.js';
import { makeFolder, writeNewFiles } from './files.js';
import { output } from './output.js';
import { text } from './text.js';
import { CONFIG_SCHEMA_URL } from './tool.js';

export function starterConfig(): string {
    return `${JSON.stringify({ $schema: CONFIG_SCHEMA_URL, rules: {} }, null, 2)}\n`;
}

export function initCommand(args: string[], help: () => number): Promise<number> {
    const { values, positionals } = parseOptions(args, {});
    if (values.help) return Promise.resolve(help());
    if (positionals.length > 1) throw new CliError(text().errors.unexpectedArgument(positionals[1]));
    const folder = positionals[0] ?? '.';
    const messages = text().init;
    const files: Array<[string, string]> = [[join(folder, messages.fileName), messages.starter], [join(folder, CONFIG_FILE), starterConfig()]];
    makeFolder(folder);
    writeNewFiles(files);
    for (const [path] of files) output.line(messages.wrote(relative(process.cwd(), path) || path));
    output.line(messages.next(relative(process.cwd(), files[0][0])));
    return Promise.resolve(0);
}
