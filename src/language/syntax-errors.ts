/**
 * Syntax errors in the designer's words. Chevrotain asks the message provider
 * for a text when it records an error; the provider keeps what it saw (a
 * `SyntaxProblem`) and the parser attaches it to the error, so the document
 * validator renders it in the language of the moment (a language change
 * re-validates without re-parsing the unchanged text).
 */
import type { IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { LangiumParserErrorMessageProvider } from 'langium';
import { messagesFor, type Messages } from '../i18n/index.js';
import { TIME_UNITS } from '../model/duration.js';
import { closestName } from './suggest.js';

type ValueRule = keyof Messages['syntax']['what'];
type BlockRule = Exclude<keyof Messages['syntax']['block'], 'other'>;

export type SyntaxProblem =
    | { kind: 'unit'; previous: string; found: string; suggestion?: string }
    | { kind: 'value'; rule: ValueRule; found: string; values: string[]; suggestion?: string }
    | { kind: 'keywordAsName'; found: string }
    | { kind: 'nameExpected'; found: string }
    | { kind: 'closeBrace'; block?: BlockRule; found: string }
    | { kind: 'propertyOutsideStep'; found: string }
    | { kind: 'arrowExpected'; name: string; found: string }
    | { kind: 'extraBrace' }
    | { kind: 'topLevelOnly'; found: string }
    | { kind: 'expected'; expected: string[]; found: string }
    | { kind: 'stopped'; shown: number }
    | { kind: 'unterminatedString' }
    | { kind: 'unexpectedCharacter'; found: string };

/** The values each value rule of the grammar accepts (blueprint.langium). */
const VALUES: Record<ValueRule, string[]> = {
    Divergence: ['standard', 'customized'],
    ObjectKind: ['customer-goods', 'company-goods', 'information', 'people'],
    Contact: ['none', 'indirect', 'self-service', 'interactive'],
    Approach: ['production-line', 'customer-cooperation', 'customer-contact'],
    Zone: ['evidence', 'customer', 'onstage', 'backstage', 'support'],
    LineKind: ['interaction', 'visibility', 'internal'],
    Channel: ['counter', 'branch', 'onsite', 'atm', 'kiosk', 'pos', 'phone', 'web', 'app', 'mail', 'internal']
};

/** Spelled-out units designers write, and the unit the language spells them. */
const UNIT_ALIASES: Record<string, string> = {
    millisecond: 'ms', milliseconds: 'ms', msec: 'ms',
    sec: 's', secs: 's', second: 's', seconds: 's',
    minute: 'min', minutes: 'min', mins: 'min', m: 'min',
    hour: 'h', hours: 'h', hr: 'h', hrs: 'h',
    day: 'd', days: 'd',
    '分': '分钟', '钟': '分钟', '时': '小时', '钟头': '小时', '个小时': '小时', '日': '天', '毫': '毫秒'
};

const STEP_PROPERTY_KEYWORDS = new Set(['by', 'via', 'time', 'wait', 'fail', 'discretion', 'note', 'recover', 'tolerance']);
const BLOCKS: readonly BlockRule[] = ['Step', 'Lane', 'Blueprint', 'Classification', 'Scenario'];

/** Rule names as Chevrotain reports them, without Langium's invisible suffix. */
const plain = (name: string | undefined) => (name ?? '').replace(/[^\w]/g, '');
const image = (token: IToken | undefined) => token?.image ?? '';
const isKeyword = (token: IToken | undefined) => !!token && /^[a-z\u4e00-\u9fff-]+$/i.test(token.image) && !['ID', 'STRING', 'NUMBER'].includes(token.tokenType.name);
const labelOf = (type: TokenType) => type.name;

function valueProblem(rule: ValueRule, found: string): SyntaxProblem {
    return { kind: 'value', rule, found, values: VALUES[rule], suggestion: closestName(found, VALUES[rule]) };
}

function unitProblem(previous: string, found: string): SyntaxProblem {
    const suggestion = UNIT_ALIASES[found.toLowerCase()] ?? closestName(found, [...TIME_UNITS]);
    return { kind: 'unit', previous, found, suggestion };
}

export class BlueprintParserErrorMessageProvider extends LangiumParserErrorMessageProvider implements IParserErrorMessageProvider {
    private last: SyntaxProblem | undefined;

    /** The problem behind the message built last (the parser attaches it to the error it records). */
    take(): SyntaxProblem | undefined {
        const problem = this.last;
        this.last = undefined;
        return problem;
    }

    private keep(problem: SyntaxProblem): string {
        this.last = problem;
        return renderSyntaxProblem(problem, messagesFor('en'));
    }

    override buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        const rule = plain(options.ruleName);
        const found = image(options.actual);
        if (options.expected.name === '}') {
            if (rule === 'Lane' && STEP_PROPERTY_KEYWORDS.has(found)) return this.keep({ kind: 'propertyOutsideStep', found });
            return this.keep({ kind: 'closeBrace', block: BLOCKS.find(b => b === rule), found });
        }
        if (options.expected.name === 'EOF') return this.keep(found === '}' ? { kind: 'extraBrace' } : { kind: 'topLevelOnly', found });
        if (options.expected.name === 'ID') return this.keep(isKeyword(options.actual) ? { kind: 'keywordAsName', found } : { kind: 'nameExpected', found });
        return this.keep({ kind: 'expected', expected: [labelOf(options.expected)], found });
    }

    override buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
        const found = image(options.firstRedundant);
        return this.keep(found === '}' ? { kind: 'extraBrace' } : { kind: 'topLevelOnly', found });
    }

    override buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        const rule = plain(options.ruleName);
        const found = image(options.actual[0]);
        if (rule === 'TimeUnit') return this.keep(unitProblem(image(options.previous), found));
        if (rule in VALUES) return this.keep(valueProblem(rule as ValueRule, found));
        if (rule === 'Name') return this.keep(isKeyword(options.actual[0]) ? { kind: 'keywordAsName', found } : { kind: 'nameExpected', found });
        if (rule === 'Lane' && STEP_PROPERTY_KEYWORDS.has(found)) return this.keep({ kind: 'propertyOutsideStep', found });
        return this.keep({ kind: 'expected', expected: firstTokens(options.expectedPathsPerAlt.flat()), found });
    }

    override buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        const rule = plain(options.ruleName);
        const found = image(options.actual[0]);
        if (rule === 'Flow') return this.keep({ kind: 'arrowExpected', name: image(options.previous), found });
        return this.keep({ kind: 'expected', expected: firstTokens(options.expectedIterationPaths), found });
    }
}

function firstTokens(paths: TokenType[][]): string[] {
    return [...new Set(paths.map(path => path[0]).filter(type => type !== undefined).map(labelOf))];
}

const isTerminal = (name: string): name is keyof Messages['syntax']['token'] => name === 'ID' || name === 'STRING' || name === 'NUMBER';

/** A problem in one language. */
export function renderSyntaxProblem(problem: SyntaxProblem, messages: Messages): string {
    const m = messages.syntax;
    const q = (text: string) => (text === '' ? m.endOfFile : m.quote(text));
    const hint = (suggestion: string | undefined) => (suggestion ? m.didYouMean(suggestion) : '');
    switch (problem.kind) {
        case 'unit': return m.unit(problem.previous, q(problem.found), TIME_UNITS.join(', ')) + hint(problem.suggestion);
        case 'value': return m.value(m.what[problem.rule], q(problem.found), m.or(problem.values)) + hint(problem.suggestion);
        case 'keywordAsName': return m.keywordAsName(q(problem.found));
        case 'nameExpected': return m.nameExpected(q(problem.found));
        case 'closeBrace': return m.closeBrace(m.block[problem.block ?? 'other'], q(problem.found));
        case 'propertyOutsideStep': return m.propertyOutsideStep(q(problem.found));
        case 'arrowExpected': return m.arrowExpected(q(problem.name), q(problem.found));
        case 'extraBrace': return m.extraBrace;
        case 'topLevelOnly': return m.topLevelOnly(q(problem.found));
        case 'expected': return m.expected(m.or(problem.expected.map(e => (isTerminal(e) ? m.token[e] : m.quote(e)))), q(problem.found));
        case 'stopped': return m.stopped(problem.shown);
        case 'unterminatedString': return m.unterminatedString;
        case 'unexpectedCharacter': return m.unexpectedCharacter(q(problem.found));
    }
}

/** The problem a parser or lexer error carries (set by the parser and lexer of this language). */
export function problemOf(error: object): SyntaxProblem | undefined {
    return (error as { problem?: SyntaxProblem }).problem;
}

export function withProblem<T extends object>(error: T, problem: SyntaxProblem | undefined): T {
    if (problem) Object.assign(error, { problem });
    return error;
}
