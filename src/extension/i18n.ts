/**
 * The extension's language (docs/i18n.md): the `blueprint.language` setting,
 * `auto` meaning VS Code's display language. Runtime texts come from the typed
 * catalogue; when they follow the display language they go through
 * vscode.l10n.t, whose bundle (l10n/) is generated from that same catalogue.
 */
import * as vscode from 'vscode';
import { templateOf } from '../i18n/bundles.js';
import { DEFAULT_LOCALE, localeFromSetting, messagesFor, resolveLocale, type Locale, type Messages } from '../i18n/index.js';

export type RuntimeTexts = Messages['extension']['runtime'];

/** VS Code's display language as one we speak (English for any other). */
export function displayLocale(): Locale {
    return resolveLocale(vscode.env.language) ?? DEFAULT_LOCALE;
}

/** The language the extension and the preview speak now. */
export function currentLocale(): Locale {
    return localeFromSetting(vscode.workspace.getConfiguration('blueprint').get('language'), displayLocale());
}

/** True for a configuration change that changes the language. */
export const affectsLanguage = (event: vscode.ConfigurationChangeEvent): boolean => event.affectsConfiguration('blueprint.language');

/** The English catalogue with every message translated by vscode.l10n.t (its `{i}` template, then the arguments). */
function throughL10n<T>(english: T): T {
    if (typeof english === 'string') return vscode.l10n.t(english) as T;
    if (typeof english === 'function') {
        const template = templateOf(english as (...args: string[]) => string);
        return ((...args: string[]) => vscode.l10n.t(template, ...args)) as T;
    }
    return Object.fromEntries(Object.entries(english as Record<string, unknown>).map(([key, value]) => [key, throughL10n(value)])) as T;
}

let viaL10n: { locale: Locale; texts: RuntimeTexts } | undefined;

/** The runtime texts in the current language. */
export function texts(): RuntimeTexts {
    const locale = currentLocale();
    if (locale !== displayLocale()) return messagesFor(locale).extension.runtime;
    if (viaL10n?.locale !== locale) viaL10n = { locale, texts: throughL10n(messagesFor(DEFAULT_LOCALE).extension.runtime) };
    return viaL10n.texts;
}

/** The preview's texts in the current language (the webview page is given the locale and reads the same section). */
export function previewTexts(): Messages['preview'] {
    return messagesFor(currentLocale()).preview;
}
