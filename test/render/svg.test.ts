import { describe, expect, it } from 'vitest';
import type { BlueprintModel } from '../../src/model/types.js';
import { layoutBlueprint, renderLayoutToSvg, renderSvg, themeVariables } from '../../src/render/index.js';
import { THEME_KINDS } from '../../src/render/theme.js';
import { exampleFiles, loadExample, loadModels } from './examples.js';
import { randomBlueprint } from '../support/random-blueprint.js';
import { allElements, parseSvg, textOf } from './xml.js';

const THEMES = THEME_KINDS;

describe('SVG output', () => {
    it.each(exampleFiles())('%s is well-formed XML with a group per step', async file => {
        const { models } = await loadExample(file);
        const document = parseSvg(renderSvg(models));
        const root = document.documentElement!;
        expect(root.tagName).toBe('svg');
        expect(root.getAttribute('data-blueprint')).toBe(models.map(m => m.name).join(' '));
        const stepGroups = allElements(document).filter(e => e.getAttribute('class')?.split(' ').includes('step'));
        expect(stepGroups.map(g => g.getAttribute('data-step')).sort()).toEqual(models.flatMap(m => m.steps.map(s => s.id)).sort());
    });

    it('is deterministic: the same model gives the same bytes', async () => {
        const { models } = await loadExample('examples/counter-deposit.blueprint');
        const generated = randomBlueprint({ steps: 300, lanes: 5, seed: 11, phases: 3 });
        expect(renderSvg(models)).toBe(renderSvg(models));
        expect(renderSvg(generated, { theme: 'dark' })).toBe(renderSvg(structuredClone(generated), { theme: 'dark' }));
    });

    it('renders through a layout the same as directly', () => {
        const model = randomBlueprint({ steps: 30, lanes: 4, seed: 3 });
        expect(renderLayoutToSvg(layoutBlueprint(model))).toBe(renderSvg(model));
    });

    it('stacks several blueprints top to bottom, each with its title', async () => {
        const models = await loadModels(`
            blueprint first "First 第一" { customer { step a } }
            blueprint second "Second 第二" { customer { step b } onstage { step c } b -> c }`);
        const document = parseSvg(renderSvg(models));
        const groups = allElements(document).filter(e => e.getAttribute('class') === 'bp-blueprint');
        expect(groups.map(g => g.getAttribute('data-blueprint'))).toEqual(['first', 'second']);
        expect(groups[1].getAttribute('transform')).toMatch(/^translate\(0 \d+/);
        const titles = allElements(document).filter(e => e.getAttribute('class') === 'bp-title').map(textOf);
        expect(titles).toEqual(['First 第一', 'Second 第二']);
        expect(document.documentElement!.getAttribute('data-blueprint')).toBe('first second');
    });

    it('renders an empty blueprint', async () => {
        const models = await loadModels('blueprint empty { }');
        expect(() => parseSvg(renderSvg(models))).not.toThrow();
        expect(() => parseSvg(renderSvg([]))).not.toThrow();
    });

    it('shows fail and wait points as badges with their reason and wait as tooltip', async () => {
        const models = await loadModels(`blueprint b {
            customer c { step a "Queue 排队" { wait 8 min tolerance 15 min  fail "Printer jams 打印机卡纸" recover "reprint" } }
        }`);
        const document = parseSvg(renderSvg(models));
        const badge = (className: string) => allElements(document).find(e => e.getAttribute('class') === className)!;
        expect(textOf(badge('bp-fail'))).toContain('Printer jams 打印机卡纸');
        expect(textOf(badge('bp-fail'))).toContain('F');
        expect(textOf(badge('bp-wait'))).toContain('W 8 min');
        expect(textOf(badge('bp-wait'))).toContain('tolerated 15 min');
    });

    it('draws two-way flows with heads at both ends and hand-offs with one', async () => {
        const models = await loadModels(`blueprint b {
            customer c { step a }  onstage o { step b  step c }
            a <-> b "talk" when "asked"
            b -> c
        }`);
        const svg = renderSvg(models);
        const document = parseSvg(svg);
        const flows = allElements(document).filter(e => e.getAttribute('data-flow') !== null);
        const classesOf = (e: (typeof flows)[number]) => e.getAttribute('class')!.split(' ');
        expect(classesOf(flows[0])).toContain('bp-edge-two-way');
        expect(classesOf(flows[1])).toContain('bp-edge-handoff');
        // Heads come from the style sheet: every flow one at its end, a two-way flow one at its start too.
        expect(svg).toMatch(/path\.bp-edge,\.bp-edge>path\{[^}]*marker-end:url\(#bp-arrow\)/);
        expect(svg).toMatch(/path\.bp-edge-two-way,\.bp-edge-two-way>path\{[^}]*marker-start:url\(#bp-arrow-back\)/);
        expect(svg).not.toMatch(/bp-edge-handoff[^{]*\{[^}]*marker-start/);
        const label = allElements(document).find(e => e.getAttribute('class') === 'bp-edge-label')!;
        expect(textOf(label)).toBe('talk [asked]');
    });

    it('shows a long label and a long condition of one flow on two lines, both', async () => {
        const models = await loadModels(`blueprint b {
            customer c { step a }  onstage o { step b }
            a -> b "submit the form" when "customer signed"
        }`);
        const layout = layoutBlueprint(models[0]);
        expect(layout.edges[0].label!.text.lines).toEqual(['submit the form', '[customer signed]']);
        const lines = allElements(parseSvg(renderSvg(models))).filter(e => e.getAttribute('class') === 'bp-edge-label').map(textOf);
        expect(lines).toEqual(['submit the form', '[customer signed]']);
    });

    it('writes the Chinese line names upright, the English ones in italics', async () => {
        const models = await loadModels('blueprint b { customer c { step a }  onstage o { step b }  a -> b }');
        const svg = renderSvg(models);
        const labels = allElements(parseSvg(svg)).filter(e => e.getAttribute('class')?.startsWith('bp-line-label'));
        const upright = labels.filter(e => e.getAttribute('class')!.includes('bp-upright')).map(textOf);
        expect(upright).toEqual(['互动分界线', '可视分界线', '内部互动分界线']);
        expect(labels.filter(e => !e.getAttribute('class')!.includes('bp-upright')).map(textOf)).toEqual(['line of interaction', 'line of visibility', 'line of internal interaction']);
        expect(svg).toMatch(/\.bp-line-label\.bp-upright\{font-style:normal\}/);
    });

    it('wraps a long performer and channel line to a second line before cutting it', async () => {
        const models = await loadModels(`actor t "Relationship manager 客户经理"
            blueprint b { onstage o { step a "Count 点钞" { by t  via counter  time 20 min tolerance 30 min } } }`);
        const step = layoutBlueprint(models[0]).steps[0];
        expect(step.meta!.lines.length).toBe(2);
        expect(step.meta!.truncated).toBe(false);
        expect(step.meta!.lines.join(' ')).toBe('20 min (≤ 30 min) · Relationship manager 客户经理 · counter');
    });

    it('puts standard time, performer and channel on the step box', async () => {
        const models = await loadModels(`actor t "Teller"
            blueprint b { onstage o { step a "Count 点钞" { by t  via counter  time 2 min tolerance 4 min } } }`);
        const meta = allElements(parseSvg(renderSvg(models))).find(e => e.getAttribute('class') === 'bp-meta')!;
        expect(textOf(meta)).toBe('2 min (≤ 4 min) · Teller · counter');
    });

    it('gives a step a tooltip only when its box does not show everything', async () => {
        const long = '顾客在柜台前递交存折和现金并在密码键盘上输入六位数字密码然后等待柜员打印回单并签字确认';
        const models = await loadModels(`blueprint b {
            customer c { step short "Short 短" { time 1 min }  step cut "${long}"  step noted "Noted" { note "ask twice" } }
        }`);
        const steps = allElements(parseSvg(renderSvg(models))).filter(e => e.getAttribute('data-step'));
        const tooltipOf = (id: string) => {
            const step = steps.find(e => e.getAttribute('data-step') === id)!;
            const title = Array.from(step.childNodes).find(c => (c as unknown as { tagName?: string }).tagName === 'title');
            return title ? textOf(title as never) : undefined;
        };
        expect(tooltipOf('short')).toBeUndefined();
        expect(tooltipOf('cut')).toBe(long);
        expect(tooltipOf('noted')).toBe('Noted\nnote: ask twice');
    });

    it('shows classification and metrics in the legend', async () => {
        const { models } = await loadExample('examples/counter-deposit.blueprint');
        const text = allElements(parseSvg(renderSvg(models))).filter(e => e.getAttribute('class') === 'bp-legend-value').map(textOf).join('\n');
        expect(text).toContain('standard · 标准服务');
        expect(text).toContain('production line · 生产线法');
        expect(text).toContain(`interaction ${models[0].metrics.lineCrossings.interaction}`);
        expect(text).toContain(`${Math.round(models[0].metrics.automationShare! * 100)}%`);
    });
});

describe('themes', () => {
    it.each(THEMES)('%s: every colour is a variable, with the theme values as defaults', theme => {
        const svg = renderSvg(randomBlueprint({ steps: 20, lanes: 5, seed: 1 }), { theme });
        const variables = themeVariables(theme);
        const style = svg.slice(svg.indexOf('<style>'), svg.indexOf('</style>'));
        for (const [name, value] of Object.entries(variables)) {
            expect(style).toContain(`${name}:${value}`);
            expect(style).toContain(`var(${name})`);
        }
        expect(svg).toContain(`bp-theme-${theme}`);
        // Outside the style sheet no element carries a colour of its own.
        const body = svg.slice(svg.indexOf('</style>'));
        expect(body).not.toMatch(/(fill|stroke|color)="/);
    });

    it('themes differ and name the same variables', () => {
        const [light, dark, contrast] = THEMES.map(themeVariables);
        expect(Object.keys(dark)).toEqual(Object.keys(light));
        expect(Object.keys(contrast)).toEqual(Object.keys(light));
        expect(dark['--bp-bg']).not.toBe(light['--bp-bg']);
        expect(Object.keys(light)).toEqual(expect.arrayContaining(['--bp-bg', '--bp-fg', '--bp-lane-customer', '--bp-fail', '--bp-edge']));
    });

    it('with cssVariablesOnly holds no colour value at all', () => {
        const svg = renderSvg(randomBlueprint({ steps: 20, lanes: 5, seed: 1 }), { theme: 'dark', cssVariablesOnly: true });
        expect(svg).not.toMatch(/#[0-9a-f]{3,8}\b|rgba?\(/i);
        expect(svg).toContain('var(--bp-step-bg)');
        expect(() => parseSvg(svg)).not.toThrow();
    });
});

const HOSTILE = [
    '<img src=x onerror=alert(1)>',
    '</text><script>alert(1)</script>',
    'javascript:alert(1)',
    '"\'&',
    '顾客 <b>忘记</b> 密码 & "引号"',
    ']]><!-- --><?xml?>'
];

/** Names (ids) cannot hold these characters in a parsed document, but the model is an open interface. */
const HOSTILE_ID = '<"&\'>';

/** A model whose every piece of text is hostile, and whose ids hold markup characters. */
function hostileModel(text: string, i: number): BlueprintModel {
    const model = randomBlueprint({ steps: 6, lanes: 3, seed: i + 1, phases: 2 });
    model.name = `n${i}${HOSTILE_ID}`;
    model.title = text;
    model.lanes.forEach(l => { l.title = text; l.id = `${l.id}${HOSTILE_ID}`; });
    model.phases.forEach(p => { p.title = text; });
    model.steps.forEach((s, j) => {
        s.lane = model.lanes.find(l => l.id.startsWith(s.lane))!.id;
        s.label = `${text} ${j}`;
        s.evidence = [text, `${text}!`];
        s.fail = { reason: text, recoveryText: text, range: s.range };
        s.wait = { expected: 60 };
        s.notes = [text];
        s.performer = { id: 'p', title: text, kind: 'actor' };
    });
    model.flows.forEach(f => { f.label = text; f.condition = text; });
    return model;
}

describe('hostile text stays text', () => {
    it.each(HOSTILE.map((text, i) => [text, i] as const))('%s', (text, i) => {
        const model = hostileModel(text, i);
        const svg = renderSvg(model);
        const document = parseSvg(svg);
        for (const element of allElements(document)) {
            expect(['script', 'img', 'foreignObject', 'a', 'iframe', 'b']).not.toContain(element.tagName);
            for (const attribute of Array.from(element.attributes)) {
                expect(attribute.name.toLowerCase().startsWith('on')).toBe(false);
                expect(attribute.name).not.toMatch(/href/i);
                expect(attribute.value.toLowerCase()).not.toContain('javascript:');
            }
        }
        // The full text round-trips through the tooltips.
        const titles = allElements(document).filter(e => e.tagName === 'title').map(textOf);
        expect(titles).toContain(`Service blueprint: ${text}`);
        for (const [j, step] of model.steps.entries()) {
            expect(titles.some(t => t.startsWith(`${text} ${j}\n`))).toBe(true);
            expect(titles.some(t => t.includes(`fail point: ${text}`))).toBe(true);
            expect(allElements(document).some(e => e.getAttribute('data-step') === step.id)).toBe(true);
        }
        expect(allElements(document).filter(e => e.getAttribute('class') === 'bp-blueprint')[0].getAttribute('data-blueprint')).toBe(model.name);
        expect(svg).not.toMatch(/<script|<img/i);
        // Texts come back whole where they are drawn uncut: lane ids and the blueprint name in data attributes.
        expect(allElements(document).filter(e => e.getAttribute('data-lane')?.endsWith(HOSTILE_ID)).length).toBe(model.lanes.length);
    });
});
