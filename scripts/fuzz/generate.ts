/**
 * Fuzz inputs: grammar-aware .blueprint documents (the shared random-blueprint generator for
 * realistic blueprints, plus a generator over every rule of src/language/blueprint.langium),
 * then mutators that break them the ways real editing and hostile files do.
 * Everything draws from one seeded PRNG: the same seed gives the same inputs.
 */
import { blueprintText, prng, randomBlueprint } from '../../test/support/random-blueprint.js';

export type Random = () => number;

export interface FuzzInput {
    /** The seed its checks draw positions and edits from. */
    seed: number;
    /** Which generator and mutators made it, e.g. `grammar+delete+bidi`. */
    origin: string;
    text: string;
}

const ZONES = ['evidence', 'customer', 'onstage', 'backstage', 'support'];
const LINE_KINDS = ['interaction', 'visibility', 'internal'];
const CHANNELS = ['counter', 'branch', 'onsite', 'atm', 'kiosk', 'pos', 'phone', 'web', 'app', 'mail', 'internal'];
const UNITS = ['ms', 's', 'min', 'h', 'd', '毫秒', '秒', '分钟', '小时', '天'];
const CLASSIFICATION: Record<string, string[]> = {
    divergence: ['standard', 'customized'],
    object: ['customer-goods', 'company-goods', 'information', 'people'],
    contact: ['none', 'indirect', 'self-service', 'interactive'],
    approach: ['production-line', 'customer-cooperation', 'customer-contact']
};
/** Names, soft keywords among them (the `Name` rule accepts them). */
const NAMES = ['a', 'b', 'c', 'Ask', 'Serve', 'Teller', 'Core', '核对', '办理', 'café', 'note', 'none', 'staff', 'per', 's', 'min', 'scenario', 'demand', 'x_1', '_y', 'Ⅻ'];
const STRINGS = ['"x"', '"顾客填写申请"', '"with \\"escape\\""', "'single'", '""', '"a\\nb"', '"  spaces  "'];
const KEYWORDS = ['blueprint', 'actor', 'system', 'step', 'by', 'via', 'phase', 'time', 'tolerance', 'wait', 'fail', 'recover', 'evidence',
    'discretion', 'note', 'line', 'classification', 'divergence', 'object', 'contact', 'approach', 'target', 'demand', 'scenario', 'staff',
    'capacity', 'cost', 'per', 'when', '->', '<->', '{', '}', ',', '%', ...ZONES, ...LINE_KINDS];

/** Picks from a list, draws a count, a chance, using one PRNG. */
export class Dice {
    constructor(readonly random: Random) {}
    pick<T>(list: readonly T[]): T { return list[Math.floor(this.random() * list.length)]; }
    int(min: number, max: number): number { return min + Math.floor(this.random() * (max - min + 1)); }
    chance(p: number): boolean { return this.random() < p; }
    times<T>(min: number, max: number, make: () => T): T[] { return Array.from({ length: this.int(min, max) }, make); }
}

// ---- the grammar generator -----------------------------------------------------------

function duration(d: Dice): string {
    return `${d.int(0, 900)}${d.chance(0.2) ? `.${d.int(0, 9)}` : ''}${d.chance(0.3) ? '' : ' '}${d.pick(UNITS)}`;
}

function title(d: Dice): string {
    return d.chance(0.6) ? ` ${d.pick(STRINGS)}` : '';
}

function resources(d: Dice): string {
    return d.times(0, 2, () => d.chance(0.5) ? ` ${d.pick(['staff', 'capacity'])} ${d.int(0, 9)}` : ` cost ${d.int(1, 200)} per ${d.pick(UNITS)}`).join('');
}

function stepProperty(d: Dice, names: string[]): string {
    switch (d.int(0, 10)) {
        case 0: return `by ${d.pick(names)}`;
        case 1: return `via ${d.pick(CHANNELS)}`;
        case 2: return `phase ${d.pick(names)}`;
        case 3: return `time ${duration(d)}${d.chance(0.4) ? ` tolerance ${duration(d)}` : ''}`;
        case 4: return `wait ${duration(d)}${d.chance(0.5) ? ` tolerance ${duration(d)}` : ''}`;
        case 5: return `fail ${d.pick(STRINGS)}${d.chance(0.6) ? ` recover ${d.chance(0.5) ? d.pick(names) : d.pick(STRINGS)}` : ''}`;
        case 6: return `evidence ${d.times(1, 3, () => d.pick(STRINGS)).join(', ')}`;
        case 7: return 'discretion';
        case 8: return `note ${d.pick(STRINGS)}`;
        case 9: return `// ${d.pick(NAMES)}\n`;
        // A property being typed: the keyword alone, or without its last part.
        default: return d.pick(['note', 'by', 'via', 'phase', 'time', 'wait', 'fail', 'evidence', 'time 5', 'wait 3 min tolerance', `fail ${d.pick(STRINGS)} recover`, 'evidence "a",']);
    }
}

function step(d: Dice, names: string[]): string {
    const body = d.chance(0.7) ? ` { ${d.times(0, 6, () => stepProperty(d, names)).join(d.chance(0.5) ? ' ' : '\n')} }` : '';
    return `step ${d.pick(names)}${title(d)}${body}`;
}

function flow(d: Dice, names: string[]): string {
    const edges = d.times(1, 3, () => {
        const label = d.chance(0.3) ? ` ${d.pick(STRINGS)}` : '';
        const when = d.chance(0.3) ? ` when ${d.pick(STRINGS)}${d.chance(0.5) ? ` ${d.int(0, 100)}%` : ''}` : '';
        return ` ${d.pick(['->', '<->'])}${d.chance(0.2) ? ' /* c */' : ''} ${d.pick(names)}${label}${when}`;
    });
    return `${d.pick(names)}${edges.join('')}`;
}

function member(d: Dice, names: string[]): string {
    switch (d.int(0, 9)) {
        case 0: return `classification { ${Object.entries(CLASSIFICATION).filter(() => d.chance(0.7)).map(([key, values]) => `${key} ${d.pick(values)}`).join(d.chance(0.5) ? ' ' : '\n')} }`;
        case 1: return `target ${duration(d)}`;
        case 2: return `demand ${d.int(1, 500)} per ${d.pick(UNITS)}`;
        case 3: return `${d.pick(['staff', 'capacity'])} ${d.pick(names)} ${d.int(0, 9)}`;
        case 4: return `scenario ${d.pick(names)}${title(d)} { ${d.times(0, 3, () => d.pick([
            `demand ${d.int(1, 500)} per h`, `staff ${d.pick(names)} ${d.int(0, 9)}`, `time ${d.pick(names)} ${duration(d)}${d.chance(0.3) ? ` tolerance ${duration(d)}` : ''}`
        ])).join(' ')} }`;
        case 5: return `phase ${d.pick(names)}${title(d)}`;
        case 6: return `line ${d.pick(LINE_KINDS)}`;
        case 7: case 8: {
            const name = d.chance(0.7) ? ` ${d.pick(names)}` : '';
            const body = d.chance(0.85) ? ` {\n${d.times(0, 5, () => `        ${step(d, names)}`).join('\n')}\n    }` : '';
            return `${d.pick(ZONES)}${name}${title(d)}${body}`;
        }
        default: return flow(d, names);
    }
}

/** A document from every rule of the grammar: blueprints, actors, systems and all their members. */
export function grammarDocument(d: Dice): string {
    const names = d.times(2, 8, () => d.pick(NAMES));
    const top = d.times(1, 4, () => {
        const roll = d.random();
        if (roll < 0.2) return `actor ${d.pick(names)}${title(d)}${resources(d)}`;
        if (roll < 0.35) return `system ${d.pick(names)}${title(d)}${resources(d)}`;
        return `blueprint ${d.pick(names)}${title(d)} {\n${d.times(0, 10, () => `    ${member(d, names)}`).join('\n')}\n}`;
    });
    return `${d.chance(0.3) ? '/* generated */\n' : ''}${top.join('\n\n')}\n`;
}

/** A realistic blueprint from the shared generator (valid grammar, rules sometimes broken). */
export function sharedDocument(d: Dice): string {
    const lanes = d.pick<number>([1, 2, 3, 5, 7]);
    return blueprintText(randomBlueprint({
        steps: d.pick([1, 3, 8, 20, 60]), seed: d.int(1, 1_000_000), lanes: Math.max(1, lanes), phases: d.int(0, 3),
        shape: d.chance(0.5) ? 'web' : 'chain', failPoints: d.random() * 0.3, waitPoints: d.random() * 0.3, labels: d.chance(0.5) ? 'varied' : 'short'
    }));
}

// ---- mutators ---------------------------------------------------------------------------

/** Words, strings, comments, arrows, punctuation and whitespace: the units token mutators move. */
const TOKEN = /"(?:\\.|[^"\\\n])*"?|'(?:\\.|[^'\\\n])*'?|\/\/[^\n]*|\/\*[\s\S]*?\*\/|<->|->|\s+|[\p{L}\p{N}_-]+|[^]/gu;

export function tokensOf(text: string): string[] {
    return text.match(TOKEN) ?? [];
}

const CONTROL = ['\0', '\x01', '\x07', '\b', '\x1b', '\x7f', '\r', '\f', '\v', '\u0085', '\u2028', '\u2029', '\ufeff', '\u200b'];
const BIDI = ['\u202e', '\u202d', '\u2066', '\u2067', '\u2068', '\u2069', '\u200f', '\u200e', '\u061c'];
const EMOJI = ['😀', '👩‍💻', '🇨🇳', '👍🏽', '❤️', '🏦', '\u{1F600}\u{FE0F}'];
const SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff', '\ud83d'];

function randomChars(d: Dice, count: number): string {
    return Array.from({ length: count }, () => String.fromCharCode(d.chance(0.5) ? d.int(0, 127) : d.int(0, 0xffff))).join('');
}

type Mutator = (text: string, d: Dice) => string;

function insertAt(text: string, d: Dice, piece: string): string {
    const at = d.int(0, text.length);
    return text.slice(0, at) + piece + text.slice(at);
}

function mutateTokens(text: string, d: Dice, change: (tokens: string[], i: number, j: number) => void): string {
    const tokens = tokensOf(text);
    if (tokens.length === 0) return text;
    change(tokens, d.int(0, tokens.length - 1), d.int(0, tokens.length - 1));
    return tokens.join('');
}

export const MUTATORS: Record<string, Mutator> = {
    delete: (text, d) => mutateTokens(text, d, (t, i) => { t.splice(i, d.int(1, 3)); }),
    duplicate: (text, d) => mutateTokens(text, d, (t, i) => { t.splice(i, 0, ...t.slice(i, i + d.int(1, 4))); }),
    swap: (text, d) => mutateTokens(text, d, (t, i, j) => { [t[i], t[j]] = [t[j], t[i]]; }),
    keyword: (text, d) => mutateTokens(text, d, (t, i) => { t.splice(i, 0, ` ${d.pick(KEYWORDS)} `); }),
    truncate: (text, d) => text.slice(0, d.int(0, text.length)),
    bytes: (text, d) => insertAt(text, d, randomChars(d, d.int(1, 30))),
    control: (text, d) => insertAt(text, d, d.times(1, 4, () => d.pick(CONTROL)).join('')),
    surrogate: (text, d) => insertAt(text, d, d.pick(SURROGATES)),
    bidi: (text, d) => insertAt(text, d, d.times(1, 3, () => d.pick(BIDI)).join('')),
    emoji: (text, d) => insertAt(text, d, d.times(1, 3, () => d.pick(EMOJI)).join('')),
    hugeName: (text, d) => insertAt(text, d, ` step ${'n'.repeat(d.int(1_000, 30_000))} `),
    hugeString: (text, d) => insertAt(text, d, ` "${d.pick(['x', '\\"', '中', ' '])
        .repeat(d.int(1_000, 20_000))}${d.chance(0.5) ? '"' : ''} `),
    deepBraces: (text, d) => { const n = d.int(100, 3_000); return insertAt(text, d, d.chance(0.5) ? '{'.repeat(n) : '{'.repeat(n) + '}'.repeat(n)); },
    crlf: text => text.replace(/\n/g, '\r\n'),
    // Compact writing: no space around braces (`contact none}`), or no line breaks at all.
    squeeze: (text, d) => d.chance(0.5) ? text.replace(/\s*([{}])\s*/g, '$1') : text.replace(/\s*\n\s*/g, ' '),
    stray: (text, d) => insertAt(text, d, d.pick(['->', '*', 'by', '"', "'", '/*', '%', ',', '}', '{']).repeat(d.int(1, 200))),
    splice: (text, d) => { const other = grammarDocument(d); const at = d.int(0, other.length); return insertAt(text, d, other.slice(at, at + d.int(1, 200))); }
};

const MUTATOR_NAMES = Object.keys(MUTATORS);
/** The expensive mutators (large inputs) are drawn less often so that a run stays in its time budget. */
const RARE = new Set(['hugeName', 'hugeString', 'deepBraces']);

/** The PRNG seed of input `index` of a run: its text, and the positions and edits its checks draw. */
export function inputSeed(seed: number, index: number): number {
    return (seed * 1_000_003 + index * 7_919) >>> 0;
}

/** Input number `index` of the run with `seed`: independent of the others, so any input can be reproduced alone. */
export function fuzzInput(seed: number, index: number): FuzzInput {
    const d = new Dice(prng(inputSeed(seed, index)));
    const base = d.chance(0.35) ? 'shared' : 'grammar';
    let text = base === 'shared' ? sharedDocument(d) : grammarDocument(d);
    const applied: string[] = [];
    const count = d.chance(0.15) ? 0 : d.int(1, 4);
    for (let i = 0; i < count; i++) {
        let name = d.pick(MUTATOR_NAMES);
        if (RARE.has(name) && d.chance(0.7)) name = d.pick(MUTATOR_NAMES.filter(n => !RARE.has(n)));
        text = MUTATORS[name](text, d);
        applied.push(name);
    }
    return { seed: inputSeed(seed, index) ^ 0x5bd1e995, origin: [base, ...applied].join('+'), text };
}
