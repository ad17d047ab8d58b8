/**
 * The CLI holes a hostile pass found: an unwritable --out, a reader that closes the pipe early
 * (`orbit show … | head`), and file names with control characters in error output.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM benchmark module without type declarations
import { generateProse } from '../bench/gen-corpus.mjs';
import { CLI, orbit, ROOT, tempDir } from './helpers.js';

describe('CLI output under hostile conditions', () => {
  const data = join(tempDir(), 'store');
  let id = '';

  beforeAll(async () => {
    const inbox = join(tempDir(), 'inbox');
    mkdirSync(inbox);
    // Long enough that `show` and `export` write far more than a pipe buffer holds.
    writeFileSync(join(inbox, 'long-report.txt'), generateProse(150_000));
    const r = await orbit(['ingest', inbox, '--data', data, '--json']);
    expect(r.code).toBe(0);
    id = (JSON.parse(r.stdout) as { ids: string[] }).ids[0];
  }, 120_000);

  it('refuses an --out in a folder that does not exist with ORBIT_E_WRITE, exit 5, no stack trace', async () => {
    const r = await orbit(['export', '--data', data, '--out', '/nonexistent/x.json']);
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/^error ORBIT_E_WRITE: cannot write \/nonexistent\/x\.json/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const b = await orbit(['brief', '--data', data, '--out', '/nonexistent/b.md']);
    expect(b.code).toBe(5);
    expect(b.stderr).toMatch(/ORBIT_E_WRITE/);
  });

  it('exits quietly when the reader of its output closes the pipe (show | head, export | head)', () => {
    for (const cmd of [`show ${id}`, 'export']) {
      const r = spawnSync(
        'bash',
        [
          '-c',
          `"${process.execPath}" "${CLI}" ${cmd} --data "${data}" | head -c 100 >/dev/null; echo "exit=\${PIPESTATUS[0]}" >&2`,
        ],
        {
          cwd: ROOT,
          encoding: 'utf8',
          env: { ...process.env, ORBIT_DATABASE_URL: '' },
        },
      );
      expect(r.stderr.trim()).toBe('exit=0');
    }
  });

  it('escapes control characters of file names in error lines', async () => {
    const dir = join(tempDir(), 'names');
    mkdirSync(dir);
    const forged = 'bad\nerror ORBIT_E_FORGED x: y\u001b[31m.txt';
    writeFileSync(
      join(dir, forged),
      new Uint8Array(4096).map((_, i) => (i * 7919) % 256),
    );
    const r = await orbit(['ingest', dir, '--data', join(tempDir(), 'store2')]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error ORBIT_E_BINARY .*bad\\nerror ORBIT_E_FORGED x: y\\x1b\[31m\.txt: /);
    expect(r.stderr).not.toContain('\u001b');
  });
});
