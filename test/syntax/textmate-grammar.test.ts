import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, test } from 'vitest';
import { TIME_UNITS } from '../../src/model/duration.js';
import { APPROACHES, CHANNELS, CONTACTS, DIVERGENCES, LINES, OBJECT_KINDS, ZONES } from '../../src/model/types.js';

/**
 * The hand-tuned TextMate grammar (syntaxes/blueprint.tmLanguage.json), run
 * through the same engine VS Code uses: vscode-textmate with the oniguruma
 * WASM regex library.
 */
const require = createRequire(import.meta.url);
const vsctm: typeof import('vscode-textmate') = require('vscode-textmate');
const oniguruma: typeof import('vscode-oniguruma') = require('vscode-oniguruma');

const GRAMMAR_PATH = 'syntaxes/blueprint.tmLanguage.json';
let grammar: import('vscode-textmate').IGrammar;

interface Token { text: string; scopes: string[] }

beforeAll(async () => {
    await oniguruma.loadWASM(readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer);
    const registry = new vsctm.Registry({
        onigLib: Promise.resolve({
            createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
            createOnigString: (text: string) => new oniguruma.OnigString(text)
        }),
        loadGrammar: async () => vsctm.parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH)
    });
    const loaded = await registry.loadGrammar('source.blueprint');
    if (!loaded) throw new Error('source.blueprint did not load');
    grammar = loaded;
});

/** Tokens of a text, line by line, whitespace-only tokens dropped. */
function tokenize(text: string): Token[][] {
    let state = vsctm.INITIAL;
    return text.split(/\r?\n/).map(line => {
        const result = grammar.tokenizeLine(line, state);
        state = result.ruleStack;
        return result.tokens
            .map(t => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }))
            .filter(t => t.text.trim() !== '');
    });
}

/** The innermost scope of each token of a one-line text: [text, scope]. */
function scopesOf(line: string, before = ''): Array<[string, string]> {
    const lines = tokenize(before ? `${before}\n${line}` : line);
    return lines.at(-1)!.map(t => [t.text, t.scopes.at(-1)!]);
}

/** Wraps a line in a blueprint and a lane, as the body of a step when `inStep`. */
function inBlueprint(line: string, inStep = false): Array<[string, string]> {
    const opening = inStep ? 'blueprint B {\n customer {\n  step s {' : 'blueprint B {\n customer { step s }';
    return scopesOf(line, opening);
}

describe('TextMate grammar', () => {
    test('is JSON with the scope name the manifest contributes', () => {
        const json = JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8'));
        expect(json.scopeName).toBe('source.blueprint');
        const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
        expect(manifest.contributes.grammars[0].scopeName).toBe('source.blueprint');
    });

    test('declarations: keyword and the declared name as entity.name', () => {
        expect(scopesOf('actor 柜员 "Teller"').slice(0, 2)).toEqual([
            ['actor', 'keyword.other.declaration.actor.blueprint'],
            ['柜员', 'entity.name.type.actor.blueprint']
        ]);
        expect(scopesOf('system CoreBanking').slice(0, 2)).toEqual([
            ['system', 'keyword.other.declaration.system.blueprint'],
            ['CoreBanking', 'entity.name.type.system.blueprint']
        ]);
        expect(scopesOf('blueprint 柜台存款 "储蓄" {').slice(0, 2)).toEqual([
            ['blueprint', 'keyword.other.declaration.blueprint.blueprint'],
            ['柜台存款', 'entity.name.type.blueprint.blueprint']
        ]);
        expect(inBlueprint('phase 到达 "到达 Arrive"').slice(0, 2)).toEqual([
            ['phase', 'keyword.other.declaration.phase.blueprint'],
            ['到达', 'entity.name.section.phase.blueprint']
        ]);
        expect(inBlueprint('step 取号 "取号" {').slice(0, 2)).toEqual([
            ['step', 'keyword.other.declaration.step.blueprint'],
            ['取号', 'entity.name.function.step.blueprint']
        ]);
    });

    test('lanes: every zone keyword, with an optional lane name', () => {
        for (const zone of ZONES) {
            expect(scopesOf(`${zone} Lane "title" {`, 'blueprint B {').slice(0, 2)).toEqual([
                [zone, 'keyword.other.zone.blueprint'],
                ['Lane', 'entity.name.section.lane.blueprint']
            ]);
        }
        expect(scopesOf('customer {', 'blueprint B {')[0]).toEqual(['customer', 'keyword.other.zone.blueprint']);
    });

    test('lines and their kinds', () => {
        for (const kind of LINES) {
            expect(inBlueprint(`line ${kind}`)).toEqual([
                ['line', 'keyword.other.line.blueprint'],
                [kind, 'keyword.other.line-kind.blueprint']
            ]);
        }
    });

    test('classification axes and every value', () => {
        const values: Record<string, readonly string[]> = {
            divergence: DIVERGENCES,
            object: OBJECT_KINDS,
            contact: CONTACTS,
            approach: APPROACHES
        };
        for (const [axis, list] of Object.entries(values)) {
            for (const value of list) {
                expect(scopesOf(`${axis} ${value}`, 'blueprint B {\n classification {')).toEqual([
                    [axis, 'keyword.other.classification-axis.blueprint'],
                    [value, `keyword.other.value.${axis}.blueprint`]
                ]);
            }
        }
        expect(scopesOf('classification {', 'blueprint B {')[0]).toEqual(['classification', 'keyword.other.classification.blueprint']);
    });

    test('step properties, channels and references', () => {
        expect(inBlueprint('by 柜员 via counter phase 到达', true)).toEqual([
            ['by', 'keyword.other.property.by.blueprint'],
            ['柜员', 'variable.other.performer.blueprint'],
            ['via', 'keyword.other.property.via.blueprint'],
            ['counter', 'keyword.other.channel.blueprint'],
            ['phase', 'keyword.other.property.phase.blueprint'],
            ['到达', 'variable.other.phase.blueprint']
        ]);
        for (const channel of CHANNELS) {
            expect(inBlueprint(`via ${channel}`, true)[1]).toEqual([channel, 'keyword.other.channel.blueprint']);
        }
        expect(inBlueprint('fail "x" recover 挂失重置', true).map(([text, scope]) => [text, scope])).toEqual([
            ['fail', 'keyword.other.property.blueprint'],
            ['"', 'punctuation.definition.string.begin.blueprint'],
            ['x', 'string.quoted.double.blueprint'],
            ['"', 'punctuation.definition.string.end.blueprint'],
            ['recover', 'keyword.other.property.recover.blueprint'],
            ['挂失重置', 'variable.other.step.blueprint']
        ]);
        for (const keyword of ['time', 'tolerance', 'wait', 'evidence', 'note']) {
            expect(inBlueprint(keyword, true)[0]).toEqual([keyword, 'keyword.other.property.blueprint']);
        }
        expect(inBlueprint('discretion', true)[0]).toEqual(['discretion', 'keyword.other.property.discretion.blueprint']);
        expect(inBlueprint('target 20 min')[0]).toEqual(['target', 'keyword.other.target.blueprint']);
    });

    test('durations in English and Chinese units are numeric; a unit glued to a name is not', () => {
        for (const unit of TIME_UNITS) {
            const tokens = inBlueprint(`time 1.5 ${unit}`, true);
            expect(tokens[1]).toEqual(['1.5', 'constant.numeric.value.blueprint']);
            expect(tokens[2]).toEqual([unit, 'constant.numeric.unit.blueprint']);
            expect(tokenize(`blueprint B {\n customer {\n  step s {\ntime 1.5 ${unit}`).at(-1)![2].scopes).toContain('constant.numeric.duration.blueprint');
        }
        expect(inBlueprint('time 3 天内', true).slice(1)).toEqual([
            ['3', 'constant.numeric.blueprint'],
            ['天内', 'variable.other.blueprint']
        ]);
        expect(inBlueprint('time 5 days', true)[2]).toEqual(['days', 'variable.other.blueprint']);
    });

    test('strings with escapes, in double and single quotes', () => {
        expect(scopesOf('"a \\"b\\" c"').map(([, scope]) => scope)).toEqual([
            'punctuation.definition.string.begin.blueprint',
            'string.quoted.double.blueprint',
            'constant.character.escape.blueprint',
            'string.quoted.double.blueprint',
            'constant.character.escape.blueprint',
            'string.quoted.double.blueprint',
            'punctuation.definition.string.end.blueprint'
        ]);
        expect(scopesOf("'say \"hi\"'").map(([, scope]) => scope)).toEqual([
            'punctuation.definition.string.begin.blueprint',
            'string.quoted.single.blueprint',
            'punctuation.definition.string.end.blueprint'
        ]);
        // An unterminated string stops at the end of its line.
        expect(tokenize('"open\nactor A')[1][0].scopes.at(-1)).toBe('keyword.other.declaration.actor.blueprint');
    });

    test('comments, line and block, even across lines', () => {
        expect(scopesOf('// 注释 step x')).toEqual([
            ['//', 'punctuation.definition.comment.blueprint'],
            [' 注释 step x', 'comment.line.double-slash.blueprint']
        ]);
        const lines = tokenize('/* a\n step x */ actor A');
        expect(lines[1].map(t => t.scopes.at(-1))).toEqual([
            'comment.block.blueprint', 'punctuation.definition.comment.end.blueprint',
            'keyword.other.declaration.actor.blueprint', 'entity.name.type.actor.blueprint'
        ]);
    });

    test('analysis: demand, staff, capacity and cost, probabilities, scenarios', () => {
        expect(scopesOf('actor 柜员 "Teller" staff 4 cost 80 per h').slice(5).map(([text, scope]) => [text, scope])).toEqual([
            ['staff', 'keyword.other.staff.blueprint'], ['4', 'constant.numeric.blueprint'],
            ['cost', 'keyword.other.cost.blueprint'], ['80', 'constant.numeric.blueprint'],
            ['per', 'keyword.other.per.blueprint'], ['h', 'constant.numeric.unit.blueprint']
        ]);
        expect(scopesOf('system ATM capacity 2').slice(2)).toEqual([['capacity', 'keyword.other.staff.blueprint'], ['2', 'constant.numeric.blueprint']]);
        expect(inBlueprint('demand 40 per h')[0]).toEqual(['demand', 'keyword.other.demand.blueprint']);
        expect(inBlueprint('a -> b when "forgot PIN" 5%').at(-1)).toEqual(['5%', 'constant.numeric.percentage.blueprint']);
        expect(inBlueprint('scenario LunchPeak "午间高峰" { demand 90 per h staff Teller 6 time Count 3 min }').filter(([text]) => text !== '"')).toEqual([
            ['scenario', 'keyword.other.declaration.scenario.blueprint'], ['LunchPeak', 'entity.name.section.scenario.blueprint'],
            ['午间高峰', 'string.quoted.double.blueprint'], ['{', 'punctuation.section.block.begin.blueprint'],
            ['demand', 'keyword.other.demand.blueprint'], ['90', 'constant.numeric.blueprint'], ['per', 'keyword.other.per.blueprint'], ['h', 'constant.numeric.unit.blueprint'],
            ['staff', 'keyword.other.staff.blueprint'], ['Teller', 'variable.other.performer.blueprint'], ['6', 'constant.numeric.blueprint'],
            ['time', 'keyword.other.time.blueprint'], ['Count', 'variable.other.step.blueprint'],
            ['3', 'constant.numeric.value.blueprint'], ['min', 'constant.numeric.unit.blueprint'],
            ['}', 'punctuation.section.block.end.blueprint']
        ]);
    });

    test('flows: operators, step references, labels and when', () => {
        expect(inBlueprint('取号 -> 引导 "lbl" when "cond"').map(([text, scope]) => [text, scope]).filter(([text]) => text !== '"')).toEqual([
            ['取号', 'variable.other.step.blueprint'],
            ['->', 'keyword.operator.flow.handoff.blueprint'],
            ['引导', 'variable.other.step.blueprint'],
            ['lbl', 'string.quoted.double.blueprint'],
            ['when', 'keyword.control.conditional.when.blueprint'],
            ['cond', 'string.quoted.double.blueprint']
        ]);
        expect(inBlueprint('a <-> b')[1]).toEqual(['<->', 'keyword.operator.flow.two-way.blueprint']);
    });

    test('soft keywords stay names where they are not keywords', () => {
        expect(inBlueprint('note -> people -> none -> s')
            .filter(([text]) => !text.includes('->'))
            .map(([, scope]) => scope)).toEqual(Array(4).fill('variable.other.step.blueprint'));
        expect(inBlueprint('step note')[1]).toEqual(['note', 'entity.name.function.step.blueprint']);
        expect(inBlueprint('step internal')[1]).toEqual(['internal', 'entity.name.function.step.blueprint']);
    });

    test('Unicode names: Latin, Greek, Cyrillic, kana, CJK, Hangul', () => {
        for (const name of ['Café', 'λόγος', 'Касса', 'カウンター', '取号', '창구', 'ATM机', '_x1']) {
            expect(scopesOf(`actor ${name}`)[1]).toEqual([name, 'entity.name.type.actor.blueprint']);
        }
    });

    test('every example is fully scoped, with no invalid token', () => {
        const files = readdirSync('examples').filter(f => f.endsWith('.blueprint'));
        expect(files.length).toBeGreaterThan(0);
        for (const file of files) {
            tokenize(readFileSync(`examples/${file}`, 'utf8')).forEach((line, i) => {
                for (const token of line) {
                    expect(token.scopes.length, `${file}:${i + 1} '${token.text}' has no scope`).toBeGreaterThan(1);
                    expect(token.scopes.at(-1), `${file}:${i + 1} '${token.text}'`).not.toMatch(/^invalid/);
                }
            });
        }
    });
});
