import { createLangiumParser, type LangiumCoreServices, type LangiumParser } from 'langium';

/** Syntax errors after which the parser stops recovering: error recovery costs ~50 µs per character on error-dense text. */
export const MAX_RECOVERED_ERRORS = 100;

/** User-facing messages of the parser (moved to the i18n catalogues later). */
export const PARSER_MESSAGES = {
    stopped: `Too many syntax errors: the rest of the document is not checked. Fix the errors above (the first ${MAX_RECOVERED_ERRORS} are shown).`
} as const;

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
 */
export function createBoundedParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    const chevrotain = (parser as unknown as { wrapper: RecoveringParser }).wrapper;
    const repetitionRecovery = chevrotain.attemptInRepetitionRecovery;
    const saveError = chevrotain.SAVE_ERROR.bind(chevrotain);
    chevrotain.SAVE_ERROR = (error: unknown) => {
        const saved = saveError(error);
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
            result.parserErrors.push({ ...last, name: 'TooManyErrors', message: PARSER_MESSAGES.stopped });
        }
        return result;
    }) as typeof parser.parse;
    return parser;
}
