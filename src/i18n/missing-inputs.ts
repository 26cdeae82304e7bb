/**
 * The analysis's missing inputs in the reader's language: the model says what
 * is missing as facts (`MissingInput`), the catalogue words each one.
 */
import type { MissingInput } from '../model/analysis/network.js';
import type { Messages } from './en/index.js';

export function missingInputText(item: MissingInput, messages: Messages['analysis']): string {
    const m = messages.missing;
    switch (item.kind) {
        case 'demand': return m.demand;
        case 'staff': return m.staff(item.performers.map(m.performer).join(m.listSeparator), item.performers[0] ?? '');
        case 'time': return m.time(item.step);
        case 'probabilitiesOver': return m.probabilitiesOver(item.step, String(item.percent));
        case 'conditionalProbability': return m.conditionalProbability(item.from, item.to);
        case 'scenario': return m.scenario(item.name);
        case 'loopExit': return m.loopExit;
    }
}

/** Every missing input, one sentence: "a demand (…); a time for step 'x' (…)". */
export function missingInputsText(items: readonly MissingInput[], messages: Messages['analysis']): string {
    return items.map(item => missingInputText(item, messages)).join(messages.missing.separator);
}
