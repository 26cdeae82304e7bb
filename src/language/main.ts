/**
 * The language server process that VS Code starts (bundled to dist/server.cjs).
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createBlueprintServices } from './blueprint-module.js';
import { registerPreviewNotifications } from './preview-notifications.js';
import { revalidateOnSettingsChange } from './rule-settings-sync.js';

const connection = createConnection(ProposedFeatures.all);
const { shared, Blueprint } = createBlueprintServices({ connection, ...NodeFileSystem });
// The bundle sits in dist/; the README with the rule table ships beside it.
Blueprint.validation.RuleSettings.docsUrl = pathToFileURL(join(__dirname, '..', 'README.md')).toString();
revalidateOnSettingsChange(shared, Blueprint);
registerPreviewNotifications(connection, shared);
startLanguageServer(shared);
