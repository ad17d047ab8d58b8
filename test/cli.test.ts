/**
 * End-to-end: the CLI over the example corpus (and the seed articles from ../shared when present),
 * as a user runs it. Without ../shared the seed parts are skipped with one line saying so.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Export } from '../src/model/index.js';
import { needs, partly, sharedData, SHARED_DIR } from '../src/testing/requirements.js';
import { CLI, orbit, ROOT, tempDir } from './helpers.js';

const SEEDS = join(SHARED_DIR, 'corpus', 'seeds');
const withSeeds = partly(
  'orbit CLI end to end (test/cli.test.ts)',
  sharedData('corpus/seeds'),
  'runs on examples/ only',
);

describe('orbit CLI', () => {
  const data = join(tempDir(), 'store');
  const inputs = [join(ROOT, 'examples'), ...(withSeeds ? [SEEDS] : [])];
  let firstIngest: { ingested: number; failed: number; ids: string[] };

  beforeAll(async () => {
    expect(existsSync(CLI), 'npm run build must have produced dist/cli/main.js').toBe(true);
    const r = await orbit(['ingest', ...inputs, '--data', data, '--json']);
    expect(r.stderr).toBe('');
    firstIngest = JSON.parse(r.stdout);
  });

  it('ingests the examples (and the seeds) without failures', () => {
    expect(firstIngest.failed).toBe(0);
    expect(firstIngest.ingested).toBeGreaterThanOrEqual(12 + (withSeeds ? 5 : 0));
  });

  it('is idempotent: re-ingesting stores nothing new', async () => {
    const r = await orbit(['ingest', ...inputs, '--data', data, '--json']);
    const s = JSON.parse(r.stdout);
    expect(s).toMatchObject({ ingested: 0, alreadyPresent: firstIngest.ingested, failed: 0 });
    expect(r.code).toBe(0);
  });

  it('lists, shows, searches and counts', async () => {
    const list = await orbit(['list', '--data', data, '--json', '--limit', '500']);
    const docs = JSON.parse(list.stdout) as { id: string; source: string }[];
    expect(docs.length).toBe(firstIngest.ingested);
    const doc =
      docs.find((d) => d.source.endsWith('001_2be2cf31005d2202.txt')) ??
      docs.find((d) => d.source.endsWith('01-steppewire-kyrgyz-tajik-border.txt'))!;
    const show = await orbit(['show', doc.id.slice(0, 10), '--data', data]);
    expect(show.code).toBe(0);
    expect(show.stdout).toMatch(/^title\s+\S/m);
    const search = await orbit(['search', 'foreign ministers', '--data', data]);
    expect(search.code).toBe(0);
    expect(search.stdout).toMatch(/\[[^\]]+\]/); // highlighted terms
    const stats = await orbit(['stats', '--data', data, '--json']);
    expect(JSON.parse(stats.stdout).documents).toBe(firstIngest.ingested);
  });

  const out = join(tempDir(), 'export.json');
  it('exports the export-v1 contract as JSON', async () => {
    const r = await orbit(['export', '--format', 'json', '--out', out, '--data', data]);
    expect(r.code).toBe(0);
    const x = JSON.parse(readFileSync(out, 'utf8')) as Export;
    expect(x.version).toBe(1);
    for (const k of [
      'documents',
      'entities',
      'mentions',
      'quotes',
      'events',
      'relations',
      'links',
      'stories',
      'alignment',
    ] as const) {
      expect(Array.isArray(x[k])).toBe(true);
    }
    expect(x.documents).toHaveLength(firstIngest.ingested);
  });

  needs(
    'export scored against the seed gold (test/cli.test.ts)',
    sharedData('corpus/seeds', 'gold/seeds.gold.json', 'eval/score.mjs'),
  ).describe('scored by ../shared/eval', () => {
    it('exports JSON that the evaluation scorer accepts with zero span violations', async () => {
      if (!existsSync(out)) await orbit(['export', '--format', 'json', '--out', out, '--data', data]);
      const score = spawnSync(
        process.execPath,
        [
          join(SHARED_DIR, 'eval', 'score.mjs'),
          '--export',
          out,
          '--gold',
          join(SHARED_DIR, 'gold', 'seeds.gold.json'),
          '--json',
        ],
        { encoding: 'utf8' },
      );
      expect(score.status).toBe(0);
      const report = JSON.parse(score.stdout);
      expect(report.categories.spans.violations).toBe(0);
      expect(report.documents.present).toBe(5);
    });
  });

  it('profiles sources as a table and as JSON, and refuses a bad language', async () => {
    const r = await orbit(['sources', '--data', data, '--json', '--limit', '3']);
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout) as {
      items: { outlet: string; documents: number }[];
      total: number;
      limit: number;
    };
    expect(j.limit).toBe(3);
    expect(j.items.length).toBeLessThanOrEqual(3);
    expect(j.total).toBeGreaterThanOrEqual(j.items.length);
    const t = await orbit(['sources', '--data', data]);
    expect(t.code).toBe(0);
    expect(t.stdout).toMatch(/outlet|no outlets known/);
    const bad = await orbit(['sources', '--language', 'Russian', '--data', data]);
    expect(bad.code).toBe(2);
  });

  it('reports unknown ids and bad arguments with codes and exit status', async () => {
    const show = await orbit(['show', 'ffffffffffff', '--data', data]);
    expect(show.code).toBe(4);
    expect(show.stderr).toMatch(/ORBIT_E_UNKNOWN_ID/);
    expect(show.stderr).toMatch(/hint:/);
    const bad = await orbit(['list', '--limit', 'many', '--data', data]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/ORBIT_E_USAGE/);
    expect((await orbit(['no-such-command'])).code).toBe(2);
    const fmt = await orbit(['export', '--format', 'xml', '--data', data]);
    expect(fmt.code).toBe(2);
    expect(fmt.stderr).toMatch(/ORBIT_E_USAGE/);
  });

  it('reads stdin with "-"', async () => {
    const r = await orbit(['ingest', '-', '--data', data, '--json'], {
      input:
        'Stdin Article\n\nThe ministers of Armenia and Georgia discussed a new transit corridor through the South Caucasus on Tuesday, officials said.',
    });
    expect(JSON.parse(r.stdout)).toMatchObject({ ingested: 1, failed: 0 });
  });

  it('has examples in the help of every command', async () => {
    for (const cmd of ['ingest', 'list', 'show', 'search', 'stats', 'export']) {
      const r = await orbit([cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Example/);
    }
    const top = await orbit(['--help']);
    expect(top.stdout).toMatch(/Exit codes/);
  });

  it('writes nothing when the store location is unusable', async () => {
    const file = join(tempDir(), 'not-a-dir');
    writeFileSync(file, 'x');
    const r = await orbit(['stats', '--data', join(file, 'sub')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/ORBIT_E_STORE/);
  });
});
