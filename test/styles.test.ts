/**
 * Entity, quote and event extraction on articles in house styles Orbit was not developed on.
 *
 * The fixtures (test/fixtures/articles/styles/*.txt) are project-written articles in the styles
 * of a wire service, regional English-language outlets of Kazakhstan, Kyrgyzstan, Azerbaijan,
 * Armenia and Georgia, a think-tank commentary, a live blog, an interview in Q&A form and a
 * press-release rewrite. expected.json says what a careful reader finds in each (see its
 * $comment); every article goes through the real cleaning and annotate stages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../src/clean/index.js';
import { annotate } from '../src/extract/annotate.js';
import type { Annotations, DocEntity } from '../src/model/index.js';
import { fold } from '../src/resolve/fold.js';

type ExpectedQuote = { contains: string; speaker: string | null; direct?: boolean; reportedBy?: string[] };
type ExpectedEvent = { type: string; participants: string[] };
type Expected = {
  entities: [string, string][];
  notEntities?: string[]; // "name|type": no entity of that type has that name
  notMentions?: string[]; // "surface|type": no mention with that text belongs to an entity of that type
  quotes?: ExpectedQuote[];
  notQuotes?: string[];
  events?: ExpectedEvent[];
  notEvents?: ExpectedEvent[];
  noAssertedEvents?: boolean;
  roles?: { person: string; title: string; of?: string }[];
};

const DIR = join(import.meta.dirname, 'fixtures', 'articles', 'styles');
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as {
  articles: Record<string, Expected>;
};

function process(file: string): { text: string; ann: Annotations } {
  const body = readFileSync(join(DIR, file), 'utf8');
  const article = cleanDocument({
    id: file,
    source: file,
    format: 'text',
    body,
    encoding: 'utf-8',
    bytes: Buffer.byteLength(body),
    hints: {},
  });
  return { text: article.text, ann: annotate(article) };
}

const names = (e: DocEntity) => [e.name, ...e.aliases].map(fold);

for (const [file, exp] of Object.entries(expected.articles)) {
  describe(`styles: ${file}`, () => {
    const { text, ann } = process(file);
    const byRef = new Map(ann.entities.map((e) => [e.ref, e]));
    const find = (name: string): DocEntity | undefined =>
      ann.entities.find((e) => names(e).includes(fold(name)));
    const nameOf = (ref: string | null) => (ref ? (byRef.get(ref)?.name ?? null) : null);
    const isEntity = (name: string, ref: string | null) =>
      !!ref && !!byRef.get(ref) && names(byRef.get(ref)!).includes(fold(name));

    it('keeps every span true to the text', () => {
      for (const m of ann.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      for (const q of ann.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
      for (const e of ann.events) expect(e.evidence.end).toBeGreaterThan(e.evidence.start);
    });

    it('finds the people, organisations, media and countries', () => {
      const missing = exp.entities.filter(([n, type]) => find(n)?.type !== type);
      expect(missing, `have: ${ann.entities.map((e) => `${e.name}[${e.type}]`).join(', ')}`).toEqual([]);
      for (const spec of exp.notEntities ?? []) {
        const [name, type] = spec.split('|');
        expect(
          ann.entities.filter((e) => e.type === type && fold(e.name) === fold(name)),
          spec,
        ).toEqual([]);
      }
      for (const spec of exp.notMentions ?? []) {
        const [surface, type] = spec.split('|');
        expect(
          ann.mentions.filter((m) => m.text === surface && byRef.get(m.ref)?.type === type),
          spec,
        ).toEqual([]);
      }
    });

    it('attributes the quotations', () => {
      for (const q of exp.quotes ?? []) {
        const cands = ann.quotes.filter((x) => x.text.includes(q.contains));
        expect(cands.length, `no quote with "${q.contains}"`).toBeGreaterThan(0);
        const ok = cands.some(
          (x) =>
            (q.speaker === null ? x.speakerRef === null : isEntity(q.speaker, x.speakerRef)) &&
            (q.direct === undefined || x.direct === q.direct) &&
            (!q.reportedBy || q.reportedBy.every((r) => x.reportedByRefs.some((ref) => isEntity(r, ref)))),
        );
        expect(
          ok,
          `"${q.contains}": got ${cands.map((x) => `${nameOf(x.speakerRef)} direct=${x.direct} via ${x.reportedByRefs.map(nameOf).join('/')}`).join('; ')}`,
        ).toBe(true);
      }
      for (const term of exp.notQuotes ?? []) {
        expect(
          ann.quotes.filter((x) => x.text.includes(term) && x.text.length < term.length + 20),
          term,
        ).toEqual([]);
      }
    });

    it('finds the events with their participants, and no wrong ones', () => {
      const parts = (e: (typeof ann.events)[number]) => [
        ...e.actorRefs,
        ...e.targetRefs,
        ...(e.locationRef ? [e.locationRef] : []),
      ];
      const has = (e: (typeof ann.events)[number], want: ExpectedEvent) =>
        e.type === want.type && want.participants.every((p) => parts(e).some((ref) => isEntity(p, ref)));
      const show = ann.events.map((e) => e.summary).join(' | ');
      for (const want of exp.events ?? [])
        expect(
          ann.events.some((e) => has(e, want)),
          `${want.type} ${want.participants.join(', ')}; have: ${show}`,
        ).toBe(true);
      for (const bad of exp.notEvents ?? [])
        expect(
          ann.events.filter((e) => has(e, bad)).map((e) => e.summary),
          `${bad.type} ${bad.participants.join(', ')}`,
        ).toEqual([]);
      if (exp.noAssertedEvents)
        expect(ann.events.filter((e) => e.mode === 'asserted').map((e) => e.summary)).toEqual([]);
    });

    it('reads the roles', () => {
      for (const r of exp.roles ?? []) {
        const p = find(r.person);
        expect(p, r.person).toBeDefined();
        const ok = p!.roles.some(
          (x) => x.title.toLowerCase().includes(r.title) && (!r.of || isEntity(r.of, x.ofRef)),
        );
        expect(ok, `${r.person}: ${p!.roles.map((x) => `${x.title} of ${nameOf(x.ofRef)}`).join('; ')}`).toBe(
          true,
        );
      }
    });
  });
}
