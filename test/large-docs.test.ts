/**
 * Large documents end to end: a 250 KB report is annotated in sections and stored with exact
 * spans; its API page comes a text window at a time with the facts of that window; a document
 * over its time budget fails alone with ORBIT_E_TIMEOUT; a report holding more words than the
 * store it joins is taken into the corpus facts by the rebuild, not by an incremental update that
 * would do most of its work and then need it anyway. (Seconds and RSS per size, 0.25–8 MB:
 * `node bench/large-docs.mjs`.)
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM benchmark module without type declarations
import { generateProse } from '../bench/gen-corpus.mjs';
import { parseBytes } from '../src/ingest/index.js';
import { ingestOutcomes, ingestPaths } from '../src/pipeline.js';
import { buildApp } from '../src/server/app.js';
import { Store } from '../src/store/store.js';
import { tempDir } from './helpers.js';

type Page = {
  document: { text: string; paragraphs: { start: number; end: number }[] };
  text: { from: number; to: number; length: number; more: boolean };
  mentions: { start: number; end: number; text: string }[];
  mentionsTotal: number;
  times: { start: number; end: number }[];
  quotes: { start: number; end: number }[];
};

describe('large documents', () => {
  let store: Store;
  let id = '';
  let full = '';

  beforeAll(async () => {
    store = await Store.open({ data: join(tempDir(), 'store') });
    const s = await ingestOutcomes(
      store,
      [parseBytes('long-report.txt', Buffer.from(generateProse(250_000)))],
      1,
    );
    expect(s.failures).toEqual([]);
    id = s.ids[0];
    full = (await store.getDocument(id))!.text;
  }, 300_000);
  afterAll(async () => store.close());

  it('stores a long document annotated in sections with exact spans', async () => {
    expect(full.length).toBeGreaterThan(200_000);
    const rows = await store.db.query('select start_pos, end_pos, text from mentions where doc_id = $1', [
      id,
    ]);
    expect(rows.length).toBeGreaterThan(1000);
    for (const r of rows) expect(full.slice(Number(r.start_pos), Number(r.end_pos))).toBe(String(r.text));
  });

  it('serves the document page a text window at a time, with the facts of that window', async () => {
    const app = await buildApp({ store, token: null, webRoot: null });
    const first = await app.inject({ method: 'GET', url: `/api/documents/${id}` });
    expect(first.statusCode).toBe(200);
    const p1 = first.json() as Page;
    expect(p1.text).toEqual({ from: 0, to: 200_000, length: full.length, more: true });
    expect(p1.document.text).toBe(full.slice(0, 200_000));
    expect(p1.mentionsTotal).toBeGreaterThan(p1.mentions.length);
    for (const x of [...p1.mentions, ...p1.times, ...p1.quotes, ...p1.document.paragraphs])
      expect(x.end).toBeLessThanOrEqual(200_000);
    for (const m of p1.mentions) expect(full.slice(m.start, m.end)).toBe(m.text);
    const second = (
      await app.inject({ method: 'GET', url: `/api/documents/${id}?textFrom=200000` })
    ).json() as Page;
    expect(second.text).toMatchObject({ from: 200_000, to: full.length, more: false });
    expect(second.document.text).toBe(full.slice(200_000));
    expect(second.mentions.length).toBeGreaterThan(0);
    for (const m of second.mentions) {
      expect(m.start).toBeGreaterThanOrEqual(200_000);
      expect(full.slice(m.start, m.end)).toBe(m.text);
    }
    expect((await app.inject({ method: 'GET', url: `/api/documents/${id}?textChars=0` })).statusCode).toBe(
      400,
    );
    await app.close();
  });

  it('fails a document over its time budget with ORBIT_E_TIMEOUT; the batch goes on', async () => {
    const docs = [
      'Officials of Kazakhstan met in Astana on Monday.',
      'Ministers of Armenia met in Yerevan on Friday.',
    ].map((t, i) => parseBytes(`t${i}.txt`, Buffer.from(`${t} ${'The talks went on. '.repeat(20)}`)));
    const s = await ingestOutcomes(
      store,
      [...docs, parseBytes('long-report.txt', Buffer.from(generateProse(250_000)))],
      3,
      { docTimeoutSeconds: 0 },
    );
    expect(s.failures.map((f) => f.code)).toEqual(['ORBIT_E_TIMEOUT', 'ORBIT_E_TIMEOUT']);
    expect(s.alreadyPresent).toBe(1);
  });
});

describe('a long report into a small store', () => {
  it('is taken in by a rebuild straight away (more new words than stored ones)', async () => {
    const store = await Store.open({ data: join(tempDir(), 'store') });
    try {
      const base = await ingestPaths(store, [join(import.meta.dirname, '..', 'examples')]);
      expect(base.ingested).toBeGreaterThan(5);
      const s = await ingestOutcomes(
        store,
        [parseBytes('long-report.txt', Buffer.from(generateProse(250_000, { seed: 3 })))],
        1,
      );
      expect(s.ingested).toBe(1);
      expect(s.corpus).toMatchObject({ mode: 'rebuild', reason: 'more new words than stored ones' });
    } finally {
      await store.close();
    }
  }, 300_000);
});
