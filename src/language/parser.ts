import { createLangiumParser, type LangiumCoreServices, type LangiumParser } from 'langium';
import { messagesFor } from '../i18n/index.js';
import { BlueprintParserErrorMessageProvider, renderSyntaxProblem, withProblem, type SyntaxProblem } from './syntax-errors.js';

/** Syntax errors after which the parser stops recovering: error recovery costs ~50 µs per character on error-dense text. */
export const MAX_RECOVERED_ERRORS = 100;

const STOPPED: SyntaxProblem = { kind: 'stopped', shown: MAX_RECOVERED_ERRORS };

/** The Chevrotain parser inside Langium's, as far as bounding its recovery needs it. */
interface RecoveringParser {
    errors: Array<{ name: string; message: string; token: unknown }>;
    recoveryEnabled: boolean;
    attemptInRepetitionRecovery: (...args: unknown[]) => void;
    SAVE_ERROR(error: unknown): unknown;
}

/**
 * Langium's parser with a bound on error recovery: after MAX_RECOVERED_ERRORS errors, recovery
 * is switched off, so the next error ends the parse and one more error says the rest is unparsed.
 * Each error keeps the problem its message was built from (syntax-errors.ts).
 */
export function createBoundedParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    const provider = services.parser.ParserErrorMessageProvider;
    const chevrotain = (parser as unknown as { wrapper: RecoveringParser }).wrapper;
    const repetitionRecovery = chevrotain.attemptInRepetitionRecovery;
    const saveError = chevrotain.SAVE_ERROR.bind(chevrotain);
    chevrotain.SAVE_ERROR = (error: unknown) => {
        const problem = provider instanceof BlueprintParserErrorMessageProvider ? provider.take() : undefined;
        const saved = saveError(typeof error === 'object' && error ? withProblem(error, problem) : error);
        if (chevrotain.recoveryEnabled && chevrotain.errors.length >= MAX_RECOVERED_ERRORS) {
            chevrotain.recoveryEnabled = false;
            chevrotain.attemptInRepetitionRecovery = () => undefined;
        }
        return saved;
    };
    const parse = parser.parse.bind(parser);
    parser.parse = ((input: string, options?: object) => {
        chevrotain.recoveryEnabled = true;
        chevrotain.attemptInRepetitionRecovery = repetitionRecovery;
        const result = parse(input, options);
        if (!chevrotain.recoveryEnabled && result.parserErrors.length) {
            const last = result.parserErrors[result.parserErrors.length - 1];
            result.parserErrors.push(withProblem({ ...last, name: 'TooManyErrors', message: renderSyntaxProblem(STOPPED, messagesFor('en')) }, STOPPED));
        }
        return result;
    }) as typeof parser.parse;
    return parser;
}
