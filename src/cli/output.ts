/** Terminal output helpers: errors with codes and hints, highlighting, tables. */
import { accessSync, constants, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ERRORS, OrbitError, type ErrorCode } from '../errors.js';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../store/store.js';

/** Exit codes (documented in README and `orbit --help`). */
export const EXIT = {
  OK: 0,
  PARTIAL: 1, // the command finished but some inputs failed (per-document errors)
  USAGE: 2, // invalid arguments
  STORE: 3, // the store could not be opened or written
  NOT_FOUND: 4, // the requested id or name does not exist
  WRITE: 5, // the output file could not be written
  INTERNAL: 70, // unexpected error (a bug): please report it
} as const;

const useColor = () => process.stdout.isTTY && !process.env.NO_COLOR;

export function highlight(snippet: string): string {
  const on = useColor() ? '\x1b[1;33m' : '[';
  const off = useColor() ? '\x1b[0m' : ']';
  return snippet.split(HIGHLIGHT_START).join(on).split(HIGHLIGHT_END).join(off).replace(/\s+/g, ' ');
}

/**
 * User-supplied text (file names, ids, messages that quote them) as one visible line: control
 * characters, line and paragraph separators and bidi controls become escapes, so a file named
 * "x\nerror ORBIT_E_…" cannot forge a line of output.
 */
export function escapeControl(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const n = c.charCodeAt(0);
    return n === 10
      ? '\\n'
      : n === 13
        ? '\\r'
        : n === 9
          ? '\\t'
          : n < 0x100
            ? `\\x${n.toString(16).padStart(2, '0')}`
            : `\\u${n.toString(16).padStart(4, '0')}`;
  });
}

export function printError(code: ErrorCode, message: string, hint?: string): void {
  process.stderr.write(`error ${code}: ${escapeControl(message)}\n`);
  if (hint) process.stderr.write(`  hint: ${escapeControl(hint)}\n`);
}

/** One line per input that failed: `error CODE source: message`, with the source and message escaped. */
export function failureLine(f: { code: string; source: string; message: string }): string {
  return `error ${f.code} ${escapeControl(f.source)}: ${escapeControl(f.message)}\n`;
}

/**
 * Writes an output file the user named, as a clean error (ORBIT_E_WRITE, exit 5) when its folder
 * does not exist or is not writable, instead of a stack trace.
 */
export function writeOutput(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new OrbitError(
      'ORBIT_E_WRITE',
      `cannot write ${path}: ${err.code === 'ENOENT' ? 'no such directory' : (err.code ?? err.message)}`,
      'check that the folder exists and is writable',
    );
  }
}

/** Checks before long work that an output file can be created (its folder exists and is writable). */
export function checkWritable(path: string): void {
  try {
    accessSync(dirname(resolve(path)), constants.W_OK);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new OrbitError(
      'ORBIT_E_WRITE',
      `cannot write ${path}: ${err.code === 'ENOENT' ? 'no such directory' : (err.code ?? err.message)}`,
      'check that the folder exists and is writable',
    );
  }
}

/**
 * `orbit show … | head`: the reader closes the pipe early. That is no error: stop quietly (exit 0)
 * instead of crashing with EPIPE.
 */
export function exitQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode === undefined ? 0 : Number(process.exitCode));
      throw e;
    });
  }
}

export function exitCodeFor(e: unknown): number {
  if (e instanceof OrbitError) {
    if (e.code === 'ORBIT_E_STORE') return EXIT.STORE;
    if (e.code === 'ORBIT_E_USAGE' || e.code === 'ORBIT_E_PORT_IN_USE') return EXIT.USAGE;
    if (e.code === 'ORBIT_E_UNKNOWN_ID') return EXIT.NOT_FOUND;
    if (e.code === 'ORBIT_E_STORE_BUSY') return EXIT.STORE;
    if (e.code === 'ORBIT_E_WRITE') return EXIT.WRITE;
    return EXIT.PARTIAL;
  }
  return EXIT.INTERNAL;
}

export function reportFatal(e: unknown): number {
  if (e instanceof OrbitError) printError(e.code, e.message, e.hint);
  else
    printError(
      'ORBIT_E_INTERNAL',
      (e as Error)?.stack ?? String(e),
      `${ERRORS.ORBIT_E_INTERNAL}; please report it with the command you ran`,
    );
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
  return [
    ...(header ? [line(header), widths.map((w) => '-'.repeat(w)).join('  ')] : []),
    ...rows.map(line),
  ].join('\n');
}

export const json = (v: unknown): void => {
  process.stdout.write(`${JSON.stringify(v, null, 2)}\n`);
};
