/** The analysis's missing inputs: facts from the model, worded by each catalogue. */
import { describe, expect, test } from 'vitest';
import { messagesFor } from '../../src/i18n/index.js';
import { missingInputText, missingInputsText } from '../../src/i18n/missing-inputs.js';
import type { MissingInput } from '../../src/model/analysis/index.js';
import { expectChinese } from '../helpers.js';

const EVERY_KIND: MissingInput[] = [
    { kind: 'demand' },
    { kind: 'staff', performers: ['teller', 'clerk'] },
    { kind: 'time', step: 'serve' },
    { kind: 'probabilitiesOver', step: 'check', percent: 120 },
    { kind: 'conditionalProbability', from: 'check', to: 'retry' },
    { kind: 'scenario', name: 'peak' },
    { kind: 'loopExit' }
];

describe('missing inputs of the process analysis', () => {
    test('English: what to add, with the line that adds it', () => {
        const en = messagesFor('en').analysis;
        expect(missingInputsText(EVERY_KIND.slice(0, 3), en))
            .toBe("a demand (`demand 40 per h`); staff for 'teller', 'clerk' (`actor teller staff 3`); a time for step 'serve' (`time 2 min`)");
        expect(missingInputText({ kind: 'probabilitiesOver', step: 'check', percent: 120 }, en)).toContain('(now 120%)');
    });

    test('Chinese: every kind is a Chinese phrase that keeps the names and the code to write', () => {
        const zh = messagesFor('zh-cn').analysis;
        for (const item of EVERY_KIND) expectChinese(missingInputText(item, zh), item.kind);
        expect(missingInputText({ kind: 'staff', performers: ['teller', 'clerk'] }, zh)).toBe('“teller”、“clerk” 的人数(`actor teller staff 3`)');
        expect(missingInputsText(EVERY_KIND.slice(0, 2), zh)).toContain(';');
    });
});
