/**
 * What a test suite needs from outside the repository, and the one way suites skip without it.
 *
 * Two things are not in a clone of this repository: the evaluation data in `../shared` (seed
 * articles, gold annotations, the scorer) and a PostgreSQL server (`ORBIT_TEST_DATABASE_URL`).
 * A suite that needs one of them calls `needs(...)`:
 *  - when everything is there, its tests run;
 *  - when something is missing, the suite is skipped and ONE line says what is missing and how to
 *    get it (printed when the file is collected, and again in the run's closing summary);
 *  - in strict mode the skip is a failure instead: CI (`.ci/run`) has both and must run everything.
 *    Strict mode is `ORBIT_TEST_STRICT=1`, and is on by default when `CI=true`
 *    (`ORBIT_TEST_STRICT=0` turns it off).
 *
 * Test code only (imported by *.test.ts files); nothing at run time uses it.
 */
import { appendFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The evaluation data folder: `../shared` beside the checkout, or ORBIT_SHARED. */
export const SHARED_DIR = process.env.ORBIT_SHARED
  ? resolve(process.env.ORBIT_SHARED)
  : resolve(REPO_ROOT, '..', 'shared');

/** True when a missing requirement must fail the run rather than skip (CI). */
export const STRICT = process.env.ORBIT_TEST_STRICT
  ? process.env.ORBIT_TEST_STRICT !== '0'
  : process.env.CI === 'true';

/** One thing a suite needs: whether it is there, and if not, what is missing and how to get it. */
export type Requirement = { ok: boolean; missing: string; howTo: string };

/** Files or folders under ../shared (paths relative to it). */
export function sharedData(...paths: string[]): Requirement {
  const absent = paths.filter((p) => !existsSync(join(SHARED_DIR, p)));
  return {
    ok: absent.length === 0,
    missing: `${absent.map((p) => relative(process.cwd(), join(SHARED_DIR, p)) || '.').join(', ')} (evaluation data, not in this repository)`,
    howTo: 'put the shared folder beside the checkout as ../shared, or set ORBIT_SHARED=/path/to/it',
  };
}

/** The PostgreSQL server the store, worker and read-path suites also run against. */
export const TEST_DATABASE_URL = process.env.ORBIT_TEST_DATABASE_URL || undefined;
export function testDatabase(): Requirement {
  return {
    ok: !!TEST_DATABASE_URL,
    missing: 'ORBIT_TEST_DATABASE_URL (a PostgreSQL server)',
    howTo:
      'start PostgreSQL and set ORBIT_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test (tests make their own schemas)',
  };
}

/** The line printed for a skip (also used by the closing summary). */
export function skipLine(suite: string, req: Requirement): string {
  return `[skipped] ${suite}: needs ${req.missing}; to run it, ${req.howTo}`;
}

/** Records a skip: one line now, and one in the closing summary (see test/global-setup.ts). */
function report(line: string): void {
  process.stdout.write(`${line}\n`);
  const file = process.env.ORBIT_TEST_SKIP_LOG;
  if (file) {
    try {
      appendFileSync(file, `${line}\n`);
    } catch {
      // the summary is a convenience; the line above was printed
    }
  }
}

export type Needs = {
  /** true when every requirement is met (load data only then) */
  ok: boolean;
  /** `describe` when the requirements are met; otherwise a skipped suite (or, strict, a failing one) */
  describe: (name: string, body: () => void) => void;
};

/**
 * The requirements of one suite. Use `needs(...).describe(name, body)` instead of `describe`, and
 * `.ok` to guard module-level loading of the data.
 */
export function needs(suite: string, ...reqs: Requirement[]): Needs {
  const missing = reqs.filter((r) => !r.ok);
  if (!missing.length) return { ok: true, describe: (name, body) => describe(name, body) };
  const merged: Requirement = {
    ok: false,
    missing: missing.map((r) => r.missing).join(' and '),
    howTo: missing.map((r) => r.howTo).join('; '),
  };
  if (STRICT) {
    return {
      ok: false,
      describe: (name) =>
        describe(name, () => {
          it('has what it needs (strict mode: a missing requirement fails instead of skipping)', () => {
            throw new Error(
              `${suite} cannot run: missing ${merged.missing}. ${merged.howTo}. (ORBIT_TEST_STRICT=1 or CI=true makes this a failure.)`,
            );
          });
        }),
    };
  }
  report(skipLine(suite, merged));
  return { ok: false, describe: (name, body) => describe.skip(name, body) };
}

/**
 * A part of a suite that runs with less when a requirement is missing (e.g. the examples without
 * the seeds): prints one line saying so, or fails in strict mode. Returns whether it is met.
 */
export function partly(suite: string, req: Requirement, without: string): boolean {
  if (req.ok) return true;
  if (STRICT) {
    describe(`${suite} requirements`, () => {
      it('has what it needs (strict mode)', () => {
        throw new Error(`${suite}: missing ${req.missing}. ${req.howTo}.`);
      });
    });
    return false;
  }
  report(`[partly skipped] ${suite} ${without}: needs ${req.missing}; to run all of it, ${req.howTo}`);
  return false;
}
