import type { LangiumDocument } from 'langium';
import { buildBlueprint } from './model-builder.js';
import type { DocumentError, ModelSnapshot } from '../protocol.js';
import * as ast from './generated/ast.js';

/** The preview's view of a validated document: its blueprint models and first error. */
export function snapshotOf(document: LangiumDocument): ModelSnapshot {
    return snapshotWith(document, firstErrorOf(document));
}

/** The snapshot of a document with the given first error (see `structurallySound` for when that is known before validation). */
export function snapshotWith(document: LangiumDocument, firstError: DocumentError | undefined): ModelSnapshot {
    const root = document.parseResult.value as ast.Model;
    return {
        uri: document.uri.toString(),
        version: document.textDocument.version,
        blueprints: root.elements.filter(ast.isBlueprint).map(b => buildBlueprint(b).model),
        firstError
    };
}

/** The first error among a validated document's diagnostics. */
export function firstErrorOf(document: LangiumDocument): DocumentError | undefined {
    const firstError = document.diagnostics?.find(d => d.severity === 1);
    return firstError && {
        message: typeof firstError.message === 'string' ? firstError.message : firstError.message.value,
        range: firstError.range,
        // The preview links a rule's code to its section of the README.
        ...(typeof firstError.code === 'string' ? { code: firstError.code } : {})
    };
}

/**
 * True when a linked document has no lexer, parser or linking error: then
 * its models are what validation will leave them, and only rule errors can
 * still appear.
 */
export function structurallySound(document: LangiumDocument): boolean {
    const { lexerErrors, parserErrors } = document.parseResult;
    return lexerErrors.length === 0 && parserErrors.length === 0 && !document.references.some(reference => reference.error !== undefined);
}

/** Two first errors say the same (the banner would not change). */
export function sameError(a: DocumentError | undefined, b: DocumentError | undefined): boolean {
    if (!a || !b) return a === b;
    return a.message === b.message && a.code === b.code
        && a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character
        && a.range.end.line === b.range.end.line && a.range.end.character === b.range.end.character;
}
