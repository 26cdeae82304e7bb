import type * as vscode from 'vscode';

/**
 * The extension's one named logger: the "Service Blueprint" log output
 * channel, shared with the language client (whose `blueprint.trace.server`
 * traces land there too). Until activation sets it, messages are dropped.
 */
let channel: Pick<vscode.LogOutputChannel, 'info' | 'warn' | 'error'> | undefined;

export function useLogChannel(logChannel: vscode.LogOutputChannel): void {
    channel = logChannel;
}

export const log = {
    info: (message: string): void => channel?.info(message),
    warn: (message: string): void => channel?.warn(message),
    error: (message: string, error?: unknown): void => channel?.error(error === undefined ? message : `${message}: ${describeError(error)}`)
};

export function describeError(error: unknown): string {
    return error instanceof Error ? error.stack ?? error.message : String(error);
}

/** Runs a promise nobody awaits, logging its failure instead of dropping it. */
export function logFailure(promise: PromiseLike<unknown>, what: string): void {
    promise.then(undefined, (error: unknown) => log.error(what, error));
}
