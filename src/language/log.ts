import type { Connection } from 'vscode-languageserver';

/**
 * The server's one logger: the connection's console, which the client shows
 * in the "Service Blueprint" channel. Without a connection (the CLI, tests)
 * it writes to stderr, never to stdout, which may carry a CLI's result.
 */
export interface ServerLog { error(message: string): void; warn(message: string): void }

export function serverLog(connection: Connection | undefined): ServerLog {
    const write = (text: string) => process.stderr.write(`${text}\n`);
    return {
        error: message => connection ? connection.console.error(message) : write(message),
        warn: message => connection ? connection.console.warn(message) : write(message)
    };
}

export function describeError(error: unknown): string {
    return error instanceof Error ? error.stack ?? error.message : String(error);
}

/** Runs a promise nobody awaits, logging its failure instead of dropping it. */
export function logFailure(connection: Connection | undefined, promise: PromiseLike<unknown>, what: string): void {
    promise.then(undefined, (error: unknown) => serverLog(connection).error(`${what}: ${describeError(error)}`));
}
