/** Runs the built CLI (dist/) as a user would, capturing output and exit code. */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SHARED_DIR } from '../src/testing/requirements.js';

export const ROOT = resolve(import.meta.dirname, '..');
/** ../shared (or ORBIT_SHARED): evaluation data, absent from a clone; see src/testing/requirements.ts. */
export const SHARED = SHARED_DIR;
export const CLI = join(ROOT, 'dist', 'cli', 'main.js');

export type RunResult = { code: number; stdout: string; stderr: string };

export function orbit(
  args: string[],
  opts: { input?: string; env?: Record<string, string> } = {},
): Promise<RunResult> {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: ROOT,
      env: { ...process.env, ORBIT_DATABASE_URL: '', NO_COLOR: '1', ...opts.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', rej);
    child.on('close', (code) => res({ code: code ?? -1, stdout, stderr }));
    if (opts.input !== undefined) child.stdin.end(opts.input);
    else child.stdin.end();
  });
}

export const tempDir = (prefix = 'orbit-e2e-') => mkdtempSync(join(tmpdir(), prefix));
