/**
 * `--watch`: run once, then again after each change to a blueprint, a
 * blueprint.config.json or .blueprintignore below the inputs (node's own
 * recursive fs.watch, no dependency), debounced so an editor's save of
 * several files triggers one run. Runs never overlap. Ctrl+C ends it.
 */
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { existsSync, statSync } from 'node:fs';
import { CONFIG_FILE } from '../language/project-config.js';
import { CliError } from './errors.js';
import { output } from './output.js';
import { text } from './text.js';
import { IGNORE_FILE, STDIN } from './workspace.js';

const DEBOUNCE_MS = 150;

/** The folders to watch: each folder given (recursively), each file's folder, the working folder for globs. */
function watchedFolders(paths: string[]): Array<{ folder: string; recursive: boolean }> {
    const targets = new Map<string, boolean>();
    for (const path of paths) {
        const isFolder = existsSync(path) && statSync(path).isDirectory();
        const folder = isFolder ? resolve(path) : existsSync(path) ? dirname(resolve(path)) : process.cwd();
        targets.set(folder, (targets.get(folder) ?? false) || isFolder || !existsSync(path));
    }
    return [...targets].map(([folder, recursive]) => ({ folder, recursive }));
}

function relevant(file: string): boolean {
    const name = basename(file);
    return name.endsWith('.blueprint') || name === CONFIG_FILE || name === IGNORE_FILE;
}

export async function watchAndRepeat(paths: string[], run: () => Promise<number>): Promise<number> {
    if (paths.includes(STDIN)) throw new CliError(text().check.watchStdin);
    const once = async () => {
        try {
            await run();
        } catch (error) {
            // A user error while watching (a file removed, a config broken) is shown and the watch goes on.
            if (!(error instanceof CliError)) throw error;
            output.error(`blueprint: ${error.message}`);
        }
        output.line(text().check.watching);
    };
    await once();
    let timer: NodeJS.Timeout | undefined;
    let running = Promise.resolve();
    const changed = new Set<string>();
    const watchers: FSWatcher[] = watchedFolders(paths).map(({ folder, recursive }) => watch(folder, { recursive }, (_event, file) => {
        if (!file || !relevant(file)) return;
        changed.add(relative(process.cwd(), join(folder, file.toString())));
        clearTimeout(timer);
        timer = setTimeout(() => {
            const names = [...changed].join(', ');
            changed.clear();
            running = running.then(() => {
                output.line(text().check.rechecking(names, new Date().toLocaleTimeString()));
                return once();
            });
        }, DEBOUNCE_MS);
    }));
    return new Promise(() => {
        // Runs until interrupted; the watchers keep the process alive.
        void watchers;
    });
}
