// langium-cli 4.4 calls Object.groupBy (Node 21+); this project runs on Node 20.
if (typeof Object.groupBy !== 'function') {
    Object.groupBy = function groupBy(items, keyOf) {
        const groups = Object.create(null);
        let index = 0;
        for (const item of items) {
            const key = keyOf(item, index++);
            (groups[key] ??= []).push(item);
        }
        return groups;
    };
}
if (typeof Map.groupBy !== 'function') {
    Map.groupBy = function groupBy(items, keyOf) {
        const groups = new Map();
        let index = 0;
        for (const item of items) {
            const key = keyOf(item, index++);
            if (!groups.has(key)) groups.set(key, []);
            groups.get(key).push(item);
        }
        return groups;
    };
}
