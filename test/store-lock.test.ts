/**
 * One writer per embedded store, end to end: `orbit ingest` into the folder of a running
 * `orbit serve` is refused with ORBIT_E_STORE_BUSY (naming the server's PID and telling the user
 * to POST to it), the server keeps answering with its data, SIGTERM stops it and frees the folder,
 * and a stale lock left by a killed process is recovered.
 */
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, orbit, ROOT, tempDir } from './helpers.js';

const example = (name: string) => join(ROOT, 'examples', name);

describe('one process per embedded store', () => {
  it('refuses ingest while serve runs, leaves the server working, and recovers after SIGTERM', async () => {
    const data = join(tempDir(), 'store');
    expect(
      (await orbit(['ingest', example('01-steppewire-kyrgyz-tajik-border.txt'), '--data', data])).code,
    ).toBe(0);

    const server = spawn(process.execPath, [CLI, 'serve', '--data', data, '--port', '0'], {
      cwd: ROOT,
      env: { ...process.env, ORBIT_DATABASE_URL: '' },
    });
    let out = '';
    server.stdout.on('data', (d) => (out += d));
    const url = await new Promise<string>((res, rej) => {
      const t = setTimeout(() => rej(new Error(`serve did not start: ${out}`)), 120_000);
      server.stdout.on('data', () => {
        const m = /listening on (\S+)/.exec(out);
        if (m) {
          clearTimeout(t);
          res(m[1]);
        }
      });
    });
    try {
      const before = (await (await fetch(`${url}/api/documents`)).json()) as { items: unknown[] };
      expect(before.items).toHaveLength(1);

      const r = await orbit(['ingest', example('03-ordareview-ots-samarkand-summit.txt'), '--data', data]);
      expect(r.code).toBe(3);
      expect(r.stderr).toContain('error ORBIT_E_STORE_BUSY');
      expect(r.stderr).toContain(`process ${server.pid} (orbit serve --data ${data}`);
      expect(r.stderr).toContain(`POST ${url}/api/ingest`);
      const list = await orbit(['list', '--data', data]);
      expect(list.code).toBe(3);
      expect(list.stderr).toContain(`${url}/api`);

      // the server is unaffected: same data, answers at once
      const after = await fetch(`${url}/api/documents`);
      expect(after.status).toBe(200);
      expect(((await after.json()) as { items: unknown[] }).items).toHaveLength(1);
    } finally {
      server.kill('SIGTERM');
    }
    const code = await new Promise<number | null>((res) => server.once('exit', (c) => res(c)));
    expect(code).toBe(0);
    expect(existsSync(join(data, 'orbit.lock'))).toBe(false);
    expect(
      (await orbit(['ingest', example('03-ordareview-ots-samarkand-summit.txt'), '--data', data])).code,
    ).toBe(0);
  }, 300_000);

  it('takes over the lock of a process that died holding it', async () => {
    const data = join(tempDir(), 'store');
    expect(
      (await orbit(['ingest', example('01-steppewire-kyrgyz-tajik-border.txt'), '--data', data])).code,
    ).toBe(0);
    // what a SIGKILLed `orbit ingest` leaves behind: a lock naming a PID that no longer runs
    const dead = spawn(process.execPath, ['-e', '0']);
    await new Promise((r) => dead.once('exit', r));
    writeFileSync(
      join(data, 'orbit.lock'),
      JSON.stringify({
        pid: dead.pid,
        command: 'orbit ingest big/',
        role: 'ingest',
        host: hostname(),
        startTicks: null,
        startedAt: new Date().toISOString(),
      }),
    );
    const r = await orbit([
      'ingest',
      example('03-ordareview-ots-samarkand-summit.txt'),
      '--data',
      data,
      '--json',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).ingested).toBe(1);
    expect(existsSync(join(data, 'orbit.lock'))).toBe(false);
  }, 300_000);
});
