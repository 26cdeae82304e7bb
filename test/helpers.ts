import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { parseHelper } from 'langium/test';
import type { Diagnostic } from 'vscode-languageserver';
import { createBlueprintServices } from '../src/language/blueprint-module.js';
import type { Model } from '../src/language/generated/ast.js';

export const services = createBlueprintServices(EmptyFileSystem);
const parse = parseHelper<Model>(services.Blueprint);

let counter = 0;
let previous: LangiumDocument | undefined;
/**
 * Parses and validates one document alone: the previous one leaves the
 * workspace, so top-level names of earlier tests cannot collide.
 */
export async function validate(text: string): Promise<{ document: LangiumDocument<Model>; diagnostics: Diagnostic[] }> {
    if (previous) await services.shared.workspace.DocumentBuilder.update([], [previous.uri]);
    const document = await parse(text, { validation: true, documentUri: `file:///test/doc${counter++}.blueprint` });
    previous = document;
    return { document, diagnostics: document.diagnostics ?? [] };
}

export function codes(diagnostics: Diagnostic[]): string[] {
    return diagnostics.map(d => String(d.code ?? d.data?.code ?? 'none'));
}

export function format(d: Diagnostic): string {
    return `${d.range.start.line + 1}:${d.range.start.character + 1} ${['', 'error', 'warning', 'info', 'hint'][d.severity ?? 1]} ${d.code ?? ''} ${d.message}`;
}
