import { AstUtils, GrammarUtils, type LangiumDocument } from 'langium';
import type { DocumentLinkProvider } from 'langium/lsp';
import type { DocumentLink, DocumentLinkParams } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';

/** http(s) only: a note is document text, and nothing else (file:, command:, javascript:) may become clickable. */
// ASCII address characters only: Chinese prose often follows a URL without a space.
const URL_PATTERN = /https?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&()*+,;=%]+/g;
/** Punctuation that ends a sentence rather than the address. */
const TRAILING_PUNCTUATION = /[.,;:!?)\]}。，；：！？）】」』]+$/u;

const TOOLTIPS = { recovery: (step: string, lane: string) => `Go to the recovery step ${step} in lane ${lane}` };

/**
 * Links: a `recover` naming a step in another lane jumps to that step (the
 * usual go-to-definition needs the step to be under the cursor's eye; this
 * one shows it is elsewhere); a URL inside a note opens in the browser.
 */
export class BlueprintDocumentLinkProvider implements DocumentLinkProvider {
    getDocumentLinks(document: LangiumDocument, _params: DocumentLinkParams): DocumentLink[] {
        const links: DocumentLink[] = [];
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            if (ast.isFailPoint(node)) links.push(...recoveryLink(node));
            else if (ast.isNote(node)) links.push(...urlLinks(node, document));
        }
        return links;
    }
}

function recoveryLink(fail: ast.FailPoint): DocumentLink[] {
    const target = fail.recoveryStep?.ref;
    const source = fail.$cstNode && GrammarUtils.findNodeForProperty(fail.$cstNode, 'recoveryStep');
    const targetName = target?.$cstNode && GrammarUtils.findNodeForProperty(target.$cstNode, 'name');
    const ownLane = AstUtils.getContainerOfType(fail, ast.isLane);
    if (!target || !source || !targetName || target.$container === ownLane) return [];
    const { line, character } = targetName.range.start;
    // VS Code opens `#L<line>,<column>` at that position; written out, as URI.with would escape the comma.
    const uri = `${AstUtils.getDocument(target).uri.toString()}#L${line + 1},${character + 1}`;
    return [{ range: source.range, target: uri, tooltip: TOOLTIPS.recovery(target.name, target.$container.name ?? target.$container.zone) }];
}

function urlLinks(note: ast.Note, document: LangiumDocument): DocumentLink[] {
    const text = note.$cstNode && GrammarUtils.findNodeForProperty(note.$cstNode, 'text');
    if (!text) return [];
    return [...text.text.matchAll(URL_PATTERN)].map(match => {
        const url = match[0].replace(TRAILING_PUNCTUATION, '');
        const start = text.offset + match.index;
        return {
            range: { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(start + url.length) },
            target: url
        };
    }).filter(link => URL.canParse(link.target));
}
