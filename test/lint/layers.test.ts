/**
 * The layer boundaries hold only if the check can fail: each case lints a
 * fixture path in src/ with the project's ESLint config and expects the
 * layers rule to name (or not name) the import.
 */
import { ESLint } from 'eslint';
import { join } from 'node:path';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import layers from '../../eslint/layers.js';

const root = join(import.meta.dirname, '..', '..');
/** Only the layers rule, untyped: the fixtures exist only as text. */
const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, plugins: { blueprint: layers }, rules: { 'blueprint/layers': 'error' } }]
});

it('the project config applies the layers rule to every file in src/', async () => {
    const project = new ESLint({ cwd: root });
    for (const file of ['src/model/graph.ts', 'src/render/svg.ts', 'src/webview/main.ts', 'src/cli/main.ts', 'src/protocol.ts']) {
        const config = (await project.calculateConfigForFile(join(root, file))) as { rules: Record<string, unknown> };
        expect(config.rules['blueprint/layers'], file).toEqual([2]);
    }
});

/** The messages of the layers rule for `code` placed at `file` (relative to the repository). */
async function layerMessages(file: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: join(root, file) });
    return result.messages.filter(m => m.ruleId === 'blueprint/layers' || m.fatal).map(m => m.message);
}

describe('import boundaries', () => {
    it.each([
        ['src/model/fixture.ts', "import * as vscode from 'vscode';\nexport const x = vscode;", /may not import the package 'vscode'/],
        ['src/model/fixture.ts', "import { AstUtils } from 'langium';\nexport const x = AstUtils;", /package 'langium'/],
        ['src/model/fixture.ts', "import { renderSvg } from '../render/index.js';\nexport const x = renderSvg;", /src\/model may not import src\/render/],
        ['src/model/analysis/fixture.ts', "export { isToWebview } from '../../protocol.js';", /src\/model may not import src\/protocol/],
        ['src/render/fixture.ts', "import { snapshotOf } from '../language/snapshot.js';\nexport const x = snapshotOf;", /src\/render may not import src\/language/],
        ['src/render/fixture.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;", /package 'node:'/],
        ['src/webview/fixture.ts', "import { log } from '../extension/log.js';\nexport const x = log;", /src\/webview may not import src\/extension/],
        ['src/cli/fixture.ts', "import type { Uri } from 'vscode';\nexport type X = Uri;", /package 'vscode'/],
        ['src/cli/fixture.ts', "export type X = import('vscode').Uri;", /package 'vscode'/],
        ['src/language/fixture.ts', "export const load = () => import('../extension/log.js');", /src\/language may not import src\/extension/],
        ['src/extension/fixture.ts', "import { reducePreview } from '../webview/preview-model.js';\nexport const x = reducePreview;", /src\/extension may not import src\/webview/],
        ['src/utils.ts', 'export const x = 1;', /no known layer/]
    ])('%s: %s is refused', async (file, code, expected) => {
        const messages = await layerMessages(file, code);
        expect(messages).toHaveLength(1);
        expect(messages[0]).toMatch(expected);
    });

    it.each([
        ['src/render/fixture.ts', "import { ZONE_NAMES } from '../model/types.js';\nexport const x = ZONE_NAMES;"],
        ['src/model/analysis/fixture.ts', "import type { StepModel } from '../types.js';\nexport type X = StepModel;"],
        ['src/webview/fixture.ts', "import { isToWebview } from '../protocol.js';\nimport { renderSvg } from '../render/index.js';\nexport const x = [isToWebview, renderSvg];"],
        ['src/extension/fixture.ts', "import * as vscode from 'vscode';\nexport const x = vscode;"],
        ['src/cli/fixture.ts', "import { createBlueprintServices } from '../language/blueprint-module.js';\nexport const x = createBlueprintServices;"]
    ])('%s: %s is allowed', async (file, code) => {
        expect(await layerMessages(file, code)).toEqual([]);
    });
});
