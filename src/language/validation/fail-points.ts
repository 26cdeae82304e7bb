/**
 * Fail point, wait and time rules BP101–BP105 (Shostack 1984): where the
 * process can break in a way the customer notices, and how long it takes.
 */
import { neighbours, reachableFrom } from '../../model/graph.js';
import { customerVisibleDuration, customerVisiblePath, isAboveLine, isSelfService } from '../../model/metrics.js';
import * as ast from '../generated/ast.js';
import { addRecoveryStub, raiseToleranceOrTarget } from '../lsp/quick-fixes.js';
import { atStep, defineRule, required, type RuleContext } from './rule.js';

function failPointNode(context: RuleContext, stepId: string): ast.FailPoint {
    return context.lastProperty(stepId, ast.isFailPoint);
}

const failPointReported = defineRule({
    code: 'BP101',
    severity: 'info',
    local: true,
    check(context) {
        for (const step of context.model.steps) {
            if (!step.fail) continue;
            const t = context.messages.rules.BP101;
            const recovery = step.fail.recoveryStep ? t.recoveryStep(context.messages.rules.common.stepName(step.fail.recoveryStep))
                : step.fail.recoveryText ? t.recoveryText(step.fail.recoveryText) : '';
            context.report({ node: failPointNode(context, step.id), property: 'reason' }, t.message(context.name(step), step.fail.reason) + recovery);
        }
    }
});

const failPointHasRecovery = defineRule({
    code: 'BP102',
    severity: 'warning',
    fix: addRecoveryStub,
    check(context) {
        for (const step of context.model.steps) {
            if (!step.fail || step.fail.recoveryStep || step.fail.recoveryText) continue;
            const conditionalExit = context.model.flows.some(f => f.from === step.id && f.condition !== undefined);
            if (!conditionalExit) {
                context.report({ node: failPointNode(context, step.id) }, context.messages.rules.BP102.message(context.name(step), step.fail.reason));
            }
        }
    }
});

/**
 * BP103: a wait point whose expected wait is longer than its tolerance. A
 * wait point without a tolerance is not checked. Above the line of
 * visibility it is the customer's wait; below it the customer does not see
 * the wait, only the delay it causes, so the message says that instead.
 */
const waitWithinTolerance = defineRule({
    code: 'BP103',
    severity: 'warning',
    local: true,
    check(context) {
        for (const step of context.model.steps) {
            const wait = step.wait;
            if (wait?.tolerance === undefined || wait.expected <= wait.tolerance) continue;
            const node = context.lastProperty(step.id, ast.isWaitPoint);
            const expected = context.written(node.expected);
            const tolerance = node.tolerance ? context.written(node.tolerance) : '';
            const t = context.messages.rules.BP103;
            context.report({ node }, isAboveLine(step.zone, 'visibility')
                ? t.customer(context.name(step), expected, tolerance)
                : t.hidden(context.zone(step.zone), context.name(step), expected, tolerance));
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
    fix: raiseToleranceOrTarget,
    check(context) {
        for (const step of context.model.steps) {
            const time = step.time;
            if (time?.tolerance === undefined || time.standard <= time.tolerance) continue;
            const node = context.lastProperty(step.id, ast.isTimeStandard);
            context.report({ node }, context.messages.rules.BP104.standard(context.name(step), context.written(node.standard), node.tolerance ? context.written(node.tolerance) : ''));
        }
        const { target, metrics } = context.model;
        const targetNode = context.source.blueprint.members.find(ast.isTarget);
        if (target === undefined || !targetNode || metrics.customerVisibleTime <= target) return;
        // The real path, every step on it: a customer-visible step without a time is marked, the others are not hidden.
        const t = context.messages.rules.BP104;
        const inTargetUnit = (seconds: number) => context.inUnitOf(seconds, targetNode.time);
        const path = wholePath(context, customerVisiblePath(context.graph, context.model.steps).path).map(id => context.step(id));
        const shown = path.map(step => {
            const name = context.messages.rules.common.stepName(step.id);
            const visible = isAboveLine(step.zone, 'visibility');
            return visible && customerVisibleDuration(step) === 0 ? t.untimed(name) : name;
        }).join(context.messages.rules.common.arrow);
        const longest = path.filter(step => customerVisibleDuration(step) > 0)
            .sort((a, b) => customerVisibleDuration(b) - customerVisibleDuration(a)).slice(0, 3);
        context.report({ node: targetNode }, t.target(inTargetUnit(metrics.customerVisibleTime), shown, context.written(targetNode.time),
            longest.map(s => t.item(context.name(s), inTargetUnit(customerVisibleDuration(s)))).join(context.messages.rules.common.listSeparator)));
    }
});

/**
 * The heaviest path runs between its first and last timed steps; the path the
 * customer walks goes on back to where the process starts and on to where it
 * ends, through steps that add no time (first flow each way, no step twice).
 */
function wholePath(context: RuleContext, timed: string[]): string[] {
    const path = [...timed];
    const on = new Set(path);
    const extend = (end: () => string | undefined, next: (id: string) => string[], add: (id: string) => void) => {
        for (let id = end(); id !== undefined;) {
            const step = next(id).find(n => !on.has(n));
            if (step === undefined) break;
            on.add(step);
            add(step);
            id = step;
        }
    };
    extend(() => path[0], id => context.predecessors(id), id => path.unshift(id));
    extend(() => path.at(-1), id => context.successors(id), id => path.push(id));
    return path;
}

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
    check(context) {
        reportRoundTrips(context);
        for (const step of context.model.steps) {
            if (step.fail) continue;
            if (isSelfService(step) && step.evidence.length === 0 && step.notes.length === 0) {
                context.report(atStep(context, step.id), context.messages.rules.BP105.selfService(context.name(step)));
            }
            const inbound = context.predecessors(step.id);
            if (inbound.length >= 3) {
                context.report(atStep(context, step.id), context.messages.rules.BP105.join(context.name(step), inbound.length, context.names(inbound)));
            }
        }
    }
});

function reportRoundTrips(context: RuleContext): void {
    const steps = context.model.steps;
    const above = (id: string) => isAboveLine(context.step(id).zone, 'visibility');
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
        const from = required(entering.get(landing.id), `steps entering '${landing.id}'`);
        const involved = [...from, ...excursion, ...returns].map(id => context.step(id));
        if (involved.some(s => s.fail)) continue;
        context.report(atStep(context, landing.id), context.messages.rules.BP105.roundTrip(context.name(landing), context.names(from), context.names(returns)));
    }
}

export const failPointRules = [failPointReported, failPointHasRecovery, waitWithinTolerance, timeWithinStandards, likelyFailPoints];
