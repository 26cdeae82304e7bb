/**
 * Fail point, wait and time rules BP101–BP105 (Shostack 1984): where the
 * process can break in a way the customer notices, and how long it takes.
 */
import { formatDuration } from '../../model/duration.js';
import { neighbours, reachableFrom, reachesMarkedWithin } from '../../model/graph.js';
import { customerVisibleDuration, customerVisiblePath, isAboveLine, isSelfService } from '../../model/metrics.js';
import * as ast from '../generated/ast.js';
import { addRecoveryStub, raiseToleranceOrTarget } from '../lsp/quick-fixes.js';
import { atStep, defineRule, nameOf, required, type RuleContext } from './rule.js';

function failPointNode(context: RuleContext, stepId: string): ast.FailPoint {
    return context.lastProperty(stepId, ast.isFailPoint);
}

const failPointReported = defineRule({
    code: 'BP101',
    severity: 'warning',
    title: 'every declared fail point is listed in the Problems view',
    rationale: 'Fail points are where the process can break in a way the customer notices; listed in the Problems view, they are the designer\'s checklist of what to manage.',
    check(context) {
        for (const step of context.model.steps) {
            if (!step.fail) continue;
            const recovery = step.fail.recoveryStep ? ` Recovery: step '${step.fail.recoveryStep}'.`
                : step.fail.recoveryText ? ` Recovery: ${step.fail.recoveryText}.` : '';
            context.report({ node: failPointNode(context, step.id), property: 'reason' },
                `Fail point at ${nameOf(step)}: ${step.fail.reason}.${recovery}`);
        }
    }
});

const failPointHasRecovery = defineRule({
    code: 'BP102',
    severity: 'warning',
    title: 'a fail point has a recovery',
    rationale: 'A fail point is only managed when the service knows how to recover.',
    fix: addRecoveryStub,
    check(context) {
        const conditionalExits = new Set(context.model.flows.filter(f => f.condition !== undefined).map(f => f.from));
        for (const step of context.model.steps) {
            if (!step.fail || step.fail.recoveryStep || step.fail.recoveryText) continue;
            if (!conditionalExits.has(step.id)) {
                context.report({ node: failPointNode(context, step.id) },
                    `Fail point at ${nameOf(step)} has no recovery. Say how the service recovers when "${step.fail.reason}" happens: recover <step> or recover "…", or a flow out of the step with when "…".`);
            }
        }
    }
});

/**
 * BP103: a wait point whose expected wait is longer than the wait the
 * customer tolerates. A wait point without a tolerance is not checked.
 */
const waitWithinTolerance = defineRule({
    code: 'BP103',
    severity: 'warning',
    title: 'a wait point\'s expected wait exceeds its tolerance',
    rationale: 'Past its tolerance a wait becomes a failure the customer notices.',
    check(context) {
        for (const step of context.model.steps) {
            const wait = step.wait;
            if (wait?.tolerance === undefined || wait.expected <= wait.tolerance) continue;
            context.report({ node: context.lastProperty(step.id, ast.isWaitPoint) },
                `Wait point at ${nameOf(step)}: the expected wait (${formatDuration(wait.expected)}) exceeds what the customer tolerates (${formatDuration(wait.tolerance)}). `
                + 'Past its tolerance a wait turns into a failure the customer notices. Shorten the wait (staff for the peak, appointments, a faster step before it), '
                + 'fill it (a queue number, a screen showing progress), or correct the figures if the wait is really shorter.');
        }
    }
});

/**
 * BP104: (a) a step whose standard time is longer than its tolerance (a step
 * without a tolerance is not checked); (b) the blueprint's `target` is shorter
 * than Metrics.customerVisibleTime, the customer's time in the system (customer
 * and onstage steps, with their waits) along the path where that is longest;
 * reported at the `target` member and naming the path's timed steps.
 */
const timeWithinStandards = defineRule({
    code: 'BP104',
    severity: 'warning',
    title: 'a standard time exceeds its tolerance, or the customer-visible time exceeds the target',
    rationale: 'Shostack\'s time standards: a standard beyond its own tolerance is out of tolerance every time; the customer experiences every minute above the line of visibility.',
    fix: raiseToleranceOrTarget,
    check(context) {
        for (const step of context.model.steps) {
            const time = step.time;
            if (time?.tolerance === undefined || time.standard <= time.tolerance) continue;
            context.report({ node: context.lastProperty(step.id, ast.isTimeStandard) },
                `Step ${nameOf(step)} has a standard time of ${formatDuration(time.standard)}, longer than its tolerance of ${formatDuration(time.tolerance)}: `
                + 'done to standard it is already out of tolerance. Simplify or automate the step to bring the standard down, or revise the tolerance.');
        }
        const { target, metrics } = context.model;
        const targetNode = context.source.blueprint.members.find(ast.isTarget);
        if (target === undefined || !targetNode || metrics.customerVisibleTime <= target) return;
        const timed = customerVisiblePath(context.graph, context.model.steps).path
            .map(id => context.step(id))
            .filter(step => customerVisibleDuration(step) > 0);
        const longest = [...timed].sort((a, b) => customerVisibleDuration(b) - customerVisibleDuration(a)).slice(0, 3);
        context.report({ node: targetNode },
            `The customer spends ${formatDuration(metrics.customerVisibleTime)} in the process along its longest path `
            + `(${timed.map(s => `'${s.id}'`).join(' → ')}), over the target of ${formatDuration(target)}. `
            + `The customer experiences every minute of customer and onstage work and waiting. Shorten the biggest items: `
            + `${longest.map(s => `${nameOf(s)} ${formatDuration(customerVisibleDuration(s))}`).join(', ')}; or move work below the line of visibility.`);
    }
});

/**
 * BP105 (hint), likely fail points that are not declared. A step "declares"
 * one with `fail`. Three patterns:
 * (a) Round trip across the line of visibility: a step below the line
 *     (backstage, support) that a step above it hands work to, from which the
 *     flows, staying below the line, lead back above it (A above → B below …
 *     → C above; a two-way flow A <-> B is a round trip by itself). Reported
 *     once at B, the first step below the line, unless A, a step of the
 *     excursion below the line, or C declares a fail point. A step below the
 *     line already inside an earlier reported excursion is not reported again.
 * (b) A self-service step (metrics.isSelfService: a customer or onstage step
 *     done by technology, or a customer step on a self-service channel) with
 *     no evidence, no note (instructions) and no fail point.
 * (c) A step with three or more distinct predecessors and no fail point.
 */
const likelyFailPoints = defineRule({
    code: 'BP105',
    severity: 'hint',
    title: 'likely fail point not declared',
    rationale: 'Hand-offs to invisible work, customers working machines alone, and steps waiting on several hand-offs are where processes typically break.',
    check(context) {
        reportRoundTrips(context);
        for (const step of context.model.steps) {
            if (step.fail) continue;
            if (isSelfService(step) && step.evidence.length === 0 && step.notes.length === 0) {
                context.report(atStep(context, step.id),
                    `Likely fail point: ${nameOf(step)} is self-service, and gives the customer no evidence or instructions. `
                    + 'When the customer does the work (顾客合作法, the customer as co-producer), unclear screens and missing guidance are where the process breaks. '
                    + 'Add evidence "…" (the screen, a guide) or a note "…" with the instructions, or declare fail "…" recover … for the customer who gets stuck.');
            }
            const inbound = context.predecessors(step.id);
            if (inbound.length >= 3) {
                context.report(atStep(context, step.id),
                    `Likely fail point: ${nameOf(step)} joins ${inbound.length} inbound flows (${inbound.map(id => `'${id}'`).join(', ')}). `
                    + 'A step that waits for several hand-offs stalls when any one is late, lost or incomplete. '
                    + 'Declare fail "…" with a recovery, or reduce the hand-offs.');
            }
        }
    }
});

function reportRoundTrips(context: RuleContext): void {
    const steps = context.model.steps;
    const aboveIds = new Set(steps.filter(s => isAboveLine(s.zone, 'visibility')).map(s => s.id));
    const above = (id: string) => aboveIds.has(id);
    const below = (id: string) => !aboveIds.has(id);
    const entering = new Map<string, string[]>();
    for (const step of steps.filter(s => above(s.id))) {
        for (const next of neighbours(context.graph, step.id).filter(below)) {
            const from = entering.get(next);
            if (from) from.push(step.id);
            else entering.set(next, [step.id]);
        }
    }
    // Which excursions come back up, and which touch a fail point, for every step below the line at once
    // (one pass over the components below the line), so only round trips to report are walked in full.
    const region = steps.filter(s => below(s.id)).map(s => s.id);
    const upward = new Map(region.map(id => [id, neighbours(context.graph, id).filter(above)]));
    const aboveNeighbours = (id: string) => upward.get(id) ?? [];
    const comesBack = reachesMarkedWithin(context.graph, region, id => aboveNeighbours(id).length > 0);
    const touchesFailPoint = reachesMarkedWithin(context.graph, region, id => context.step(id).fail !== undefined || aboveNeighbours(id).some(r => context.step(r).fail !== undefined));
    const covered = new Set<string>();
    for (const landing of steps.filter(s => entering.has(s.id))) {
        if (covered.has(landing.id) || !comesBack(landing.id)) continue;
        // Covered sets are closed under reachability: the walk stops at covered steps, so each step is walked once.
        reachableFrom(context.graph, [landing.id], id => below(id) && !covered.has(id)).forEach(id => covered.add(id));
        const from = required(entering.get(landing.id), `steps entering '${landing.id}'`);
        if (touchesFailPoint(landing.id) || from.some(id => context.step(id).fail)) continue;
        const excursion = reachableFrom(context.graph, [landing.id], below);
        const returns = [...new Set([...excursion].flatMap(aboveNeighbours))];
        context.report(atStep(context, landing.id),
            `Likely fail point: work goes below the line of visibility at ${nameOf(landing)} (from ${list(from)}) and comes back up to ${list(returns)}. `
            + 'While it is below the line the customer waits on work they cannot see, and the job changes hands twice. '
            + `Declare fail "…" recover … on ${nameOf(landing)} or another step of this round trip.`);
    }
}

function list(ids: string[]): string {
    return ids.map(id => `'${id}'`).join(', ');
}

export const failPointRules = [failPointReported, failPointHasRecovery, waitWithinTolerance, timeWithinStandards, likelyFailPoints];
