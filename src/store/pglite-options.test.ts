import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from './migrations.js';
import { STORE_TEMPLATE, tarEntries, unpackTemplate } from './pglite-options.js';
import { Store } from './store.js';

/** One ustar header + body (what PGlite's dumpDataDir writes). */
function entry(name: string, body: string, type = '0'): Buffer {
  const h = Buffer.alloc(512);
  h.write(name, 0, 'utf8');
  h.write('0000644\0', 100);
  h.write(`${Buffer.byteLength(body).toString(8).padStart(11, '0')}\0`, 124);
  h.write(type, 156);
  h.write('ustar\0', 257);
  const b = Buffer.from(body);
  return Buffer.concat([h, b, Buffer.alloc((512 - (b.length % 512)) % 512)]);
}

describe('tarEntries', () => {
  it('reads names, types and bodies, and stops at the end marker', () => {
    const tar = Buffer.concat([entry('/base', '', '5'), entry('/base/1', 'abc'), Buffer.alloc(1024)]);
    expect([...tarEntries(tar)].map((e) => [e.name, e.type, e.body.toString()])).toEqual([
      ['/base', '5', ''],
      ['/base/1', '0', 'abc'],
    ]);
  });
  it('refuses an entry longer than the archive', () => {
    const bad = entry('/x', 'abcdef').subarray(0, 515);
    expect(() => [...tarEntries(bad)]).toThrow(/damaged entry/);
  });
});

describe.skipIf(!existsSync(STORE_TEMPLATE))(
  'the store template (dist/store, written by npm run build)',
  () => {
    it('is unpacked into a new folder before PGlite starts, and holds the migrated schema', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'orbit-tpl-'));
      expect(unpackTemplate(dir)).toBe(true);
      expect(existsSync(join(dir, 'PG_VERSION'))).toBe(true);
      // a folder holding a database is never unpacked over
      expect(unpackTemplate(dir)).toBe(false);
      const store = await Store.open({ data: dir });
      try {
        // Nothing left to migrate: the schema's DDL grew PGlite's memory in every new store.
        expect(await migrate(store.db)).toEqual([]);
        const v = await store.db.query<{ v: number }>('select max(version)::int as v from schema_migrations');
        expect(v[0]!.v).toBe(MIGRATIONS.at(-1)!.version);
      } finally {
        await store.close();
      }
    });

    it('leaves an unsafe archive path alone', () => {
      const dir = mkdtempSync(join(tmpdir(), 'orbit-tpl-bad-'));
      const tarball = join(dir, 'bad.tar.gz');
      writeFileSync(tarball, gzipSync(Buffer.concat([entry('/../escape', 'x'), Buffer.alloc(1024)])));
      const target = join(dir, 'store');
      expect(() => unpackTemplate(target, tarball)).toThrow(/unsafe path/);
      expect(existsSync(join(dir, 'escape'))).toBe(false);
      expect(readdirSync(dir)).toEqual(['bad.tar.gz']);
    });
  },
);
