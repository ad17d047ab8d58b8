/**
 * Runs once around the whole suite:
 * - every temporary folder the tests make (stores, exports, copied corpora, browser profiles, the
 *   CLIs they spawn) goes under one folder of this run, removed at the end: the tests' own
 *   clean-up is not relied on (the stores of one strict run left about 3 GB in the system temp
 *   folder before, enough over a day of runs to fill a disk);
 * - the suites skipped for a missing requirement (see src/testing/requirements.ts) are printed
 *   after the results, one line each saying what is missing and how to get it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const runDir = mkdtempSync(join(tmpdir(), 'orbit-test-run-'));
  const saved = { TMPDIR: process.env.TMPDIR, TMP: process.env.TMP, TEMP: process.env.TEMP };
  // read by os.tmpdir() in the test workers and in every process they spawn (they inherit it)
  process.env.TMPDIR = process.env.TMP = process.env.TEMP = runDir;
  const file = join(runDir, 'skips.txt');
  process.env.ORBIT_TEST_SKIP_LOG = file;
  return () => {
    let lines: string[] = [];
    try {
      lines = [...new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean))];
    } catch {
      // nothing was skipped
    }
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    rmSync(runDir, { recursive: true, force: true, maxRetries: 3 });
    if (lines.length)
      process.stdout.write(
        `\nSkipped for a missing requirement (${lines.length}):\n${lines.map((l) => `  ${l}\n`).join('')}`,
      );
  };
}
