/**
 * Structure rules BP001–BP010 (Shostack 1984; Bitner, Ostrom & Morgan 2008):
 * what makes a drawing a service blueprint at all.
 */
import { found, lookup } from '../../model/lookup.js';
import { isCycle } from '../../model/graph.js';
import { crossesLine } from '../../model/metrics.js';
import { LINE_BOUNDARIES, LINE_NAMES, LINES, ZONES, type LineKind, type ZoneKind } from '../../model/types.js';
import { isEvidenceProp } from '../generated/ast.js';
import { addEvidenceStub, removeHiddenEvidence } from '../lsp/quick-fixes.js';
import { atBlueprintName, atFlow, atStep, defineRule, nameOf, type RuleContext } from './rule.js';

const BELOW_VISIBILITY: readonly ZoneKind[] = ['backstage', 'support'];
const zoneRank = (zone: ZoneKind) => ZONES.indexOf(zone);
const lineTitle = (kind: LineKind) => LINE_NAMES[kind].english;

const lanesAndLinesInOrder = defineRule({
    code: 'BP001',
    severity: 'error',
    title: 'lines in order interaction → visibility → internal, each once; lanes in zone order',
    rationale: 'The lines carry the blueprint\'s meaning: above the line of visibility the customer sees the work, below it they do not. A line in the wrong place puts work on the wrong side.',
    check(context) {
        checkLaneOrder(context);
        if (context.model.lines.some(line => !line.implied)) checkWrittenLines(context);
    }
});

function checkLaneOrder(context: RuleContext): void {
    let deepest: ZoneKind | undefined;
    context.model.lanes.forEach((lane, i) => {
        if (deepest && zoneRank(lane.zone) < zoneRank(deepest)) {
            context.report({ node: context.source.lanes[i], property: 'zone' },
                `The ${lane.zone} lane '${lane.title}' comes after a ${deepest} lane. Zones run top to bottom: ${ZONES.join(' → ')}; move this lane up.`);
        } else {
            deepest = lane.zone;
        }
    });
}

function checkWrittenLines(context: RuleContext): void {
    const { lanes, lines } = context.model;
    const seen = new Set<LineKind>();
    let previous = -1;
    lines.forEach((line, i) => {
        const node = context.source.lines[i];
        if (seen.has(line.kind)) {
            context.report({ node }, `The ${lineTitle(line.kind)} is drawn twice; a blueprint has each line once.`);
            return;
        }
        seen.add(line.kind);
        const rank = LINES.indexOf(line.kind);
        if (rank < previous) {
            context.report({ node }, `The ${lineTitle(line.kind)} comes after the ${lineTitle(LINES[previous])}; lines run interaction → visibility → internal interaction.`);
        }
        previous = Math.max(previous, rank);
        const { above, below } = LINE_BOUNDARIES[line.kind];
        const misplaced = lanes.some((lane, laneIndex) =>
            laneIndex <= line.afterLane ? zoneRank(lane.zone) > zoneRank(above) : zoneRank(lane.zone) < zoneRank(below));
        if (misplaced) {
            context.report({ node, property: 'kind' }, `The ${lineTitle(line.kind)} belongs between the ${above} lanes and the ${below} lanes.`);
        }
    });
    for (const kind of LINES) {
        const { above, below } = LINE_BOUNDARIES[kind];
        const hasAbove = lanes.some(l => zoneRank(l.zone) <= zoneRank(above));
        const hasBelow = lanes.some(l => zoneRank(l.zone) >= zoneRank(below));
        if (!seen.has(kind) && hasAbove && hasBelow) {
            context.report(atBlueprintName(context), `The ${lineTitle(kind)} is missing: write 'line ${kind}' between the ${above} and ${below} lanes.`);
        }
    }
}

const customerDoesNotReachInvisibleWork = defineRule({
    code: 'BP002',
    severity: 'error',
    title: 'no flow from a customer step straight to a backstage or support step',
    rationale: 'The customer cannot see below the line of visibility; they reach invisible work only through contact staff or self-service technology.',
    check(context) {
        for (const flow of context.model.flows) {
            const from = context.step(flow.from);
            const to = context.step(flow.to);
            const customerToHidden = from.zone === 'customer' && BELOW_VISIBILITY.includes(to.zone);
            const hiddenTwoWay = flow.kind === 'two-way' && to.zone === 'customer' && BELOW_VISIBILITY.includes(from.zone);
            if (customerToHidden || hiddenTwoWay) {
                const [customer, hidden] = customerToHidden ? [from, to] : [to, from];
                context.report(atFlow(context, flow.index),
                    `Customer step ${nameOf(customer)} reaches ${hidden.zone} step ${nameOf(hidden)} directly. The customer cannot see below the line of visibility: route the flow through an onstage step or self-service technology.`);
            }
        }
    }
});

const noEvidenceBelowVisibility = defineRule({
    code: 'BP003',
    severity: 'error',
    title: 'backstage and support steps carry no physical evidence',
    rationale: 'Physical evidence is what the customer sees; they see nothing below the line of visibility.',
    fix: removeHiddenEvidence,
    check(context) {
        for (const step of context.model.steps) {
            if (BELOW_VISIBILITY.includes(step.zone) && step.evidence.length > 0) {
                const evidenceNode = context.lastProperty(step.id, isEvidenceProp);
                context.report({ node: evidenceNode },
                    `${capitalize(step.zone)} step ${nameOf(step)} carries physical evidence, but the customer cannot see ${step.zone} work. Move the evidence to the onstage or customer step where the customer receives it.`);
            }
        }
    }
});

const customerMeetsOnstage = defineRule({
    code: 'BP004',
    severity: 'warning',
    title: 'a customer step that crosses the line of interaction meets an onstage step',
    rationale: 'Every crossing of the line of interaction is a moment of truth, a direct customer–provider interaction; it happens with contact staff or technology, not with hidden work.',
    check(context) {
        const partners = new Map<string, ZoneKind[]>();
        for (const flow of context.model.flows) {
            const from = context.step(flow.from);
            const to = context.step(flow.to);
            if (from.zone === 'customer') addPartner(partners, from.id, to.zone);
            if (to.zone === 'customer') addPartner(partners, to.id, from.zone);
        }
        for (const [id, zones] of partners) {
            const crossing = zones.filter(zone => crossesLine('customer', zone, 'interaction'));
            if (crossing.length > 0 && !crossing.includes('onstage')) {
                context.report(atStep(context, id),
                    `Customer step ${nameOf(context.step(id))} crosses the line of interaction without meeting an onstage step. Each crossing is a moment of truth: let it meet contact staff or self-service technology.`);
            }
        }
    }
});

function addPartner(partners: Map<string, ZoneKind[]>, id: string, zone: ZoneKind): void {
    const zones = partners.get(id);
    if (!zones) partners.set(id, [zone]);
    else if (!zones.includes(zone)) zones.push(zone);
}

const everyStepReachable = defineRule({
    code: 'BP005',
    severity: 'warning',
    title: 'every step is reachable from a customer step that starts the process',
    rationale: 'A step nothing leads to is either missing its flow or not part of this process.',
    check(context) {
        const starts = context.graph.startSteps.filter(id => context.step(id).zone === 'customer');
        if (starts.length === 0) return; // BP006 says why
        for (const step of context.model.steps) {
            if (!context.graph.reachableFromCustomerStart.has(step.id)) {
                context.report(atStep(context, step.id),
                    `Step ${nameOf(step)} cannot be reached from the customer step that starts the process (${starts.map(s => `'${s}'`).join(', ')}). Connect it with a flow, or remove it.`);
            }
        }
    }
});

const startsWithCustomer = defineRule({
    code: 'BP006',
    severity: 'warning',
    title: 'the process starts with a customer action',
    rationale: 'Blueprints are drawn from the customer\'s point of view: the process starts with what the customer does.',
    check(context) {
        const { steps } = context.model;
        if (steps.length === 0) return;
        const starts = context.graph.startSteps.map(id => context.step(id));
        if (starts.some(step => step.zone === 'customer')) return;
        const first = starts[0] ?? steps[0];
        context.report(atStep(context, first.id),
            `The process starts with ${first.zone} step ${nameOf(first)}, not with a customer action. Blueprints are drawn from the customer's view: begin with what the customer does.`);
    }
});

const visibleStepsShowEvidence = defineRule({
    code: 'BP007',
    severity: 'info',
    title: 'customer and onstage steps show physical evidence',
    rationale: 'Services are intangible; the customer judges them by what they see and receive (ticket, screen, form, receipt).',
    fix: addEvidenceStub,
    check(context) {
        for (const step of context.model.steps) {
            if ((step.zone === 'customer' || step.zone === 'onstage') && step.evidence.length === 0) {
                context.report(atStep(context, step.id),
                    `${capitalize(step.zone)} step ${nameOf(step)} shows no physical evidence. The customer judges an intangible service by what they see: add evidence "…" (a ticket, screen, receipt, form).`);
            }
        }
    }
});

const onstageLinksDown = defineRule({
    code: 'BP008',
    severity: 'info',
    title: 'onstage work links down to the backstage or support work it needs',
    rationale: 'The seed\'s deposit example stresses that the counter is only the front part; the backstage and support work it triggers must be drawn connected to it.',
    check(context) {
        const hidden = context.model.steps.filter(s => BELOW_VISIBILITY.includes(s.zone));
        const onstage = context.model.steps.filter(s => s.zone === 'onstage');
        if (hidden.length === 0 || onstage.length === 0) return;
        const linksDown = context.model.flows.some(flow => {
            const from = context.step(flow.from);
            const to = context.step(flow.to);
            return (from.zone === 'onstage' && BELOW_VISIBILITY.includes(to.zone))
                || (flow.kind === 'two-way' && to.zone === 'onstage' && BELOW_VISIBILITY.includes(from.zone));
        });
        if (!linksDown) {
            context.report(atBlueprintName(context),
                `No onstage step links down to the ${hidden.length} backstage or support step(s). Draw the flow from the onstage work that needs them across the line of visibility.`);
        }
    }
});

const cyclesHaveExit = defineRule({
    code: 'BP009',
    severity: 'warning',
    title: 'a loop in the flows has an exit',
    rationale: 'A loop without exit keeps the customer in it for ever.',
    check(context) {
        const { components, componentOf, successors } = context.graph;
        let position: Map<string, number> | undefined;
        components.forEach((component, i) => {
            if (!isCycle(component, successors)) return;
            const exits = component.some(id => found(successors.get(id), 'successors.get(id)').some(next => componentOf.get(next) !== i));
            if (!exits) {
                // The loop's first step in source order, without a scan of all steps per loop.
                position ??= new Map(context.model.steps.map((s, index) => [s.id, index]));
                const order = position;
                const first = context.step(component.reduce((a, b) => (lookup(order, b, 'step position') < lookup(order, a, 'step position') ? b : a)));
                context.report(atStep(context, first.id),
                    `The loop ${[...component, component[0]].map(id => `'${id}'`).join(' → ')} has no way out: the customer would be stuck in it. Add a flow that leaves the loop (for example with when "…").`);
            }
        });
    }
});

const stepsInActionLanes = defineRule({
    code: 'BP010',
    severity: 'error',
    title: 'steps belong in action lanes, not in the evidence zone',
    rationale: 'The evidence zone holds what the customer sees, not actions.',
    check(context) {
        for (const step of context.model.steps) {
            if (step.zone === 'evidence') {
                context.report(atStep(context, step.id),
                    `Step ${nameOf(step)} is in the physical-evidence zone, which holds what the customer sees, not actions. Move it to an action lane and attach the evidence with evidence "…".`);
            }
        }
    }
});

function capitalize(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

export const structureRules = [
    lanesAndLinesInOrder, customerDoesNotReachInvisibleWork, noEvidenceBelowVisibility, customerMeetsOnstage,
    everyStepReachable, startsWithCustomer, visibleStepsShowEvidence, onstageLinksDown, cyclesHaveExit, stepsInActionLanes
];
