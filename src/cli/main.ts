/**
 * blueprint check | format | render | stats | simulate | compare | init — the
 * same core as the editor, for CI and documents, in the user's language.
 */
import { localeFromEnvironment, resolveLocale, type Locale } from '../i18n/index.js';
import { parseOptions } from './args.js';
import { checkCommand } from './check.js';
import { compareCommand } from './compare.js';
import { CliError } from './errors.js';
import { formatCommandFromArgs } from './format.js';
import { initCommand } from './init.js';
import { output } from './output.js';
import { renderCommand } from './render.js';
import { simulateCommand } from './simulate.js';
import { collectStats, formatStatsText } from './stats.js';
import { joined, setCliLocale, text } from './text.js';
import { toolVersion } from './tool.js';
import { choiceOf, stringOption, stringsOption } from './args.js';
import { collectInputs, loadWorkspace } from './workspace.js';

type UsageKey = keyof ReturnType<typeof text>['usage']['commands'];

/** The usage lines of each command (render has two forms). */
const USAGE_OF: Record<string, UsageKey[]> = {
    check: ['check'], format: ['format'], render: ['render', 'renderMarkdown'], stats: ['stats'],
    simulate: ['simulate'], compare: ['compare'], init: ['init']
};

/** Every command's synopsis, or one command's with its options explained; then the common options and exit codes. */
export function usage(command?: string): string {
    const u = text().usage;
    const keys = command ? USAGE_OF[command] : Object.values(USAGE_OF).flat();
    const lines = [u.heading, ...keys.map(key => `  ${u.commands[key]}`)];
    if (command) lines.push('', ...keys.map(key => u.details[key]));
    lines.push('', u.common, '', u.exitCodes);
    return lines.join('\n');
}

function helpFor(command?: string): () => number {
    return () => {
        output.line(usage(command));
        return 0;
    };
}

async function stats(args: string[], help: () => number): Promise<number> {
    const { values, positionals } = parseOptions(args, { format: { type: 'string' }, 'stdin-filename': { type: 'string' }, ignore: { type: 'string', multiple: true } });
    if (values.help) return help();
    const format = choiceOf(values.format, ['text', 'json'] as const, 'format', 'text');
    const inputs = collectInputs(positionals, { stdinFilename: stringOption(values['stdin-filename']), ignore: stringsOption(values.ignore) });
    const collected = collectStats(await loadWorkspace(inputs));
    output.line(format === 'json' ? JSON.stringify(collected, null, 2) : formatStatsText(collected));
    return 0;
}

/** simulate and compare parse their own options; --help is answered here. */
function withHelp(run: (args: string[]) => Promise<number>): (args: string[], help: () => number) => Promise<number> {
    return (args, help) => (args.includes('--help') || args.includes('-h') ? Promise.resolve(help()) : run(args));
}

const COMMANDS: Record<string, (args: string[], help: () => number) => Promise<number>> = {
    check: checkCommand, format: formatCommandFromArgs, render: renderCommand, stats,
    simulate: withHelp(simulateCommand), compare: withHelp(compareCommand), init: initCommand
};

/** `--lang en|zh-cn` (anywhere, or `--lang=…`) taken out of the arguments; without it the environment decides. */
function takeLanguage(argv: string[]): { locale: Locale; args: string[] } {
    const args: string[] = [];
    let chosen: string | undefined;
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--lang') chosen = argv[++i] ?? '';
        else if (arg.startsWith('--lang=')) chosen = arg.slice('--lang='.length);
        else args.push(arg);
    }
    if (chosen === undefined) return { locale: localeFromEnvironment(process.env), args };
    const locale = resolveLocale(chosen);
    if (!locale || !['en', 'zh-cn', 'zh', 'zh_cn'].includes(chosen.toLowerCase())) throw new CliError(text().errors.badLanguage(chosen));
    return { locale, args };
}

async function run(argv: string[]): Promise<number> {
    const { locale, args } = takeLanguage(argv);
    setCliLocale(locale);
    const [command, ...rest] = args;
    if (command === undefined || command === '--help' || command === '-h' || (command === 'help' && rest.length === 0)) return helpFor()();
    if (command === '--version' || command === '-v') {
        output.line(toolVersion());
        return 0;
    }
    const name = command === 'help' ? rest[0] : command;
    const handler = COMMANDS[name];
    if (!handler) throw new CliError(text().errors.unknownCommand(name, joined(Object.keys(COMMANDS))));
    return command === 'help' ? helpFor(name)() : handler(rest, helpFor(name));
}

export async function main(argv: string[]): Promise<number> {
    // The environment's language until --lang is read, so that an error in --lang itself is understood.
    setCliLocale(localeFromEnvironment(process.env));
    try {
        return await run(argv);
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
    const detail = error instanceof Error ? (process.env.BLUEPRINT_DEBUG ? String(error.stack) : error.message.split('\n')[0]) : String(error);
    output.error(`blueprint: ${text().errors.internal(detail)}`);
    process.exitCode = 3;
});
