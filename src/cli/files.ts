import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { CliError } from './errors.js';

/** Most file systems refuse longer names (ENAMETOOLONG); say so before trying. */
const MAX_NAME_BYTES = 255;

const MESSAGES = {
    isFolder: (path: string) => `cannot write ${path}: it is a folder`,
    notFolder: (path: string) => `cannot write into ${path}: it is not a folder`,
    nameTooLong: (path: string) => `cannot write ${path}: the file name is longer than ${MAX_NAME_BYTES} bytes`,
    failed: (path: string, reason: string) => `cannot write ${path}: ${reason}`
};

/** A file system error as its short reason: "permission denied", not a stack. */
export function reasonOf(error: unknown): string {
    const { code, message } = error as NodeJS.ErrnoException;
    const reasons: Record<string, string> = { EACCES: 'permission denied', EPERM: 'permission denied', ENOENT: 'no such file or folder', EISDIR: 'it is a folder', ENOTDIR: 'a part of the path is not a folder', EEXIST: 'a part of the path is not a folder', EROFS: 'read-only file system', ENOSPC: 'no space left on the device', ENAMETOOLONG: 'the name is too long' };
    return (code && reasons[code]) ?? String(message).split('\n')[0];
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
    if (Buffer.byteLength(basename(path)) > MAX_NAME_BYTES) throw new CliError(MESSAGES.nameTooLong(path));
    if (isFolder(path)) throw new CliError(MESSAGES.isFolder(path));
    try {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, content);
    } catch (error) {
        throw new CliError(MESSAGES.failed(path, reasonOf(error)));
    }
}

export function makeFolder(path: string): void {
    try {
        mkdirSync(path, { recursive: true });
    } catch (error) {
        throw new CliError((error as NodeJS.ErrnoException).code === 'EEXIST' ? MESSAGES.notFolder(path) : MESSAGES.failed(path, reasonOf(error)));
    }
}
