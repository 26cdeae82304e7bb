#!/usr/bin/env node
// The CLI is bundled to dist/cli.mjs by `npm run build` (run on `npm install` by the prepare script).
// This file must run where the bundle cannot (no dist/, an old Node), so its two messages are written
// here in both languages; test/cli/launcher.test.ts keeps them equal to cli.launcher in the catalogues.
import { existsSync } from 'node:fs';

const MESSAGES = {
    en: {
        distMissing: 'blueprint: dist/cli.mjs is missing; run `npm run build` in the repository first',
        nodeTooOld: (found, needed) => `blueprint: Node.js ${needed} or later is needed (this is ${found})`
    },
    'zh-cn': {
        distMissing: 'blueprint:缺少 dist/cli.mjs;请先在仓库中运行 `npm run build`',
        nodeTooOld: (found, needed) => `blueprint:需要 Node.js ${needed} 或更高版本(当前为 ${found})`
    }
};
const NEEDED = [20, 10];

/** --lang, else LC_ALL / LC_MESSAGES / LANG, as the CLI decides (src/i18n/locale.ts). */
function locale() {
    const args = process.argv.slice(2);
    const flag = args.findIndex(a => a === '--lang' || a.startsWith('--lang='));
    const chosen = flag < 0 ? undefined : args[flag].includes('=') ? args[flag].split('=')[1] : args[flag + 1];
    const env = process.env;
    const value = chosen ?? [env.LC_ALL, env.LC_MESSAGES, env.LANG].find(v => v !== undefined && v !== '');
    return /^zh([-_.@]|$)/i.test(value ?? '') ? 'zh-cn' : 'en';
}

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < NEEDED[0] || (major === NEEDED[0] && minor < NEEDED[1])) {
    console.error(MESSAGES[locale()].nodeTooOld(process.versions.node, NEEDED.join('.')));
    process.exit(2);
}
const cli = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(cli)) {
    console.error(MESSAGES[locale()].distMissing);
    process.exit(2);
}
await import(cli.href);
