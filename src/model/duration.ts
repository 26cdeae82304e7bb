/** The language's time units, English and Chinese. */
export const TIME_UNITS = ['ms', 's', 'min', 'h', 'd', '毫秒', '秒', '分钟', '小时', '天'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

/** Seconds per unit of the language's durations. */
const SECONDS_PER_UNIT: Record<TimeUnit, number> = {
    ms: 0.001, '毫秒': 0.001,
    s: 1, '秒': 1,
    min: 60, '分钟': 60,
    h: 3600, '小时': 3600,
    d: 86400, '天': 86400
};

export function toSeconds(value: number, unit: string): number {
    return value * (isTimeUnit(unit) ? SECONDS_PER_UNIT[unit] : NaN);
}

export function isTimeUnit(unit: string): unit is TimeUnit {
    return Object.hasOwn(SECONDS_PER_UNIT, unit);
}

/** A short human reading of a number of seconds: 200 ms, 45 s, 2.5 min, 1 h 30 min, 2 d. */
export function formatDuration(seconds: number, units: UnitWords = ENGLISH_UNITS): string {
    if (!Number.isFinite(seconds)) return '?';
    if (seconds > 0 && seconds < 1) return `${round(seconds * 1000)} ${units.ms}`;
    if (seconds < 60) return `${round(seconds)} ${units.s}`;
    if (seconds < 3600) return `${round(seconds / 60)} ${units.min}`;
    if (seconds < 86400) {
        const hours = Math.floor(seconds / 3600);
        const minutes = Math.round((seconds - hours * 3600) / 60);
        return minutes > 0 ? `${hours} ${units.h} ${minutes} ${units.min}` : `${hours} ${units.h}`;
    }
    return `${round(seconds / 86400)} ${units.d}`;
}

/** The unit words of a reading: the language's English units, or its Chinese ones (毫秒, 秒, 分钟, 小时, 天). */
export interface UnitWords { ms: TimeUnit; s: TimeUnit; min: TimeUnit; h: TimeUnit; d: TimeUnit }
export const ENGLISH_UNITS: UnitWords = { ms: 'ms', s: 's', min: 'min', h: 'h', d: 'd' };

function round(value: number): number {
    return Math.round(value * 10) / 10;
}

/** Seconds in a unit of the language, rounded to a tenth: `formatInUnit(95, 's')` is `95 s`, `formatInUnit(5400, '小时')` is `1.5 小时`. */
export function formatInUnit(seconds: number, unit: string | undefined, fallback: UnitWords = ENGLISH_UNITS): string {
    if (!Number.isFinite(seconds) || unit === undefined || !isTimeUnit(unit)) return formatDuration(seconds, fallback);
    return `${round(seconds / SECONDS_PER_UNIT[unit])} ${unit}`;
}
