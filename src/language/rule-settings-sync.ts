import { DocumentState, type LangiumSharedCoreServices, type URI } from 'langium';

/**
 * Applies a change of the `blueprint` settings live: every validated document
 * is validated again (the validator reads `blueprint.rules` each time).
 */
export function revalidateOnSettingsChange(shared: LangiumSharedCoreServices): void {
    shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(async update => {
        if (update.section !== 'blueprint') return;
        const uris: URI[] = shared.workspace.LangiumDocuments.all.filter(d => d.state >= DocumentState.Validated).map(d => d.uri).toArray();
        await shared.workspace.DocumentBuilder.update(uris, []);
    });
}
