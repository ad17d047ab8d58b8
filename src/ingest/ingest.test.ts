import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode.js';
import { detectFormat } from './formats.js';
import { expandInputs, parseBytes, readSource } from './index.js';

const enc = (s: string) => new TextEncoder().encode(s);

describe('decodeBytes', () => {
  it('reads UTF-8 with and without BOM and normalises to NFC', () => {
    const plain = decodeBytes(enc('Cafe\u0301 in Baku'));
    const bom = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('Çavuşoğlu')]));
    expect(plain.ok && plain.text).toBe('Café in Baku');
    expect(bom.ok && bom.text).toBe('Çavuşoğlu');
    expect(bom.ok && bom.encoding).toBe('utf-8-bom');
  });
  it('reads UTF-16 with a BOM and without one', () => {
    const le = iconv.encode('Astana talks', 'utf-16le');
    const withBom = decodeBytes(new Uint8Array([0xff, 0xfe, ...le]));
    const noBom = decodeBytes(new Uint8Array(le));
    expect(withBom.ok && withBom.text).toBe('Astana talks');
    expect(noBom.ok && noBom.text).toBe('Astana talks');
  });
  it('detects windows-1251 and KOI8-R Russian text', () => {
    const ru =
      'Министр иностранных дел заявил, что переговоры в Бишкеке прошли успешно и стороны договорились о новых встречах.';
    const cp = decodeBytes(new Uint8Array(iconv.encode(ru, 'windows-1251')));
    const koi = decodeBytes(new Uint8Array(iconv.encode(ru, 'koi8-r')));
    expect(cp.ok && cp.text).toBe(ru);
    expect(koi.ok && koi.text).toBe(ru);
  });
  it('detects ISO-8859-9 Turkish text', () => {
    const tr = 'Dışişleri Bakanı toplantının ardından açıklama yaptı ve işbirliğinin güçleneceğini söyledi.';
    const r = decodeBytes(new Uint8Array(iconv.encode(tr, 'iso-8859-9')));
    expect(r.ok).toBe(true);
  });
  it('refuses binary data and empty input with codes', () => {
    const bin = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(decodeBytes(bin)).toMatchObject({ ok: false, code: 'ORBIT_E_BINARY' });
    expect(decodeBytes(new Uint8Array())).toMatchObject({ ok: false, code: 'ORBIT_E_EMPTY' });
  });
});

describe('detectFormat', () => {
  it('uses extensions and content', () => {
    expect(detectFormat('a.html', 'x')).toBe('html');
    expect(detectFormat('a.txt', '<?xml version="1.0"?><rss version="2.0">')).toBe('rss');
    expect(detectFormat('feed', '<feed xmlns="http://www.w3.org/2005/Atom">')).toBe('atom');
    expect(detectFormat('x', '{"title":"a"}\n{"title":"b"}')).toBe('jsonl');
    expect(detectFormat('x', '[{"title":"a"}]')).toBe('json');
    expect(detectFormat('x', '<!DOCTYPE html><html>')).toBe('html');
    expect(detectFormat('x', 'Plain words here.')).toBe('text');
  });
});

describe('looksLikeHtml', () => {
  it('tells markup from angle-bracketed names in wire copy', async () => {
    const { looksLikeHtml } = await import('./formats.js');
    expect(looksLikeHtml('<p>Talks resumed.</p>')).toBe(true);
    expect(looksLikeHtml('First line<br/>second')).toBe(true);
    expect(looksLikeHtml('<Strong Point Inc> said its unit will market the product')).toBe(false);
  });
});

describe('parseBytes', () => {
  it('gives one document per JSON record with hints and stable ids', () => {
    const json = JSON.stringify({
      articles: [
        { headline: 'A', body: 'Text one.', date: '2022-01-05', author: { name: 'Ann' } },
        { title: 'B', text: 'Text two.' },
        { title: 'no body' },
      ],
    });
    const out = parseBytes('x.json', enc(json));
    expect(out).toHaveLength(2);
    const first = out[0];
    expect(first.ok && first.doc.hints).toMatchObject({ title: 'A', published: '2022-01-05', author: 'Ann' });
    const again = parseBytes('other-name.json', enc(json));
    expect(again[0].ok && first.ok && again[0].doc.id === first.doc.id).toBe(true);
  });
  it('reads JSON Lines and reports the bad line', () => {
    expect(parseBytes('a.jsonl', enc('{"title":"a","text":"x"}\n{"title":"b","text":"y"}\n'))).toHaveLength(
      2,
    );
    const bad = parseBytes('b.jsonl', enc('{"title":"a","text":"x"}\n{oops\n'));
    expect(bad[0]).toMatchObject({ ok: false, code: 'ORBIT_E_MALFORMED' });
    expect(!bad[0].ok && bad[0].message).toMatch(/line 2/);
  });
  it('reads RSS 2.0 and Atom feeds', () => {
    const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Steppe Wire</title>
      <item><title>One</title><link>https://e.test/1</link><pubDate>Mon, 10 Jan 2022 09:00:00 +0600</pubDate><dc:creator>A. Writer</dc:creator><description>&lt;p&gt;Body one.&lt;/p&gt;</description></item>
      <item><title>Two</title><link>https://e.test/2</link><description>Body two.</description></item></channel></rss>`;
    const items = parseBytes('f.xml', enc(rss));
    expect(items).toHaveLength(2);
    expect(items[0].ok && items[0].doc).toMatchObject({
      format: 'html',
      hints: { title: 'One', author: 'A. Writer', outlet: 'Steppe Wire', url: 'https://e.test/1' },
    });
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><title>E</title><link href="https://e.test/e"/><updated>2022-01-10T09:00:00Z</updated><content type="html">Atom body text.</content></entry></feed>`;
    const a = parseBytes('f.atom', enc(atom));
    expect(a[0].ok && a[0].doc.hints).toMatchObject({ title: 'E', url: 'https://e.test/e' });
  });
  it('refuses a feed with no items and malformed XML', () => {
    expect(
      parseBytes('f.rss', enc('<rss version="2.0"><channel><title>x</title></channel></rss>'))[0],
    ).toMatchObject({ ok: false, code: 'ORBIT_E_NO_ITEMS' });
    expect(parseBytes('f.rss', enc('<rss><channel><item><title>x</item></rss>'))[0]).toMatchObject({
      ok: false,
    });
  });
});

describe('readSource and expandInputs', () => {
  it('walks directories, refuses oversized files, reports missing paths', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'orbit-ingest-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'a.txt'), 'Some article text.');
    writeFileSync(join(dir, 'sub', 'b.html'), '<html><body><p>Hi</p></body></html>');
    writeFileSync(join(dir, 'README.md'), '# About this folder');
    const found = await expandInputs([dir, join(dir, 'missing.txt')]);
    expect(found.map((f) => f.path.replace(dir, ''))).toEqual(['/a.txt', '/sub/b.html', '/missing.txt']);
    expect(found[2].exists).toBe(false);
    const big = await readSource(join(dir, 'a.txt'), { maxBytes: 5 });
    expect(big[0]).toMatchObject({ ok: false, code: 'ORBIT_E_TOO_LARGE' });
    const missing = await readSource(join(dir, 'nope.txt'));
    expect(missing[0]).toMatchObject({ ok: false, code: 'ORBIT_E_NOT_FOUND' });
  });
});

describe('hostile-pass input fixes', () => {
  const prose = (bytes: number) => {
    const s =
      'The ministers of Kazakhstan and Kyrgyzstan met in Bishkek on Monday to discuss water sharing. ';
    return s.repeat(Math.ceil(bytes / s.length)).slice(0, bytes);
  };
  it('reads the whole input for the binary check: prose followed by a binary blob is refused', () => {
    // ASCII-range junk (valid UTF-8, no NUL): only counting control characters past 64 KB finds it
    const junk = new Uint8Array(1 << 20).map((_, i) => (i * 7919 + 13) % 127 || 1);
    const bytes = new Uint8Array([...enc(prose(65536)), ...junk]);
    expect(decodeBytes(bytes)).toMatchObject({ ok: false, code: 'ORBIT_E_BINARY' });
    const [o] = parseBytes('mixed.txt', bytes);
    expect(o).toMatchObject({ ok: false, code: 'ORBIT_E_BINARY' });
  });
  it('keeps a text with a stray NUL byte (below the 2% threshold) and drops the NUL', () => {
    const text = `${prose(3000)}\u0000${prose(3000)}`;
    const r = decodeBytes(enc(text));
    expect(r.ok).toBe(true);
    expect(r.ok && r.text.includes('\u0000')).toBe(false);
    const html = decodeBytes(enc(`<html><body><p>${prose(2000)}\u0000</p></body></html>`));
    expect(html.ok).toBe(true);
  });
  it('refuses a short text that is more than 2% control characters', () => {
    expect(decodeBytes(enc(`${'\u0001'.repeat(5)}${prose(100)}`))).toMatchObject({
      ok: false,
      code: 'ORBIT_E_BINARY',
    });
  });
  it('recognises RSS and Atom feeds with a DOCTYPE, named .xml or uploaded without a name', () => {
    const rss = `<?xml version="1.0"?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss version="0.91"><channel><title>Desk</title><item><title>Talks in Baku</title><description>${prose(300)}</description></item><item><title>Second</title><description>${prose(200)}</description></item></channel></rss>`;
    expect(detectFormat('feed.xml', rss.toLowerCase())).toBe('rss');
    expect(detectFormat('api:upload.xml', rss)).toBe('rss');
    const out = parseBytes('feed.xml', enc(rss));
    expect(out).toHaveLength(2);
    expect(out.every((o) => o.ok)).toBe(true);
    const atom = `<?xml version="1.0"?><!DOCTYPE feed [ <!ENTITY desk "Caucasus desk"> ]><feed xmlns="http://www.w3.org/2005/Atom"><title>&desk;</title><entry><title>One</title><content>${prose(300)}</content></entry></feed>`;
    expect(detectFormat('api:upload.txt', atom)).toBe('atom');
    expect(parseBytes('api:upload.xml', enc(atom))).toMatchObject([{ ok: true }]);
  });
  it('drops only the broken line of a JSON Lines file', () => {
    const line = (i: number) => JSON.stringify({ title: `Item ${i}`, body: `${prose(200)} Number ${i}.` });
    const text = [line(1), line(2), '{"title": "broken", "body": ', line(3), '[1, 2]', line(4)].join('\n');
    const out = parseBytes('dump.jsonl', enc(text));
    const ok = out.filter((o) => o.ok);
    const bad = out.filter((o) => !o.ok);
    expect(ok).toHaveLength(4);
    expect(bad).toHaveLength(2);
    expect(bad.map((b) => !b.ok && b.code)).toEqual(['ORBIT_E_MALFORMED', 'ORBIT_E_MALFORMED']);
    expect(bad.map((b) => b.source)).toEqual(['dump.jsonl#3', 'dump.jsonl#5']);
    expect(ok.map((o) => o.ok && o.doc.source)).toEqual([
      'dump.jsonl#1',
      'dump.jsonl#2',
      'dump.jsonl#4',
      'dump.jsonl#6',
    ]);
    expect(parseBytes('all-bad.jsonl', enc('{x\n{y'))).toMatchObject([
      { ok: false, code: 'ORBIT_E_MALFORMED' },
    ]);
  });
});
