import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { CliError } from './errors.js';
import { text } from './text.js';

/** Most file systems refuse longer names (ENAMETOOLONG); say so before trying. */
const MAX_NAME_BYTES = 255;

/** The catalogue's reason for each errno code; codes that mean the same share one. */
const REASON_KEYS: Record<string, keyof ReturnType<typeof text>['reasons']> = {
    EACCES: 'EACCES', EPERM: 'EACCES', ENOENT: 'ENOENT', EISDIR: 'EISDIR', ENOTDIR: 'ENOTDIR', EEXIST: 'ENOTDIR',
    EROFS: 'EROFS', ENOSPC: 'ENOSPC', ENAMETOOLONG: 'ENAMETOOLONG'
};

/** A file system error as its short reason: "permission denied", not a stack. */
export function reasonOf(error: unknown): string {
    const { code, message } = error as NodeJS.ErrnoException;
    const key = code ? REASON_KEYS[code] : undefined;
    return key ? text().reasons[key] : String(message).split('\n')[0];
}

function isFolder(path: string): boolean {
    try {
        return statSync(path).isDirectory();
    } catch {
        return false;
    }
}

/** Writes a file (creating its folder); every failure is a one-line user error. */
export function writeOutput(path: string, content: string | Buffer): void {
    const messages = text().files;
    if (Buffer.byteLength(basename(path)) > MAX_NAME_BYTES) throw new CliError(messages.nameTooLong(path, MAX_NAME_BYTES));
    if (isFolder(path)) throw new CliError(messages.isFolder(path));
    try {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, content);
    } catch (error) {
        throw new CliError(messages.failed(path, reasonOf(error)));
    }
}

/** Writes files that must not exist yet: all or none (checked before the first is written). */
export function writeNewFiles(files: Array<[path: string, content: string]>): void {
    const taken = files.find(([path]) => existsSync(path));
    if (taken) throw new CliError(text().files.exists(taken[0]));
    for (const [path, content] of files) writeOutput(path, content);
}

export function makeFolder(path: string): void {
    try {
        mkdirSync(path, { recursive: true });
    } catch (error) {
        const messages = text().files;
        throw new CliError((error as NodeJS.ErrnoException).code === 'EEXIST' ? messages.notFolder(path) : messages.failed(path, reasonOf(error)));
    }
}
