/**
 * Interval partitioning: parallel segments in one gutter or gap get distinct
 * tracks when they overlap, so they never lie on top of each other. Greedy by
 * start with a min-heap of track ends: optimal and O(n log n).
 */

export interface Interval { start: number; end: number }

export interface TrackAssignment {
    /** Track of each interval, index-aligned with the input. */
    track: number[];
    count: number;
}

/** Most gutters and gaps hold a single segment. */
const SINGLE_TRACK: TrackAssignment = Object.freeze({ track: Object.freeze([0]) as number[], count: 1 });

/** Intervals on one track keep at least `gap` between them. */
export function assignTracks(intervals: Interval[], gap: number): TrackAssignment {
    if (intervals.length === 1) return SINGLE_TRACK;
    const order = intervals.map((_, i) => i);
    sortSmall(order, (a, b) => intervals[a].start - intervals[b].start || intervals[a].end - intervals[b].end || a - b);
    const track = new Array<number>(intervals.length);
    const heap = new TrackHeap();
    let count = 0;
    for (const i of order) {
        const { start, end } = intervals[i];
        const free = heap.peek();
        let t: number;
        if (free && free.end + gap <= start) {
            heap.pop();
            t = free.track;
        } else {
            t = count++;
        }
        track[i] = t;
        heap.push({ end, track: t });
    }
    return { track, count };
}

/**
 * Sorts in place; short arrays by insertion, which allocates nothing (the
 * built-in sort allocates work space on every call, and layout sorts
 * thousands of two- or three-element lists).
 */
export function sortSmall<T>(items: T[], compare: (a: T, b: T) => number): T[] {
    if (items.length > 16) return items.sort(compare);
    for (let i = 1; i < items.length; i++) {
        const item = items[i];
        let j = i - 1;
        for (; j >= 0 && compare(items[j], item) > 0; j--) items[j + 1] = items[j];
        items[j + 1] = item;
    }
    return items;
}

interface TrackEnd { end: number; track: number }

/** A binary min-heap ordered by end, then track (for determinism). */
class TrackHeap {
    private readonly items: TrackEnd[] = [];

    peek(): TrackEnd | undefined {
        return this.items[0];
    }

    push(item: TrackEnd): void {
        const items = this.items;
        items.push(item);
        let i = items.length - 1;
        while (i > 0) {
            const parent = (i - 1) >> 1;
            if (!before(items[i], items[parent])) break;
            [items[i], items[parent]] = [items[parent], items[i]];
            i = parent;
        }
    }

    pop(): void {
        const items = this.items;
        const last = items.pop();
        if (last === undefined || items.length === 0) return;
        items[0] = last;
        let i = 0;
        for (;;) {
            const left = 2 * i + 1;
            const right = left + 1;
            let smallest = i;
            if (left < items.length && before(items[left], items[smallest])) smallest = left;
            if (right < items.length && before(items[right], items[smallest])) smallest = right;
            if (smallest === i) return;
            [items[i], items[smallest]] = [items[smallest], items[i]];
            i = smallest;
        }
    }
}

function before(a: TrackEnd, b: TrackEnd): boolean {
    return a.end < b.end || (a.end === b.end && a.track < b.track);
}
