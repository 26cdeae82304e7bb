/**
 * The rule catalogue of ../shared/domain/service-blueprint.md, section 5:
 * every code with its default severity and one-line title. Codes never change
 * meaning; a new rule gets a new code.
 */

export type RuleSeverity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = RuleSeverity | 'off';
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];

export interface RuleInfo {
    code: string;
    severity: RuleSeverity;
    title: string;
}

function rules(...entries: Array<[string, RuleSeverity, string]>): Record<string, RuleInfo> {
    return Object.fromEntries(entries.map(([code, severity, title]) => [code, { code, severity, title }]));
}

export const RULES: Record<string, RuleInfo> = rules(
    ['BP001', 'error', 'Lines appear in order interaction → visibility → internal, each once; lanes sit in zone order'],
    ['BP002', 'error', 'No flow from a customer step straight to a backstage or support step'],
    ['BP003', 'error', 'Backstage and support steps carry no physical evidence'],
    ['BP004', 'warning', 'A customer step that crosses the line of interaction meets an onstage step'],
    ['BP005', 'warning', 'Every step is reachable from a customer step that starts the process'],
    ['BP006', 'warning', 'The process starts with a customer action'],
    ['BP007', 'info', 'Customer-visible steps show some physical evidence'],
    ['BP008', 'info', 'Onstage work that needs backstage or support work links down to it'],
    ['BP009', 'warning', 'A cycle in the flows has an exit'],
    ['BP010', 'error', 'Steps belong in action lanes, not in the physical-evidence zone'],
    ['BP101', 'warning', 'Declared fail point'],
    ['BP102', 'warning', 'A fail point has a recovery'],
    ['BP103', 'warning', 'A wait point’s expected wait exceeds its tolerance'],
    ['BP104', 'warning', 'A standard time exceeds its tolerance, or the customer-visible time exceeds the target'],
    ['BP105', 'hint', 'Likely fail point not declared'],
    ['BP201', 'warning', 'The blueprint declares divergence, object and contact'],
    ['BP202', 'error', 'The production-line approach requires standard divergence'],
    ['BP203', 'warning', 'Standard divergence: no step uses discretion'],
    ['BP204', 'warning', 'Customized divergence: staff are given discretion'],
    ['BP205', 'warning', 'Contact none: no onstage interaction between start and result'],
    ['BP206', 'warning', 'Contact indirect: onstage steps use a remote channel'],
    ['BP207', 'warning', 'Contact self-service: the customer meets technology, not staff'],
    ['BP208', 'warning', 'Contact interactive: a customer step meets onstage staff'],
    ['BP209', 'warning', 'Object people requires direct contact'],
    ['BP210', 'warning', 'Customer-cooperation approach requires customer production work'],
    ['BP211', 'warning', 'Customer-contact approach: backstage is decoupled and timed'],
    ['BP212', 'info', 'Customer goods are returned or confirmed to the customer']
);

export function isRuleCode(code: string): boolean {
    return Object.hasOwn(RULES, code);
}

/** The README anchor of a rule's row in the rule table (GitHub-style heading ids). */
export function ruleAnchor(code: string): string {
    return code.toLowerCase();
}
