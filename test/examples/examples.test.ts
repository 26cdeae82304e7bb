import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import { blueprintsOf, collectBlueprintFiles, loadWorkspace, type LoadedWorkspace } from '../../src/cli/workspace.js';
import type { BlueprintModel } from '../../src/model/types.js';

/**
 * Every example against a reviewed file of its expected diagnostics, so that a
 * change in any rule shows up as a diff. After reviewing a deliberate change:
 * UPDATE_EXPECTED=1 npx vitest run test/examples
 */
const EXPECTED_FILE = 'test/examples/expected-diagnostics.txt';
const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];

let workspace: LoadedWorkspace;

beforeAll(async () => {
    workspace = await loadWorkspace(collectBlueprintFiles(['examples']));
});

function line(d: Diagnostic): string {
    return `  ${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITY[d.severity ?? 1]} ${d.code}`;
}

function describeAll(): string {
    return workspace.documents.map(document => {
        const diagnostics = [...(document.diagnostics ?? [])].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
        return [basename(document.uri.path), ...diagnostics.map(line)].join('\n');
    }).join('\n') + '\n';
}

describe('examples', () => {
    test('match their reviewed expected diagnostics', () => {
        const actual = describeAll();
        if (process.env.UPDATE_EXPECTED) writeFileSync(EXPECTED_FILE, actual);
        expect(existsSync(EXPECTED_FILE), `${EXPECTED_FILE} is missing; create it with UPDATE_EXPECTED=1`).toBe(true);
        expect(actual).toBe(readFileSync(EXPECTED_FILE, 'utf8'));
    });

    test('have no errors', () => {
        const errors = workspace.documents.flatMap(d => (d.diagnostics ?? []).filter(x => x.severity === 1).map(x => `${basename(d.uri.path)}${line(x)} ${x.message}`));
        expect(errors).toEqual([]);
    });

    test('explain every warning they show deliberately (BP101 fail points are info)', () => {
        for (const document of workspace.documents) {
            const text = document.textDocument.getText();
            const codes = new Set((document.diagnostics ?? []).filter(d => d.severity === 2 && d.code !== 'BP101').map(d => String(d.code)));
            for (const code of codes) expect(text, `${basename(document.uri.path)} shows ${code} without a comment naming it`).toMatch(new RegExp(`//.*${code}|/\\*[\\s\\S]*${code}`));
        }
    });

    test('cover every filled cell of the seed\'s classification table', () => {
        const cell = (m: BlueprintModel) => {
            const c = m.classification;
            const object = c.object === 'customer-goods' || c.object === 'company-goods' ? 'goods' : c.object;
            return `${c.contact} · ${c.divergence} · ${object}`;
        };
        const covered = new Set(workspace.documents.flatMap(blueprintsOf).map(cell));
        const table = [
            'none · standard · goods', 'none · standard · information', 'none · customized · goods', 'none · customized · information',
            'indirect · standard · goods', 'indirect · standard · information', 'indirect · customized · goods', 'indirect · customized · information',
            'self-service · standard · goods', 'self-service · standard · information', 'self-service · standard · people',
            'self-service · customized · goods', 'self-service · customized · information',
            'interactive · standard · goods', 'interactive · standard · information', 'interactive · standard · people',
            'interactive · customized · goods', 'interactive · customized · information', 'interactive · customized · people'
        ];
        expect(table.filter(c => !covered.has(c))).toEqual([]);
    });
});
