/**
 * Options parsing shared by every command: node:util's parseArgs, whose
 * errors (English, several lines, with internals) become one line of the catalogue.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './errors.js';
import { joined, text } from './text.js';

export type Options = NonNullable<ParseArgsConfig['options']>;
export interface ParsedOptions { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] }

export function parseOptions(args: string[], options: Options): ParsedOptions {
    try {
        return parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    } catch (error) {
        throw new CliError(parseError(error as Error & { code?: string }));
    }
}

function parseError(error: Error & { code?: string }): string {
    const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? '';
    const option = /(--?[\w-]+)(?: <value>)?$/.exec(quoted)?.[1] ?? quoted;
    const messages = text().errors;
    if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return messages.unknownOption(quoted);
    if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return error.message.includes('argument missing') ? messages.missingValue(option) : messages.takesNoValue(option);
    if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return messages.unexpectedArgument(quoted);
    return error.message.split('\n')[0];
}

export function choiceOf<T extends string>(value: unknown, allowed: readonly T[], option: string, fallback: T): T;
export function choiceOf<T extends string>(value: unknown, allowed: readonly T[], option: string): T | undefined;
export function choiceOf<T extends string>(value: unknown, allowed: readonly T[], option: string, fallback?: T): T | undefined {
    if (value === undefined) return fallback;
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) throw new CliError(text().errors.badChoice(option, joined(allowed), describeValue(value)));
    return value as T;
}

export function wholeNumber(value: unknown, option: string, fallback: number, min?: number): number;
export function wholeNumber(value: unknown, option: string, fallback: undefined, min?: number): number | undefined;
export function wholeNumber(value: unknown, option: string, fallback: number | undefined, min = 1): number | undefined {
    if (value === undefined) return fallback;
    const number = Number(value);
    if (typeof value !== 'string' || value.trim() === '' || !Number.isInteger(number) || number < min) throw new CliError(text().errors.badNumber(option, describeValue(value)));
    return number;
}

export function stringOption(value: unknown): string | undefined {
    return typeof value === 'string' ? value : undefined;
}

export function stringsOption(value: unknown): string[] {
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : typeof value === 'string' ? [value] : [];
}

/** An option's value for a message: a string as given, anything else by its type. */
function describeValue(value: unknown): string {
    return typeof value === 'string' ? value : typeof value;
}
