/**
 * bin/blueprint.js speaks before the bundle can (no dist/, an old Node): its
 * messages are a copy of cli.launcher, in the user's language.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { messagesFor } from '../../src/i18n/index.js';

const LAUNCHER = join(process.cwd(), 'bin/blueprint.js');

/** The launcher alone, in a package folder without dist/. */
function launcherWithoutDist(args: string[], env: Record<string, string>) {
    const root = mkdtempSync(join(tmpdir(), 'blueprint-launcher-'));
    mkdirSync(join(root, 'bin'));
    copyFileSync(LAUNCHER, join(root, 'bin/blueprint.js'));
    return spawnSync(process.execPath, [join(root, 'bin/blueprint.js'), ...args], { encoding: 'utf8', env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C', ...env } });
}

describe('bin/blueprint.js without its bundle', () => {
    test('says dist/cli.mjs is missing in English, or in Chinese by LANG or --lang', () => {
        const english = launcherWithoutDist(['check', '.'], {});
        expect([english.status, english.stderr.trim()]).toEqual([2, messagesFor('en').cli.launcher.distMissing]);
        const zh = messagesFor('zh-cn').cli.launcher.distMissing;
        expect(launcherWithoutDist(['check', '.'], { LANG: 'zh_CN.UTF-8' }).stderr.trim()).toBe(zh);
        expect(launcherWithoutDist(['check', '--lang', 'zh-cn', '.'], {}).stderr.trim()).toBe(zh);
        expect(launcherWithoutDist(['check', '--lang=zh-cn'], { LANG: 'en_US.UTF-8' }).stderr.trim()).toBe(zh);
    });

    test('its messages are the catalogue\'s, word for word (the old-Node one cannot be run here)', () => {
        const source = readFileSync(LAUNCHER, 'utf8');
        for (const locale of ['en', 'zh-cn'] as const) {
            const launcher = messagesFor(locale).cli.launcher;
            expect(source).toContain(`'${launcher.distMissing}'`);
            expect(source).toContain(`\`${launcher.nodeTooOld('${found}', '${needed}')}\``);
        }
    });
});
