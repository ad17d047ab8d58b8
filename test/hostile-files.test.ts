/** A folder of hostile inputs among good ones: each bad file gets a clear coded error, every good file is stored. */
import { mkdirSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { orbit, tempDir } from './helpers.js';

describe('ingest of a folder with hostile files', () => {
  const dir = join(tempDir(), 'inbox');
  const data = join(tempDir(), 'store');
  let summary: {
    ingested: number;
    failed: number;
    failures: { source: string; code: string; message: string }[];
    ids: string[];
  };
  let stderr = '';

  beforeAll(async () => {
    mkdirSync(dir, { recursive: true });
    // bad inputs
    writeFileSync(
      join(dir, 'random.bin'),
      Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 2654435761) % 251)),
    );
    writeFileSync(join(dir, 'empty.txt'), '');
    const big = openSync(join(dir, 'huge.txt'), 'w');
    const chunk = Buffer.alloc(1024 * 1024, 'Lorem ipsum dolor sit amet. ');
    for (let i = 0; i < 50; i++) writeSync(big, chunk);
    closeSync(big);
    writeFileSync(join(dir, 'broken.json'), '{"title": "Unfinished", "body": "text...');
    writeFileSync(
      join(dir, 'empty-feed.xml'),
      '<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet wire</title></channel></rss>',
    );
    // good inputs, some awkward
    const russian =
      'Переговоры в Бишкеке\n\nМинистры иностранных дел Киргизии и Таджикистана встретились в Бишкеке, чтобы обсудить вопросы границы. По словам участников, переговоры прошли конструктивно, стороны договорились продолжить работу комиссий.';
    writeFileSync(join(dir, 'russian-cp1251.txt'), iconv.encode(russian, 'windows-1251'));
    writeFileSync(
      join(dir, 'broken.html'),
      '<html><head><title>Transit talks</title><body><div><p>Officials from Kazakhstan and Uzbekistan met in Tashkent on Monday to discuss a new rail link across the region, according to a statement.<p>The talks will continue next month <b>in Astana</div>',
    );
    writeFileSync(
      join(dir, 'good.txt'),
      'Border commission meets\n\nThe border commission of Armenia and Azerbaijan met on Friday and agreed to continue talks on delimitation, a spokesperson said.',
    );
    const r = await orbit(['ingest', dir, '--data', data, '--json']);
    stderr = r.stderr;
    expect(r.code).toBe(1); // finished with per-document failures
    summary = JSON.parse(r.stdout);
  });

  it('gives each bad file its own error code', () => {
    const code = (name: string) => summary.failures.find((f) => f.source.endsWith(name))?.code;
    expect(code('random.bin')).toBe('ORBIT_E_BINARY');
    expect(code('empty.txt')).toBe('ORBIT_E_EMPTY');
    expect(code('huge.txt')).toBe('ORBIT_E_TOO_LARGE');
    expect(code('broken.json')).toBe('ORBIT_E_MALFORMED');
    expect(code('empty-feed.xml')).toBe('ORBIT_E_NO_ITEMS');
    expect(summary.failed).toBe(5);
    for (const f of summary.failures) expect(f.message.length).toBeGreaterThan(5);
  });

  it('stores every good file, including windows-1251 Russian and broken HTML', async () => {
    expect(summary.ingested).toBe(3);
    const list = JSON.parse((await orbit(['list', '--data', data, '--json'])).stdout) as {
      source: string;
      language: string;
      title: string | null;
    }[];
    const ru = list.find((d) => d.source.endsWith('russian-cp1251.txt'))!;
    expect(ru.language).toBe('ru');
    const search = JSON.parse((await orbit(['search', 'переговоры', '--data', data, '--json'])).stdout) as {
      source: string;
    }[];
    expect(search.map((s) => s.source.split('/').pop())).toContain('russian-cp1251.txt');
    expect(list.some((d) => d.source.endsWith('broken.html'))).toBe(true);
  });

  it('prints one line per bad file in text mode', async () => {
    expect(stderr).toBe('');
    const again = await orbit(['ingest', dir, '--data', data]);
    const lines = again.stderr.trim().split('\n');
    expect(lines).toHaveLength(5);
    for (const l of lines) expect(l).toMatch(/^error ORBIT_E_[A-Z_]+ \S+: .+/);
    expect(again.stdout).toMatch(/ingested 0, already present 3, failed 5/);
  });
});
