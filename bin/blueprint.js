#!/usr/bin/env node
// The CLI is bundled to dist/cli.mjs by `npm run build` (run on `npm install` by the prepare script).
import { existsSync } from 'node:fs';
const cli = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(cli)) {
    console.error('blueprint: dist/cli.mjs is missing; run `npm run build` in the repository first');
    process.exit(2);
}
await import(cli.href);
