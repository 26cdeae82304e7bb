import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction } from 'vscode-languageserver';
import { describe, expect, test } from 'vitest';
import { services, validate } from '../helpers.js';
import { messagesFor } from '../../src/i18n/index.js';
import { MAX_RECOVERED_ERRORS } from '../../src/language/parser.js';

const LEXER_MESSAGES = messagesFor('en').syntax;
const PARSER_MESSAGES = { stopped: messagesFor('en').syntax.stopped(MAX_RECOVERED_ERRORS) };
import { isLane, type Blueprint } from '../../src/language/generated/ast.js';

const OPTIONS = { tabSize: 4, insertSpaces: true };

/** Formats lines 0..endLine of the text; returns the text after the edits. */
async function formatLines(text: string, endLine: number): Promise<string> {
    const { document } = await validate(text);
    const edits = await services.Blueprint.lsp.Formatter!.formatDocumentRange(document, {
        textDocument: { uri: document.uri.toString() }, options: OPTIONS,
        range: { start: { line: 0, character: 0 }, end: { line: endLine, character: 1000 } }
    });
    return TextDocument.applyEdits(document.textDocument, edits);
}

const tokens = (text: string) => text.split(/\s+/).filter(Boolean).join(' ');

describe('Format Selection never removes a token the parser skipped', () => {
    const cases = [
        'blueprint B {\n customer { step a "x" "y" }\n}',
        'blueprint B {\n customer { step a by }\n}',
        'blueprint B { customer { step a * } }',
        'blueprint B {\n customer {\n step a "x" "y"\n }\n}'
    ];
    for (const text of cases) {
        test(JSON.stringify(text), async () => {
            for (let end = 0; end < text.split('\n').length; end++) {
                expect(tokens(await formatLines(text, end))).toBe(tokens(text));
            }
        });
    }

    test('a selection before the first error is still formatted', async () => {
        const text = 'blueprint B {\ncustomer { step a }\n}\nblueprint C {\n customer { step a "x" "y" }\n}';
        expect(await formatLines(text, 2)).toBe('blueprint B {\n    customer {\n        step a\n    }\n}\nblueprint C {\n customer { step a "x" "y" }\n}');
    });
});

describe('the BP201 quick fix on a one-line classification', () => {
    test('keeps the values apart when the brace follows a value directly', async () => {
        const { document, diagnostics } = await validate('blueprint B { classification { divergence standard contact none} customer { step a } }');
        const diagnostic = diagnostics.find(d => d.code === 'BP201')!;
        const actions = await services.Blueprint.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
        }) as CodeAction[];
        const fixed = TextDocument.applyEdits(document.textDocument, actions[0].edit!.changes![document.uri.toString()]);
        expect(fixed).toContain('contact none object information }');
        const after = await validate(fixed);
        expect(after.document.parseResult.parserErrors).toEqual([]);
        expect(after.diagnostics.map(d => d.code)).not.toContain('BP201');
    });
});

describe('hover on a half-typed document', () => {
    test('`step a { note }` answers at every offset without an error', async () => {
        const text = 'blueprint B { customer { step a { note } } }';
        const { document } = await validate(text);
        const hovers: string[] = [];
        for (let character = 0; character <= text.length; character++) {
            const hover = await services.Blueprint.lsp.HoverProvider!.getHoverContent(document, { textDocument: { uri: document.uri.toString() }, position: { line: 0, character } });
            if (hover) hovers.push(JSON.stringify(hover.contents));
        }
        expect(hovers.some(h => h.includes('step `a`'))).toBe(true);
    });
});

describe('lexing stays linear', () => {
    /** Lexing time of `text`, best of three. */
    function lexTime(text: string): number {
        let best = Infinity;
        for (let i = 0; i < 3; i++) {
            const start = performance.now();
            services.Blueprint.parser.Lexer.tokenize(text);
            best = Math.min(best, performance.now() - start);
        }
        return best;
    }

    test('an unterminated string full of \\" costs about what plain text of that length costs', () => {
        const line = (n: number) => 'blueprint B { customer { step a "' + '\\"'.repeat(n) + '\n } }';
        const plain = lexTime('blueprint B { customer { step a ' + 'x '.repeat(40_000) + ' } }');
        const quoted = lexTime(line(40_000));
        // Before: seconds (each quote started a scan to the end of the line); a plain 80 KB line is milliseconds.
        expect(quoted).toBeLessThan(Math.max(20 * plain, 200));
    });

    test('the unterminated string is one token reported where it starts', async () => {
        const { document, diagnostics } = await validate('blueprint B { customer { step a "never closed \\" still\n } }');
        expect(document.parseResult.lexerErrors.map(e => e.message)).toEqual([LEXER_MESSAGES.unterminatedString]);
        const error = diagnostics.find(d => d.message === LEXER_MESSAGES.unterminatedString)!;
        expect(error.range.start).toEqual({ line: 0, character: 32 });
        expect(document.parseResult.parserErrors).toEqual([]);
        const step = (document.parseResult.value.elements[0] as Blueprint).members.find(isLane)!.steps[0];
        expect(step.label).toBe('never closed " still');
    });
});

describe('names are letters, digits, marks and connectors (README: Names)', () => {
    for (const name of ['stepx', '秒数', '办理', 'café', 'Ωmega', 'a_1', '_x', 'Ⅻ', 'कि', 'a‿b']) {
        test(`${name} is a name`, async () => {
            const { document } = await validate(`actor ${name}`);
            expect(document.parseResult.lexerErrors).toEqual([]);
            expect(document.parseResult.parserErrors).toEqual([]);
        });
    }
    for (const symbol of ['×', '÷', '・', '，', '€']) {
        test(`${symbol} is not part of a name`, async () => {
            const { document } = await validate(`actor a${symbol}b`);
            expect(document.parseResult.lexerErrors.length + document.parseResult.parserErrors.length).toBeGreaterThan(0);
        });
    }
});

describe('error recovery is bounded', () => {
    test('error-dense text stops recovering after MAX_RECOVERED_ERRORS and says the rest is unchecked', async () => {
        const { document, diagnostics } = await validate('blueprint B { customer { step a { by , via } } '.repeat(1500));
        const errors = document.parseResult.parserErrors;
        // Before: 3,000 recovered errors and ~10 s for these 67 KB.
        expect(errors.length).toBe(MAX_RECOVERED_ERRORS + 1);
        expect(errors.at(-1)!.message).toBe(PARSER_MESSAGES.stopped);
        expect(diagnostics.some(d => d.message === PARSER_MESSAGES.stopped)).toBe(true);
    }, 60_000);

    test('a document with a few errors keeps recovering as before', async () => {
        const { document } = await validate('blueprint B {\n customer { step a { by } step b "x" "y" }\n a -> \n b -> a\n}');
        expect(document.parseResult.parserErrors.length).toBeLessThan(MAX_RECOVERED_ERRORS);
        expect(document.parseResult.parserErrors.map(e => e.message)).not.toContain(PARSER_MESSAGES.stopped);
    });
});

describe('the formatter with comments inside a flow', () => {
    const pieces = [' ', '\n', '// c\n', '/* c */', '\n\n', '  /* c */\n'];
    test('is idempotent and moves only whitespace, wherever a comment sits', async () => {
        for (const before of pieces) for (const after of pieces) for (const tail of pieces) {
            const text = `blueprint B {\n    customer { step a step b }\n    a${before}->${after}b${tail}-> a "l" when "c"\n}`;
            const once = await formatLines(text, 100);
            expect(tokens(once), text).toBe(tokens(text));
            expect(await formatLines(once, 100), text).toBe(once);
        }
    }, 60_000);
});
