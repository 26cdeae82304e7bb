import { DocumentState, type URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { BlueprintServices } from './blueprint-module.js';
import { isConfigFile } from './project-config.js';

/**
 * Applies a change of the severities live: of the `blueprint` settings, or of
 * a blueprint.config.json (the client watches them). Every validated document
 * is validated again; the validator reads both before each validation.
 */
export function revalidateOnSettingsChange(shared: LangiumSharedServices, services: BlueprintServices): void {
    const revalidateAll = async () => {
        const uris: URI[] = shared.workspace.LangiumDocuments.all.filter(d => d.state >= DocumentState.Validated).map(d => d.uri).toArray();
        await shared.workspace.DocumentBuilder.update(uris, []);
    };
    shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(async update => {
        if (update.section === 'blueprint') await revalidateAll();
    });
    shared.lsp.DocumentUpdateHandler.onWatchedFilesChange(async params => {
        if (!params.changes.some(change => isConfigFile(change.uri))) return;
        services.validation.ProjectConfigs.invalidate();
        await revalidateAll();
    });
}
