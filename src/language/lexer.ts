import type { TokenType, TokenVocabulary } from 'chevrotain';
import {
    DefaultLexer, DefaultTokenBuilder, DefaultValueConverter, ValueConverter,
    type CstNode, type GrammarAST, type LexerResult, type TokenBuilderOptions, type TokenizeOptions, type ValueType
} from 'langium';
import { messagesFor } from '../i18n/index.js';
import { renderSyntaxProblem, withProblem, type SyntaxProblem } from './syntax-errors.js';

const UNTERMINATED: SyntaxProblem = { kind: 'unterminatedString' };


const TERMINATED = /^(?:"(?:\\.|[^"\\\r\n])*"|'(?:\\.|[^'\\\r\n])*')$/;

/** A STRING token that lacks its closing quote (the grammar lets one run to the end of its line). */
export function isUnterminatedString(image: string): boolean {
    return !TERMINATED.test(image);
}

/**
 * Reports strings without a closing quote. The grammar lexes them as one STRING token up to the
 * end of the line: a failing string regex retried at every quote made `"\"\"\"…` quadratic.
 */
export class BlueprintLexer extends DefaultLexer {
    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const result = super.tokenize(text, options);
        // Chevrotain's own errors are unexpected characters; each error keeps its problem for the reader's language.
        for (const error of result.errors) withProblem(error, { kind: 'unexpectedCharacter', found: text.substr(error.offset, error.length) });
        for (const token of result.tokens) {
            if (token.tokenType.name === 'STRING' && isUnterminatedString(token.image)) {
                result.errors.push(withProblem({
                    offset: token.startOffset, length: token.image.length, line: token.startLine, column: token.startColumn,
                    message: renderSyntaxProblem(UNTERMINATED, messagesFor('en'))
                }, UNTERMINATED));
            }
        }
        return result;
    }
}

/** An unterminated string's value is its text after the opening quote. */
export class BlueprintValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'STRING' && isUnterminatedString(input)) return ValueConverter.convertString(input + input[0]);
        return super.runConverter(rule, input, cstNode);
    }
}

const NAME_START = /[\p{L}\p{Nl}_]/u;

/**
 * One hint per 256-code block (Chevrotain buckets code points above 255 by block), so the
 * lexer keeps its first-character optimisation with a Unicode `ID` (6× faster lexing).
 */
function nameStartHints(): number[] {
    const hints: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
        if (code >= 0xD800 && code <= 0xDBFF) { hints.push(code); continue; } // astral letters start with a high surrogate
        if (code >= 256 && hints.length && (hints[hints.length - 1] >> 8) === (code >> 8)) continue;
        if (NAME_START.test(String.fromCharCode(code))) hints.push(code);
    }
    return hints;
}

/**
 * The `ID` terminal uses Unicode categories (a `u` regex), which Langium turns into a pattern
 * function: Chevrotain then loses its start-character index and Langium no longer finds `ID`
 * as the longer alternative of keywords (`stepx` would lex as `step` `x`). Both are restored here.
 */
export class BlueprintTokenBuilder extends DefaultTokenBuilder {
    override buildTokens(grammar: GrammarAST.Grammar, options?: TokenBuilderOptions): TokenVocabulary {
        const tokens = super.buildTokens(grammar, options) as TokenType[];
        const id = tokens.find(token => token.name === 'ID');
        if (!id) return tokens;
        id.START_CHARS_HINT = nameStartHints();
        id.LINE_BREAKS = false;
        for (const token of tokens) {
            if (typeof token.PATTERN === 'string' && NAME_START.test(token.PATTERN.charAt(0)) ) token.LONGER_ALT = [id];
        }
        return tokens;
    }
}
