import { DefaultDocumentValidator, DocumentValidator, UriUtils, type AstNode, type LangiumDocument, type ParseResult, type ValidationOptions } from 'langium';
import type { CancellationToken, Diagnostic } from 'vscode-languageserver';
import type { BlueprintServices } from '../blueprint-module.js';
import { messagesFor, type Messages } from '../../i18n/index.js';
import * as ast from '../generated/ast.js';
import { closestName } from '../suggest.js';
import { problemOf, renderSyntaxProblem } from '../syntax-errors.js';
import type { IRecognitionException } from 'chevrotain';

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
    private readonly localization: BlueprintServices['i18n']['Localization'];
    private readonly documents: BlueprintServices['shared']['workspace']['LangiumDocuments'];

    constructor(services: BlueprintServices) {
        super(services);
        this.scopes = services.references.ScopeProvider;
        this.configuration = services.shared.workspace.ConfigurationProvider;
        this.ruleSettings = services.validation.RuleSettings;
        this.projectConfigs = services.validation.ProjectConfigs;
        this.localization = services.i18n.Localization;
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        await this.applyRuleSettings(document);
        return capDiagnostics(await super.validateDocument(document, options, cancelToken), this.localization.messages);
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
        this.localization.setLanguageSetting(await this.configuration.getConfiguration('blueprint', 'language'));
        this.ruleSettings.attach(document, this.ruleSettings.configFor(project));
    }

    /** Syntax errors carry the code `syntax` (as in the CLI) and their message in the reader's language. */
    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const first = diagnostics.length;
        const lexerErrors = parseResult.lexerErrors.slice(0, MAX_DIAGNOSTICS + 1).map(error => this.localized(error));
        super.processLexingErrors({ ...parseResult, lexerErrors }, diagnostics, options);
        markSyntax(diagnostics, first);
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const first = diagnostics.length;
        const parserErrors = withoutCascades(parseResult.parserErrors).slice(0, MAX_DIAGNOSTICS + 1).map(error => this.localized(error));
        super.processParsingErrors({ ...parseResult, parserErrors }, diagnostics, options);
        markSyntax(diagnostics, first);
    }

    private localized<T extends { message: string }>(error: T): T {
        const problem = problemOf(error);
        return problem ? { ...error, message: renderSyntaxProblem(problem, this.localization.messages) } : error;
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], _options: ValidationOptions): void {
        let stepsElsewhere: Map<string, { blueprint: string; file: string }> | undefined;
        const recovered = recoveredReferences(document);
        for (const reference of document.references) {
            const error = reference.error;
            if (!error || diagnostics.length > MAX_DIAGNOSTICS || recovered(error.info.container, reference.$refNode?.offset)) continue;
            const refText = error.info.reference.$refText;
            const m = this.localization.messages.linking;
            const kindKey = error.info.property === 'performer' ? 'performer' : error.info.property === 'phase' ? 'phase' : 'step';
            const kind = m.kind[kindKey];
            const candidates = this.scopes.getScope(error.info).getAllElements().map(d => d.name).toArray();
            const suggestion = closestName(refText, candidates);
            const elsewhere = kindKey === 'step' && !suggestion ? (stepsElsewhere ??= this.stepsByName()).get(refText) : undefined;
            const hint = suggestion ? m.didYouMean(suggestion)
                : elsewhere ? m.stepElsewhere(refText, elsewhere.blueprint, elsewhere.file)
                : candidates.length === 0 ? m.noneDeclared(kind) : '';
            diagnostics.push(this.toDiagnostic('error', [m.unknown(kind, refText), hint].filter(Boolean).join(this.localization.locale === 'en' ? ' ' : ''), {
                node: error.info.container,
                range: reference.$refNode?.range,
                property: error.info.property,
                index: error.info.index,
                code: 'unknown-name',
                data: { code: DocumentValidator.LinkingError, refText, suggestion }
            }));
        }
    }

    /**
     * Where each step name is declared first, over every loaded document (steps
     * are not exported, so not indexed); built once per document validation.
     */
    private stepsByName(): Map<string, { blueprint: string; file: string }> {
        const found = new Map<string, { blueprint: string; file: string }>();
        for (const document of this.documents.all) {
            for (const blueprint of document.parseResult.value.$type === 'Model' ? (document.parseResult.value as ast.Model).elements.filter(ast.isBlueprint) : []) {
                for (const step of blueprint.members.filter(ast.isLane).flatMap(lane => lane.steps)) {
                    if (step.name && !found.has(step.name)) found.set(step.name, { blueprint: blueprint.name, file: UriUtils.basename(document.uri) });
                }
            }
        }
        return found;
    }
}

/**
 * References the parser's recovery made up: the word a syntax error is about
 * (`minutes` in `time 5 minutes` read as the start of a flow), or a flow
 * without any arrow. The syntax error says what is wrong; an "Unknown step"
 * about the same word would be a false report.
 */
function recoveredReferences(document: LangiumDocument): (container: AstNode, offset: number | undefined) => boolean {
    const errorOffsets = new Set(document.parseResult.parserErrors.map(e => e.token.startOffset));
    return (container, offset) => (offset !== undefined && errorOffsets.has(offset)) || (ast.isFlow(container) && container.edges.length === 0);
}

function markSyntax(diagnostics: Diagnostic[], from: number): void {
    for (let i = from; i < diagnostics.length; i++) diagnostics[i].code = 'syntax';
}

/**
 * The first syntax error of a line, and every line's first after it: the
 * recovery after an error often trips over the rest of the same line (\`time 5
 * minutes evidence "c" }\` gave three errors for one missing unit). The
 * parser's own note that it stopped is always kept.
 */
function withoutCascades<T extends IRecognitionException>(errors: T[]): T[] {
    let line = -1;
    return errors.filter((error, i) => {
        if (error.name === 'TooManyErrors') return true;
        // After an error the recovery often closes blocks early; the `}` left over then closes "nothing".
        const problem = problemOf(error);
        if (i > 0 && (problem?.kind === 'extraBrace' || problem?.kind === 'topLevelOnly')) return false;
        const at = error.token.startLine;
        if (at === undefined || Number.isNaN(at) || at < 0) return true;
        if (at === line) return false;
        line = at;
        return true;
    });
}

export function capDiagnostics(diagnostics: Diagnostic[], messages: Messages = messagesFor('en')): Diagnostic[] {
    if (diagnostics.length <= MAX_DIAGNOSTICS) return diagnostics;
    const kept = diagnostics.slice(0, MAX_DIAGNOSTICS);
    kept.push({
        severity: 3,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        message: messages.diagnostics.tooMany(MAX_DIAGNOSTICS),
        code: 'too-many-diagnostics',
        source: 'blueprint'
    });
    return kept;
}
