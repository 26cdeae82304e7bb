import { inject, type DeepPartial, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices
} from 'langium/lsp';
import { ServiceBlueprintGeneratedModule, ServiceBlueprintGeneratedSharedModule } from './generated/module.js';
import { BlueprintLexer, BlueprintTokenBuilder, BlueprintValueConverter } from './lexer.js';
import { createBoundedParser } from './parser.js';
import { BlueprintParserErrorMessageProvider } from './syntax-errors.js';
import { BlueprintDocumentBuilder } from './document-builder.js';
import { BlueprintDocumentFactory } from './document-factory.js';
import { BlueprintDocumentUpdateHandler, BlueprintServiceRegistry } from './workspace-documents.js';
import { BlueprintCodeActionProvider } from './lsp/code-actions.js';
import { BlueprintCodeLensProvider } from './lsp/code-lens.js';
import { BlueprintCompletionProvider } from './lsp/completion.js';
import { BlueprintDocumentLinkProvider } from './lsp/document-links.js';
import { BlueprintFormatter } from './lsp/formatter.js';
import { BlueprintHoverProvider } from './lsp/hover.js';
import { logFailure } from './log.js';
import { BlueprintRenameProvider } from './lsp/rename.js';
import { BlueprintSemanticTokenProvider } from './lsp/semantic-tokens.js';
import { BlueprintDocumentSymbolProvider, BlueprintNodeKindProvider, BlueprintWorkspaceSymbolProvider } from './lsp/symbols.js';
import { Localization } from './localization.js';
import { ProjectConfigs } from './project-config.js';
import { Simulations } from './analysis/simulations.js';
import { BlueprintScopeComputation } from './scope.js';
import { BlueprintScopeProvider } from './scope-provider.js';
import { BlueprintDocumentValidator } from './validation/document-validator.js';
import { RuleSettings } from './validation/settings.js';
import { registerValidationChecks } from './validation/validator.js';

export interface BlueprintAddedServices {
    i18n: {
        Localization: Localization;
    };
    validation: {
        RuleSettings: RuleSettings;
        ProjectConfigs: ProjectConfigs;
    };
    analysis: {
        /** BP303's simulations: at once (CLI, tests) or in the background (the server defers them to a worker). */
        Simulations: Simulations;
    };
}

export type BlueprintServices = LangiumServices & BlueprintAddedServices;

export const BlueprintModule: Module<BlueprintServices, PartialLangiumServices & BlueprintAddedServices> = {
    i18n: {
        Localization: () => new Localization()
    },
    analysis: {
        Simulations: () => new Simulations()
    },
    parser: {
        Lexer: services => new BlueprintLexer(services),
        ParserErrorMessageProvider: () => new BlueprintParserErrorMessageProvider(),
        LangiumParser: services => createBoundedParser(services),
        TokenBuilder: () => new BlueprintTokenBuilder(),
        ValueConverter: () => new BlueprintValueConverter()
    },
    references: {
        ScopeComputation: services => new BlueprintScopeComputation(services),
        ScopeProvider: services => new BlueprintScopeProvider(services)
    },
    lsp: {
        HoverProvider: services => new BlueprintHoverProvider(services),
        CompletionProvider: services => new BlueprintCompletionProvider(services),
        CodeLensProvider: services => new BlueprintCodeLensProvider(services.i18n.Localization),
        DocumentLinkProvider: () => new BlueprintDocumentLinkProvider(),
        RenameProvider: services => new BlueprintRenameProvider(services),
        SemanticTokenProvider: services => new BlueprintSemanticTokenProvider(services),
        DocumentSymbolProvider: services => new BlueprintDocumentSymbolProvider(services.shared.lsp.NodeKindProvider, services.i18n.Localization),
        CodeActionProvider: services => new BlueprintCodeActionProvider(services),
        Formatter: () => new BlueprintFormatter()
    },
    validation: {
        RuleSettings: () => new RuleSettings(),
        ProjectConfigs: services => new ProjectConfigs(services.shared.workspace.FileSystemProvider),
        DocumentValidator: services => new BlueprintDocumentValidator(services)
    }
};

/** Workspace-wide services: one language for every document, the parsed text's version recorded, every phase announced, closed editors handled, icons per element kind, workspace symbols down to steps and lanes. */
export const BlueprintSharedModule: Module<LangiumSharedServices, DeepPartial<LangiumSharedServices>> = {
    ServiceRegistry: services => new BlueprintServiceRegistry(services),
    workspace: {
        DocumentBuilder: services => new BlueprintDocumentBuilder(services),
        LangiumDocumentFactory: services => new BlueprintDocumentFactory(services)
    },
    lsp: {
        DocumentUpdateHandler: services => new BlueprintDocumentUpdateHandler(services),
        NodeKindProvider: () => new BlueprintNodeKindProvider(),
        WorkspaceSymbolProvider: services => new BlueprintWorkspaceSymbolProvider(services)
    }
};

/**
 * The shared and language services. `context.fileSystemProvider` decides where
 * documents come from: NodeFileSystem for the server and CLI, EmptyFileSystem
 * for tests and the browser.
 */
export function createBlueprintServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices; Blueprint: BlueprintServices } {
    const shared = inject(createDefaultSharedModule(context), ServiceBlueprintGeneratedSharedModule, BlueprintSharedModule);
    const Blueprint = inject(createDefaultModule({ shared }), ServiceBlueprintGeneratedModule, BlueprintModule);
    shared.ServiceRegistry.register(Blueprint);
    registerValidationChecks(Blueprint);
    if (!context.connection) {
        // Without a client nothing sends configuration; don't wait for it.
        logFailure(context.connection, shared.workspace.ConfigurationProvider.initialized({}), 'initialize the configuration');
    }
    return { shared, Blueprint };
}
