import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { LOCALES, messagesFor } from '../../src/i18n/index.js';
import { starterBlueprint, type StarterClassification } from '../../src/extension/starter-blueprint.js';
import { APPROACHES, CONTACTS, DIVERGENCES, OBJECT_KINDS } from '../../src/model/types.js';
import { validate } from '../helpers.js';

const every: StarterClassification[] = DIVERGENCES.flatMap(divergence => OBJECT_KINDS.flatMap(object =>
    CONTACTS.flatMap(contact => APPROACHES.map(approach => ({ divergence, object, contact, approach })))));

describe('New Blueprint: the starter blueprint', () => {
    test.each(LOCALES)('the quick picks offer every classification value, each with an explanation (%s)', locale => {
        const choices = messagesFor(locale).extension.runtime.classification;
        expect(new Set(Object.keys(choices.divergence.options))).toEqual(new Set(DIVERGENCES));
        expect(new Set(Object.keys(choices.object.options))).toEqual(new Set(OBJECT_KINDS));
        expect(new Set(Object.keys(choices.contact.options))).toEqual(new Set(CONTACTS));
        expect(new Set(Object.keys(choices.approach.options))).toEqual(new Set(APPROACHES));
    });

    test(`all ${every.length} classifications give a blueprint without errors, classified as chosen (production line with customized divergence: only BP202)`, async () => {
        for (const classification of every) {
            const text = starterBlueprint(classification);
            const { diagnostics } = await validate(text);
            const errors = diagnostics.filter(d => d.severity === 1).map(d => String(d.code));
            const contradictory = classification.approach === 'production-line' && classification.divergence === 'customized';
            expect(errors, JSON.stringify(classification)).toEqual(contradictory ? ['BP202'] : []);
            for (const [key, value] of Object.entries(classification)) expect(text).toContain(`        ${key} ${value}\n`);
        }
    });

    test('shaped by contact: self-service gets a technology onstage lane, interactive a teller at the counter, none no onstage lane', () => {
        const base = { divergence: 'standard', object: 'information', approach: 'customer-cooperation' } as const;
        const selfService = starterBlueprint({ ...base, contact: 'self-service' });
        expect(selfService).toMatch(/system 自助终端/);
        expect(selfService).toMatch(/onstage 自助 "自助技术[^"]*" \{\s+step 自助办理[^}]*by 自助终端\s+via atm/);
        expect(starterBlueprint({ ...base, contact: 'interactive' })).toMatch(/onstage 柜台[^{]*\{\s+step 受理[^}]*by 柜员\s+via counter/);
        expect(starterBlueprint({ ...base, contact: 'indirect' })).toMatch(/via phone/);
        expect(starterBlueprint({ ...base, contact: 'none' })).not.toContain('onstage');
        expect(starterBlueprint({ ...base, contact: 'interactive', divergence: 'customized', approach: 'customer-contact' })).toContain('discretion');
    });

    test('the command and its File > New File… entry are contributed', () => {
        const { contributes } = JSON.parse(readFileSync('package.json', 'utf8'));
        const ids = contributes.commands.map((c: { command: string }) => c.command);
        expect(ids).toEqual(expect.arrayContaining(['blueprint.newBlueprint', 'blueprint.restartLanguageServer']));
        expect(contributes.menus['file/newFile']).toEqual([{ command: 'blueprint.newBlueprint', group: 'file' }]);
    });
});

describe('New Blueprint in a workspace that already declares names', () => {
    const choice = { divergence: 'standard', object: 'customer-goods', contact: 'interactive', approach: 'production-line' } as const;

    test('performers declared elsewhere as the same kind are reused, clashes renamed; no duplicate-name error (cross-file)', async () => {
        const { withWorkspaceFiles } = await import('./editor-helpers.js');
        const others = await withWorkspaceFiles('actor 柜员 "Teller"\nsystem 核心系统\nactor 后台人员\nsystem 新服务蓝图');
        try {
            const text = starterBlueprint(choice, new Map([['柜员', 'actor'], ['核心系统', 'system'], ['后台人员', 'actor'], ['新服务蓝图', 'system']]));
            expect(text).not.toMatch(/^actor 柜员|^system 核心系统|^actor 后台人员/m);
            expect(text).toContain('blueprint 新服务蓝图2 "新服务蓝图2 New service blueprint"');
            expect(text).toContain('by 柜员');
            const { diagnostics } = await validate(text);
            expect(diagnostics.filter(d => d.severity === 1).map(d => d.message)).toEqual([]);
        } finally {
            await others.dispose();
        }
    });

    test('a name taken by another kind gets a fresh name everywhere it is used', () => {
        const text = starterBlueprint(choice, new Map([['柜员', 'system'], ['柜员2', 'blueprint']]));
        expect(text).toContain('actor 柜员3 "Teller"');
        expect(text).toContain('by 柜员3');
        expect(text).not.toMatch(/by 柜员\n/);
    });
});
