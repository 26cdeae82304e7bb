/**
 * Lookups that cannot miss by construction (a map built from the same list
 * that is walked). They assert once, with a message naming what was missing,
 * instead of a `!` at every use.
 */
export function lookup<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
    const value = map.get(key);
    if (value === undefined) throw new Error(`internal error: no ${what} for ${String(key)}`);
    return value;
}

/** The element at `index` of a list that must have it. */
export function at<T>(list: readonly T[], index: number, what: string): T {
    const value = list[index];
    if (value === undefined) throw new Error(`internal error: no ${what} at ${index} of ${list.length}`);
    return value;
}

/** Pops the last element of a list that must have one. */
export function popLast<T>(list: T[], what: string): T {
    const value = list.pop();
    if (value === undefined) throw new Error(`internal error: ${what} is empty`);
    return value;
}

/** A value that must be there (a search over a list that holds it by construction). */
export function found<T>(value: T | undefined | null, what: string): T {
    if (value === undefined || value === null) throw new Error(`internal error: no ${what}`);
    return value;
}
