// @ts-check
// The e2e scenarios, in the order they run. To add one: write test/e2e/scenarios/<id>-<name>.mjs
// exporting a Scenario (see test/e2e/support.mjs and docs/e2e.md) and add it here.
// Every scenario sets up what it needs and leaves the shared workbench as it found it,
// so any selection runs alone: node test/e2e/run.mjs --only e
import a from './a-problems.mjs';
import b from './b-hover.mjs';
import c from './c-preview.mjs';
import d from './d-edit.mjs';
import e from './e-click.mjs';
import f from './f-theme.mjs';
import g from './g-host-suite.mjs';
import h from './h-big.mjs';
import j from './j-analysis.mjs';
import i from './i-chinese.mjs';
import k from './k-snippet.mjs';
import l from './l-new-blueprint.mjs';
import m from './m-semantic-tokens.mjs';
import n from './n-rename-refused.mjs';
import o from './o-code-lens.mjs';
import p from './p-markdown.mjs';
import q from './q-high-contrast.mjs';

/** @type {import('../support.mjs').Scenario[]} a first: it times the activation on the session's first .blueprint */
export const SCENARIOS = [a, b, c, d, e, f, q, j, k, l, m, n, o, p, h, i, g];
