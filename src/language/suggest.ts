/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions,
 * the commonest typo), abandoned once it exceeds `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    let beforePrevious: number[] = [];
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    let previousMin = 0;
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        let rowMin = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                current[j] = Math.min(current[j], beforePrevious[j - 2] + 1);
            }
            rowMin = Math.min(rowMin, current[j]);
        }
        // A transposition reaches back two rows, so both must be past the limit.
        if (rowMin > limit && previousMin > limit) return limit + 1;
        previousMin = rowMin;
        beforePrevious = previous;
        previous = current;
    }
    return previous[b.length];
}

/**
 * The candidate closest to `name`, if close enough to be a likely typo:
 * case-insensitive equality first, then an edit distance of at most a third
 * of the name's length (at least 1).
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
    // One- and two-letter names are too short for a typo to be told from another name.
    const limit = name.length < 3 ? 0 : Math.max(1, Math.floor(name.length / 3));
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
