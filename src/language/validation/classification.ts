/**
 * Classification rules BP201–BP212: the seed's taxonomy (divergence, object,
 * contact) and design approaches checked against the drawn process.
 */
import { flowsAcross, isSelfService, type Crossing } from '../../model/metrics.js';
import { FACE_TO_FACE_CHANNELS, REMOTE_CHANNELS, type Channel, type Classification, type StepModel } from '../../model/types.js';
import * as ast from '../generated/ast.js';
import { insertClassification, reconcileApproachAndDivergence } from '../lsp/quick-fixes.js';
import { atBlueprintName, atFlow, atStep, defineRule, type CatalogueCode, type FindingTarget, type RuleContext, type RuleDefinition, type RuleSpec } from './rule.js';

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
function whenClassified<const Code extends CatalogueCode, A extends Axis>(
    rule: Omit<RuleSpec<Code>, 'check'>, axis: A, value: NonNullable<Classification[A]>, check: (context: RuleContext) => void
): RuleDefinition<Code> {
    return defineRule({ ...rule, check: context => { if (context.model.classification[axis] === value) check(context); } });
}

/** Flows across the line of interaction between a customer step and an onstage step (either direction). */
function customerMeetsOnstage(context: RuleContext): Crossing[] {
    return flowsAcross(context.model, 'interaction').filter(c => c.upper.zone === 'customer' && c.lower.zone === 'onstage');
}

function quoted(context: RuleContext, steps: StepModel[]): string {
    return context.names(steps.map(s => s.id));
}

/**
 * BP201: divergence, object and contact are all declared (approach is
 * optional). Reported at the `classification` keyword, or at the blueprint
 * name when there is no block; `data.missing` lists the missing axes.
 */
const classified = defineRule({
    code: 'BP201',
    severity: 'warning',
    fix: insertClassification,
    check(context) {
        const missing = (['divergence', 'object', 'contact'] as const).filter(axis => !context.model.classification[axis]);
        if (missing.length === 0) return;
        const block = classificationBlock(context);
        const target: FindingTarget = block ? { node: block, keyword: 'classification' } : atBlueprintName(context);
        const t = context.messages.rules.BP201;
        const lines = missing.map(axis => `${axis} ${AXIS_VALUES[axis]}`).join(context.messages.rules.common.separator);
        const names = context.messages.format.list(missing.map(axis => context.messages.terms.axis[axis]));
        context.report({ ...target, data: { missing } }, block ? t.inBlock(names, lines)
            : t.noBlock(context.messages.format.quote(context.model.name), names, lines));
    }
});

/** BP202: production-line approach with customized divergence, reported at the approach value. */
const productionLineIsStandard = defineRule({
    code: 'BP202',
    severity: 'error',
    local: true,
    fix: reconcileApproachAndDivergence,
    check(context) {
        const { approach, divergence } = context.model.classification;
        if (approach !== 'production-line' || divergence !== 'customized') return;
        context.report(atAxis(context, 'approach'), context.messages.rules.BP202.message());
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
}, 'divergence', 'standard', context => {
    for (const step of context.model.steps.filter(s => s.discretion)) {
        const marker = context.lastProperty(step.id, ast.isDiscretion);
        context.report({ node: marker }, context.messages.rules.BP203.discretion(context.name(step)));
    }
    for (const run of manualOnstageRuns(context)) {
        context.report(atStep(context, run[0].id), context.messages.rules.BP203.manualRun(quoted(context, run), run.length), 'suggestion');
    }
});

/** Connected groups (flows in either direction) of two or more onstage staff steps without discretion, in source order. */
function manualOnstageRuns(context: RuleContext): StepModel[][] {
    const manual = (step: StepModel) => step.zone === 'onstage' && isStaff(step) && !step.discretion;
    const linked = new Map<string, string[]>();
    for (const flow of context.model.flows) {
        if (flow.from === flow.to || !manual(context.step(flow.from)) || !manual(context.step(flow.to))) continue;
        linked.set(flow.from, [...(linked.get(flow.from) ?? []), flow.to]);
        linked.set(flow.to, [...(linked.get(flow.to) ?? []), flow.from]);
    }
    const seen = new Set<string>();
    const runs: StepModel[][] = [];
    for (const step of context.model.steps) {
        if (seen.has(step.id) || !linked.has(step.id)) continue;
        const group = new Set([step.id]);
        for (const id of group) for (const next of linked.get(id) ?? []) group.add(next);
        group.forEach(id => seen.add(id));
        runs.push(context.model.steps.filter(s => group.has(s.id)));
    }
    return runs;
}

/** BP204: customized divergence needs an onstage or backstage step with `discretion`; at the blueprint name. */
const customizedGivesDiscretion = whenClassified({
    code: 'BP204',
    severity: 'warning',
}, 'divergence', 'customized', context => {
    if (context.model.steps.some(s => (s.zone === 'onstage' || s.zone === 'backstage') && s.discretion)) return;
    context.report(atBlueprintName(context), context.messages.rules.BP204.message());
});

/**
 * BP205, contact none: (a) a customer step with both inbound and outbound
 * flows, i.e. neither a start nor an end of the process, at the step; (b) a
 * two-way flow across the line of interaction, at the flow.
 */
const noContactInBetween = whenClassified({
    code: 'BP205',
    severity: 'warning',
}, 'contact', 'none', context => {
    const t = context.messages.rules.BP205;
    for (const step of context.model.steps) {
        if (step.zone !== 'customer' || context.predecessors(step.id).length === 0 || context.successors(step.id).length === 0) continue;
        context.report(atStep(context, step.id), t.middle(context.name(step), context.names(context.predecessors(step.id))));
    }
    for (const crossing of flowsAcross(context.model, 'interaction').filter(c => c.flow.kind === 'two-way')) {
        context.report(atFlow(context, crossing.flow.index), t.twoWay(context.name(crossing.upper), context.name(crossing.lower)));
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
}, 'contact', 'indirect', context => {
    for (const step of context.model.steps) {
        if (step.zone !== 'onstage' || !step.channel || REMOTE_CHANNELS.includes(step.channel)) continue;
        const t = context.messages.rules.BP206;
        const message = FACE_TO_FACE.includes(step.channel) ? t.faceToFace : ON_SITE_MACHINES.includes(step.channel) ? t.machine : undefined;
        if (!message) continue;
        const via = context.lastProperty(step.id, ast.isChannelProp);
        context.report({ node: via, property: 'channel' }, message(context.name(step), step.channel, REMOTE_CHANNELS.join(context.messages.rules.common.listSeparator)));
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
}, 'contact', 'self-service', context => {
    const recoverySteps = new Set(context.model.steps.map(s => s.fail?.recoveryStep).filter(id => id !== undefined));
    for (const { flow, upper, lower } of customerMeetsOnstage(context)) {
        if (!isStaff(lower) || recoverySteps.has(lower.id)) continue;
        context.report(atFlow(context, flow.index), context.messages.rules.BP207.message(context.name(upper), context.name(lower)));
    }
});

/** BP208, contact interactive: some customer step meets an onstage staff step; else at the blueprint name. */
const interactiveMeetsStaff = whenClassified({
    code: 'BP208',
    severity: 'warning',
}, 'contact', 'interactive', context => {
    if (customerMeetsOnstage(context).some(c => isStaff(c.lower))) return;
    context.report(atBlueprintName(context), context.messages.rules.BP208.message());
});

/** BP209: object people with contact none or indirect, at the contact value. */
const peopleNeedDirectContact = defineRule({
    code: 'BP209',
    severity: 'warning',
    local: true,
    check(context) {
        const { object, contact } = context.model.classification;
        if (object !== 'people' || (contact !== 'none' && contact !== 'indirect')) return;
        context.report(atAxis(context, 'contact'), context.messages.rules.BP209.message(contact));
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
}, 'approach', 'customer-cooperation', context => {
    const producing = context.model.steps.some(s => s.zone === 'customer' && isSelfService(s))
        || customerMeetsOnstage(context).some(c => c.lower.technology && (c.downward || c.flow.kind === 'two-way'));
    if (producing) return;
    context.report(atBlueprintName(context), context.messages.rules.BP210.message());
});

/**
 * BP211, customer-contact approach: (a) a one-way flow from a backstage or
 * support step straight to a customer step, at the flow (two-way ones are
 * BP002's); (b) a backstage step without a time standard, at the step.
 */
const contactApproachDecouples = whenClassified({
    code: 'BP211',
    severity: 'warning',
}, 'approach', 'customer-contact', context => {
    for (const crossing of flowsAcross(context.model, 'visibility')) {
        if (crossing.upper.zone !== 'customer' || crossing.downward || crossing.flow.kind === 'two-way') continue;
        context.report(atFlow(context, crossing.flow.index),
            context.messages.rules.BP211.waitsOnHidden(context.name(crossing.upper), context.zone(crossing.lower.zone), context.name(crossing.lower)));
    }
    for (const step of context.model.steps.filter(s => s.zone === 'backstage' && !s.time)) {
        context.report(atStep(context, step.id), context.messages.rules.BP211.untimed(context.name(step)));
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
}, 'object', 'customer-goods', context => {
    const customerEnds = new Set(context.graph.endSteps.filter(id => context.step(id).zone === 'customer'));
    const confirmed = [...customerEnds].some(id => context.step(id).evidence.length > 0)
        || context.model.flows.some(f => customerEnds.has(f.to) && context.step(f.from).zone === 'onstage'
            && context.step(f.from).evidence.length > 0);
    if (confirmed) return;
    context.report(atBlueprintName(context), context.messages.rules.BP212.message());
});

export const classificationRules = [
    classified, productionLineIsStandard, standardWithoutDiscretion, customizedGivesDiscretion, noContactInBetween, indirectIsRemote,
    selfServiceMeetsTechnology, interactiveMeetsStaff, peopleNeedDirectContact, cooperationHasSelfService, contactApproachDecouples, customerGoodsConfirmed
];
