/**
 * The ingest stage: files → RawDocument records. Never throws for bad input: every problem is an
 * outcome with a stable code, so one bad file never stops a batch.
 */
import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import type { ErrorCode } from '../errors.js';
import type { RawDocument } from '../model/index.js';
import { decodeBytes } from './decode.js';
import { detectFormat, looksLikeHtml } from './formats.js';
import { parseFeed, parseJson, parseJsonLines, type StructuredResult } from './structured.js';

export { expandInputs } from './sources.js';

/** Inputs larger than this are refused (ORBIT_E_TOO_LARGE); override with --max-bytes. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export type IngestFailure = { ok: false; source: string; code: ErrorCode; message: string };
export type IngestOutcome = { ok: true; doc: RawDocument } | IngestFailure;

export const documentId = (bytes: Uint8Array | string): string =>
  createHash('sha256').update(bytes).digest('hex').slice(0, 32);

async function readStdin(maxBytes: number): Promise<Uint8Array | IngestFailure> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) return fail('-', 'ORBIT_E_TOO_LARGE', `stdin exceeds the ${maxBytes}-byte limit`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const fail = (source: string, code: ErrorCode, message: string): IngestFailure => ({
  ok: false,
  source,
  code,
  message,
});

/** Reads at most maxBytes + 1 bytes so an oversized file is refused without loading it whole. */
async function readFileBounded(path: string, maxBytes: number): Promise<Uint8Array | IngestFailure> {
  let size: number;
  try {
    const st = await stat(path);
    if (!st.isFile()) return fail(path, 'ORBIT_E_READ', 'not a regular file');
    size = st.size;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return fail(
      path,
      code === 'ENOENT' ? 'ORBIT_E_NOT_FOUND' : 'ORBIT_E_READ',
      code === 'ENOENT' ? 'no such file or directory' : String((e as Error).message),
    );
  }
  if (size > maxBytes) {
    return fail(
      path,
      'ORBIT_E_TOO_LARGE',
      `${(size / 1048576).toFixed(1)} MB exceeds the ${(maxBytes / 1048576).toFixed(0)} MB limit (--max-bytes)`,
    );
  }
  try {
    const fh = await open(path, 'r');
    try {
      const buf = Buffer.alloc(size);
      const { bytesRead } = await fh.read(buf, 0, size, 0);
      return buf.subarray(0, bytesRead);
    } finally {
      await fh.close();
    }
  } catch (e) {
    return fail(path, 'ORBIT_E_READ', (e as Error).message);
  }
}

/** Reads one input (a file path or "-") and returns one outcome per document it holds. */
export async function readSource(path: string, opts: { maxBytes?: number } = {}): Promise<IngestOutcome[]> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const bytes = path === '-' ? await readStdin(maxBytes) : await readFileBounded(path, maxBytes);
  if (!(bytes instanceof Uint8Array)) return [bytes];
  return parseBytes(path, bytes);
}

/**
 * Pure: bytes of one input → documents. Exposed for tests and the HTTP ingest endpoint.
 * Never throws: a reader bug on hostile input becomes an ORBIT_E_INTERNAL outcome for this input.
 */
export function parseBytes(source: string, bytes: Uint8Array): IngestOutcome[] {
  try {
    return parseBytesUnsafe(source, bytes);
  } catch (e) {
    return [fail(source, 'ORBIT_E_INTERNAL', `reading failed: ${(e as Error)?.message ?? String(e)}`)];
  }
}

function parseBytesUnsafe(source: string, bytes: Uint8Array): IngestOutcome[] {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return [fail(source, decoded.code, decoded.message)];
  const { text, encoding } = decoded;
  if (!text.trim()) return [fail(source, 'ORBIT_E_EMPTY', 'file contains only whitespace')];
  const format = detectFormat(source, text);
  if (format === 'text' || format === 'html') {
    return [
      {
        ok: true,
        doc: { id: documentId(bytes), source, format, body: text, encoding, bytes: bytes.length, hints: {} },
      },
    ];
  }
  const parsed: StructuredResult =
    format === 'json' ? parseJson(text) : format === 'jsonl' ? parseJsonLines(text) : parseFeed(text);
  if (!parsed.ok) return [fail(source, parsed.code, parsed.message)];
  // A broken record costs only itself: it is reported, the others are read.
  const skipped = (parsed.skipped ?? []).map((r) => fail(`${source}#${r.line}`, r.code, r.message));
  return [
    ...skipped,
    ...parsed.items.map((item) => ({
      ok: true as const,
      doc: {
        id: documentId(item.canonical),
        source: `${source}#${item.index + 1}`,
        format: looksLikeHtml(item.body) ? ('html' as const) : ('text' as const),
        body: item.body.normalize('NFC'),
        encoding,
        bytes: Buffer.byteLength(item.canonical),
        hints: item.hints,
      },
    })),
  ];
}
