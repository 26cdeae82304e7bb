/**
 * The page's texts in the language the extension chose (data-locale on
 * <body>, English without one). Only the preview section is bundled into
 * the page, not the whole catalogue.
 */
import { preview as en } from '../i18n/en/preview.js';
import { localeFromSetting } from '../i18n/locale.js';
import { preview as zhCn } from '../i18n/zh-cn/preview.js';

export function pageTexts(): typeof en {
    return localeFromSetting(document.body.dataset.locale, 'en') === 'zh-cn' ? zhCn : en;
}
