/**
 * Structure rules BP001–BP010 (Shostack 1984; Bitner, Ostrom & Morgan 2008):
 * what makes a drawing a service blueprint at all.
 */
import { found, lookup } from '../../model/lookup.js';
import { isCycle } from '../../model/graph.js';
import { crossesLine } from '../../model/metrics.js';
import { LINE_BOUNDARIES, LINES, ZONES, type LineKind, type ZoneKind } from '../../model/types.js';
import { isEvidenceProp } from '../generated/ast.js';
import { addEvidenceStub, removeHiddenEvidence } from '../lsp/quick-fixes.js';
import { atBlueprintName, atFlow, atStep, defineRule, type RuleContext } from './rule.js';

const BELOW_VISIBILITY: readonly ZoneKind[] = ['backstage', 'support'];
const zoneRank = (zone: ZoneKind) => ZONES.indexOf(zone);

const lanesAndLinesInOrder = defineRule({
    code: 'BP001',
    severity: 'error',
    check(context) {
        checkLaneOrder(context);
        if (context.model.lines.some(line => !line.implied)) checkWrittenLines(context);
    }
});

function checkLaneOrder(context: RuleContext): void {
    let deepest: ZoneKind | undefined;
    context.model.lanes.forEach((lane, i) => {
        if (deepest && zoneRank(lane.zone) < zoneRank(deepest)) {
            context.report({ node: context.source.lanes[i], property: 'zone' }, context.messages.rules.BP001.laneOrder(
                context.messages.format.quote(lane.title ?? lane.id), context.zone(lane.zone), context.zone(deepest), ZONES.map(z => context.zone(z)).join(' → ')));
        } else {
            deepest = lane.zone;
        }
    });
}

/**
 * Each written line once, in order, between the zones it separates; a
 * missing line where both its zones have lanes. One fault gives one finding:
 * a misplaced line is not also reported out of order, and two lines that
 * would both fit with their kinds exchanged are reported once, as swapped.
 */
function checkWrittenLines(context: RuleContext): void {
    const { lanes, lines } = context.model;
    const t = context.messages.rules.BP001;
    const title = (kind: LineKind) => context.messages.terms.line[kind];
    const fits = (kind: LineKind, afterLane: number) => {
        const { above, below } = LINE_BOUNDARIES[kind];
        return !lanes.some((lane, laneIndex) => laneIndex <= afterLane ? zoneRank(lane.zone) > zoneRank(above) : zoneRank(lane.zone) < zoneRank(below));
    };
    const seen = new Set<LineKind>();
    const misplaced: number[] = [];
    let previous = -1;
    lines.forEach((line, i) => {
        if (seen.has(line.kind)) {
            context.report({ node: context.source.lines[i] }, t.lineTwice(title(line.kind)));
            return;
        }
        seen.add(line.kind);
        const rank = LINES.indexOf(line.kind);
        if (!fits(line.kind, line.afterLane)) misplaced.push(i);
        else if (rank < previous) context.report({ node: context.source.lines[i] }, t.lineOrder(title(line.kind), title(LINES[previous])));
        previous = Math.max(previous, rank);
    });
    const [first, second] = misplaced;
    if (misplaced.length === 2 && fits(lines[first].kind, lines[second].afterLane) && fits(lines[second].kind, lines[first].afterLane)) {
        context.report({ node: context.source.lines[first], property: 'kind' }, t.linesSwapped(title(lines[first].kind), title(lines[second].kind)));
    } else {
        for (const i of misplaced) {
            const { above, below } = LINE_BOUNDARIES[lines[i].kind];
            context.report({ node: context.source.lines[i], property: 'kind' }, t.lineMisplaced(title(lines[i].kind), context.zone(above), context.zone(below)));
        }
    }
    for (const kind of LINES) {
        const { above, below } = LINE_BOUNDARIES[kind];
        const hasAbove = lanes.some(l => zoneRank(l.zone) <= zoneRank(above));
        const hasBelow = lanes.some(l => zoneRank(l.zone) >= zoneRank(below));
        if (!seen.has(kind) && hasAbove && hasBelow) {
            context.report(atBlueprintName(context), t.lineMissing(title(kind), kind, context.zone(above), context.zone(below)));
        }
    }
}

const customerDoesNotReachInvisibleWork = defineRule({
    code: 'BP002',
    severity: 'error',
    check(context) {
        for (const flow of context.model.flows) {
            const from = context.step(flow.from);
            const to = context.step(flow.to);
            const customerToHidden = from.zone === 'customer' && BELOW_VISIBILITY.includes(to.zone);
            const hiddenTwoWay = flow.kind === 'two-way' && to.zone === 'customer' && BELOW_VISIBILITY.includes(from.zone);
            if (customerToHidden || hiddenTwoWay) {
                const [customer, hidden] = customerToHidden ? [from, to] : [to, from];
                context.report(atFlow(context, flow.index), context.messages.rules.BP002.message(context.name(customer), context.zone(hidden.zone), context.name(hidden)));
            }
        }
    }
});

const noEvidenceBelowVisibility = defineRule({
    code: 'BP003',
    severity: 'error',
    local: true,
    fix: removeHiddenEvidence,
    check(context) {
        for (const step of context.model.steps) {
            if (BELOW_VISIBILITY.includes(step.zone) && step.evidence.length > 0) {
                const evidenceNode = context.lastProperty(step.id, isEvidenceProp);
                context.report({ node: evidenceNode }, context.messages.rules.BP003.message(context.zone(step.zone), context.name(step)));
            }
        }
    }
});

const customerMeetsOnstage = defineRule({
    code: 'BP004',
    severity: 'warning',
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
                context.report(atStep(context, id), context.messages.rules.BP004.message(context.name(context.step(id))));
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
    check(context) {
        const starts = context.graph.entrySteps.filter(id => context.step(id).zone === 'customer');
        if (starts.length === 0) return; // BP006 says why
        for (const step of context.model.steps) {
            if (!context.graph.reachableFromCustomerStart.has(step.id)) {
                context.report(atStep(context, step.id), context.messages.rules.BP005.message(context.name(step), context.names(starts)));
            }
        }
    }
});

const startsWithCustomer = defineRule({
    code: 'BP006',
    severity: 'warning',
    check(context) {
        const { steps } = context.model;
        if (steps.length === 0) return;
        // Entry steps, not only steps without inbound flows: a retry loop back to the first customer step still starts with it.
        const starts = context.graph.entrySteps.map(id => context.step(id));
        if (starts.some(step => step.zone === 'customer')) return;
        const first = starts[0] ?? steps[0];
        context.report(atStep(context, first.id), context.messages.rules.BP006.message(context.zone(first.zone), context.name(first)));
    }
});

const visibleStepsShowEvidence = defineRule({
    code: 'BP007',
    severity: 'info',
    fix: addEvidenceStub,
    check(context) {
        for (const step of context.model.steps) {
            if ((step.zone === 'customer' || step.zone === 'onstage') && step.evidence.length === 0) {
                context.report(atStep(context, step.id), context.messages.rules.BP007.message(context.zone(step.zone), context.name(step)));
            }
        }
    }
});

const onstageLinksDown = defineRule({
    code: 'BP008',
    severity: 'info',
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
            context.report(atBlueprintName(context), context.messages.rules.BP008.message(hidden.length));
        }
    }
});

const cyclesHaveExit = defineRule({
    code: 'BP009',
    severity: 'warning',
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
                const loop = [...component, component[0]].map(id => context.messages.rules.common.stepName(id)).join(context.messages.rules.common.arrow);
                context.report(atStep(context, first.id), context.messages.rules.BP009.message(loop));
            }
        });
    }
});

const stepsInActionLanes = defineRule({
    code: 'BP010',
    severity: 'error',
    local: true,
    check(context) {
        for (const step of context.model.steps) {
            if (step.zone === 'evidence') {
                context.report(atStep(context, step.id), context.messages.rules.BP010.message(context.name(step)));
            }
        }
    }
});

export const structureRules = [
    lanesAndLinesInOrder, customerDoesNotReachInvisibleWork, noEvidenceBelowVisibility, customerMeetsOnstage,
    everyStepReachable, startsWithCustomer, visibleStepsShowEvidence, onstageLinksDown, cyclesHaveExit, stepsInActionLanes
];
