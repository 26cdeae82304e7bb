#!/usr/bin/env node
// One command to try the extension in a real VS Code: packages the .vsix (when it is
// missing or stale), installs code-server + Node 24 + Chromium's deps on the first run
// (scripts/code-server/setup.sh; later runs only verify, ~1 s), copies examples/ into a
// temporary folder and serves VS Code (code-server 4.139.1) with the extension installed
// in a throwaway profile on 127.0.0.1. Open the printed URL in a browser; Ctrl+C stops it
// and removes the temporary folder and profile.
//
//   npm run sandbox [-- --port 8080] [-- --folder DIR] [-- --no-build] [-- --keep]
//
//   --port N     listen on 127.0.0.1:N (default: a free port)
//   --folder D   open D instead of a fresh copy of examples/ (edits then land in D)
//   --no-build   use service-blueprint.vsix as it is
//   --keep       keep the copy of examples/ after Ctrl+C (its path is printed)
//
// To reach it from another machine, forward the port, e.g. `ssh -L 8080:127.0.0.1:8080 host`.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CODE_SERVER_VERSION, REPO_ROOT, startCodeServer } from './code-server/serve.mjs';
import { VSIX_PATH, ensureVsix } from './code-server/vsix.mjs';

function parseArgs(argv) {
  const o = { port: undefined, folder: undefined, build: true, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--port') o.port = Number(value());
    else if (a === '--folder') o.folder = path.resolve(value());
    else if (a === '--no-build') o.build = false;
    else if (a === '--keep') o.keep = true;
    else if (a === '-h' || a === '--help') o.help = true;
    else throw new Error(`unknown argument ${a}`);
  }
  if (o.port !== undefined && !(Number.isInteger(o.port) && o.port > 0 && o.port < 65536)) throw new Error('--port needs a port number');
  return o;
}

const say = (line) => console.log(`[sandbox] ${line}`);

async function main() {
  let o;
  try {
    o = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`sandbox: ${e.message}`);
    o = { help: true, bad: true };
  }
  if (o.help) {
    console.log('usage: npm run sandbox [-- --port N] [-- --folder DIR] [-- --no-build] [-- --keep]');
    process.exit(o.bad ? 2 : 0);
  }

  // 1. The packaged extension.
  if (o.build) {
    say('packaging the extension when needed (npm run package) ...');
    const r = ensureVsix({ stdio: 'inherit' });
    say(`${r.summary}, ${(r.bytes / 1024).toFixed(1)} KiB`);
  } else if (!fs.existsSync(VSIX_PATH)) {
    throw new Error(`${path.relative(REPO_ROOT, VSIX_PATH)} is missing: run without --no-build`);
  }

  // 2. code-server, Node 24, Chromium's packages: installed once, verified later.
  say('setting up code-server (the first run installs it: a few minutes) ...');
  const setup = spawnSync('bash', [path.join(REPO_ROOT, 'scripts', 'code-server', 'setup.sh')], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (setup.status !== 0) throw new Error(`scripts/code-server/setup.sh failed (exit ${setup.status})`);

  // 3. A folder to play in.
  let folder = o.folder;
  let temporary = false;
  if (!folder) {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'blueprint-sandbox-'));
    fs.cpSync(path.join(REPO_ROOT, 'examples'), folder, { recursive: true });
    temporary = true;
    process.on('exit', () => {
      if (!o.keep) fs.rmSync(folder, { recursive: true, force: true });
    });
  }
  if (!fs.existsSync(folder)) throw new Error(`folder not found: ${folder}`);

  // 4. Serve. serve.mjs stops code-server (and its whole process group) on Ctrl+C/SIGTERM.
  const server = await startCodeServer({ vsixPath: VSIX_PATH, workspaceDir: folder, port: o.port });
  const url = server.workbenchUrl(folder);
  say(`code-server ${CODE_SERVER_VERSION} (VS Code ${CODE_SERVER_VERSION.replace(/^4\./, '1.')}) ready in ${(server.timings.startMs / 1000).toFixed(1)} s, with ${path.basename(VSIX_PATH)} installed`);
  say(`folder: ${folder}${temporary ? (o.keep ? ' (a copy of examples/, kept after Ctrl+C)' : ' (a copy of examples/, removed on Ctrl+C)') : ''}`);
  say('try: open counter-deposit.blueprint, hover a step, Ctrl+K V for the preview, click a step in it');
  console.log('');
  console.log(`    ${url}`);
  console.log('');
  say('Ctrl+C stops the server.');
  await new Promise(() => {}); // until a signal
}

main().catch((e) => {
  console.error(`sandbox: ${e?.message || e}`);
  process.exit(1);
});
