import { URI, UriUtils, type FileSystemProvider } from 'langium';
import { parseSeverityOverrides, type ProjectOverrides } from './validation/settings.js';

export const CONFIG_FILE = 'blueprint.config.json';

export type ProjectConfig = ProjectOverrides;

/**
 * Finds the blueprint.config.json nearest above a document, as the CLI does,
 * so the editor and CI report the same severities. Lookups are cached per
 * folder until a config file changes (the client watches them).
 */
export class ProjectConfigs {
    private readonly byFolder = new Map<string, Promise<ProjectConfig | undefined>>();
    private pinned: ProjectConfig | undefined;

    constructor(private readonly fileSystem: FileSystemProvider) {}

    configFor(document: URI): Promise<ProjectConfig | undefined> {
        if (this.pinned) return Promise.resolve(this.pinned);
        if (document.scheme !== 'file') return Promise.resolve(undefined);
        return this.lookup(UriUtils.dirname(document));
    }

    /** One config for every document instead of the lookup (the CLI's `--config`). */
    pin(config: ProjectConfig): void {
        this.pinned = config;
    }

    invalidate(): void {
        this.byFolder.clear();
    }

    private lookup(folder: URI): Promise<ProjectConfig | undefined> {
        const key = folder.toString();
        let pending = this.byFolder.get(key);
        if (!pending) {
            pending = this.read(folder);
            this.byFolder.set(key, pending);
        }
        return pending;
    }

    private async read(folder: URI): Promise<ProjectConfig | undefined> {
        const candidate = UriUtils.joinPath(folder, CONFIG_FILE);
        if (await this.fileSystem.exists(candidate)) return parseProjectConfig(UriUtils.basename(candidate), await this.fileSystem.readFile(candidate));
        const parent = UriUtils.dirname(folder);
        return parent.toString() === folder.toString() ? undefined : this.lookup(parent);
    }
}

/** A config file's `rules`; invalid JSON is one problem, as is each unknown code or severity. */
export function parseProjectConfig(file: string, text: string): ProjectConfig {
    try {
        return { file, parsed: parseSeverityOverrides((JSON.parse(text) as { rules?: unknown } | null)?.rules) };
    } catch (error) {
        return { file, parsed: { overrides: {}, problems: [{ kind: 'invalidJson', detail: (error as Error).message }] } };
    }
}

export function isConfigFile(uri: string): boolean {
    return URI.parse(uri).path.endsWith(`/${CONFIG_FILE}`);
}
