import { messagesFor, type Messages } from '../../i18n/index.js';

/** What the language's domain keywords mean (English; the texts live in the catalogue, `editor.keywords`). */
export const KEYWORD_DOCS: Record<string, string> = messagesFor('en').editor.keywords;

/** The doc of a keyword in the reader's language: a domain keyword, else a structural keyword or channel. */
export function keywordDoc(word: string, messages: Messages): string | undefined {
    return Object.hasOwn(messages.editor.keywords, word) ? messages.editor.keywords[word]
        : Object.hasOwn(messages.editor.structure, word) ? messages.editor.structure[word] : undefined;
}

/** The hover doc of a keyword: domain keywords only (structural ones explain themselves in completion). */
export function keywordHover(word: string, messages: Messages): string | undefined {
    return Object.hasOwn(messages.editor.keywords, word) ? messages.editor.keywords[word] : undefined;
}
