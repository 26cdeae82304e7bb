#!/usr/bin/env node
// @ts-check
// Run a real VS Code (code-server, VS Code 1.139.1) on 127.0.0.1 and drive it
// from Debian's Chromium with playwright-core.
//
// Plain Node ESM with JSDoc types (checked by `tsc`); runs on the project's Node 20.
// code-server itself runs on the project-local Node 24 that setup.sh installs into .tools/.
//
// This file is the harness's one import point and its CLI; the work is split by job:
//   tools.mjs            where the tools are, free ports, HTTP probes, bounded polling (waitFor)
//   lifetime.mjs         process groups, exit/signal hooks, the watchdog
//   code-server.mjs      startCodeServer, installVsix, workbenchUrl (profile, payload, readiness)
//   workbench-driver.mjs launchBrowser, openWorkbench, quickOpen, runCommand, waitForNotification
//   extension-tests.mjs  runExtensionTests (mocha inside the extension host, MOCHA_RUNNER)
// (API in docs/e2e.md)
//
// CLI (a sandbox for a human):
//   node scripts/code-server/serve.mjs [--vsix X.vsix]... [--extension-dev DIR] [--folder DIR]
//                                      [--port N] [--settings settings.json]
// prints the 127.0.0.1 URL and serves until Ctrl+C.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startCodeServer } from './code-server.mjs';
import { CODE_SERVER_VERSION, errorMessage } from './tools.mjs';

export * from './tools.mjs';
export { groupAlive, killGroup } from './lifetime.mjs';
export * from './code-server.mjs';
export * from './workbench-driver.mjs';
export * from './extension-tests.mjs';

/**
 * @typedef {object} CliOptions
 * @property {string[]} vsix
 * @property {string} [folder]
 * @property {string} [dev]
 * @property {number} [port]
 * @property {string} [settings]
 * @property {boolean} [help]
 * @property {boolean} [bad]
 */

/** @param {string[]} argv @returns {CliOptions} */
function parseCli(argv) {
  /** @type {CliOptions} */
  const o = { vsix: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    switch (a) {
      case '--vsix': o.vsix.push(next()); break;
      case '--folder': o.folder = next(); break;
      case '--extension-dev': o.dev = next(); break;
      case '--port': o.port = Number(next()); break;
      case '--settings': o.settings = next(); break;
      case '-h': case '--help': o.help = true; break;
      default: throw new Error(`unknown argument ${a}`);
    }
  }
  return o;
}

async function main() {
  /** @type {CliOptions} */
  let cli;
  try {
    cli = parseCli(process.argv.slice(2));
  } catch (e) {
    console.error(errorMessage(e));
    cli = { vsix: [], help: true, bad: true };
  }
  if (cli.help) {
    console.log(
      'usage: node scripts/code-server/serve.mjs [--vsix X.vsix]... [--extension-dev DIR]\n' +
        '                                          [--folder DIR] [--port N] [--settings FILE.json]\n' +
        'Serves a real VS Code (code-server) on 127.0.0.1 with the extension installed in a\n' +
        'throwaway profile, prints the URL and runs until Ctrl+C.',
    );
    process.exit(cli.bad ? 2 : 0);
  }
  const folder = path.resolve(cli.folder ?? process.cwd());
  const userSettings = cli.settings ? JSON.parse(fs.readFileSync(cli.settings, 'utf8')) : undefined;
  const server = await startCodeServer({
    vsixPath: cli.vsix,
    extensionDevelopmentPath: cli.dev,
    workspaceDir: folder,
    userSettings,
    port: cli.port,
  });
  const u = server.workbenchUrl(folder);
  console.log(`code-server ${CODE_SERVER_VERSION} ready in ${server.timings.startMs} ms (log: ${server.logFile})`);
  console.log(`Open: ${u}`);
  console.log('Press Ctrl+C to stop.');
  await new Promise(() => {}); // until a signal; the exit hooks stop the server
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  main().catch((e) => {
    console.error(e instanceof Error && e.stack ? e.stack : String(e));
    process.exit(1);
  });
}
