/** English: formatting helpers, the domain's vocabulary, linking errors, the diagnostics cap. */

const list = (items: readonly string[]): string =>
    items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** "a" or "an" before a word (by its first letter; enough for the words we print). */
const article = (word: string): string => (/^[aeiou]/i.test(word) ? 'an' : 'a');

export const core = {
    format: {
        list,
        /** A quoted name as it appears in messages. */
        quote: (name: string) => `'${name}'`,
        /** "a customer step", "an onstage step". */
        withArticle: (phrase: string) => `${article(phrase)} ${phrase}`
    },
    terms: {
        zone: {
            evidence: 'physical evidence',
            customer: 'customer',
            onstage: 'onstage',
            backstage: 'backstage',
            support: 'support'
        },
        zoneTitle: {
            evidence: 'Physical evidence',
            customer: 'Customer actions',
            onstage: 'Onstage actions',
            backstage: 'Backstage actions',
            support: 'Support processes'
        },
        line: {
            interaction: 'line of interaction',
            visibility: 'line of visibility',
            internal: 'line of internal interaction'
        },
        axis: { divergence: 'divergence', object: 'object', contact: 'contact', approach: 'approach' },
        failPoint: 'fail point',
        waitPoint: 'wait point',
        divergence: { standard: 'standard service', customized: 'customized service' },
        approach: { 'production-line': 'production-line approach', 'customer-cooperation': 'customer-cooperation approach', 'customer-contact': 'customer-contact approach' }
    },
    linking: {
        kind: { performer: 'performer (actor or system)', phase: 'phase', step: 'step' },
        unknown: (kind: string, name: string) => `Unknown ${kind} '${name}'.`,
        didYouMean: (name: string) => `Did you mean '${name}'?`,
        noneDeclared: (kind: string) => `No ${kind} is declared yet.`,
        stepElsewhere: (name: string, blueprint: string, file: string) =>
            `A step '${name}' exists in blueprint '${blueprint}' (${file}), but steps are local to their blueprint: a flow or recovery joins steps of the same blueprint only.`
    },
    validation: {
        kind: { declaration: 'declaration', step: 'step', phase: 'phase', lane: 'lane' },
        duplicateName: (kind: string, name: string) => `Duplicate ${kind} name '${name}': names must be unique.`,
        declaredElsewhere: (name: string, file: string) =>
            `'${name}' is also declared in ${file}; top-level names are shared by the whole workspace and must be unique.`,
        duplicateAxis: (axis: string) => `${axis} is declared more than once; the last value counts.`,
        duplicateProperty: (property: string) => `This step already has ${article(property)} ${property}; the last one counts.`,
        property: {
            PerformerRef: 'performer (by)', ChannelProp: 'channel (via)', PhaseRef: 'phase', TimeStandard: 'time standard',
            WaitPoint: 'wait point', FailPoint: 'fail point', Discretion: 'discretion marker'
        },
        settingsProblem: (problem: string) => `${problem}.`,
        settings: {
            notAnObject: (firstCode: string, severities: string) => `rules must be an object mapping rule codes (${firstCode}…) to ${severities}`,
            unknownCode: (code: string, first: string, last: string) => `unknown rule code '${code}' (known: ${first}…${last})`,
            unknownSeverity: (code: string, severity: string, severities: string) => `rule ${code}: unknown severity '${severity}' (use ${severities})`,
            invalidJson: (detail: string) => `not valid JSON (${detail})`,
            inFile: (file: string, problem: string) => `${file}: ${problem}`,
            inSetting: (problem: string) => `setting blueprint.rules: ${problem}`
        }
    },
    diagnostics: {
        tooMany: (shown: number) => `${shown} diagnostics shown; the rest were dropped. Fix the first ones and the others will follow.`
    }
};
