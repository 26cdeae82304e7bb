/**
 * The languages the tool speaks and how a locale string from VS Code, LSP or
 * the environment (`zh`, `zh-CN`, `zh_CN.UTF-8`, `en-US`, `C` …) maps to one.
 */

export const LOCALES = ['en', 'zh-cn'] as const;
export type Locale = typeof LOCALES[number];

/** The `blueprint.language` setting: `auto` follows the editor's display language. */
export type LanguageSetting = Locale | 'auto';

export const DEFAULT_LOCALE: Locale = 'en';

/**
 * The supported locale a locale string asks for, or undefined when it names
 * none we speak (the caller then picks English). Every Chinese variant maps to
 * zh-cn: Simplified Chinese is closer to a Traditional Chinese reader than English.
 */
export function resolveLocale(value: string | undefined): Locale | undefined {
    const language = value?.trim().toLowerCase().split(/[-_.@]/)[0];
    if (!language) return undefined;
    if (language === 'zh') return 'zh-cn';
    if (language === 'en' || language === 'c' || language === 'posix') return 'en';
    return undefined;
}

/** `auto`, a locale or anything else (a mistyped setting) to a locale, `auto` meaning `fallback`. */
export function localeFromSetting(setting: unknown, fallback: Locale): Locale {
    return typeof setting === 'string' && setting !== 'auto' ? resolveLocale(setting) ?? fallback : fallback;
}

/**
 * The locale of a POSIX environment: the first set of LC_ALL, LC_MESSAGES,
 * LANG decides (a set but unsupported value means English, as it would for
 * any other program), nothing set means English.
 */
export function localeFromEnvironment(env: Record<string, string | undefined>): Locale {
    const value = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find(v => v !== undefined && v !== '');
    return resolveLocale(value) ?? DEFAULT_LOCALE;
}
