/**
 * Delta debugging (Zeller's ddmin) of a failing input: by lines, then tokens, then characters,
 * keeping the smallest text that still fails, within a budget of test runs.
 */
import { tokensOf } from './generate.js';

export type StillFails = (text: string) => Promise<boolean>;

/** ddmin over `parts`: removes chunks (complements) while the joined rest still fails. */
async function ddmin(parts: string[], stillFails: StillFails, budget: { tests: number }): Promise<string[]> {
    let granularity = 2;
    while (parts.length >= 2 && budget.tests > 0) {
        const size = Math.ceil(parts.length / granularity);
        let reduced = false;
        for (let start = 0; start < parts.length && budget.tests > 0; start += size) {
            const complement = [...parts.slice(0, start), ...parts.slice(start + size)];
            budget.tests--;
            if (complement.length > 0 && await stillFails(complement.join(''))) {
                parts = complement;
                granularity = Math.max(granularity - 1, 2);
                reduced = true;
                break;
            }
        }
        if (!reduced) {
            if (granularity >= parts.length) break;
            granularity = Math.min(parts.length, granularity * 2);
        }
    }
    return parts;
}

/** The smallest text found that still fails (the input itself when nothing smaller does). */
export async function shrink(text: string, stillFails: StillFails, maxTests = 400): Promise<string> {
    const budget = { tests: maxTests };
    let current = text;
    const splits: Array<(s: string) => string[]> = [
        s => s.split(/(?<=\n)/),
        s => tokensOf(s),
        s => Array.from(s)
    ];
    for (const split of splits) {
        current = (await ddmin(split(current), stillFails, budget)).join('');
        if (budget.tests <= 0) break;
    }
    // Whitespace runs to one space where that still fails: easier to read.
    const tidy = current.replace(/[ \t]{2,}/g, ' ');
    if (tidy !== current && budget.tests > 0 && await stillFails(tidy)) current = tidy;
    return current;
}
