/**
 * blueprint check | render | stats — the same core as the editor, for CI and documents.
 */
import { readFileSync } from 'node:fs';
import { output } from './output.js';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { checkedFiles, formatCheckJson, formatCheckText, summary } from './check.js';
import { CliError } from './errors.js';
import { compareCommand } from './compare.js';
import { formatCommand } from './format.js';
import { renderCommand } from './render.js';
import { isMarkdownPath, renderMarkdownCommand } from './render-markdown.js';
import { simulateCommand } from './simulate.js';
import { collectStats, formatStatsText } from './stats.js';
import { collectBlueprintFiles, loadWorkspace } from './workspace.js';

const USAGE = `Usage:
  blueprint check <files, folders or 'globs'...> [--format text|json] [--config blueprint.config.json]
  blueprint format [--check] <files, folders or 'globs'...>   (the editor's formatter; --check exits 1 on unformatted files)
  blueprint render <file or folder> -o <out.svg|out.png|folder> [--theme light|dark|high-contrast] [--format svg|png]
  blueprint render <notes.md> -o <out.md|out.html> [--theme …] [--format md|html]   (each \`\`\`blueprint fence → its diagram)
  blueprint stats <files or folders...> [--format text|json]
  blueprint simulate <file[#Name]> [--scenario NAME] [--customers N] [--seed S] [--format text|json|md]
                     [--staff-for PERFORMER [--goal "p90 wait < 10 min"]]
  blueprint compare <as-is[#Name]> <to-be[#Name]> [--scenario NAME] [--customers N] [--seed S] [--format text|md|json]

Exit codes: 0 fine, 1 a blueprint has errors (check), or cannot be analysed, is overloaded or misses the staffing goal (simulate, compare), 
            2 bad usage, a missing or unreadable file, no blueprints found, an unwritable output;
            3 internal error (a bug: please report it with the command and the file).
  blueprint --version | blueprint help <command> | blueprint <command> --help`;

type Options = NonNullable<ParseArgsConfig['options']>;

interface ParsedArgs { values: Record<string, string | boolean | undefined>; positionals: string[] }

function parse(args: string[], options: Options): ParsedArgs {
    try {
        return parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    } catch (error) {
        // node:util's messages are multi-line and mention internals; keep the first sentence.
        throw new CliError((error as Error).message.split('\n')[0].replace(/\. To specify.*$/, ''));
    }
}

function choice(value: unknown, allowed: string[], option: string): string | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || !allowed.includes(value)) throw new CliError(`--${option} must be one of ${allowed.join(', ')} (got '${typeof value === 'string' ? value : typeof value}')`);
    return value;
}

async function check(args: string[]): Promise<number> {
    const { values, positionals } = parse(args, { format: { type: 'string' }, config: { type: 'string' } });
    if (values.help) return help();
    const format = choice(values.format, ['text', 'json'], 'format') ?? 'text';
    const files = collectBlueprintFiles(positionals);
    const checked = checkedFiles(await loadWorkspace(files, values.config as string | undefined));
    const result = summary(checked);
    if (format === 'json') {
        output.line(formatCheckJson(checked));
    } else {
        const text = formatCheckText(checked);
        if (text) output.line(text);
        output.line(result.text);
    }
    return result.errors > 0 ? 1 : 0;
}

async function stats(args: string[]): Promise<number> {
    const { values, positionals } = parse(args, { format: { type: 'string' } });
    if (values.help) return help();
    const format = choice(values.format, ['text', 'json'], 'format') ?? 'text';
    const collected = collectStats(await loadWorkspace(collectBlueprintFiles(positionals)));
    output.line(format === 'json' ? JSON.stringify(collected, null, 2) : formatStatsText(collected));
    return 0;
}

async function render(args: string[]): Promise<number> {
    const { values, positionals } = parse(args, { output: { type: 'string', short: 'o' }, theme: { type: 'string' }, format: { type: 'string' } });
    if (values.help) return help();
    const theme = choice(values.theme, ['light', 'dark', 'high-contrast'], 'theme') ?? 'light';
    if (positionals.length === 1 && isMarkdownPath(positionals[0]) && typeof values.output === 'string') {
        return renderMarkdownCommand(positionals[0], values.output, theme as 'light' | 'dark' | 'high-contrast', values.format);
    }
    const format = choice(values.format, ['svg', 'png'], 'format') as 'svg' | 'png' | undefined;
    if (positionals.length !== 1) throw new CliError('render takes exactly one file or folder');
    if (typeof values.output !== 'string') throw new CliError('render needs -o <out.svg|out.png|folder>');
    return renderCommand(positionals[0], values.output, theme as 'light' | 'dark' | 'high-contrast', format);
}

function help(): number {
    output.line(USAGE);
    return 0;
}

async function format(args: string[]): Promise<number> {
    const { values, positionals } = parse(args, { check: { type: 'boolean' } });
    if (values.help) return help();
    return formatCommand(await loadWorkspace(collectBlueprintFiles(positionals)), values.check === true);
}

/** The version in the package.json beside dist/ (the bundle's folder). */
function version(): number {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    output.line(manifest.version);
    return 0;
}

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = { check, stats, render, format, simulate: withHelp(simulateCommand), compare: withHelp(compareCommand) };

function withHelp(run: (args: string[]) => Promise<number>): (args: string[]) => Promise<number> {
    return args => (args.includes('--help') || args.includes('-h') ? Promise.resolve(help()) : run(args));
}

export async function main(argv: string[]): Promise<number> {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || (command === 'help' && rest.length === 0)) return help();
    if (command === '--version' || command === '-v') return version();
    const run = command === 'help' ? COMMANDS[rest[0]] && (() => Promise.resolve(help())) : COMMANDS[command];
    try {
        if (!run) throw new CliError(`unknown command '${command === 'help' ? rest[0] : command}' (use ${Object.keys(COMMANDS).join(', ')})`);
        return await run(rest);
    } catch (error) {
        if (error instanceof CliError) {
            output.error(`blueprint: ${error.message}`);
            return 2;
        }
        throw error;
    }
}

main(process.argv.slice(2)).then(code => { process.exitCode = code; }, error => {
    // One line and a way forward; BLUEPRINT_DEBUG=1 shows the stack for the report.
    const detail = error instanceof Error ? (process.env.BLUEPRINT_DEBUG ? error.stack : error.message.split('\n')[0]) : String(error);
    output.error(`blueprint: internal error: ${detail} (a bug: please report it with the command and the file; BLUEPRINT_DEBUG=1 shows the stack)`);
    process.exitCode = 3;
});
