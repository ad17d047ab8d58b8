/**
 * Closing summary of the suites skipped for a missing requirement (see src/testing/requirements.ts):
 * each skip is one line saying what is missing and how to get it, printed after the results.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'orbit-skips-'));
  const file = join(dir, 'skips.txt');
  // read by the test workers, which inherit the environment
  process.env.ORBIT_TEST_SKIP_LOG = file;
  return () => {
    let lines: string[] = [];
    try {
      lines = [...new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean))];
    } catch {
      // nothing was skipped
    }
    rmSync(dir, { recursive: true, force: true });
    if (lines.length)
      process.stdout.write(
        `\nSkipped for a missing requirement (${lines.length}):\n${lines.map((l) => `  ${l}\n`).join('')}`,
      );
  };
}
