/**
 * The real Orbit server for browser tests and screenshots: ingest into a temporary store with the
 * built CLI, then `orbit serve --port 0` as a child process (the URL read from its "listening on"
 * line). Only examples/ and files a test writes are used, so a fresh clone can run it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './harness.js';

export const CLI = join(ROOT, 'dist', 'cli', 'main.js');

export type Served = { url: string; child: ChildProcess; dir: string; log: () => string; stop: () => void };

export function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: ROOT,
      env: { ...process.env, ORBIT_DATABASE_URL: '', NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end();
  });
}

/** Starts `orbit serve` on an existing data folder; resolves with the URL from its "listening on" line. */
export function serveData(
  data: string,
  timeoutMs = 120_000,
): Promise<{ url: string; child: ChildProcess; log: () => string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [CLI, 'serve', '--port', '0', '--host', '127.0.0.1', '--data', data],
      { cwd: ROOT, env: { ...process.env, ORBIT_DATABASE_URL: '', NO_COLOR: '1' } },
    );
    let out = '';
    const timer = setTimeout(
      () =>
        reject(new Error(`orbit serve did not print "listening on" within ${timeoutMs / 1000} s:\n${out}`)),
      timeoutMs,
    );
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/[^\s]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1].replace(/\/$/, ''), child, log: () => out });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`orbit serve exited with ${code}:\n${out}`));
    });
  });
}

/** Ingests `paths` into a new temporary store and serves it; `stop()` ends the server and removes the store. */
export async function serveStore(paths: string[]): Promise<Served> {
  const dir = mkdtempSync(join(tmpdir(), 'orbit-ui-'));
  const data = join(dir, 'store');
  const ingest = await runCli(['ingest', ...paths, '--data', data, '--json']);
  if (ingest.code !== 0)
    throw new Error(`orbit ingest failed (${ingest.code}): ${ingest.stderr.slice(0, 500)}`);
  const served = await serveData(data);
  const stop = () => {
    served.child.kill('SIGTERM');
    served.child.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  };
  return { ...served, dir, stop };
}
