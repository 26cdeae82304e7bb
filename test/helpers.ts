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

/** Runs `body` with the server speaking `locale` (as if the client's display language were it), then English again. */
export async function inLocale<T>(locale: 'en' | 'zh-cn', body: () => Promise<T>): Promise<T> {
    const localization = services.Blueprint.i18n.Localization;
    localization.setClientLocale(locale);
    try {
        return await body();
    } finally {
        localization.setClientLocale('en');
    }
}

/**
 * Three English words in a row, once what is not prose is taken out: quoted
 * names, code, paths, URLs, rule codes and `a | b` value lists (a Chinese
 * sentence around an English clause, "规则设置有误:unknown rule code …").
 */
export function englishPhrase(sentence: string): string | undefined {
    const prose = sentence
        .replace(/https?:\/\/\S+|file:\/\/\S+/g, ' ')
        .replace(/`[^`]*`|"[^"]*"|'[^']*'|“[^”]*”|‘[^’]*’|「[^」]*」/g, ' ')
        .replace(/\S+\.(blueprint|json|svg|png|md|html)\b/g, ' ')
        .replace(/[\w-]+(?:\s*\|\s*[\w-]+)+/g, ' ');
    return /[A-Za-z]{2,}(?:[ ,.]+[A-Za-z]{2,}){2,}/.exec(prose)?.[0];
}

/**
 * Asserts a text meant for a Chinese reader is Chinese: every sentence (up to
 * a 。) has Chinese in it, and no catalogue key or unrendered value leaked.
 */
export function expectChinese(text: string, what = text): void {
    const sentences = text.split(/[。\n]/).map(s => s.trim()).filter(s => /[A-Za-z]{3,}/.test(s));
    for (const sentence of sentences) {
        if (/^[|`*>#-]/.test(sentence) || /^[\s|:-]+$/.test(sentence)) continue; // table rows and code are checked by their cells
        if (!/[\u3400-\u9fff]/.test(sentence)) throw new Error(`${what}: an English sentence for a Chinese reader: "${sentence}"`);
        const phrase = englishPhrase(sentence);
        if (phrase) throw new Error(`${what}: an English phrase in a Chinese sentence: "${phrase}" in "${sentence}"`);
    }
    if (/\b(rules|syntax|editor|metrics|core)\.[A-Za-z0-9]+\.|undefined|\[object |NaN/.test(text)) throw new Error(`${what}: an untranslated key or unrendered value: "${text}"`);
    if (!/[\u3400-\u9fff]/.test(text)) throw new Error(`${what}: no Chinese at all: "${text}"`);
}
