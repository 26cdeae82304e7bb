/**
 * Fail point, wait and time rules BP101–BP105 (Shostack 1984): where the
 * process can break in a way the customer notices, and how long it takes.
 */
import { formatDuration } from '../../model/duration.js';
import { neighbours, reachableFrom } from '../../model/graph.js';
import { customerVisibleDuration, customerVisiblePath, isAboveLine, isSelfService } from '../../model/metrics.js';
import * as ast from '../generated/ast.js';
import { atStep, nameOf, type Rule, type RuleContext } from './rule.js';

/** The property node the model took a step's value from: the last one written, as in build.ts. */
function lastProperty<T extends ast.StepProperty>(context: RuleContext, stepId: string, is: (p: ast.StepProperty) => p is T): T {
    return context.source.steps.get(stepId)!.properties.filter(is).at(-1)!;
}

function failPointNode(context: RuleContext, stepId: string): ast.FailPoint {
    return lastProperty(context, stepId, ast.isFailPoint);
}

const failPointReported: Rule = {
    code: 'BP101',
    check(context) {
        for (const step of context.model.steps) {
            if (!step.fail) continue;
            const recovery = step.fail.recoveryStep ? ` Recovery: step '${step.fail.recoveryStep}'.`
                : step.fail.recoveryText ? ` Recovery: ${step.fail.recoveryText}.` : '';
            context.report({ node: failPointNode(context, step.id), property: 'reason' },
                `Fail point at ${nameOf(step)}: ${step.fail.reason}.${recovery}`);
        }
    }
};

const failPointHasRecovery: Rule = {
    code: 'BP102',
    check(context) {
        for (const step of context.model.steps) {
            if (!step.fail || step.fail.recoveryStep || step.fail.recoveryText) continue;
            const conditionalExit = context.model.flows.some(f => f.from === step.id && f.condition !== undefined);
            if (!conditionalExit) {
                context.report({ node: failPointNode(context, step.id) },
                    `Fail point at ${nameOf(step)} has no recovery. Say how the service recovers when "${step.fail.reason}" happens: recover <step> or recover "…", or a flow out of the step with when "…".`);
            }
        }
    }
};

/**
 * BP103: a wait point whose expected wait is longer than the wait the
 * customer tolerates. A wait point without a tolerance is not checked.
 */
const waitWithinTolerance: Rule = {
    code: 'BP103',
    check(context) {
        for (const step of context.model.steps) {
            const wait = step.wait;
            if (wait?.tolerance === undefined || wait.expected <= wait.tolerance) continue;
            context.report({ node: lastProperty(context, step.id, ast.isWaitPoint) },
                `Wait point at ${nameOf(step)}: the expected wait (${formatDuration(wait.expected)}) exceeds what the customer tolerates (${formatDuration(wait.tolerance)}). `
                + 'Past its tolerance a wait turns into a failure the customer notices. Shorten the wait (staff for the peak, appointments, a faster step before it), '
                + 'fill it (a queue number, a screen showing progress), or correct the figures if the wait is really shorter.');
        }
    }
};

/**
 * BP104: (a) a step whose standard time is longer than its tolerance (a step
 * without a tolerance is not checked); (b) the blueprint's `target` is shorter
 * than Metrics.customerVisibleTime, the customer's time in the system (customer
 * and onstage steps, with their waits) along the path where that is longest;
 * reported at the `target` member and naming the path's timed steps.
 */
const timeWithinStandards: Rule = {
    code: 'BP104',
    check(context) {
        for (const step of context.model.steps) {
            const time = step.time;
            if (time?.tolerance === undefined || time.standard <= time.tolerance) continue;
            context.report({ node: lastProperty(context, step.id, ast.isTimeStandard) },
                `Step ${nameOf(step)} has a standard time of ${formatDuration(time.standard)}, longer than its tolerance of ${formatDuration(time.tolerance)}: `
                + 'done to standard it is already out of tolerance. Simplify or automate the step to bring the standard down, or revise the tolerance.');
        }
        const { target, metrics } = context.model;
        const targetNode = context.source.blueprint.members.find(ast.isTarget);
        if (target === undefined || !targetNode || metrics.customerVisibleTime <= target) return;
        const timed = customerVisiblePath(context.graph, context.model.steps).path
            .map(id => context.stepsById.get(id)!)
            .filter(step => customerVisibleDuration(step) > 0);
        const longest = [...timed].sort((a, b) => customerVisibleDuration(b) - customerVisibleDuration(a)).slice(0, 3);
        context.report({ node: targetNode },
            `The customer spends ${formatDuration(metrics.customerVisibleTime)} in the process along its longest path `
            + `(${timed.map(s => `'${s.id}'`).join(' → ')}), over the target of ${formatDuration(target)}. `
            + `The customer experiences every minute of customer and onstage work and waiting. Shorten the biggest items: `
            + `${longest.map(s => `${nameOf(s)} ${formatDuration(customerVisibleDuration(s))}`).join(', ')}; or move work below the line of visibility.`);
    }
};

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
const likelyFailPoints: Rule = {
    code: 'BP105',
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
            const inbound = context.graph.predecessors.get(step.id)!;
            if (inbound.length >= 3) {
                context.report(atStep(context, step.id),
                    `Likely fail point: ${nameOf(step)} joins ${inbound.length} inbound flows (${inbound.map(id => `'${id}'`).join(', ')}). `
                    + 'A step that waits for several hand-offs stalls when any one is late, lost or incomplete. '
                    + 'Declare fail "…" with a recovery, or reduce the hand-offs.');
            }
        }
    }
};

function reportRoundTrips(context: RuleContext): void {
    const steps = context.model.steps;
    const above = (id: string) => isAboveLine(context.stepsById.get(id)!.zone, 'visibility');
    const below = (id: string) => !above(id);
    const entering = new Map<string, string[]>();
    for (const step of steps.filter(s => above(s.id))) {
        for (const next of neighbours(context.graph, step.id).filter(below)) entering.set(next, [...(entering.get(next) ?? []), step.id]);
    }
    const covered = new Set<string>();
    for (const landing of steps.filter(s => entering.has(s.id))) {
        if (covered.has(landing.id)) continue;
        const excursion = reachableFrom(context.graph, [landing.id], below);
        const returns = [...new Set([...excursion].flatMap(id => neighbours(context.graph, id).filter(above)))];
        if (returns.length === 0) continue;
        excursion.forEach(id => covered.add(id));
        const involved = [...entering.get(landing.id)!, ...excursion, ...returns].map(id => context.stepsById.get(id)!);
        if (involved.some(s => s.fail)) continue;
        context.report(atStep(context, landing.id),
            `Likely fail point: work goes below the line of visibility at ${nameOf(landing)} (from ${list(entering.get(landing.id)!)}) and comes back up to ${list(returns)}. `
            + 'While it is below the line the customer waits on work they cannot see, and the job changes hands twice. '
            + `Declare fail "…" recover … on ${nameOf(landing)} or another step of this round trip.`);
    }
}

function list(ids: string[]): string {
    return ids.map(id => `'${id}'`).join(', ');
}

export const failPointRules: Rule[] = [failPointReported, failPointHasRecovery, waitWithinTolerance, timeWithinStandards, likelyFailPoints];
