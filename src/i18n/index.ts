/**
 * The message catalogues: `messagesFor(locale)` gives every text a user reads
 * in that language. Pure TS (no vscode, no langium) so server, CLI, webview
 * and extension share it.
 */
import { en, type Messages } from './en/index.js';
import type { Locale } from './locale.js';
import { zhCn } from './zh-cn/index.js';

export type { Messages } from './en/index.js';
export * from './locale.js';

const CATALOGUES: Record<Locale, Messages> = { en, 'zh-cn': zhCn };

export function messagesFor(locale: Locale): Messages {
    return CATALOGUES[locale];
}
