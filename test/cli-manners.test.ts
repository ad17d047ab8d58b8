/**
 * CLI manners a newcomer meets first: a busy port is ORBIT_E_PORT_IN_USE (exit 2, naming the port
 * and --port, no stack trace, no hang) for `orbit serve` and for `npm start` (orbit quickstart);
 * quickstart says what to try next; unknown options are named. (A closed output pipe is in
 * cli-hostile.test.ts.)
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PORT } from '../src/server/port.js';
import { CLI, orbit, ROOT, tempDir } from './helpers.js';

/** Runs the CLI, failing (instead of hanging) when it has not exited within `ms`. */
function run(
  args: string[],
  ms: number,
): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: ROOT,
      env: { ...process.env, ORBIT_DATABASE_URL: '', NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(
          `orbit ${args.join(' ')} did not exit within ${ms} ms (it hangs)\nstdout: ${stdout}\nstderr: ${stderr}`,
        ),
      );
    }, ms);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - t0 });
    });
    child.stdin.end();
  });
}

describe('a port already in use', () => {
  let blocker: Server;
  let port = 0;
  const data = join(tempDir(), 'store');

  beforeAll(async () => {
    blocker = createServer();
    blocker.listen(0, '127.0.0.1');
    await once(blocker, 'listening');
    port = (blocker.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((r) => blocker.close(() => r())));

  it('orbit serve: ORBIT_E_PORT_IN_USE naming the port and --port, exit 2, no stack trace, no hang', async () => {
    const r = await run(['serve', '--port', String(port), '--data', data], 60_000);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(`^error ORBIT_E_PORT_IN_USE: port ${port} on 127\\.0\\.0\\.1 is already in use\\n`),
    );
    expect(r.stderr).toMatch(/hint: .*--port N/);
    expect(r.stderr).toContain('--port 0');
    expect(r.stderr).not.toMatch(/ORBIT_E_INTERNAL|please report|\n\s+at /);
    expect(r.stdout).not.toMatch(/listening on/);
  });

  it('npm start (orbit quickstart): the summary, then the same error and exit 2', async () => {
    const r = await run(['quickstart', '--port', String(port), '--data', data], 240_000);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/documents/);
    expect(r.stderr).toMatch(new RegExp(`^error ORBIT_E_PORT_IN_USE: port ${port} `));
    expect(r.stderr).not.toMatch(/ORBIT_E_INTERNAL|\n\s+at /);
    // the store was closed: the same folder opens again at once
    const stats = await orbit(['stats', '--data', data, '--json']);
    expect(stats.code).toBe(0);
    expect(JSON.parse(stats.stdout).documents).toBeGreaterThanOrEqual(12);
  });

  it('a port below 1024 or a host that is not this machine is a usage error, not a crash', async () => {
    if (process.getuid?.() !== 0) {
      const low = await run(['serve', '--port', '80', '--data', join(tempDir(), 'store')], 60_000);
      expect(low.code).toBe(2);
      expect(low.stderr).toMatch(/^error ORBIT_E_USAGE: not allowed to listen on port 80/);
    }
    const host = await run(
      ['serve', '--host', '203.0.113.7', '--port', '0', '--data', join(tempDir(), 'store')],
      60_000,
    );
    expect(host.code).toBe(2);
    expect(host.stderr).toMatch(/^error ORBIT_E_USAGE: cannot listen on host 203\.0\.113\.7/);
    expect(host.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('what to try next', () => {
  it('quickstart --no-serve prints the summary, three commands and the URL', async () => {
    const data = join(tempDir(), 'store');
    const r = await run(['quickstart', '--no-serve', '--data', data], 240_000);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Try next/);
    const commands = r.stdout.split('\n').filter((l) => /^\s+npx orbit (search|entity|brief) /.test(l));
    expect(commands).toHaveLength(3);
    // each suggestion names the store it was run on, and works as printed
    for (const line of commands) expect(line).toContain(`--data ${data}`);
    expect(r.stdout).toContain(`http://127.0.0.1:${DEFAULT_PORT}`);
    const search = await orbit(['search', 'foreign ministers', '--data', data]);
    expect(search.code).toBe(0);
    expect(search.stdout.trim().length).toBeGreaterThan(0);
    const entity = await orbit(['entity', 'Kazakhstan', '--why', '--data', data]);
    expect(entity.code).toBe(0);
    const brief = await orbit(['brief', '--from', '2022-01-01', '--to', '2022-12-31', '--data', data]);
    expect(brief.code).toBe(0);
    expect(brief.stdout).toMatch(/\S/);
  });

  it("the default port is not Vite's (4173 preview, 5173 dev)", () => {
    expect([4173, 5173]).not.toContain(DEFAULT_PORT);
  });

  it('a misspelled option is named with the likely intended one', async () => {
    const r = await orbit(['export', '--fromat', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/ORBIT_E_USAGE: unknown option '--fromat'/);
    expect(r.stderr).toMatch(/Did you mean --format\?/);
  });
});

describe('the launcher line', () => {
  it('the built CLI runs as its own command, with glibc malloc arenas capped (docs/deploy.md, Memory)', async () => {
    const { execFile } = await import('node:child_process');
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(CLI, 'utf8').split('\n', 1)[0]).toBe('#!/usr/bin/env -S MALLOC_ARENA_MAX=1 node');
    // executed directly (as the installed `orbit` bin is), not through `node dist/cli/main.js`
    const version = await new Promise<string>((resolve, reject) =>
      execFile(CLI, ['--version'], { cwd: ROOT }, (e, out) => (e ? reject(e) : resolve(out))),
    );
    expect(version.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
