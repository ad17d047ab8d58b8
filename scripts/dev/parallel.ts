// Dev check: the parallel en/ru/tr fixtures (test/fixtures/articles/parallel) through clean +
// annotate + per-story resolution; prints entity and quote-speaker agreement with English.
//
//   npx vite-node scripts/dev/parallel.ts [--verbose]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanDocument } from '../../src/clean/index.ts';
import { annotate } from '../../src/extract/annotate.ts';
import { resolveCorpus } from '../../src/resolve/resolve.ts';
import { loadGazetteer } from '../../src/resolve/gazetteer.ts';
import { fold } from '../../src/resolve/fold.ts';

const verbose = process.argv.includes('--verbose');
const dir = 'test/fixtures/articles/parallel';
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
const gaz = loadGazetteer();
let eTot = 0,
  eOk = 0,
  qTot = 0,
  qOk = 0;
for (const story of expected.stories) {
  const docs: Record<string, { id: string; text: string; ann: ReturnType<typeof annotate>; lang: string }> =
    {};
  for (const lang of expected.languages) {
    const body = readFileSync(join(dir, story.files[lang]), 'utf8');
    const art = cleanDocument({
      id: `${story.id}.${lang}`,
      source: story.files[lang],
      format: 'text',
      body,
      encoding: 'utf-8',
      bytes: body.length,
      hints: {},
    });
    docs[lang] = { id: art.id, text: art.text, ann: annotate(art), lang: art.language };
  }
  const res = resolveCorpus(
    Object.values(docs).map((d) => ({
      id: d.id,
      published: null,
      entities: d.ann.entities,
      mentions: d.ann.mentions,
    })),
    gaz,
  );
  const entityAt = (lang: string, surface: string): string | null => {
    const d = docs[lang];
    // every occurrence of the surface as a whole word; the mention that overlaps it
    const re = new RegExp(
      `(?<![\\p{L}\\p{N}])${surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
      'gu',
    );
    let found = false;
    for (const m of d.text.matchAll(re)) {
      found = true;
      const s0 = m.index!,
        e0 = s0 + m[0].length;
      const hit = d.ann.mentions.find((x) => x.start < e0 && x.end > s0);
      if (hit) return res.mentionEntity.get(`${d.id}\u0000${hit.ref}`) ?? null;
    }
    return found ? null : 'absent';
  };
  console.log(
    `== ${story.id}  langs ${Object.values(docs)
      .map((d) => d.lang)
      .join(',')}`,
  );
  for (const ent of story.entities) {
    let en: string | null = null;
    for (const s of [...ent.surface.en, ...(ent.adjectives?.en ?? [])]) {
      const x = entityAt('en', s);
      if (x !== 'absent') {
        en = x;
        break;
      }
    }
    en ??= ent.gazetteerId;
    for (const lang of ['ru', 'tr']) {
      for (const s of ent.surface[lang]) {
        const got = entityAt(lang, s);
        if (got === 'absent') {
          if (verbose) console.log(`  --- ${ent.name} [${lang}] "${s}" not in the text (title?)`);
          continue;
        }
        eTot++;
        const ok = got !== null && got === en;
        if (ok) eOk++;
        if (!ok || verbose)
          console.log(`  ${ok ? 'ok ' : 'BAD'} ${ent.name} [${lang}] "${s}" -> ${got}  (en ${en})`);
      }
    }
  }
  for (const [qi, q] of story.quotes.entries()) {
    const speakers: Record<string, string | null> = {};
    for (const lang of expected.languages) {
      const d = docs[lang];
      const dq = d.ann.quotes.find((x) => fold(x.text).includes(fold(q.contains[lang]).slice(0, 40)));
      speakers[lang] = dq
        ? dq.speakerRef
          ? (res.mentionEntity.get(`${d.id}\u0000${dq.speakerRef}`) ?? null)
          : 'null-speaker'
        : 'no-quote';
    }
    for (const lang of ['ru', 'tr']) {
      if (q.optional) continue;
      qTot++;
      const ok =
        speakers[lang] === speakers.en && speakers.en !== 'no-quote' && speakers.en !== 'null-speaker';
      if (ok) qOk++;
      if (!ok || verbose)
        console.log(
          `  ${ok ? 'ok ' : 'BAD'} quote ${qi} ${q.speaker} [${lang}] ${speakers[lang]} (en ${speakers.en})`,
        );
    }
  }
  if (verbose)
    for (const lang of ['ru', 'tr']) {
      const d = docs[lang];
      console.log(`  -- ${lang} entities`);
      for (const e of d.ann.entities)
        console.log(`     ${e.ref} ${e.type} ${e.name} ${e.gazetteerId ?? ''} [${e.aliases.join(' | ')}]`);
      console.log(`  -- ${lang} times ${d.ann.times.map((t) => `${t.text}=${t.value.start}`).join('; ')}`);
      console.log(
        `  -- ${lang} amounts ${d.ann.amounts.map((t) => `${t.text}=${t.value} ${t.unit}`).join('; ')}`,
      );
      console.log(`  -- ${lang} sentences ${d.ann.sentences.length}`);
    }
}
console.log(`entity agreement ${eOk}/${eTot} = ${((100 * eOk) / eTot).toFixed(1)}%`);
console.log(`quote speaker agreement ${qOk}/${qTot}`);
