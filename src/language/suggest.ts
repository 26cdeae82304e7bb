/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions,
 * the commonest typo), abandoned once it exceeds `limit`. Only the diagonal band
 * of width `limit` is computed (a cell farther off needs more edits than that),
 * so a 7,000-character name costs a few thousand cells, not 49 million.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    const band = Math.min(limit, Math.max(a.length, b.length));
    const over = band + 1;
    const at = (row: number[], j: number) => row[j] ?? over;
    let beforePrevious: number[] = [];
    let previous = Array.from({ length: Math.min(b.length, band) + 1 }, (_, j) => j);
    let previousMin = 0;
    for (let i = 1; i <= a.length; i++) {
        const current: number[] = [];
        if (i <= band) current[0] = i;
        let rowMin = at(current, 0);
        for (let j = Math.max(1, i - band); j <= Math.min(b.length, i + band); j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            current[j] = Math.min(at(previous, j) + 1, at(current, j - 1) + 1, at(previous, j - 1) + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                current[j] = Math.min(current[j], at(beforePrevious, j - 2) + 1);
            }
            rowMin = Math.min(rowMin, current[j]);
        }
        // A transposition reaches back two rows, so both must be past the limit.
        if (rowMin > limit && previousMin > limit) return limit + 1;
        previousMin = rowMin;
        beforePrevious = previous;
        previous = current;
    }
    return Math.min(at(previous, b.length), over);
}

/**
 * How many edits a typo of `name` may have: a third of its weight, where an
 * ideograph or syllable (CJK, kana, Hangul) weighs as much as three letters (it
 * carries about as much as a short word, so `审比` for `审批` is a typo while
 * `ab` for `cb` is another name), never all of its characters and never more than MAX_TYPO_EDITS.
 */
export function typoLimit(name: string): number {
    const characters = [...name];
    const weight = characters.reduce((sum, c) => sum + (WIDE_LETTER.test(c) ? 3 : 1), 0);
    if (weight < 3) return 0;
    return Math.min(Math.max(1, Math.floor(weight / 3)), characters.length - 1, MAX_TYPO_EDITS);
}

/** Past this many edits a name is another name, however long (and the distance stays cheap). */
const MAX_TYPO_EDITS = 8;

const WIDE_LETTER = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

/**
 * The candidate closest to `name`, if close enough to be a likely typo:
 * case-insensitive equality first, then an edit distance within `typoLimit`.
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
    const limit = typoLimit(name);
    let best: string | undefined;
    let bestDistance = limit + 1;
    for (const candidate of candidates) {
        if (candidate === name) continue;
        const distance = candidate.toLowerCase() === name.toLowerCase() ? 0 : editDistance(name, candidate, limit);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
