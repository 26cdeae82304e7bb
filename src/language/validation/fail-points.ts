/**
 * Fail point, wait and time rules BP101–BP105 (Shostack 1984): where the
 * process can break in a way the customer notices, and how long it takes.
 */
import { nameOf, type Rule, type RuleContext } from './rule.js';
import type * as ast from '../generated/ast.js';

function failPointNode(context: RuleContext, stepId: string): ast.FailPoint {
    return context.source.steps.get(stepId)!.properties.filter((p): p is ast.FailPoint => p.$type === 'FailPoint').at(-1)!;
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

export const failPointRules: Rule[] = [failPointReported, failPointHasRecovery];
