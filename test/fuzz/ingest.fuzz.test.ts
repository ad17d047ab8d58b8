/** Fuzzing the ingest stage: decodeBytes and parseBytes never throw; every outcome is a document or a coded failure. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/ingest/decode.js';
import { parseBytes } from '../../src/ingest/index.js';
import { MAX_ITEMS, MAX_JSON_DEPTH } from '../../src/ingest/structured.js';
import { hostileBytes, hostileText, INVISIBLE, KNOWN_CODES, RUNS } from './arbitraries.js';

const NAMES = ['a.txt', 'a.html', 'a.json', 'a.jsonl', 'a.xml', 'a.rss', 'noext', 'a.md'];

function checkOutcomes(source: string, bytes: Uint8Array): void {
  const out = parseBytes(source, bytes);
  expect(out.length).toBeGreaterThan(0);
  for (const o of out) {
    if (o.ok) {
      expect(o.doc.id).toMatch(/^[0-9a-f]{32}$/);
      expect(typeof o.doc.body).toBe('string');
      expect(o.doc.body.includes('\u0000')).toBe(false);
      expect(['text', 'html']).toContain(o.doc.format);
    } else {
      expect(KNOWN_CODES.has(o.code), o.code).toBe(true);
      expect(o.message.length).toBeGreaterThan(0);
    }
  }
}

describe('ingest fuzz', () => {
  it('decodeBytes: text without NUL or BOM, or a coded failure', () => {
    fc.assert(
      fc.property(hostileBytes, (bytes) => {
        const d = decodeBytes(bytes);
        if (d.ok) {
          expect(d.text.includes('\u0000')).toBe(false);
          expect(d.text.startsWith('\uFEFF')).toBe(false);
          expect(d.text).toBe(d.text.normalize('NFC'));
        } else expect(KNOWN_CODES.has(d.code)).toBe(true);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('parseBytes under every file name: documents or coded failures, never a throw', () => {
    fc.assert(
      fc.property(hostileBytes, fc.constantFrom(...NAMES), (bytes, name) => checkOutcomes(name, bytes)),
      { numRuns: RUNS * 2 },
    );
  });

  it('parseBytes on structured input built from hostile strings', () => {
    const record = fc.record(
      {
        title: hostileText,
        body: hostileText,
        date: fc.oneof(hostileText, fc.constant('31.02.2022')),
        extra: fc.jsonValue({ maxDepth: 5 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(record, { maxLength: 8 }), (recs) => {
        checkOutcomes('a.json', Buffer.from(JSON.stringify(recs)));
        checkOutcomes('a.jsonl', Buffer.from(recs.map((r) => JSON.stringify(r)).join('\n')));
        const items = recs
          .map(
            (r) =>
              `<item><title>${r.title ?? ''}</title><description><![CDATA[${r.body ?? ''}]]></description></item>`,
          )
          .join('');
        checkOutcomes(
          'a.xml',
          Buffer.from(
            `<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>${items}</channel></rss>`,
          ),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('drops NUL from JSON strings (valid JSON, refused by PostgreSQL text columns)', () => {
    const [o] = parseBytes(
      'nul.json',
      Buffer.from(JSON.stringify({ title: 'A\u0000B', body: 'Talks in Baku\u0000 ended on Monday.' })),
    );
    expect(o.ok && o.doc.body).toBe('Talks in Baku ended on Monday.');
    expect(o.ok && o.doc.hints.title).toBe('AB');
  });

  it('keeps zero-width and bidi characters as text (no crash, no silent loss of the document)', () => {
    const text = `Talks ${INVISIBLE.join('')} in Baku \u202Etxet desrever\u202C ended on Monday.`;
    const [o] = parseBytes('z.txt', Buffer.from(text));
    expect(o.ok).toBe(true);
  });

  it('handles a 100,000-character line and truncated UTF-8', () => {
    const [long] = parseBytes('long.txt', Buffer.from(`${'word '.repeat(20000)}end.`));
    expect(long.ok && long.doc.body.length).toBe(100004);
    const cut = Buffer.from(
      'Министр заявил, что переговоры продолжатся в Астане на следующей неделе.',
      'utf8',
    );
    const [t] = parseBytes('cut.txt', cut.subarray(0, cut.length - 1));
    expect(t.ok || KNOWN_CODES.has(t.code)).toBe(true);
  });

  it('refuses a JSON array with a million elements whole, with ORBIT_E_TOO_LARGE, quickly', () => {
    const million = Buffer.from(`[${Array(1_000_000).fill('{"body":"x"}').join(',')}]`);
    const out = parseBytes('million.json', million);
    expect(out).toHaveLength(1);
    expect(!out[0].ok && out[0].code).toBe('ORBIT_E_TOO_LARGE');
    const lines = Buffer.from(
      Array(MAX_ITEMS + 1)
        .fill('{"body":"x"}')
        .join('\n'),
    );
    const jl = parseBytes('many.jsonl', lines);
    expect(!jl[0].ok && jl[0].code).toBe('ORBIT_E_TOO_LARGE');
  });

  it('refuses JSON nested beyond MAX_JSON_DEPTH instead of overflowing the stack', () => {
    const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
    for (const json of [
      `{"body":"text","extra":${deep(200_000)}}`,
      `{"body":${deep(100_000)}}`,
      `{"body":"t","title":${'{"name":'.repeat(50_000)}"x"${'}'.repeat(50_000)}}`,
    ]) {
      const [o] = parseBytes('deep.json', Buffer.from(json));
      expect(!o.ok && o.code).toBe('ORBIT_E_MALFORMED');
    }
    const [line] = parseBytes(
      'deep.jsonl',
      Buffer.from(`{"body":"a"}\n{"body":"b","x":${deep(MAX_JSON_DEPTH + 5)}}`),
    );
    expect(!line.ok && line.code).toBe('ORBIT_E_MALFORMED');
    const [ok] = parseBytes('shallow.json', Buffer.from(`{"body":"text","extra":${deep(10)}}`));
    expect(ok.ok).toBe(true);
  });

  it('does not expand XML entity bombs', () => {
    const lol =
      '<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">';
    const out = parseBytes(
      'bomb.xml',
      Buffer.from(
        `<?xml version="1.0"?><!DOCTYPE r [${lol}]><rss version="2.0"><channel><item><description>&e;&e;&e;</description></item></channel></rss>`,
      ),
    );
    for (const o of out) if (o.ok) expect(o.doc.body.length).toBeLessThan(10_000);
  });
});
