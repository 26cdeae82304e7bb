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

    constructor(private readonly fileSystem: FileSystemProvider) {}

    configFor(document: URI): Promise<ProjectConfig | undefined> {
        if (document.scheme !== 'file') return Promise.resolve(undefined);
        return this.lookup(UriUtils.dirname(document));
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
        if (await this.fileSystem.exists(candidate)) {
            const file = UriUtils.basename(candidate);
            try {
                return { file, parsed: parseSeverityOverrides((JSON.parse(await this.fileSystem.readFile(candidate)) as { rules?: unknown })?.rules) };
            } catch (error) {
                return { file, parsed: { overrides: {}, problems: [`not valid JSON (${(error as Error).message})`] } };
            }
        }
        const parent = UriUtils.dirname(folder);
        return parent.toString() === folder.toString() ? undefined : this.lookup(parent);
    }
}

export function isConfigFile(uri: string): boolean {
    return URI.parse(uri).path.endsWith(`/${CONFIG_FILE}`);
}
