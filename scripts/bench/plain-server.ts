/**
 * The benchmark's baseline (scripts/bench-lsp.mjs): a plain Langium 4.4 language
 * server for this project's own grammar, bundled at bench time into out/bench/.
 * Langium's defaults throughout (scope provider, linker, document validator,
 * no validation checks, no LSP extras), with only the two pieces without which
 * it would read the language differently: the token builder (so `s000` is a
 * name, not the keyword `s` and a number) and the scope computation (steps are
 * visible throughout their blueprint, so flows link as in the real server).
 */
import { inject } from 'langium';
import { createDefaultModule, createDefaultSharedModule, startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { ServiceBlueprintGeneratedModule, ServiceBlueprintGeneratedSharedModule } from '../../src/language/generated/module.js';
import { BlueprintTokenBuilder } from '../../src/language/lexer.js';
import { BlueprintScopeComputation } from '../../src/language/scope.js';

const connection = createConnection(ProposedFeatures.all);
const shared = inject(createDefaultSharedModule({ connection, ...NodeFileSystem }), ServiceBlueprintGeneratedSharedModule);
const language = inject(createDefaultModule({ shared }), ServiceBlueprintGeneratedModule, {
    parser: { TokenBuilder: () => new BlueprintTokenBuilder() },
    references: { ScopeComputation: services => new BlueprintScopeComputation(services) }
});
shared.ServiceRegistry.register(language);
startLanguageServer(shared);
