// A generic test runner for VS Code's `extensionTestsPath`: VS Code loads this file in
// the extension host (here: code-server's Node extension host) and calls run().
// It runs mocha over the files named in the environment and reports back:
//
//   E2E_TEST_FILES     test files and/or directories (searched for *.test.{js,cjs,mjs}),
//                      separated by the path delimiter (":")
//   E2E_RESULT_FILE    JSON report written here: { passes, failures, pending, tests: [...] }
//   E2E_LOG_FILE       the reporter's text output is appended here
//   E2E_MOCHA_GREP     only tests whose full title matches
//   E2E_MOCHA_TIMEOUT  per-test timeout in ms (default 20000)
//
// The extension host's console is not the harness's stdout, hence the two files.
// run() rejects when a test failed, which VS Code turns into a non-zero exit code
// (window.codeAutomationExit in the browser; see serve.mjs runExtensionTests()).
'use strict';

const fs = require('fs');
const path = require('path');
const util = require('util');
const { pathToFileURL } = require('url');

const TEST_FILE = /\.test\.(c|m)?js$/;

function collect(entry, out) {
  const st = fs.statSync(entry);
  if (st.isDirectory()) {
    for (const name of fs.readdirSync(entry).sort()) {
      const p = path.join(entry, name);
      if (name === 'node_modules' || name.startsWith('.')) continue;
      if (fs.statSync(p).isDirectory()) collect(p, out);
      else if (TEST_FILE.test(name)) out.push(p);
    }
  } else {
    out.push(entry);
  }
}

exports.run = async function run() {
  const logFile = process.env.E2E_LOG_FILE;
  const write = (text) => {
    if (logFile) fs.appendFileSync(logFile, text);
  };
  const specs = (process.env.E2E_TEST_FILES || '').split(path.delimiter).filter(Boolean);
  if (!specs.length) throw new Error('E2E_TEST_FILES is empty: no tests to run');
  const files = [];
  for (const s of specs) collect(path.resolve(s), files);
  if (!files.length) throw new Error(`no test files found in ${specs.join(', ')}`);

  // mocha 12 is an ES module: import it by URL (resolved from this file's location).
  const mochaEntry = process.env.E2E_MOCHA_ENTRY || require.resolve('mocha');
  const Mocha = (await import(pathToFileURL(mochaEntry).href)).default;
  // Reporter output goes to E2E_LOG_FILE (and to the extension host's console).
  const origLog = Mocha.reporters.Base.consoleLog;
  Mocha.reporters.Base.consoleLog = (...args) => {
    write(util.format(...args) + '\n');
    origLog(...args);
  };
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    timeout: Number(process.env.E2E_MOCHA_TIMEOUT || 20000),
    grep: process.env.E2E_MOCHA_GREP || undefined,
  });
  for (const f of files) mocha.addFile(f);
  await mocha.loadFilesAsync();

  const report = { passes: 0, failures: 0, pending: 0, tests: [] };
  const failures = await new Promise((resolve) => {
    const runner = mocha.run((n) => resolve(n));
    runner.on('pass', (t) => {
      report.passes++;
      report.tests.push({ title: t.fullTitle(), file: t.file, state: 'passed', durationMs: t.duration });
    });
    runner.on('fail', (t, err) => {
      report.failures++;
      report.tests.push({ title: t.fullTitle(), file: t.file, state: 'failed', error: String((err && err.stack) || err) });
    });
    runner.on('pending', (t) => {
      report.pending++;
      report.tests.push({ title: t.fullTitle(), file: t.file, state: 'pending' });
    });
  });
  Mocha.reporters.Base.consoleLog = origLog;
  if (process.env.E2E_RESULT_FILE) fs.writeFileSync(process.env.E2E_RESULT_FILE, JSON.stringify(report, null, 2));
  if (failures > 0) throw new Error(`${failures} test(s) failed`);
};
