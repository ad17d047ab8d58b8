/**
 * One process per embedded store. PGlite is a single-process PostgreSQL: two processes that open
 * the same data folder each keep their own buffers and WAL position, so the second one's writes
 * are invisible to the first and can corrupt what it writes next (seen: `orbit ingest` into the
 * folder of a running `orbit serve` left the server answering stale data, then hanging).
 *
 * The lock is a file `orbit.lock` in the data folder, created atomically (O_EXCL), holding the
 * holder's PID, command, start time and (for a server) its URL. A second process gets
 * ORBIT_E_STORE_BUSY naming them. A lock whose process is gone (killed, crashed, or its PID reused
 * by an unrelated process, told apart by the process start time) is stale and is taken over.
 * PostgreSQL (ORBIT_DATABASE_URL) needs none of this: it is built for many processes.
 */
import { closeSync, openSync, readFileSync, renameSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { OrbitError } from '../errors.js';

export const LOCK_FILE = 'orbit.lock';

export type LockInfo = {
  pid: number;
  /** the holder's command line, e.g. "orbit serve --data ./orbit-data" */
  command: string;
  /** what the holder does: "serve", "ingest", … (the first argument of the orbit command) */
  role: string;
  host: string;
  /** kernel start time of the holder (Linux /proc), to tell a reused PID from the holder */
  startTicks: string | null;
  startedAt: string;
  /** set by `orbit serve` once it listens: where the store can be read and written instead */
  url?: string;
};

export type StoreLock = {
  readonly path: string;
  readonly info: LockInfo;
  /** Records where the holder serves the store (shown to processes that find it busy). */
  setUrl(url: string): void;
  release(): void;
};

/** Start time of a process in clock ticks since boot (field 22 of /proc/PID/stat), or null off Linux. */
function startTicksOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // the command name (field 2) is in parentheses and may hold spaces: count fields after it
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return rest[19] ?? null;
  } catch {
    return null;
  }
}

/** The command line as a user typed it: `orbit serve --data D`, not `/usr/bin/node /…/main.js serve …`. */
export function currentCommand(argv: string[] = process.argv): { command: string; role: string } {
  const script = argv[1] ?? '';
  const args = argv.slice(2);
  if (/(^|[/\\])(main\.js|orbit)$/.test(script))
    return { command: ['orbit', ...args].join(' '), role: args.find((a) => !a.startsWith('-')) ?? 'orbit' };
  return { command: argv.slice(1).join(' ') || 'node', role: 'node' };
}

/** True while a process with this PID runs and (when known) started when the lock says. */
function holderAlive(info: LockInfo): boolean {
  if (info.host !== hostname()) return true; // a shared folder: we cannot see the other machine's processes
  if (!Number.isInteger(info.pid) || info.pid <= 0) return false;
  try {
    process.kill(info.pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ESRCH') return false;
    // EPERM: it exists but belongs to another user
  }
  const ticks = startTicksOf(info.pid);
  return !(info.startTicks && ticks && ticks !== info.startTicks);
}

function readLock(path: string): LockInfo | null {
  try {
    const v = JSON.parse(readFileSync(path, 'utf8')) as LockInfo;
    return typeof v?.pid === 'number' ? v : null;
  } catch {
    return null; // vanished, or half-written by a holder that died while writing it
  }
}

/** Folders this process holds: a second open of the same folder in one process is refused too. */
const held = new Map<string, StoreLock>();

function busyError(dir: string, holder: LockInfo, role: string): OrbitError {
  const who = `process ${holder.pid} (${holder.command}${holder.host !== hostname() ? ` on ${holder.host}` : ''}, since ${holder.startedAt})`;
  let hint = `stop that process first, or wait for it to finish; a stale lock of a dead process is recovered automatically (lock file ${join(dir, LOCK_FILE)})`;
  if (holder.role === 'serve' || holder.role === 'quickstart') {
    const api = holder.url ? `${holder.url}/api` : "the running server's /api";
    hint =
      role === 'ingest'
        ? `send the documents to the server instead: POST ${api}/ingest (the server needs ORBIT_API_TOKEN set), or stop the server first; with PostgreSQL (ORBIT_DATABASE_URL), \`orbit ingest --enqueue\` queues them for \`orbit worker\``
        : `read it through ${api} (the same data as JSON), or stop the server first`;
  }
  return new OrbitError('ORBIT_E_STORE_BUSY', `the store at ${dir} is in use by ${who}`, hint);
}

/**
 * Takes the lock of an embedded store folder or throws ORBIT_E_STORE_BUSY. Safe against a
 * concurrent taker: creation is O_EXCL, and a stale lock is first renamed away (atomic), so two
 * processes recovering the same stale lock cannot both win.
 */
export function acquireStoreLock(
  dir: string,
  who: { command: string; role: string } = currentCommand(),
): StoreLock {
  const abs = resolve(dir);
  const path = join(abs, LOCK_FILE);
  const mine = held.get(abs);
  if (mine) throw busyError(abs, mine.info, who.role);
  const info: LockInfo = {
    pid: process.pid,
    command: who.command,
    role: who.role,
    host: hostname(),
    startTicks: startTicksOf(process.pid),
    startedAt: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 5; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, 'wx', 0o644);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = readLock(path);
      if (holder && holderAlive(holder)) throw busyError(abs, holder, who.role);
      // Stale (or unreadable): move it aside under a name of our own, then look at what we moved.
      const aside = `${path}.stale-${process.pid}`;
      try {
        renameSync(path, aside);
      } catch {
        continue; // someone else moved or replaced it first: look again
      }
      const moved = readLock(aside);
      if (moved && holderAlive(moved)) {
        // a live lock was created between our read and our rename: put it back and give way
        try {
          renameSync(aside, path);
        } catch {
          /* it is theirs to recreate */
        }
        throw busyError(abs, moved, who.role);
      }
      try {
        unlinkSync(aside);
      } catch {
        /* already gone */
      }
      continue;
    }
    try {
      writeSync(fd, `${JSON.stringify(info)}\n`);
    } finally {
      closeSync(fd);
    }
    const lock: StoreLock = {
      path,
      info,
      setUrl(url: string) {
        info.url = url;
        if (readLock(path)?.pid === process.pid) writeFileSync(path, `${JSON.stringify(info)}\n`);
      },
      release() {
        if (held.get(abs) !== lock) return;
        held.delete(abs);
        try {
          if (readLock(path)?.pid === process.pid) unlinkSync(path);
        } catch {
          /* already gone */
        }
      },
    };
    held.set(abs, lock);
    return lock;
  }
  throw new OrbitError(
    'ORBIT_E_STORE_BUSY',
    `the store at ${abs} is being locked by several processes at once`,
    'try again',
  );
}

/** The lock this process holds on a folder, if any (for `orbit serve` to record its URL). */
export const heldLock = (dir: string): StoreLock | undefined => held.get(resolve(dir));

/** A process that exits without closing its store (process.exit, an uncaught error) leaves no lock behind. */
process.once('exit', () => {
  for (const l of [...held.values()]) l.release();
});
