import { DEFAULT_LOCALE, localeFromSetting, messagesFor, type Locale, type Messages } from '../i18n/index.js';

/**
 * The language the server speaks: the client's display language (LSP
 * `initialize` locale, or the CLI's --lang), unless the `blueprint.language`
 * setting (auto | en | zh-cn) chooses one. Read by every message producer.
 */
export class Localization {
    private clientLocale: Locale = DEFAULT_LOCALE;
    private setting: unknown = 'auto';
    private readonly listeners: Array<(locale: Locale) => void> = [];

    /** Called when the language changes (texts the client keeps, such as code lenses, must be fetched again). */
    onDidChange(listener: (locale: Locale) => void): void {
        this.listeners.push(listener);
    }

    get locale(): Locale {
        return localeFromSetting(this.setting, this.clientLocale);
    }

    get messages(): Messages {
        return messagesFor(this.locale);
    }

    /** The display language of the client or of the environment. */
    setClientLocale(locale: Locale): void {
        this.changing(() => { this.clientLocale = locale; });
    }

    /** The `blueprint.language` setting as the client sent it. */
    setLanguageSetting(setting: unknown): void {
        this.changing(() => { this.setting = setting ?? 'auto'; });
    }

    private changing(change: () => void): void {
        const before = this.locale;
        change();
        if (this.locale !== before) for (const listener of this.listeners) listener(this.locale);
    }
}
