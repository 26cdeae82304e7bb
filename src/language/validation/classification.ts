/**
 * Classification rules BP201–BP212: the seed's taxonomy (divergence, object,
 * contact) and design approaches checked against the drawn process.
 */
import { linkedGroups } from '../../model/graph.js';
import { flowsAcross, isSelfService, type Crossing } from '../../model/metrics.js';
import { FACE_TO_FACE_CHANNELS, REMOTE_CHANNELS, type Channel, type Classification, type StepModel } from '../../model/types.js';
import * as ast from '../generated/ast.js';
import { insertClassification, reconcileApproachAndDivergence } from '../lsp/quick-fixes.js';
import { atBlueprintName, atFlow, atStep, defineRule, nameOf, type FindingTarget, type RuleContext, type RuleDefinition } from './rule.js';

type Axis = keyof Classification;

const AXIS_VALUES: Record<Axis, string> = {
    divergence: 'standard | customized',
    object: 'customer-goods | company-goods | information | people',
    contact: 'none | indirect | self-service | interactive',
    approach: 'production-line | customer-cooperation | customer-contact'
};

/** Staff, not technology: an employee (or an unnamed performer) doing the step. */
const isStaff = (step: StepModel) => !step.technology;

function classificationBlock(context: RuleContext): ast.Classification | undefined {
    return context.source.blueprint.members.find(ast.isClassification);
}

/** The value of an axis as written (the last one, which the model keeps); the blueprint name when there is none. */
function atAxis(context: RuleContext, axis: Axis): FindingTarget {
    const block = classificationBlock(context);
    return block && block[axis].length > 0 ? { node: block, property: axis, index: block[axis].length - 1 } : atBlueprintName(context);
}

/** A rule that checks one classification value against the drawn process. */
function whenClassified<const Code extends string, A extends Axis>(
    rule: Omit<RuleDefinition<Code>, 'check'>, axis: A, value: NonNullable<Classification[A]>, check: (context: RuleContext) => void
): RuleDefinition<Code> {
    return defineRule({ ...rule, check: context => { if (context.model.classification[axis] === value) check(context); } });
}

/** Flows across the line of interaction between a customer step and an onstage step (either direction). */
function customerMeetsOnstage(context: RuleContext): Crossing[] {
    return flowsAcross(context.model, 'interaction').filter(c => c.upper.zone === 'customer' && c.lower.zone === 'onstage');
}

function quoted(steps: StepModel[]): string {
    return steps.map(s => `'${s.id}'`).join(', ');
}

/**
 * BP201: divergence, object and contact are all declared (approach is
 * optional). Reported at the `classification` keyword, or at the blueprint
 * name when there is no block; `data.missing` lists the missing axes.
 */
const classified = defineRule({
    code: 'BP201',
    severity: 'warning',
    title: 'divergence, object and contact are declared',
    rationale: 'Where a process sits on the three axes decides how it should be designed; the rules below check the drawing against it.',
    fix: insertClassification,
    check(context) {
        const missing = (['divergence', 'object', 'contact'] as const).filter(axis => !context.model.classification[axis]);
        if (missing.length === 0) return;
        const block = classificationBlock(context);
        const target: FindingTarget = block ? { node: block, keyword: 'classification' } : atBlueprintName(context);
        const lines = missing.map(axis => `${axis} ${AXIS_VALUES[axis]}`).join('; ');
        context.report({ ...target, data: { missing } },
            `${block ? 'The classification' : `Blueprint '${context.model.name}'`} does not declare ${missing.join(', ')}. `
            + 'Where a process sits on the three axes (服务过程分类: divergence 差异程度, object 作用客体, contact 顾客参与程度) decides how it should be designed, '
            + `and the classification rules BP202–BP212 check the drawing against it. Add to the classification block: ${lines}.`);
    }
});

/** BP202: production-line approach with customized divergence, reported at the approach value. */
const productionLineIsStandard = defineRule({
    code: 'BP202',
    severity: 'error',
    title: 'the production-line approach requires standard divergence',
    rationale: 'The production-line approach (生产线法) limits personal discretion and standardizes; it suits simple, low-divergence services (deposits, transfers, premium instalments). A customized service (定制服务) needs judgment and decision authority.',
    fix: reconcileApproachAndDivergence,
    check(context) {
        const { approach, divergence } = context.model.classification;
        if (approach !== 'production-line' || divergence !== 'customized') return;
        context.report(atAxis(context, 'approach'),
            'The production-line approach (生产线法) limits personal discretion and standardizes every step; it suits standard, low-divergence services '
            + '(deposits and withdrawals, transfers, premium instalments). This process is declared customized (定制服务), which needs flexibility, judgment and '
            + 'staff with real decision authority. Use approach customer-contact or customer-cooperation, or declare divergence standard if the process really is uniform.');
    }
});

/**
 * BP203, standard divergence. (a) Every step marked `discretion`, at the
 * marker. (b) Suggestion: manual onstage work in a row, i.e. two or more
 * onstage staff steps (not technology, no discretion) joined by flows; one
 * finding per connected run, at its first step in source order, as a hint
 * (a suggestion, not a violation).
 */
const standardWithoutDiscretion = whenClassified({
    code: 'BP203',
    severity: 'warning',
    title: 'standard divergence: no discretion; routine manual onstage work is a candidate for technology (that suggestion is a hint)',
    rationale: 'A standard service (标准服务) is run like a production line: it limits personal judgment, and substitutes technology for people wherever possible to cut labour cost and grow volume.'
}, 'divergence', 'standard', context => {
    for (const step of context.model.steps.filter(s => s.discretion)) {
        const marker = context.lastProperty(step.id, ast.isDiscretion);
        context.report({ node: marker },
            `Step ${nameOf(step)} relies on an employee's discretion, but the process is declared standard (标准服务). A standard process, run like a production line, `
            + 'limits personal judgment so every customer gets the same service. Turn the judgment into a rule (a flow with when "…"), keep it as a rare, '
            + 'documented exception, or declare divergence customized.');
    }
    for (const run of manualOnstageRuns(context)) {
        context.report(atStep(context, run[0].id),
            `Suggestion: ${quoted(run)} are ${run.length} manual onstage steps in a row with no discretion: routine staff work in a standard process. `
            + 'Production-line design substitutes technology for people wherever possible (automation cuts labour cost and grows volume): '
            + 'consider a self-service channel or a system (by <system>) for some of these steps.', 'suggestion');
    }
});

/** Connected groups (flows in either direction) of two or more onstage staff steps without discretion, in source order. */
function manualOnstageRuns(context: RuleContext): StepModel[][] {
    const manual = (step: StepModel) => step.zone === 'onstage' && isStaff(step) && !step.discretion;
    const linked = new Map<string, string[]>();
    const link = (from: string, to: string) => {
        const list = linked.get(from);
        if (list) list.push(to);
        else linked.set(from, [to]);
    };
    for (const flow of context.model.flows) {
        if (flow.from === flow.to || !manual(context.step(flow.from)) || !manual(context.step(flow.to))) continue;
        link(flow.from, flow.to);
        link(flow.to, flow.from);
    }
    return linkedGroups(context.model.steps.map(s => s.id), linked).map(group => group.map(id => context.step(id)));
}

/** BP204: customized divergence needs an onstage or backstage step with `discretion`; at the blueprint name. */
const customizedGivesDiscretion = whenClassified({
    code: 'BP204',
    severity: 'warning',
    title: 'customized divergence: staff are given discretion',
    rationale: 'Customized services (wealth consulting, corporate cash management) have no fixed pattern: staff need real decision authority (授予服务人员较大的自主决策权).'
}, 'divergence', 'customized', context => {
    if (context.model.steps.some(s => (s.zone === 'onstage' || s.zone === 'backstage') && s.discretion)) return;
    context.report(atBlueprintName(context),
        'The process is declared customized (定制服务), but no onstage or backstage step gives staff discretion. Customized services such as wealth '
        + 'consulting or corporate cash management have no fixed pattern: staff need judgment and real decision authority (授予服务人员较大的自主决策权). '
        + 'Mark the steps where staff decide with discretion, or declare divergence standard if the process is in fact uniform.');
});

/**
 * BP205, contact none: (a) a customer step with both inbound and outbound
 * flows, i.e. neither a start nor an end of the process, at the step; (b) a
 * two-way flow across the line of interaction, at the flow.
 */
const noContactInBetween = whenClassified({
    code: 'BP205',
    severity: 'warning',
    title: 'contact none: the customer only starts and receives the result',
    rationale: 'Without customer participation (无参与) the process is designed like manufacturing, for efficiency; a customer in the middle contradicts that.'
}, 'contact', 'none', context => {
    const why = 'With no customer contact (无参与) the customer only starts the process and receives the result, and the process is designed like '
        + 'manufacturing, for efficiency.';
    for (const step of context.model.steps) {
        if (step.zone !== 'customer' || context.predecessors(step.id).length === 0 || context.successors(step.id).length === 0) continue;
        context.report(atStep(context, step.id),
            `Customer step ${nameOf(step)} is in the middle of the process (after ${quoted(context.predecessors(step.id).map(id => context.step(id)))}). `
            + `${why} Move this work to the provider, or declare contact indirect, self-service or interactive.`);
    }
    for (const crossing of flowsAcross(context.model, 'interaction').filter(c => c.flow.kind === 'two-way')) {
        context.report(atFlow(context, crossing.flow.index),
            `${nameOf(crossing.upper)} <-> ${nameOf(crossing.lower)} is a two-way interaction across the line of interaction. ${why} `
            + 'Make it a one-way hand-off (the request in, the result out), or declare a contact level with customer participation.');
    }
});

const FACE_TO_FACE = FACE_TO_FACE_CHANNELS;
const ON_SITE_MACHINES: readonly Channel[] = ['atm', 'kiosk', 'pos'];

/**
 * BP206, contact indirect: an onstage step on a face-to-face channel (counter,
 * branch, onsite) or an on-site machine (ATM, kiosk, POS), at its `via`. Steps without
 * a channel, or on a remote or internal channel, are not reported.
 */
const indirectIsRemote = whenClassified({
    code: 'BP206',
    severity: 'warning',
    title: 'contact indirect: onstage steps are remote, not face to face',
    rationale: 'Indirect participation (间接参与) means the customer deals with the provider remotely; face to face is interactive, an on-site machine is self-service.'
}, 'contact', 'indirect', context => {
    for (const step of context.model.steps) {
        if (step.zone !== 'onstage' || !step.channel || REMOTE_CHANNELS.includes(step.channel)) continue;
        const meeting = FACE_TO_FACE.includes(step.channel) ? `meets the customer face to face (via ${step.channel})`
            : ON_SITE_MACHINES.includes(step.channel) ? `has the customer operate a machine on site (via ${step.channel}), which is direct self-service contact`
            : undefined;
        if (!meeting) continue;
        const via = context.lastProperty(step.id, ast.isChannelProp);
        context.report({ node: via, property: 'channel' },
            `Onstage step ${nameOf(step)} ${meeting}, but the process is declared indirect contact (间接参与): the customer deals with the provider remotely, `
            + `by ${REMOTE_CHANNELS.join(', ')}. Use a remote channel for this step, or declare contact ${FACE_TO_FACE.includes(step.channel) ? 'interactive' : 'self-service'}.`);
    }
});

/**
 * BP207, contact self-service: a flow between a customer step and an onstage
 * staff step, at the flow. A staff step named as the recovery of a fail point
 * (`recover <step>`) is exempt: staff stepping in when the technology fails is
 * service recovery, not the designed process.
 */
const selfServiceMeetsTechnology = whenClassified({
    code: 'BP207',
    severity: 'warning',
    title: 'contact self-service: the customer meets technology, not staff',
    rationale: 'In self-service (自助服务) the customer works with technology (ATM, POS, phone and online banking), not staff; its process and failure modes differ from the counter\'s.'
}, 'contact', 'self-service', context => {
    const recoverySteps = new Set(context.model.steps.map(s => s.fail?.recoveryStep).filter(id => id !== undefined));
    for (const { flow, upper, lower } of customerMeetsOnstage(context)) {
        if (!isStaff(lower) || recoverySteps.has(lower.id)) continue;
        context.report(atFlow(context, flow.index),
            `Customer step ${nameOf(upper)} meets staff at ${nameOf(lower)}, but the process is declared self-service (自助服务): the customer works with technology `
            + '(ATM, POS, phone or online banking), not with staff. Let technology do this step (by <system>, or a self-service channel such as atm, web, app), '
            + 'name it as a fail point\'s recovery if staff only step in when the technology fails, or declare contact interactive.');
    }
});

/** BP208, contact interactive: some customer step meets an onstage staff step; else at the blueprint name. */
const interactiveMeetsStaff = whenClassified({
    code: 'BP208',
    severity: 'warning',
    title: 'contact interactive: a customer step meets onstage staff',
    rationale: 'Interactive service (交互服务) is the traditional face-to-face counter: it is defined by the customer meeting staff.'
}, 'contact', 'interactive', context => {
    if (customerMeetsOnstage(context).some(c => isStaff(c.lower))) return;
    context.report(atBlueprintName(context),
        'The process is declared interactive (交互服务, the traditional face-to-face service), but no customer step meets an onstage staff step across the line of '
        + 'interaction. Draw the flow between the customer and the employee who serves them (an onstage step by an actor), or declare contact self-service '
        + 'if the customer only meets technology.');
});

/** BP209: object people with contact none or indirect, at the contact value. */
const peopleNeedDirectContact = defineRule({
    code: 'BP209',
    severity: 'warning',
    title: 'object people requires direct contact',
    rationale: 'A process that acts on the person (guidance, financial education, training) needs the person there; the seed\'s table has no people-processing service without the customer present.',
    check(context) {
        const { object, contact } = context.model.classification;
        if (object !== 'people' || (contact !== 'none' && contact !== 'indirect')) return;
        context.report(atAxis(context, 'contact'),
            `A process that acts on the person (人: guidance, financial education, training) needs the person there, but contact is declared ${contact}. `
            + 'Every people-processing service in the seed\'s classification has the customer present. Declare contact self-service or interactive, '
            + 'or, if the process really acts on information or goods, correct the object.');
    }
});

/**
 * BP210, customer-cooperation approach: some customer step does production
 * work: it is self-service (metrics.isSelfService) or hands work to an onstage
 * technology step (a flow from it, or a two-way flow with it). Else at the
 * blueprint name.
 */
const cooperationHasSelfService = whenClassified({
    code: 'BP210',
    severity: 'warning',
    title: 'customer-cooperation approach: the customer does production work',
    rationale: 'The customer-cooperation approach (顾客合作法) makes the customer a co-producer who does part of the work, which is what cuts cost and smooths demand.'
}, 'approach', 'customer-cooperation', context => {
    const producing = context.model.steps.some(s => s.zone === 'customer' && isSelfService(s))
        || customerMeetsOnstage(context).some(c => c.lower.technology && (c.downward || c.flow.kind === 'two-way'));
    if (producing) return;
    context.report(atBlueprintName(context),
        'The customer-cooperation approach (顾客合作法) makes the customer a co-producer who does part of the work, but no customer step does production '
        + 'work: none is self-service, and none hands work to onstage technology. Draw the steps the customer does on an ATM, kiosk, web or app '
        + '(via atm, web, app … or a flow to an onstage step by a system), or choose another approach.');
});

/**
 * BP211, customer-contact approach: (a) a one-way flow from a backstage or
 * support step straight to a customer step, at the flow (two-way ones are
 * BP002's); (b) a backstage step without a time standard, at the step.
 */
const contactApproachDecouples = whenClassified({
    code: 'BP211',
    severity: 'warning',
    title: 'customer-contact approach: backstage is decoupled from the customer and timed',
    rationale: 'Chase\'s customer-contact approach (顾客接触法) separates high-contact front-office work from low-contact back-office work, which is decoupled from the customer and run for efficiency like a factory, with time standards.'
}, 'approach', 'customer-contact', context => {
    for (const crossing of flowsAcross(context.model, 'visibility')) {
        if (crossing.upper.zone !== 'customer' || crossing.downward || crossing.flow.kind === 'two-way') continue;
        context.report(atFlow(context, crossing.flow.index),
            `Customer step ${nameOf(crossing.upper)} waits directly on ${crossing.lower.zone} step ${nameOf(crossing.lower)}. The customer-contact approach `
            + '(顾客接触法) decouples low-contact back-office work from the customer so it can run like a factory. Put an onstage step between them '
            + '(contact staff or technology that hands over the result).');
    }
    for (const step of context.model.steps.filter(s => s.zone === 'backstage' && !s.time)) {
        context.report(atStep(context, step.id),
            `Backstage step ${nameOf(step)} has no time standard. Under the customer-contact approach (顾客接触法) the back office is designed for efficiency `
            + 'like a factory, which needs a standard time per step: add time <standard> tolerance <max>.');
    }
});

/**
 * BP212, customer goods: the process ends by handing back or confirming the
 * customer's goods: an end step (no outbound flow) in the customer lane with
 * evidence, or an onstage step with evidence that flows to such a customer end
 * step. Else at the blueprint name.
 */
const customerGoodsConfirmed = whenClassified({
    code: 'BP212',
    severity: 'info',
    title: 'customer goods are handed back or confirmed at the end',
    rationale: 'With customer goods or rights (顾客物品/权益: deposited funds, securities, safe-deposit contents) the provider must keep them intact; the customer leaves with proof (passbook, receipt, confirmation).'
}, 'object', 'customer-goods', context => {
    const customerEnds = new Set(context.graph.endSteps.filter(id => context.step(id).zone === 'customer'));
    const confirmed = [...customerEnds].some(id => context.step(id).evidence.length > 0)
        || context.model.flows.some(f => customerEnds.has(f.to) && context.step(f.from).zone === 'onstage'
            && context.step(f.from).evidence.length > 0);
    if (confirmed) return;
    context.report(atBlueprintName(context),
        'The process acts on the customer\'s goods or rights (顾客物品/权益: deposited funds, securities, safe-deposit contents), which the provider must keep '
        + 'intact, but it does not end by returning or confirming them: no customer step at the end of the process receives evidence. '
        + 'End with a customer step that receives the passbook, receipt or confirmation (evidence "…").');
});

export const classificationRules = [
    classified, productionLineIsStandard, standardWithoutDiscretion, customizedGivesDiscretion, noContactInBetween, indirectIsRemote,
    selfServiceMeetsTechnology, interactiveMeetsStaff, peopleNeedDirectContact, cooperationHasSelfService, contactApproachDecouples, customerGoodsConfirmed
];
