/**
 * The language the CLI speaks (--lang, else LC_ALL / LC_MESSAGES / LANG) and
 * its texts from the catalogue (src/i18n/<locale>/cli.ts). Set once by main()
 * before anything prints; the language services get the same locale.
 */
import { DEFAULT_LOCALE, messagesFor, type Locale, type Messages } from '../i18n/index.js';
import type { UnitWords } from '../model/duration.js';

let current: Locale = DEFAULT_LOCALE;

export function setCliLocale(locale: Locale): void {
    current = locale;
}

export function cliLocale(): Locale {
    return current;
}

export function text(): Messages['cli'] {
    return messagesFor(current).cli;
}

/** The units of the durations the CLI computes (longest path, waits): s, min, h in English, 秒, 分钟, 小时 in Chinese. */
export function durationUnits(): UnitWords {
    return messagesFor(current).preview.diagram.durationUnits;
}

/** The words the picture is drawn with (legend, zone strips, lines, tooltips) in the CLI's language. */
export function diagramLabels(): Messages['preview']['diagram'] {
    return messagesFor(current).preview.diagram;
}

/** Names or values listed in a message: "a, b, c" or "a、b、c" (punctuation, not words, so not in the catalogue). */
export function joined(items: readonly string[]): string {
    return items.join(current === 'zh-cn' ? '、' : ', ');
}
