/**
 * The language server process that VS Code starts (bundled to dist/server.cjs).
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { DEFAULT_LOCALE, resolveLocale } from '../i18n/index.js';
import { deferSimulations } from './analysis/deferred.js';
import { WorkerSimulationRunner } from './analysis/worker-runner.js';
import { createBlueprintServices } from './blueprint-module.js';
import { registerBlueprintStatus } from './blueprint-status.js';
import { publishVersionedDiagnostics } from './diagnostics-publisher.js';
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
// BP303's simulations run in a worker: a validation never waits for one; the document is validated again when it is in.
deferSimulations(shared, Blueprint, new WorkerSimulationRunner(join(__dirname, 'analysis-worker.cjs')));
registerPreviewNotifications(connection, shared);
publishVersionedDiagnostics(connection, shared);
registerBlueprintStatus(connection, shared);
// The client's display language (VS Code sends it in `initialize`); `blueprint.language` may override it.
shared.lsp.LanguageServer.onInitialize(params => Blueprint.i18n.Localization.setClientLocale(resolveLocale(params.locale) ?? DEFAULT_LOCALE));
startLanguageServer(shared);
