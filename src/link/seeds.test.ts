/**
 * Seed check on the five development articles (read from ../shared, never copied). The raw files
 * contain page chrome; cleaning is another stage, so lines of fewer than 8 words are dropped here
 * as a rough stand-in. Metadata comes from the gold file, entity keys from capitalised words.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { needs, sharedData, SHARED_DIR } from '../testing/requirements.js';
import { CopyIndex, clusterStories, type LinkDoc, type StoryDoc } from './index.js';
import type { DocLink } from '../model/index.js';

const seedsDir = resolve(SHARED_DIR, 'corpus/seeds');
const goldPath = resolve(SHARED_DIR, 'gold/seeds.gold.json');
const requirement = needs(
  'seed copy links (src/link/seeds.test.ts)',
  sharedData('corpus/seeds', 'gold/seeds.gold.json'),
);

type GoldDoc = {
  published: string | null;
  outlet: string[] | null;
  originalSource: string[] | null;
  title: string[] | null;
};
const first = (v: string[] | string | null): string | null => (Array.isArray(v) ? (v[0] ?? null) : v);

function loadSeeds(): StoryDoc[] {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { documents: Record<string, GoldDoc> };
  return readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const raw = readFileSync(resolve(seedsDir, f), 'utf8');
      const text = raw
        .split('\n')
        .filter((l) => l.trim().split(/\s+/).length >= 8)
        .join('\n\n');
      const g = gold.documents[f];
      const doc: LinkDoc = {
        id: f,
        text,
        title: g ? first(g.title) : null,
        published: g?.published ?? null,
        outlet: g ? first(g.outlet) : null,
        originalSource: g ? first(g.originalSource) : null,
      };
      const entityKeys = [...new Set(text.match(/\b[A-Z][a-z]{3,}\b/g) ?? [])].map((w) => w.toLowerCase());
      return { ...doc, entityKeys };
    });
}

requirement.describe('seed articles', () => {
  it('links only the content-farm rewrite to its source, from the rewrite', () => {
    const docs = loadSeeds();
    expect(docs).toHaveLength(5);
    const idx = new CopyIndex();
    const links: DocLink[] = docs.flatMap((d) => idx.add(d));
    expect(links).toHaveLength(1);
    expect(links[0]!.from.startsWith('000_')).toBe(true);
    expect(links[0]!.to.startsWith('001_')).toBe(true);
    expect(['rewrite', 'syndicated', 'duplicate']).toContain(links[0]!.type);
    const stories = clusterStories(docs, links);
    expect(stories).toHaveLength(1);
    expect(stories[0]!.documents.map((d) => d.slice(0, 3)).sort()).toEqual(['000', '001']);
    expect(stories[0]!.title.length).toBeGreaterThan(10);
  });
});
