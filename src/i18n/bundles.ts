/**
 * The files VS Code reads for its own localization, made from the typed
 * catalogues (docs/i18n.md): package.nls.json / package.nls.zh-cn.json for the
 * manifest's `%key%` texts, and l10n/bundle.l10n.zh-cn.json for vscode.l10n.t.
 * scripts/l10n.mjs writes them (part of the build); test/i18n/l10n.test.ts
 * checks the files in the repository are current.
 */
import type { Messages } from './en/index.js';

type Leaf = string | ((...args: string[]) => string);
interface Tree { [key: string]: Leaf | Tree }

/** A message as a vscode.l10n template: each argument becomes its placeholder `{i}`. */
export function templateOf(message: Leaf): string {
    return typeof message === 'string' ? message : message(...Array.from({ length: message.length }, (_, i) => `{${i}}`));
}

/** Every message of a tree of messages, by its dotted path. */
export function leavesOf(tree: Tree, prefix = ''): Array<[string, Leaf]> {
    return Object.entries(tree).flatMap(([key, value]): Array<[string, Leaf]> => {
        const path = prefix ? `${prefix}.${key}` : key;
        return typeof value === 'object' ? leavesOf(value, path) : [[path, value]];
    });
}

/** package.nls(.<locale>).json: the manifest's texts by their `%key%`, the rules' setting descriptions as `config.rules.<code>`. */
export function nlsBundle(messages: Messages): Record<string, string> {
    const rules = Object.entries(messages.extension.ruleSettings).map(([code, text]) => [`config.rules.${code}`, text]);
    return { ...messages.extension.contributions, ...Object.fromEntries(rules) as Record<string, string> };
}

/**
 * l10n/bundle.l10n.<locale>.json: the English template of every runtime
 * message → its template in `messages`. Throws when two messages share an
 * English text but not a translation (vscode.l10n could not tell them apart).
 */
export function l10nBundle(english: Messages, messages: Messages): Record<string, string> {
    const translated = new Map(leavesOf(messages.extension.runtime));
    const bundle: Record<string, string> = {};
    for (const [path, message] of leavesOf(english.extension.runtime)) {
        const key = templateOf(message);
        const value = templateOf(translated.get(path) ?? message);
        if (key in bundle && bundle[key] !== value) throw new Error(`Two runtime messages read '${key}' in English but differ in translation (${path})`);
        bundle[key] = value;
    }
    return bundle;
}
