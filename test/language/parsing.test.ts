import { describe, expect, test } from 'vitest';
import { buildBlueprint } from '../../src/language/model-builder.js';
import * as ast from '../../src/language/generated/ast.js';
import { validate } from '../helpers.js';

const EVERY_CONSTRUCT = `
/* block comment */
// line comment
actor Teller "柜员"
system Core
blueprint Deposit "Counter \\"deposit\\" 存款" {
    classification {
        divergence standard
        object customer-goods
        contact interactive
        approach production-line
    }
    target 1.5 h
    phase Arrive "到达"
    phase Leave
    evidence Things "Evidence"
    customer Customer "顾客" {
        step 取号 "取号" {
            phase Arrive
            via kiosk
            time 30 s tolerance 1 min
            wait 5 分钟 tolerance 10 分钟
            evidence "ticket", 'screen'
            note "a note"
        }
        step Leave2
    }
    line interaction
    onstage { step Serve { by Teller via counter discretion fail "printer jam" recover Fix } }
    onstage Second { step Fix "Fix it" { fail "again" recover "call IT" } }
    line visibility
    backstage { step File { time 2 d } }
    line internal
    support { step Post { by Core time 3 秒 tolerance 500 ms } }
    取号 -> Serve "hand over" -> File when "ok" -> Post
    Serve <-> 取号
    Fix -> Leave2
}`;

describe('grammar', () => {
    test('every construct parses without errors', async () => {
        const { document, diagnostics } = await validate(EVERY_CONSTRUCT);
        expect(document.parseResult.lexerErrors).toEqual([]);
        expect(document.parseResult.parserErrors).toEqual([]);
        expect(diagnostics.filter(d => d.severity === 1).map(d => d.message)).toEqual([]);
    });

    test('the model reflects every construct', async () => {
        const { document } = await validate(EVERY_CONSTRUCT);
        const blueprint = document.parseResult.value.elements.find(ast.isBlueprint)!;
        const { model } = buildBlueprint(blueprint);
        expect(model.title).toBe('Counter "deposit" 存款');
        expect(model.classification).toEqual({ divergence: 'standard', object: 'customer-goods', contact: 'interactive', approach: 'production-line' });
        expect(model.target).toBe(5400);
        expect(model.phases.map(p => [p.id, p.title])).toEqual([['Arrive', '到达'], ['Leave', 'Leave']]);
        expect(model.lanes.map(l => [l.id, l.zone])).toEqual([
            ['Things', 'evidence'], ['Customer', 'customer'], ['onstage', 'onstage'], ['Second', 'onstage'], ['backstage', 'backstage'], ['support', 'support']
        ]);
        expect(model.lines.map(l => [l.kind, l.afterLane, l.implied])).toEqual([['interaction', 1, false], ['visibility', 3, false], ['internal', 4, false]]);
        const step = model.steps.find(s => s.id === '取号')!;
        expect(step).toMatchObject({
            label: '取号', lane: 'Customer', zone: 'customer', phase: 'Arrive', channel: 'kiosk', technology: true,
            time: { standard: 30, tolerance: 60 }, wait: { expected: 300, tolerance: 600 },
            evidence: ['ticket', 'screen'], notes: ['a note'], discretion: false
        });
        expect(model.steps.find(s => s.id === 'Serve')).toMatchObject({
            performer: { id: 'Teller', title: '柜员', kind: 'actor' }, channel: 'counter', discretion: true, technology: false,
            fail: { reason: 'printer jam', recoveryStep: 'Fix' }
        });
        expect(model.steps.find(s => s.id === 'Fix')!.fail).toMatchObject({ reason: 'again', recoveryText: 'call IT' });
        expect(model.steps.find(s => s.id === 'File')!.time).toEqual({ standard: 172800, tolerance: undefined, unit: 'd' });
        expect(model.steps.find(s => s.id === 'Post')).toMatchObject({ performer: { kind: 'system' }, technology: true, time: { standard: 3, tolerance: 0.5 } });
        expect(model.flows.map(f => [f.from, f.to, f.kind, f.label, f.condition])).toEqual([
            ['取号', 'Serve', 'handoff', 'hand over', undefined],
            ['Serve', 'File', 'handoff', undefined, 'ok'],
            ['File', 'Post', 'handoff', undefined, undefined],
            ['Serve', '取号', 'two-way', undefined, undefined],
            ['Fix', 'Leave2', 'handoff', undefined, undefined]
        ]);
    });

    test('without lines, the model implies them between their zones', async () => {
        const { document } = await validate('blueprint B { customer { step a } onstage { step b } support { step c } a -> b -> c }');
        const { model } = buildBlueprint(document.parseResult.value.elements.find(ast.isBlueprint)!);
        expect(model.lines.map(l => [l.kind, l.afterLane, l.implied])).toEqual([['interaction', 0, true], ['visibility', 1, true], ['internal', 1, true]]);
    });

    test('soft keywords stay usable as names', async () => {
        const { document } = await validate('blueprint B { customer { step min step note step s } min -> note -> s }');
        expect(document.parseResult.parserErrors).toEqual([]);
    });

    test('a syntax error is reported and the rest still parses', async () => {
        const { document, diagnostics } = await validate('blueprint B { customer { step a "x" { time 5 } step b } a -> b }');
        expect(diagnostics.some(d => d.severity === 1)).toBe(true);
        const blueprint = document.parseResult.value.elements.find(ast.isBlueprint)!;
        expect(buildBlueprint(blueprint).model.steps.map(s => s.id)).toContain('b');
    });

    test('duplicate names are errors', async () => {
        const { diagnostics } = await validate('actor A actor A blueprint B { customer { step a step a } }');
        expect(diagnostics.filter(d => d.code === 'duplicate-name').map(d => d.message)).toEqual([
            "Duplicate declaration name 'A': names must be unique.",
            "Duplicate step name 'a': names must be unique."
        ]);
    });
});
