// @ts-check
// The packaged extension (service-blueprint.vsix) for the e2e tests and the sandbox:
// `npm run package` when the .vsix is missing or older than anything that goes into it.
// Plain Node ESM.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './tools.mjs';

export const VSIX_PATH = path.join(REPO_ROOT, 'service-blueprint.vsix');

/** What goes into the .vsix (or into its bundles): when any of it is newer, it is packaged again. */
export const VSIX_INPUTS = [
  'package.json', '.vscodeignore', 'README.md', 'README.zh-CN.md', 'LICENSE', 'language-configuration.json', 'syntaxes',
  'src', 'scripts/build.mjs', 'langium-config.json', 'package-lock.json',
];

function newestInput(root = REPO_ROOT) {
  let newest = 0;
  let newestPath = '';
  const visit = (/** @type {string} */ p) => {
    let st;
    try {
      st = fs.statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      // src/language/generated is written by every build (langium generate): not an input.
      for (const name of fs.readdirSync(p)) if (name !== 'generated') visit(path.join(p, name));
    } else if (st.mtimeMs > newest) {
      newest = st.mtimeMs;
      newestPath = p;
    }
  };
  for (const e of VSIX_INPUTS) visit(path.join(root, e));
  return { newest, newestPath };
}

/** Why the .vsix must be (re)built, or undefined when it is up to date. */
export function vsixStale({ vsixPath = VSIX_PATH } = {}) {
  if (!fs.existsSync(vsixPath)) return 'missing';
  if (!['extension.cjs', 'server.cjs', 'webview.js'].every((f) => fs.existsSync(path.join(REPO_ROOT, 'dist', f)))) return 'dist/ incomplete';
  const { newest, newestPath } = newestInput();
  if (newest > fs.statSync(vsixPath).mtimeMs) return `older than ${path.relative(REPO_ROOT, newestPath)}`;
  return undefined;
}

/**
 * Packages the extension when needed (or always with `force`). Returns a one-line account.
 * `stdio: 'inherit'` shows npm's output (the sandbox); by default it is captured and shown on failure.
 */
export function ensureVsix({ force = false, vsixPath = VSIX_PATH, stdio = 'pipe' } = {}) {
  const why = force ? 'forced' : vsixStale({ vsixPath });
  if (!why) return { built: false, summary: `${path.basename(vsixPath)} up to date`, bytes: fs.statSync(vsixPath).size };
  const t = Date.now();
  const r = spawnSync('npm', ['run', 'package'], { cwd: REPO_ROOT, encoding: 'utf8', stdio: stdio === 'inherit' ? 'inherit' : 'pipe', maxBuffer: 64 << 20 });
  if (r.status !== 0 || !fs.existsSync(vsixPath)) {
    throw new Error(`npm run package failed (${why}), exit ${r.status}\n${`${r.stdout ?? ''}${r.stderr ?? ''}`.slice(-4000)}`);
  }
  const ms = Date.now() - t;
  return { built: true, ms, summary: `${path.basename(vsixPath)} packaged (${why}) in ${(ms / 1000).toFixed(1)} s`, bytes: fs.statSync(vsixPath).size };
}
