import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OrbitError } from '../errors.js';
import { acquireStoreLock, currentCommand, LOCK_FILE } from './lock.js';
import { Store } from './store.js';

const folder = () => mkdtempSync(join(tmpdir(), 'orbit-lock-'));
const who = { command: 'orbit ingest inbox --data x', role: 'ingest' };
/** A PID that certainly belonged to a process that has exited. */
const deadPid = (): number =>
  spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' })
    .stdout as unknown as number;
const catchError = (fn: () => unknown): OrbitError => {
  try {
    fn();
  } catch (e) {
    return e as OrbitError;
  }
  throw new Error('expected an error');
};

describe('store lock', () => {
  it('writes the holder into orbit.lock and removes it on release', () => {
    const dir = folder();
    const lock = acquireStoreLock(dir, who);
    const info = JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'));
    expect(info).toMatchObject({ pid: process.pid, command: who.command, role: 'ingest' });
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('refuses a second holder with ORBIT_E_STORE_BUSY naming the PID and command', () => {
    const dir = folder();
    // a live process that is not this one: our parent
    writeFileSync(
      join(dir, LOCK_FILE),
      JSON.stringify({
        pid: process.ppid,
        command: 'orbit serve --data x',
        role: 'serve',
        host: hostname(),
        startTicks: null,
        startedAt: '2026-01-01T00:00:00Z',
        url: 'http://127.0.0.1:4173',
      }),
    );
    const e = catchError(() => acquireStoreLock(dir, who));
    expect(e).toBeInstanceOf(OrbitError);
    expect(e.code).toBe('ORBIT_E_STORE_BUSY');
    expect(e.message).toContain(`process ${process.ppid} (orbit serve --data x`);
    expect(e.hint).toContain('POST http://127.0.0.1:4173/api/ingest');
    expect(e.hint).toContain('--enqueue');
    const read = catchError(() => acquireStoreLock(dir, { command: 'orbit list', role: 'list' }));
    expect(read.hint).toContain('http://127.0.0.1:4173/api');
  });

  it('refuses a second open of the same folder within one process', () => {
    const dir = folder();
    const lock = acquireStoreLock(dir, who);
    expect(catchError(() => acquireStoreLock(dir, who)).code).toBe('ORBIT_E_STORE_BUSY');
    lock.release();
    acquireStoreLock(dir, who).release();
  });

  it('recovers the stale lock of a dead process, of a reused PID, and an unreadable lock file', () => {
    const dir = folder();
    const path = join(dir, LOCK_FILE);
    writeFileSync(
      path,
      JSON.stringify({
        pid: Number(deadPid()),
        command: 'orbit ingest big/',
        role: 'ingest',
        host: hostname(),
        startTicks: null,
        startedAt: '2026-01-01T00:00:00Z',
      }),
    );
    acquireStoreLock(dir, who).release();
    // our parent's PID, but with another start time: the PID was reused after the holder died
    writeFileSync(
      path,
      JSON.stringify({
        pid: process.ppid,
        command: 'orbit ingest big/',
        role: 'ingest',
        host: hostname(),
        startTicks: '1',
        startedAt: '2026-01-01T00:00:00Z',
      }),
    );
    if (existsSync(`/proc/${process.ppid}/stat`)) acquireStoreLock(dir, who).release();
    writeFileSync(path, '{"pid": 12');
    acquireStoreLock(dir, who).release();
    expect(existsSync(path)).toBe(false);
  });

  it('names commands as the user typed them', () => {
    expect(currentCommand(['/usr/bin/node', '/x/dist/cli/main.js', 'serve', '--data', 'd'])).toEqual({
      command: 'orbit serve --data d',
      role: 'serve',
    });
    expect(currentCommand(['/usr/bin/node', '/x/bench/load.mjs']).role).toBe('node');
  });

  it('is taken by Store.open on a folder and released by close; PostgreSQL and memory stores take none', async () => {
    const dir = folder();
    const store = await Store.open({ data: dir });
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
    await expect(Store.open({ data: dir })).rejects.toMatchObject({ code: 'ORBIT_E_STORE_BUSY' });
    await store.close();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    const again = await Store.open({ data: dir });
    await again.close();
  }, 300_000);
});
