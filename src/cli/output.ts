/** Terminal output helpers: errors with codes and hints, highlighting, tables. */
import { ERRORS, OrbitError, type ErrorCode } from '../errors.js';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../store/store.js';

/** Exit codes (documented in README and `orbit --help`). */
export const EXIT = {
  OK: 0,
  PARTIAL: 1, // the command finished but some inputs failed (per-document errors)
  USAGE: 2, // invalid arguments
  STORE: 3, // the store could not be opened or written
  NOT_FOUND: 4, // the requested id or name does not exist
  INTERNAL: 70, // unexpected error (a bug): please report it
} as const;

const useColor = () => process.stdout.isTTY && !process.env.NO_COLOR;

export function highlight(snippet: string): string {
  const on = useColor() ? '\x1b[1;33m' : '[';
  const off = useColor() ? '\x1b[0m' : ']';
  return snippet.split(HIGHLIGHT_START).join(on).split(HIGHLIGHT_END).join(off).replace(/\s+/g, ' ');
}

export function printError(code: ErrorCode, message: string, hint?: string): void {
  process.stderr.write(`error ${code}: ${message}\n`);
  if (hint) process.stderr.write(`  hint: ${hint}\n`);
}

export function exitCodeFor(e: unknown): number {
  if (e instanceof OrbitError) {
    if (e.code === 'ORBIT_E_STORE') return EXIT.STORE;
    if (e.code === 'ORBIT_E_USAGE') return EXIT.USAGE;
    if (e.code === 'ORBIT_E_UNKNOWN_ID') return EXIT.NOT_FOUND;
    return EXIT.PARTIAL;
  }
  return EXIT.INTERNAL;
}

export function reportFatal(e: unknown): number {
  if (e instanceof OrbitError) printError(e.code, e.message, e.hint);
  else printError('ORBIT_E_INTERNAL', (e as Error)?.stack ?? String(e), `${ERRORS.ORBIT_E_INTERNAL}; please report it with the command you ran`);
  return exitCodeFor(e);
}

export const truncate = (s: string | null | undefined, n: number): string => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};

export function table(rows: string[][], header?: string[]): string {
  const all = header ? [header, ...rows] : rows;
  const widths = all[0]?.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length))) ?? [];
  const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  return [...(header ? [line(header), widths.map((w) => '-'.repeat(w)).join('  ')] : []), ...rows.map(line)].join('\n');
}

export const json = (v: unknown): void => {
  process.stdout.write(`${JSON.stringify(v, null, 2)}\n`);
};
