import { DocumentState, URI, type LangiumSharedCoreServices } from 'langium';
import type { BlueprintServices } from './blueprint-module.js';

/**
 * Applies the `blueprint.rules` setting live: read it once the client sent
 * its configuration, and on every change re-validate all documents.
 */
export function watchRuleSettings(shared: LangiumSharedCoreServices, services: BlueprintServices): void {
    const configuration = shared.workspace.ConfigurationProvider;
    const settings = services.validation.RuleSettings;
    configuration.ready.then(async () => {
        const rules = await configuration.getConfiguration('blueprint', 'rules');
        if (rules !== undefined) {
            settings.setOverrides(rules);
            await revalidateAll(shared);
        }
    });
    configuration.onConfigurationSectionUpdate(async update => {
        if (update.section !== 'blueprint') return;
        settings.setOverrides(update.configuration?.rules);
        await revalidateAll(shared);
    });
}

async function revalidateAll(shared: LangiumSharedCoreServices): Promise<void> {
    const uris: URI[] = shared.workspace.LangiumDocuments.all.filter(d => d.state >= DocumentState.Validated).map(d => d.uri).toArray();
    await shared.workspace.DocumentBuilder.update(uris, []);
}
