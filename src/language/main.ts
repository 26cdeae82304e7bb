/**
 * The language server process that VS Code starts (bundled to dist/server.cjs).
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createBlueprintServices } from './blueprint-module.js';
import { registerBlueprintStatus } from './blueprint-status.js';
import { registerPreviewNotifications } from './preview-notifications.js';
import { revalidateOnSettingsChange } from './rule-settings-sync.js';

/** The bundle sits in dist/ and the README with the rule table beside it; vsce packages it as readme.md. */
function readmeUrl(): string | undefined {
    const readme = ['README.md', 'readme.md'].map(name => join(__dirname, '..', name)).find(existsSync);
    return readme && pathToFileURL(readme).toString();
}

const connection = createConnection(ProposedFeatures.all);
const { shared, Blueprint } = createBlueprintServices({ connection, ...NodeFileSystem });
Blueprint.validation.RuleSettings.docsUrl = readmeUrl();
revalidateOnSettingsChange(shared, Blueprint);
registerPreviewNotifications(connection, shared);
registerBlueprintStatus(connection, shared);
startLanguageServer(shared);
