/**
 * One folder of hostile files, generated at test time (nothing large is committed), ingested
 * through the CLI in one batch: each bad file gets one line with a code, each good one is
 * stored, and the export of the result keeps every span exact. Fuzzed articles (seeded
 * fast-check samples) ride along to exercise the export invariants.
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { orbit, tempDir } from '../helpers.js';
import {
  cyrillicText,
  hostileHtml,
  hostileText,
  INVISIBLE,
  isValidIsoDate,
  spanProblems,
} from './arbitraries.js';

type Summary = {
  ingested: number;
  failed: number;
  failures: { source: string; code: string; message: string }[];
  ids: string[];
};
type Span = { document: string; start: number; end: number; text?: string };

const PROSE =
  'Officials of Kazakhstan and Uzbekistan met in Tashkent on Monday to discuss a new rail link across the region, the foreign ministry said in a statement.';

describe('CLI ingest of a hostile folder', () => {
  const dir = join(tempDir(), 'hostile');
  const data = join(tempDir(), 'store');
  let summary: Summary;
  let stderr = '';
  const bad: Record<string, string> = {};
  const good: string[] = [];

  beforeAll(async () => {
    mkdirSync(dir, { recursive: true });
    const put = (name: string, content: string | Buffer, expectCode?: string) => {
      writeFileSync(join(dir, name), content);
      if (expectCode) bad[name] = expectCode;
      else good.push(name);
    };
    // bad
    put(
      'random.bin',
      Buffer.from(Array.from({ length: 16384 }, (_, i) => (i * 7919 + 13) % 256)),
      'ORBIT_E_BINARY',
    );
    const big = openSync(join(dir, 'fifty-mb.txt'), 'w');
    const mb = Buffer.alloc(1024 * 1024, 'Talks went on. ');
    for (let i = 0; i < 50; i++) writeSync(big, mb);
    closeSync(big);
    bad['fifty-mb.txt'] = 'ORBIT_E_TOO_LARGE';
    put('million.json', `[${Array(1_000_000).fill('{"body":"x"}').join(',')}]`, 'ORBIT_E_TOO_LARGE');
    put('deep.json', `{"body":"text","x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, 'ORBIT_E_MALFORMED');
    put(
      'scripts-only.html',
      '<html><body><script>alert(1)</script><iframe src="https://evil.example"></iframe><div onclick="x()"></div></body></html>',
      'ORBIT_E_NO_TEXT',
    );
    // good, but awkward
    const para = `<p>${PROSE}</p>`;
    put(
      'deep-10k.html',
      `<html><body>${'<div>'.repeat(10_000)}${para}${'</div>'.repeat(10_000)}</body></html>`,
    );
    put(
      'scripts.html',
      `<html><head><title>Rail talks</title><script>window.__pwned=1</script></head><body><iframe src="javascript:alert(1)"></iframe><article><p onclick="steal()">${PROSE}</p><img src=x onerror="alert(2)"><p>The talks continue next month, officials said.</p></article></body></html>`,
    );
    put(
      'truncated-utf8.txt',
      Buffer.from(`Министры встретились в Бишкеке. ${PROSE}`, 'utf8').subarray(0, -1),
    );
    put(
      'mixed-encodings.txt',
      Buffer.concat([
        Buffer.from(`${PROSE}\n\n`, 'utf8'),
        iconv.encode('Переговоры продолжатся в Астане.', 'windows-1251'),
      ]),
    );
    put(
      'zero-width-bidi.txt',
      `Rail talks\n\n${PROSE.split(' ').join(` ${INVISIBLE.join('')} `)}\n\n\u202Eevil\u202C text.`,
    );
    put(
      'unclosed-quotes.txt',
      `Quote test\n\n"We will never agree, the minister said in Baku on Monday. «Переговоры продолжатся, сказал он. ${PROSE}`,
    );
    put(
      'impossible-dates.json',
      JSON.stringify({
        title: 'Dates',
        body: `On 31.02.2022 and on 30 February 2023 nothing happened. ${PROSE}`,
        date: '2022-02-31',
      }),
    );
    put('impossible-dates.txt', `Dates\n\n31.02.2022\n\n${PROSE}`);
    put(
      'cyrillic-only.txt',
      'Переговоры в Бишкеке\n\nМинистры иностранных дел Киргизии и Таджикистана встретились в Бишкеке, чтобы обсудить вопросы границы. По словам участников, переговоры прошли конструктивно.',
    );
    put('long-line.txt', `Long line\n\n${`${PROSE} `.repeat(800)}`);
    // fuzzed articles, seeded: stored or refused with a code, never a crash
    const fuzzed = fc.sample(fc.tuple(fc.oneof(hostileText, cyrillicText), hostileHtml), {
      numRuns: 30,
      seed: 42,
    });
    fuzzed.forEach(([t, h], i) => {
      writeFileSync(join(dir, `fuzz-${i}.txt`), `${PROSE}\n\n${t}`);
      writeFileSync(
        join(dir, `fuzz-${i}.html`),
        `<html><body><article><p>${PROSE}</p>${h}</article></body></html>`,
      );
    });
    const r = await orbit(['ingest', dir, '--data', data, '--json']);
    stderr = r.stderr;
    expect(r.code, r.stderr).toBe(1);
    summary = JSON.parse(r.stdout) as Summary;
  }, 300_000);

  it('gives each bad file one coded failure', () => {
    for (const [name, code] of Object.entries(bad)) {
      const f = summary.failures.filter((x) => x.source.endsWith(`/${name}`));
      expect(f, name).toHaveLength(1);
      expect(f[0].code, name).toBe(code);
    }
    expect(stderr).toBe('');
  });

  it('stores every good file, fuzzed ones included (no stage crashed)', async () => {
    const failedNames = new Set(summary.failures.map((f) => f.source.split('/').pop()));
    for (const name of good) expect(failedNames.has(name), name).toBe(false);
    for (const f of summary.failures) expect(f.code).not.toBe('ORBIT_E_INTERNAL');
    expect(summary.ingested).toBeGreaterThanOrEqual(good.length + 50);
  });

  it('exports only exact, in-range spans and valid dates', async () => {
    const r = await orbit(['export', '--format', 'json', '--data', data]);
    expect(r.code).toBe(0);
    const x = JSON.parse(r.stdout) as {
      documents: { id: string; text: string; published: string | null }[];
      mentions: Span[];
      quotes: (Span & { text: string })[];
      events: { evidence: Span[]; date: { start: string | null; end: string | null } }[];
      relations: { evidence?: Span[] }[];
      links: { from: string; to: string }[];
    };
    const text = new Map(x.documents.map((d) => [d.id, d.text]));
    const problems: string[] = [];
    const check = (spans: Span[], what: string) => {
      for (const s of spans) {
        const t = text.get(s.document);
        if (t === undefined) problems.push(`${what} in unknown document ${s.document}`);
        else problems.push(...spanProblems(t, [s], what));
      }
    };
    check(x.mentions, 'mention');
    check(x.quotes, 'quote');
    check(
      x.events.flatMap((e) => e.evidence),
      'event',
    );
    check(
      x.relations.flatMap((rel) => rel.evidence ?? []),
      'relation',
    );
    expect(problems).toEqual([]);
    for (const d of x.documents) if (d.published) expect(isValidIsoDate(d.published), d.published).toBe(true);
    for (const e of x.events)
      for (const v of [e.date.start, e.date.end]) if (v) expect(isValidIsoDate(v), v).toBe(true);
    for (const l of x.links) expect(text.has(l.from) && text.has(l.to)).toBe(true);
    const scripts = x.documents.find((d) => d.text.includes('next month'))!;
    expect(scripts.text).not.toMatch(/__pwned|alert\(|onclick|onerror/);
  }, 120_000);
});
