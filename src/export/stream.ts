/**
 * Streamed exports with bounded memory: the store's export records (Store.exportRecords, read
 * page by page) turned into text chunks as they arrive.
 *  - `json`: one export-v1 object (../shared/spec/export-v1.md), written as a stream: the same
 *    value `orbit export` always produced, one record per line inside each section's array, so
 *    any JSON reader (the evaluation's scorer included) reads it unchanged;
 *  - `jsonl`: JSON Lines, for tools that process records one at a time: a first line
 *    `{"version":1,"generatedAt":…}`, then one `{"section":"documents","item":{…}}` line per record,
 *    sections in export-v1 order.
 */
import type { ExportRecord } from '../store/store.js';
import { EXPORT_SECTIONS } from '../store/store.js';

export type ExportFormat = 'json' | 'jsonl';

/** Text chunks of an export, about `chunkChars` characters each. */
export async function* exportChunks(
  records: AsyncIterable<ExportRecord>,
  format: ExportFormat,
  opts: { generatedAt?: string; chunkChars?: number } = {},
): AsyncGenerator<string> {
  const generatedAt = opts.generatedAt ?? new Date().toISOString();
  const chunkChars = opts.chunkChars ?? 1 << 16;
  let buf = '';
  const take = () => {
    const b = buf;
    buf = '';
    return b;
  };
  if (format === 'jsonl') {
    buf += `${JSON.stringify({ version: 1, generatedAt })}\n`;
    for await (const r of records) {
      buf += `${JSON.stringify(r)}\n`;
      if (buf.length >= chunkChars) yield take();
    }
    if (buf) yield take();
    return;
  }
  buf += `{"version":1,"generatedAt":${JSON.stringify(generatedAt)}`;
  // Sections arrive in export-v1 order; an empty section still gets its (empty) array.
  let open = -1;
  let first = true;
  const openUpTo = (i: number) => {
    while (open < i) {
      if (open >= 0) buf += '\n]';
      open++;
      buf += `,\n${JSON.stringify(EXPORT_SECTIONS[open])}:[`;
      first = true;
    }
  };
  for await (const r of records) {
    openUpTo(EXPORT_SECTIONS.indexOf(r.section));
    buf += `${first ? '\n' : ',\n'}${JSON.stringify(r.item)}`;
    first = false;
    if (buf.length >= chunkChars) yield take();
  }
  openUpTo(EXPORT_SECTIONS.length - 1);
  buf += '\n]}\n';
  yield take();
}
