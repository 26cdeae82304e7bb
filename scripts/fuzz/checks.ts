/**
 * What one fuzz input goes through against the bundled server, and what must hold:
 *   no request answers an internal error (-32603), the server neither exits nor logs an error,
 *   the first build is at most 2 s per 100 KB, diagnostics stay capped, formatting (whole and
 *   range) moves only whitespace and is idempotent, code actions and rename leave no syntax error
 *   the text did not have, invalid names are refused, and random incremental edits end in the same
 *   diagnostics as a full resync of the same text.
 */
import { EmptyFileSystem } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
    CodeAction, Command, Diagnostic, Position, Range, ServerCapabilities, TextDocumentContentChangeEvent, TextEdit, WorkspaceEdit
} from 'vscode-languageserver-protocol';
import { createBlueprintServices } from '../../src/language/blueprint-module.js';
import { MAX_DIAGNOSTICS } from '../../src/language/validation/document-validator.js';
import { prng } from '../../test/support/random-blueprint.js';
import { Dice, tokensOf } from './generate.js';
import { INTERNAL_ERROR, type ServerSession } from './session.js';

export type CheckName =
    | 'internal-error' | 'crash' | 'hang' | 'error-log' | 'slow-build' | 'diagnostics-flood' | 'validation-exception'
    | 'format-not-whitespace' | 'format-not-idempotent' | 'range-format-not-whitespace' | 'bad-edit'
    | 'quick-fix-syntax-error' | 'rename-syntax-error' | 'rename-invalid-accepted' | 'resync-mismatch';

/** `request`: the LSP method whose answer failed the check, when one did. */
export interface Finding { check: CheckName; request?: string; detail: string }

export interface InputReport {
    findings: Finding[];
    requests: number;
    buildMs: number;
    bytes: number;
    /** Set when the session cannot be used any more (crash or hang): start a new one. */
    sessionLost: boolean;
}

export interface CheckOptions {
    /** `sample`: a few random positions (the fuzz run); `all`: every token boundary (minimal regression files). */
    positions: 'sample' | 'all';
    /** How many random positions `sample` asks at (default 8). */
    sampleSize?: number;
    /** Allowance on the build budget for a loaded machine (1 = the target, 2 s per 100 KB). */
    slack?: number;
    /** Shrinking: run only what can reproduce this finding (its stage, its request). */
    focus?: Pick<Finding, 'check' | 'request'>;
}

type Stage = 'positions' | 'document' | 'codeActions' | 'formatting' | 'edits';

/** The stages that can produce a check (the rest are skipped while shrinking). */
const STAGES_OF: Partial<Record<CheckName, Stage[]>> = {
    'slow-build': [], 'diagnostics-flood': [], 'validation-exception': [],
    'format-not-whitespace': ['formatting'], 'format-not-idempotent': ['formatting'], 'range-format-not-whitespace': ['formatting'],
    'quick-fix-syntax-error': ['codeActions'], 'rename-syntax-error': ['positions'], 'rename-invalid-accepted': ['positions'],
    'resync-mismatch': ['edits']
};

/** The build target: 2 s per 100 KB, never less than 2 s. */
export function buildBudgetMs(bytes: number, slack = 1): number {
    return 2_000 * Math.max(1, bytes / 100_000) * slack;
}

const oracle = createBlueprintServices(EmptyFileSystem).Blueprint;

/** Lexer and parser errors of a text, from the same grammar built in this process. */
export function syntaxErrors(text: string): number {
    const result = oracle.parser.LangiumParser.parse(text);
    return result.lexerErrors.length + result.parserErrors.length;
}

/** Every token the lexer sees, comments included: formatting must keep this sequence. */
function lexedImages(text: string): string[] {
    const result = oracle.parser.Lexer.tokenize(text);
    return [...result.tokens, ...(result.hidden ?? [])].filter(t => t.tokenType.name !== 'WS')
        .sort((a, b) => a.startOffset - b.startOffset).map(t => t.image);
}

const VALID_NAMES = ['renamed', '改名', 'r_2'];
const INVALID_NAMES = ['', 'two words', 'step', '1abc', 'a\nb', '"q"', '名，字', 'a×b'];
const OPTIONS = { tabSize: 4, insertSpaces: true };

/** Position requests by the capability that offers them. */
const POSITION_REQUESTS: Array<[keyof ServerCapabilities, string]> = [
    ['hoverProvider', 'textDocument/hover'], ['completionProvider', 'textDocument/completion'], ['definitionProvider', 'textDocument/definition'],
    ['declarationProvider', 'textDocument/declaration'], ['typeDefinitionProvider', 'textDocument/typeDefinition'],
    ['implementationProvider', 'textDocument/implementation'], ['documentHighlightProvider', 'textDocument/documentHighlight'],
    ['signatureHelpProvider', 'textDocument/signatureHelp']
];
/** Whole-document requests by capability (the `blueprint/*` ones are this server's own). */
const DOCUMENT_REQUESTS: Array<[keyof ServerCapabilities, string]> = [
    ['documentSymbolProvider', 'textDocument/documentSymbol'], ['foldingRangeProvider', 'textDocument/foldingRange'],
    ['codeLensProvider', 'textDocument/codeLens'], ['documentLinkProvider', 'textDocument/documentLink'],
    ['semanticTokensProvider', 'textDocument/semanticTokens/full']
];
/** Capabilities this file drives, beyond the two lists: anything else a server offers is reported as not exercised. */
const DRIVEN = new Set<string>([...POSITION_REQUESTS, ...DOCUMENT_REQUESTS].map(([c]) => c).concat([
    'textDocumentSync', 'referencesProvider', 'renameProvider', 'codeActionProvider', 'documentFormattingProvider',
    'documentRangeFormattingProvider', 'workspaceSymbolProvider', 'inlayHintProvider', 'documentOnTypeFormattingProvider',
    'workspace'
]));

/** Capabilities the server announces that no check drives. */
export function undrivenCapabilities(capabilities: ServerCapabilities): string[] {
    return Object.entries(capabilities).filter(([key, value]) => value && !DRIVEN.has(key)).map(([key]) => key);
}

let documentCounter = 0;

/** Runs one input through every request and check; `seed` fixes the positions and edits drawn. */
export async function checkInput(session: ServerSession, text: string, seed: number, options: CheckOptions): Promise<InputReport> {
    const run = new InputRun(session, text, new Dice(prng(seed)), options);
    try {
        await run.all();
    } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        run.report.sessionLost = true;
        run.find(session.exited ? 'crash' : 'hang', message, run.currentMethod);
    }
    return run.report;
}

class InputRun {
    readonly report: InputReport = { findings: [], requests: 0, buildMs: 0, bytes: 0, sessionLost: false };
    currentMethod: string | undefined;
    private readonly uri = `file:///fuzz/doc${documentCounter++}.blueprint`;
    private version = 1;
    private document: TextDocument;
    private readonly errorLogsBefore: number;

    constructor(private readonly session: ServerSession, private text: string, private readonly dice: Dice, private readonly options: CheckOptions) {
        this.document = TextDocument.create(this.uri, 'blueprint', 1, text);
        this.report.bytes = Buffer.byteLength(text);
        this.errorLogsBefore = session.errorLogs.length;
    }

    find(check: CheckName, detail: string, request?: string): void {
        if (!this.report.findings.some(f => f.check === check && f.request === request)) this.report.findings.push({ check, request, detail: detail.slice(0, 500) });
    }

    private runs(stage: Stage): boolean {
        const focus = this.options.focus;
        return !focus || (STAGES_OF[focus.check] ?? [stage]).includes(stage);
    }

    async all(): Promise<void> {
        const diagnostics = await this.openAndBuild();
        if (this.runs('positions')) await this.positionRequests();
        if (this.runs('document')) await this.documentRequests();
        if (this.runs('codeActions')) await this.codeActions(diagnostics);
        if (this.runs('formatting')) await this.formatting();
        if (this.runs('edits')) await this.incrementalEdits();
        for (const log of this.session.errorLogs.slice(this.errorLogsBefore)) this.find('error-log', log);
        // An empty text leaves nothing of this input in the server's index before the next one.
        await this.setText('');
        await this.session.close(this.uri);
    }

    private async request<T>(method: string, params: object): Promise<T | undefined> {
        const focus = this.options.focus?.request;
        if (focus && focus !== method) return undefined;
        this.currentMethod = method;
        this.report.requests++;
        const outcome = await this.session.request<T>(method, { textDocument: { uri: this.uri }, ...params });
        this.currentMethod = undefined;
        if (outcome.error?.code === INTERNAL_ERROR) this.find('internal-error', outcome.error.message, method);
        return outcome.result;
    }

    private async waitForDiagnostics(): Promise<Diagnostic[]> {
        return this.session.diagnostics(this.uri, this.version, 30_000 + buildBudgetMs(this.report.bytes, 4));
    }

    private async openAndBuild(): Promise<Diagnostic[]> {
        const started = performance.now();
        await this.session.open(this.uri, this.text, this.version);
        const diagnostics = await this.waitForDiagnostics();
        this.report.buildMs = performance.now() - started;
        if (this.report.buildMs > buildBudgetMs(this.report.bytes, this.options.slack)) {
            this.find('slow-build', `${Math.round(this.report.buildMs)} ms for ${this.report.bytes} bytes`);
        }
        if (diagnostics.length > MAX_DIAGNOSTICS + 1) this.find('diagnostics-flood', `${diagnostics.length} diagnostics`);
        const exception = diagnostics.map(d => typeof d.message === 'string' ? d.message : d.message.value).find(m => m.startsWith('An error occurred'));
        if (exception) this.find('validation-exception', exception);
        return diagnostics;
    }

    /** Offsets to ask at: the two ends and random ones, or every token boundary (up to 150) for minimal files. */
    private offsets(): number[] {
        const bounds = [0];
        for (const token of tokensOf(this.text)) bounds.push(bounds[bounds.length - 1] + token.length);
        if (this.options.positions === 'all') return bounds.length > 150 ? bounds.filter((_, i) => i % Math.ceil(bounds.length / 150) === 0) : bounds;
        const random = Math.max(0, (this.options.sampleSize ?? 8) - 2);
        return [0, this.text.length, ...Array.from({ length: random }, (_, i) => i % 3 === 2 ? this.dice.pick(bounds) : this.dice.int(0, this.text.length))];
    }

    private offered(capability: keyof ServerCapabilities): boolean {
        return Boolean(this.session.capabilities[capability]);
    }

    private async positionRequests(): Promise<void> {
        for (const offset of this.offsets()) {
            const position = this.document.positionAt(offset);
            for (const [capability, method] of POSITION_REQUESTS) {
                if (this.offered(capability)) await this.request(method, { position });
            }
            if (this.offered('referencesProvider')) await this.request('textDocument/references', { position, context: { includeDeclaration: true } });
            const onType = this.session.capabilities.documentOnTypeFormattingProvider;
            if (onType) await this.request('textDocument/onTypeFormatting', { position, ch: onType.firstTriggerCharacter, options: OPTIONS });
            if (this.offered('renameProvider')) await this.rename(position);
        }
    }

    private async rename(position: Position): Promise<void> {
        await this.request('textDocument/prepareRename', { position });
        const edit = await this.request<WorkspaceEdit | null>('textDocument/rename', { position, newName: this.dice.pick(VALID_NAMES) });
        if (edit) this.checkEditKeepsSyntax(edit, 'rename-syntax-error', 'textDocument/rename');
        const invalid = this.dice.pick(INVALID_NAMES);
        const refused = await this.request<WorkspaceEdit | null>('textDocument/rename', { position, newName: invalid });
        if (refused && this.editsOf(refused).length > 0) this.find('rename-invalid-accepted', `renamed to ${JSON.stringify(invalid)}`, 'textDocument/rename');
    }

    private async documentRequests(): Promise<void> {
        for (const [capability, method] of DOCUMENT_REQUESTS) {
            if (this.offered(capability)) await this.request(method, {});
        }
        const whole: Range = { start: { line: 0, character: 0 }, end: this.document.positionAt(this.text.length) };
        const semantic = this.session.capabilities.semanticTokensProvider;
        if (semantic?.range) await this.request('textDocument/semanticTokens/range', { range: this.randomRange() });
        if (semantic && typeof semantic.full === 'object' && semantic.full.delta) {
            const full = await this.request<{ resultId?: string }>('textDocument/semanticTokens/full', {});
            if (full?.resultId) await this.request('textDocument/semanticTokens/full/delta', { previousResultId: full.resultId });
        }
        if (this.offered('inlayHintProvider')) await this.request('textDocument/inlayHint', { range: whole });
        if (this.offered('workspaceSymbolProvider')) {
            await this.request('workspace/symbol', { query: '' });
            await this.request('workspace/symbol', { query: this.dice.pick(tokensOf(this.text).filter(t => /\p{L}/u.test(t)).concat('a')) });
        }
        // This server's own requests (src/protocol.ts): the preview's model and the status item.
        await this.request('blueprint/model', { uri: this.uri });
        await this.request('blueprint/status', { uri: this.uri, position: this.document.positionAt(this.dice.int(0, this.text.length)) });
    }

    private randomRange(): Range {
        const [a, b] = [this.dice.int(0, this.text.length), this.dice.int(0, this.text.length)].sort((x, y) => x - y);
        return { start: this.document.positionAt(a), end: this.document.positionAt(b) };
    }

    /** Code actions for a few diagnostics, one by one and all at once; each edit applied and re-parsed. */
    private async codeActions(diagnostics: Diagnostic[]): Promise<void> {
        if (!this.offered('codeActionProvider')) return;
        const chosen = diagnostics.length <= 8 ? diagnostics : Array.from({ length: 8 }, () => this.dice.pick(diagnostics));
        const queries = chosen.map(d => ({ range: d.range, diagnostics: [d] }));
        queries.push({ range: this.randomRange(), diagnostics: chosen });
        for (const { range, diagnostics: context } of queries) {
            const actions = await this.request<Array<CodeAction | Command>>('textDocument/codeAction', { range, context: { diagnostics: context } });
            for (const action of actions ?? []) {
                if ('edit' in action && action.edit) this.checkEditKeepsSyntax(action.edit, 'quick-fix-syntax-error', 'textDocument/codeAction', action.title);
            }
        }
    }

    private editsOf(edit: WorkspaceEdit): TextEdit[] {
        const changes = edit.changes?.[this.uri] ?? [];
        const documentEdits = (edit.documentChanges ?? []).flatMap(change => 'textDocument' in change && change.textDocument.uri === this.uri ? change.edits : []);
        return [...changes, ...documentEdits.filter((e): e is TextEdit => 'range' in e)];
    }

    /** The text after the edits, or undefined (and a finding) when they overlap. */
    private applied(edits: TextEdit[], method: string): string | undefined {
        try {
            return TextDocument.applyEdits(this.document, edits);
        } catch (error) {
            this.find('bad-edit', error instanceof Error ? error.message : String(error), method);
            return undefined;
        }
    }

    private checkEditKeepsSyntax(edit: WorkspaceEdit, check: CheckName, method: string, title = ''): void {
        const after = this.applied(this.editsOf(edit), method);
        if (after === undefined) return;
        const [before, now] = [syntaxErrors(this.text), syntaxErrors(after)];
        if (now > before) this.find(check, `${title} ${before} → ${now} syntax errors: ${JSON.stringify(after.slice(0, 300))}`.trim(), method);
    }

    /** Formatting moves only whitespace (same lexed tokens, same words) and a second run changes nothing. */
    private async formatting(): Promise<void> {
        if (this.offered('documentRangeFormattingProvider')) {
            const edits = await this.request<TextEdit[]>('textDocument/rangeFormatting', { range: this.randomRange(), options: OPTIONS });
            if (edits) this.checkWhitespaceOnly(edits, 'range-format-not-whitespace', 'textDocument/rangeFormatting');
        }
        if (!this.offered('documentFormattingProvider')) return;
        const edits = await this.request<TextEdit[]>('textDocument/formatting', { options: OPTIONS });
        const formatted = edits && this.checkWhitespaceOnly(edits, 'format-not-whitespace', 'textDocument/formatting');
        if (formatted === undefined || formatted === this.text) return;
        await this.setText(formatted);
        const again = await this.request<TextEdit[]>('textDocument/formatting', { options: OPTIONS });
        const twice = again && this.applied(again, 'textDocument/formatting');
        if (twice !== undefined && twice !== formatted) {
            this.find('format-not-idempotent', `formatted once: ${JSON.stringify(formatted.slice(0, 200))} twice: ${JSON.stringify(twice.slice(0, 200))}`, 'textDocument/formatting');
        }
    }

    /** The formatted text when the edits replace whitespace by whitespace and keep every token; else a finding. */
    private checkWhitespaceOnly(edits: TextEdit[], check: CheckName, method: string): string | undefined {
        const after = this.applied(edits, method);
        if (after === undefined) return undefined;
        const notWhitespace = edits.find(e => !/^\s*$/.test(e.newText) || !/^\s*$/.test(this.document.getText(e.range)));
        const visible = (s: string) => s.replace(/\s+/g, '');
        if (notWhitespace || visible(after) !== visible(this.text) || lexedImages(after).join('\u0000') !== lexedImages(this.text).join('\u0000')) {
            this.find(check, notWhitespace ? `edit ${JSON.stringify(notWhitespace)} replaces ${JSON.stringify(this.document.getText(notWhitespace.range))}`
                : `tokens changed: ${JSON.stringify(after.slice(0, 300))}`, method);
            return undefined;
        }
        return after;
    }

    /** A full change to `text`, waiting for its diagnostics. */
    private async setText(text: string): Promise<Diagnostic[]> {
        return this.sendChanges([{ text }]);
    }

    private async sendChanges(changes: TextDocumentContentChangeEvent[]): Promise<Diagnostic[]> {
        this.version++;
        this.document = TextDocument.update(this.document, changes, this.version);
        this.text = this.document.getText();
        await this.session.change(this.uri, this.version, changes);
        return this.waitForDiagnostics();
    }

    /** A few incremental edits in a row, then the same text sent whole: the diagnostics must agree. */
    private async incrementalEdits(): Promise<void> {
        const pieces = ['', ' ', '\n', 'step x', '}', '{', '->', '"', 'by a', tokensOf(this.text)[0] ?? 'a'];
        for (let i = 0, n = this.dice.int(1, 4); i < n; i++) {
            // Changes in one notification apply in turn: each range is drawn on the text the previous one left.
            const changes: TextDocumentContentChangeEvent[] = [];
            this.version++;
            for (let c = 0, count = this.dice.int(1, 2); c < count; c++) {
                const change = { range: this.randomRange(), text: this.dice.pick(pieces) };
                changes.push(change);
                this.document = TextDocument.update(this.document, [change], this.version);
                this.text = this.document.getText();
            }
            await this.session.change(this.uri, this.version, changes);
        }
        const incremental = await this.waitForDiagnostics();
        const resynced = await this.setText(this.text);
        const keys = (list: Diagnostic[]) => list.map(d => JSON.stringify([d.range, d.severity, d.code, d.message])).sort();
        const [a, b] = [keys(incremental), keys(resynced)];
        if (a.join('\n') !== b.join('\n')) {
            const only = (x: string[], y: string[]) => x.filter(k => !y.includes(k)).slice(0, 2).join(' ');
            this.find('resync-mismatch', `on ${JSON.stringify(this.text.slice(0, 200))}: incremental only ${only(a, b)}; full only ${only(b, a)}`);
        }
    }
}
