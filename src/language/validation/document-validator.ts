import { DefaultDocumentValidator, DocumentValidator, type LangiumDocument, type ParseResult, type ValidationOptions } from 'langium';
import type { CancellationToken, Diagnostic } from 'vscode-languageserver';
import type { BlueprintServices } from '../blueprint-module.js';
import { closestName } from '../suggest.js';

/** Beyond this many diagnostics per document the rest are dropped with one final note. */
export const MAX_DIAGNOSTICS = 500;

/**
 * Caps what a document can publish (a pathological file once produced
 * 100,000 parser errors) and adds "did you mean" to linking errors.
 */
export class BlueprintDocumentValidator extends DefaultDocumentValidator {
    private readonly scopes: BlueprintServices['references']['ScopeProvider'];
    private readonly configuration: BlueprintServices['shared']['workspace']['ConfigurationProvider'];
    private readonly ruleSettings: BlueprintServices['validation']['RuleSettings'];
    private readonly projectConfigs: BlueprintServices['validation']['ProjectConfigs'];

    constructor(services: BlueprintServices) {
        super(services);
        this.scopes = services.references.ScopeProvider;
        this.configuration = services.shared.workspace.ConfigurationProvider;
        this.ruleSettings = services.validation.RuleSettings;
        this.projectConfigs = services.validation.ProjectConfigs;
    }

    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        await this.applyRuleSettings(document);
        return capDiagnostics(await super.validateDocument(document, options, cancelToken));
    }

    /**
     * The project's blueprint.config.json nearest above the document, and the
     * editor's `blueprint.rules` setting, read before every validation so
     * that the first one already honours them, and frozen for this document's
     * validation. Without a client (CLI, tests) there is no such setting and
     * the overrides set in code stay.
     */
    private async applyRuleSettings(document: LangiumDocument): Promise<void> {
        const project = await this.projectConfigs.configFor(document.uri);
        await this.configuration.ready;
        const rules: unknown = await this.configuration.getConfiguration('blueprint', 'rules');
        if (rules !== undefined) this.ruleSettings.setOverrides(rules);
        this.ruleSettings.attach(document, this.ruleSettings.configFor(project));
    }

    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        super.processLexingErrors({ ...parseResult, lexerErrors: parseResult.lexerErrors.slice(0, MAX_DIAGNOSTICS + 1) }, diagnostics, options);
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        super.processParsingErrors({ ...parseResult, parserErrors: parseResult.parserErrors.slice(0, MAX_DIAGNOSTICS + 1) }, diagnostics, options);
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], _options: ValidationOptions): void {
        for (const reference of document.references) {
            const error = reference.error;
            if (!error || diagnostics.length > MAX_DIAGNOSTICS) continue;
            const refText = error.info.reference.$refText;
            const kind = error.info.property === 'performer' ? 'performer (actor or system)' : error.info.property === 'phase' ? 'phase' : 'step';
            const candidates = this.scopes.getScope(error.info).getAllElements().map(d => d.name).toArray();
            const suggestion = closestName(refText, candidates);
            const hint = suggestion ? ` Did you mean '${suggestion}'?` : candidates.length === 0 ? ` No ${kind} is declared yet.` : '';
            diagnostics.push(this.toDiagnostic('error', `Unknown ${kind} '${refText}'.${hint}`, {
                node: error.info.container,
                range: reference.$refNode?.range,
                property: error.info.property,
                index: error.info.index,
                code: 'unknown-name',
                data: { code: DocumentValidator.LinkingError, refText, suggestion }
            }));
        }
    }
}

export function capDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
    if (diagnostics.length <= MAX_DIAGNOSTICS) return diagnostics;
    const kept = diagnostics.slice(0, MAX_DIAGNOSTICS);
    kept.push({
        severity: 3,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        message: `${MAX_DIAGNOSTICS} diagnostics shown; the rest were dropped. Fix the first ones and the others will follow.`,
        code: 'too-many-diagnostics',
        source: 'blueprint'
    });
    return kept;
}
