import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Under the machine's load a CLI run can take seconds: tests that spawn several get this much. */
export const CLI_TIMEOUT = 120_000;

export interface Run { code: number | null; stdout: string; stderr: string }

/**
 * Runs the built CLI as a user would (test/global-setup.ts builds it before
 * the tests), in English unless `env` says otherwise, with `input` on stdin.
 */
export function blueprint(args: string[], cwd = process.cwd(), options: { env?: Record<string, string>; input?: string | Buffer } = {}): Run {
    const env = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C', ...options.env };
    const result = spawnSync(process.execPath, [join(process.cwd(), 'bin/blueprint.js'), ...args], { cwd, encoding: 'utf8', timeout: CLI_TIMEOUT, env, input: options.input ?? '' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The same, without blocking the test worker: for tests that run the CLI many
 * times (a worker blocked for a minute misses vitest's own RPC deadline).
 */
export function blueprintAsync(args: string[], cwd = process.cwd()): Promise<Run> {
    const env = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C' };
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [join(process.cwd(), 'bin/blueprint.js'), ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk; });
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
        child.on('error', reject);
        child.on('close', code => resolve({ code, stdout, stderr }));
    });
}

export function scratch(files: Record<string, string>): string {
    const folder = mkdtempSync(join(tmpdir(), 'blueprint-cli-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
    return folder;
}

/** A customer step flowing straight to a backstage step: BP002 (error) at 4:5, with BP201 and BP004 warnings. */
export const BROKEN = 'blueprint B {\n  customer { step a { evidence "x" } }\n  backstage { step b }\n  a -> b\n}\n';
export const CLEAN = 'blueprint B {\n  classification { divergence standard object information contact none }\n  customer { step a { evidence "x" } }\n}\n';
