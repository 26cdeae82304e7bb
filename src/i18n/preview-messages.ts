/**
 * The preview section alone, for the webview page: importing it instead of
 * the whole catalogue keeps the rule texts out of dist/webview.js.
 */
import { preview as en } from './en/preview.js';
import type { Locale } from './locale.js';
import { preview as zhCn } from './zh-cn/preview.js';

export type PreviewMessages = typeof en;

export function previewMessagesFor(locale: Locale): PreviewMessages {
    return locale === 'zh-cn' ? zhCn : en;
}
