/** `orbit list`, `show`, `search`, `stats`, `export`: reading the stored corpus. */
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { exportChunks } from '../export/stream.js';
import { OrbitError } from '../errors.js';
import { withStore, type StoreOptions } from './context.js';
import { checkWritable, EXIT, highlight, json, table, truncate } from './output.js';

type Paging = { limit?: number; offset?: number; json?: boolean };

export async function runList(
  opts: StoreOptions & Paging & { outlet?: string; from?: string; to?: string; language?: string },
): Promise<number> {
  return withStore(opts, async (store) => {
    const docs = await store.listDocuments(opts);
    if (opts.json) json(docs);
    else if (!docs.length) process.stdout.write('no documents (ingest some with `orbit ingest PATH`)\n');
    else {
      process.stdout.write(
        `${table(
          docs.map((d) => [
            d.id.slice(0, 12),
            d.published?.slice(0, 16) ?? '-',
            truncate(d.outlet ?? '-', 18),
            d.language,
            truncate(d.title ?? d.source, 70),
          ]),
          ['id', 'published', 'outlet', 'lang', 'title'],
        )}\n`,
      );
    }
    return EXIT.OK;
  });
}

export async function runShow(
  id: string,
  opts: StoreOptions & { json?: boolean; annotations?: boolean },
): Promise<number> {
  return withStore(opts, async (store) => {
    const doc = await store.getDocument(id);
    if (!doc)
      throw new OrbitError(
        'ORBIT_E_UNKNOWN_ID',
        `no document with id ${id}`,
        'list ids with `orbit list` or find one with `orbit search`',
      );
    if (opts.json) {
      json(opts.annotations ? { ...doc, annotations: await store.getAnnotations(doc.id) } : doc);
      return EXIT.OK;
    }
    const meta: [string, string | null][] = [
      ['id', doc.id],
      ['source', doc.source],
      ['title', doc.title],
      ['published', doc.published],
      ['author', doc.author],
      ['outlet', doc.outlet],
      ['carries', doc.originalSource],
      ['dateline', doc.dateline],
      ['language', doc.language],
      ['format', `${doc.format} (${doc.encoding ?? '?'}, ${doc.bytes ?? '?'} bytes)`],
    ];
    process.stdout.write(`${meta.map(([k, v]) => `${k.padEnd(10)} ${v ?? '—'}`).join('\n')}\n`);
    for (const d of doc.diagnostics) process.stdout.write(`note      ${d.code}: ${d.message}\n`);
    process.stdout.write(`\n${doc.text}\n`);
    return EXIT.OK;
  });
}

export async function runSearch(query: string, opts: StoreOptions & Paging): Promise<number> {
  return withStore(opts, async (store) => {
    const hits = await store.search(query, opts);
    if (opts.json) {
      json(hits.map((h) => ({ ...h, snippet: h.snippet.replace(/[\u0002\u0003]/g, '') })));
      return EXIT.OK;
    }
    if (!hits.length) {
      process.stdout.write(`no matches for "${query}"\n`);
      return EXIT.OK;
    }
    for (const h of hits) {
      process.stdout.write(
        `${h.id.slice(0, 12)}  ${h.published?.slice(0, 10) ?? '----------'}  ${truncate(h.title ?? h.source, 80)}  (${h.outlet ?? 'unknown outlet'}, rank ${h.rank.toFixed(3)})\n`,
      );
      process.stdout.write(`    ${highlight(h.snippet)}\n`);
    }
    return EXIT.OK;
  });
}

export async function runStats(opts: StoreOptions & { json?: boolean }): Promise<number> {
  return withStore(opts, async (store) => {
    const s = await store.stats();
    if (opts.json) {
      json(s);
      return EXIT.OK;
    }
    const lines = [
      `documents  ${s.documents} (${s.words} words; ${
        Object.entries(s.languages)
          .map(([l, n]) => `${l} ${n}`)
          .join(', ') || 'none'
      })`,
      `published  ${s.firstPublished ?? '?'} … ${s.lastPublished ?? '?'}`,
      `outlets    ${s.outlets.map((o) => `${o.outlet} ${o.documents}`).join(', ') || '—'}`,
      `entities   ${
        Object.entries(s.entities)
          .map(([t, n]) => `${t} ${n}`)
          .join(', ') || '0'
      }; mentions ${s.mentions}`,
      `quotes     ${s.quotes}; events ${s.events}; relations ${s.relations}`,
      `copies     ${
        Object.entries(s.links)
          .map(([t, n]) => `${t} ${n}`)
          .join(', ') || '0'
      }; stories ${s.stories}`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    return EXIT.OK;
  });
}

export async function runExport(opts: StoreOptions & { format?: string; out?: string }): Promise<number> {
  const format = opts.format ?? 'json';
  if (format !== 'json' && format !== 'jsonl')
    throw new OrbitError(
      'ORBIT_E_USAGE',
      `unknown export format ${opts.format}`,
      'use --format json or --format jsonl',
    );
  // An unwritable --out is a clean error before any work (ORBIT_E_WRITE, exit 5), not a stack trace.
  if (opts.out) checkWritable(opts.out);
  return withStore(opts, async (store) => {
    // Streamed: memory stays bounded whatever the corpus size (a page of records at a time).
    const out = opts.out ? createWriteStream(opts.out) : process.stdout;
    try {
      await pipeline(Readable.from(exportChunks(store.exportRecords(), format)), out, { end: !!opts.out });
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      if (opts.out && err.syscall)
        throw new OrbitError(
          'ORBIT_E_WRITE',
          `cannot write ${opts.out}: ${err.code ?? err.message}`,
          'check that the folder exists and is writable',
        );
      throw e;
    }
    return EXIT.OK;
  });
}
