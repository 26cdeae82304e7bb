import { describe, expect, it } from 'vitest';
import { buildFlowGraph, linkedGroups, reachesMarkedWithin, stronglyConnectedComponents, stronglyConnectedIndices } from '../../src/model/graph.js';
import { buildIndexedGraph } from '../../src/render/graph.js';

describe('the one Tarjan', () => {
    it('finds cycles and orders components topologically', () => {
        // a → b → c → b, c → d; e alone
        const successors = new Map([['a', ['b']], ['b', ['c']], ['c', ['b', 'd']], ['d', []], ['e', []]]);
        const { components, componentOf } = stronglyConnectedComponents(['a', 'b', 'c', 'd', 'e'], successors);
        expect(components.map(c => [...c].sort())).toContainEqual(['b', 'c']);
        expect(components).toHaveLength(4);
        for (const [from, tos] of successors) {
            for (const to of tos) expect(componentOf.get(from)).toBeLessThanOrEqual(componentOf.get(to) ?? -1);
        }
    });

    it('gives the model and the renderer the same components', () => {
        const steps = ['s1', 's2', 's3', 's4', 's5'].map(id => ({ id, zone: 'onstage' as const }));
        const flows = [['s1', 's2'], ['s2', 's3'], ['s3', 's1'], ['s3', 's4'], ['s5', 's4']].map(([from, to]) => ({ from, to, kind: 'one-way' as const }));
        const model = { steps, flows } as unknown as Parameters<typeof buildFlowGraph>[0];
        const byModel = buildFlowGraph(model).components;
        const indexed = buildIndexedGraph(model);
        expect(indexed.components.map(c => c.map(i => indexed.ids[i]))).toEqual(byModel);
    });

    it('walks a 50,000-step chain without overflowing the stack', () => {
        const n = 50_000;
        const successors = Array.from({ length: n }, (_, i) => (i + 1 < n ? [i + 1] : []));
        const { components } = stronglyConnectedIndices(successors);
        expect(components).toHaveLength(n);
        expect(components[0]).toEqual([0]);
    });
});

describe('linear reachability helpers', () => {
    it('answers, for every step of a region, whether it reaches a marked step without leaving the region', () => {
        // a → b → c ⇄ d, b → x (outside the region), e → a; x → m is marked but outside
        const successors = new Map([['a', ['b']], ['b', ['c', 'x']], ['c', ['d']], ['d', ['c']], ['e', ['a']], ['x', ['m']], ['m', []]]);
        const graph = { successors, twoWayBack: new Map([['a', ['f']]]) };
        const region = ['a', 'b', 'c', 'd', 'e', 'f'];
        const reaches = reachesMarkedWithin(graph, region, id => id === 'd' || id === 'm' || id === 'f');
        expect(region.filter(reaches)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
        const toF = reachesMarkedWithin(graph, region, id => id === 'f');
        expect(region.filter(toF)).toEqual(['a', 'e', 'f']); // a reaches f through the two-way flow f <-> a
        expect(toF('x')).toBe(false);
    });

    it('groups linked ids in the order of their first member, members in source order', () => {
        const links = new Map([['d', ['a']], ['a', ['d', 'c']], ['c', ['a']], ['e', ['f']], ['f', ['e']]]);
        expect(linkedGroups(['a', 'b', 'c', 'd', 'e', 'f'], links)).toEqual([['a', 'c', 'd'], ['e', 'f']]);
    });
});
