/**
 * Argument-free command ids for code lenses.
 *
 * VS Code sends a lens command that has arguments through a delegation cache
 * that it drops when it asks for the lenses again (after every edit). A click
 * on a lens still drawn from the previous answer then runs nothing and shows
 * "Actual command not found" (microsoft/vscode#84153). Giving each distinct
 * call an id of its own, with no arguments, avoids the cache: the click runs
 * exactly what the lens on screen showed. The ids of a document's last two
 * answers stay registered (what is on screen comes from one of them); older
 * ones are released, so a long editing session does not pile up commands.
 *
 * Pure TypeScript: the extension passes in how to register a command.
 */

export interface CommandCall {
    readonly command: string;
    readonly arguments: readonly unknown[];
}

export interface Releasable {
    dispose(): void;
}

export type RegisterCommand = (id: string, call: CommandCall) => Releasable;

interface Entry {
    readonly id: string;
    readonly registration: Releasable;
}

export class LensCommandIds {
    private counter = 0;
    /** Per document: the keys of its previous and of its latest answer. */
    private readonly answers = new Map<string, [previous: Set<string>, latest: Set<string>]>();
    private readonly entries = new Map<string, Entry>();

    constructor(private readonly prefix: string, private readonly register: RegisterCommand) {}

    /**
     * The ids for one answer of a document's lenses, in the order of `calls`.
     * The same call in consecutive answers keeps its id.
     */
    answer(document: string, calls: readonly CommandCall[]): string[] {
        const latest = new Set<string>();
        const ids = calls.map(call => {
            const key = JSON.stringify([document, call.command, call.arguments]);
            latest.add(key);
            return this.entryFor(key, call).id;
        });
        const [older] = this.answers.get(document) ?? [new Set<string>()];
        const previous = this.answers.get(document)?.[1] ?? new Set<string>();
        this.answers.set(document, [previous, latest]);
        for (const key of older) if (!previous.has(key) && !latest.has(key)) this.releaseKey(key);
        return ids;
    }

    /** Releases every id of a document (it was closed). */
    release(document: string): void {
        for (const keys of this.answers.get(document) ?? []) for (const key of keys) this.releaseKey(key);
        this.answers.delete(document);
    }

    /** How many ids are registered now. */
    get size(): number {
        return this.entries.size;
    }

    dispose(): void {
        for (const document of [...this.answers.keys()]) this.release(document);
    }

    private entryFor(key: string, call: CommandCall): Entry {
        let entry = this.entries.get(key);
        if (!entry) {
            const id = `${this.prefix}${++this.counter}`;
            entry = { id, registration: this.register(id, call) };
            this.entries.set(key, entry);
        }
        return entry;
    }

    private releaseKey(key: string): void {
        this.entries.get(key)?.registration.dispose();
        this.entries.delete(key);
    }
}
