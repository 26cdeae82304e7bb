import { clearDocuments, parseDocument } from 'langium/test';
import type { LangiumDocument } from 'langium';
import { services } from '../helpers.js';

let counter = 0;

/**
 * Other workspace files for a cross-file case: parsed and indexed until the
 * returned function removes them again.
 */
export async function withWorkspaceFiles(...texts: string[]): Promise<{ documents: LangiumDocument[]; dispose: () => Promise<void> }> {
    const documents: LangiumDocument[] = [];
    for (const text of texts) documents.push(await parseDocument(services.Blueprint, text, { documentUri: `file:///workspace/other${counter++}.blueprint` }));
    return { documents, dispose: () => clearDocuments(services.Blueprint, documents) };
}

export const lsp = services.Blueprint;
