/**
 * Development check: run the quote extractor over the seed articles and score it the way
 * /work/shared/eval/score.mjs scores quotes (recall by snippet, speaker and reportedBy accuracy
 * among the found, precision against gold + optional quotes, scare quotes).
 *
 * Run: npx vite-node scripts/dev/quotes-seeds.ts [--verbose]
 *
 * Uses src/clean cleanDocument for the text and the real extractEntities when it exists;
 * otherwise a crude capitalised-name mention finder defined below (for this check only).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../../src/nlp/sentences.js';
import { extractQuotes } from '../../src/extract/quotes.js';
import type { DocEntity, DocMention, Sentence } from '../../src/model/index.js';

const SHARED = process.env.ORBIT_SHARED ?? '/work/shared';
const SEEDS = join(SHARED, 'corpus/seeds');
const GOLD = join(SHARED, 'gold/seeds.gold.json');
const verbose = process.argv.includes('--verbose');

type Gold = {
  entities: { name: string; type: string; aliases?: string[] }[];
  quotes: { doc: string; contains: string; speaker: string; direct?: boolean; reportedBy?: string[] }[];
  optionalQuotes: { doc: string; contains: string }[];
  notQuotes: string[];
};

// --- the scorer's normalisation (copied in behaviour, not imported: score.mjs is a CLI)
const FOLD: Record<string, string> = {
  ı: 'i',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ħ: 'h',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
};
const fold = (s: string) =>
  String(s ?? '')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ıłøđħßæœþ]/g, (c) => FOLD[c])
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
const normName = (s: string) => fold(s).replace(/^the /, '');
const normQuote = (s: string) => fold(s).replace(/^[\s"'.,;:!?()[\]-]+|[\s"'.,;:!?()[\]-]+$/g, '');
const quoteHit = (p: string, s: string) =>
  p.length > 0 && (p.includes(s) || (s.includes(p) && p.length >= 0.6 * s.length));

type Extract = (text: string, sentences: Sentence[]) => { entities: DocEntity[]; mentions: DocMention[] };

async function loadExtractor(): Promise<{ name: string; fn: Extract }> {
  if (existsSync(new URL('../../src/extract/mentions.ts', import.meta.url))) {
    try {
      const mod = await import('../../src/extract/mentions.js');
      const gazMod = await import('../../src/resolve/gazetteer.js');
      const gaz = gazMod.loadGazetteer();
      return { name: 'extractEntities', fn: (t, s) => mod.extractEntities(t, s, gaz, { published: null }) };
    } catch (e) {
      console.error('extractEntities unavailable, falling back:', (e as Error).message);
    }
  }
  return { name: 'dev capitalised-name finder', fn: devMentions };
}

// --- a crude mention finder for this script only (until src/extract/mentions.ts lands)
const MEDIA_WORDS =
  /\b(?:Gazeta|Gazette|Times|News|Post|Vedomosti|Euractiv|Forbes|Reuters|Agency|TASS|Interfax|Kommersant|Izvestia|TRT|Avaz|Journal|Herald|Tribune|Telegraph|Guardian|BBC|CNN)\b/;
const ORG_WORDS =
  /\b(?:Organization|Organisation|Center|Centre|Ministry|Forces|Union|Party|Council|Institute|Committee|Agency|Bank|Company|Department|Office|Chambers|Army|CSTO|EAEU|NATO|SCO|OTG|UN|EU|IMEMO|RAS|QAFSAM)\b/;
const COUNTRIES = new Set([
  'Russia',
  'Turkey',
  'Türkiye',
  'Turkiye',
  'Kazakhstan',
  'Kyrgyzstan',
  'Tajikistan',
  'Uzbekistan',
  'Turkmenistan',
  'Azerbaijan',
  'Armenia',
  'Georgia',
  'China',
  'Ukraine',
  'Moldova',
  'Syria',
  'Belarus',
  'United States',
  'Iran',
]);
const STOP = new Set(
  'The A An This That These Those It He She They We I In On At By For From To Of With And Or But As If When While However Meanwhile According Also Thus Therefore Probably Such After Before Since During Today Yesterday Both Many Some All Each Most Yes No Being Things Events Office Northern Western Turkish Russian Kazakh Kyrgyz Tajik Chinese Moscow Ankara January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday President Minister Foreign Defense General Colonel-General Prime Deputy Director Head Ambassador There What Is Our Russia Accordingly Therefore Economically Taking During Despite Turkic Dear Subscribe'.split(
    ' ',
  ),
);
const TITLEWORDS = new Set(
  'President Minister Foreign Defense Defence General Colonel-General Prime Deputy Director Head Ambassador Turkish Russian Kazakh Kyrgyz Former Acting'.split(
    ' ',
  ),
);

function devMentions(text: string): { entities: DocEntity[]; mentions: DocMention[] } {
  const entities: DocEntity[] = [];
  const mentions: DocMention[] = [];
  const byKey = new Map<string, DocEntity>();
  const re = /\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:of[ \t]+the[ \t]+|of[ \t]+)?\p{Lu}[\p{L}'’-]*)*/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    let words = m[0].replace(/[’']s$/, '').split(/\s+/);
    let start = m.index;
    while (words.length && (STOP.has(words[0]) || TITLEWORDS.has(words[0]))) {
      start += words[0].length + 1;
      start = text.indexOf(words[1] ?? '', start) >= 0 && words[1] ? text.indexOf(words[1], start) : start;
      words = words.slice(1);
    }
    if (!words.length) continue;
    const surface = words.join(' ').replace(/[.,]$/, '');
    const end = start + surface.length;
    if (text.slice(start, end) !== surface) continue;
    let type: DocEntity['type'] | null = null;
    if (MEDIA_WORDS.test(surface)) type = 'media';
    else if (COUNTRIES.has(surface)) type = 'country';
    else if (ORG_WORDS.test(surface)) type = 'organization';
    else if (words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)))
      type = 'person';
    else if (words.length === 1) {
      const last = [...byKey.values()].find(
        (e) => e.type === 'person' && e.name.split(' ').pop() === surface,
      );
      if (last) {
        mentions.push({ ref: last.ref, start, end, text: surface });
        continue;
      }
    }
    if (!type) continue;
    const key = type === 'person' ? surface.split(' ').pop()! : surface;
    let e = byKey.get(key);
    if (!e) {
      e = {
        ref: `e${entities.length}`,
        type,
        name: surface,
        aliases: [surface],
        gazetteerId: null,
        roles: [],
        reasons: [],
      };
      entities.push(e);
      byKey.set(key, e);
    } else if (!e.aliases.includes(surface)) e.aliases.push(surface);
    mentions.push({ ref: e.ref, start, end, text: surface });
  }
  return { entities, mentions };
}

async function getText(file: string, body: string): Promise<string> {
  try {
    const clean = await import('../../src/clean/index.js');
    const art = clean.cleanDocument({
      id: file,
      source: file,
      format: 'text',
      body,
      encoding: 'utf-8',
      bytes: body.length,
      hints: {},
    });
    if (art.text) return art.text;
  } catch {
    /* fall through */
  }
  return body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 60)
    .join('\n\n');
}

async function main(): Promise<void> {
  const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as Gold;
  const ext = await loadExtractor();
  const goldNames = (name: string): Set<string> => {
    const out = new Set<string>();
    for (const alt of name.split('|')) {
      const n = normName(alt.trim());
      const g = gold.entities.find((e) => [e.name, ...(e.aliases ?? [])].map(normName).includes(n));
      for (const x of g ? [g.name, ...(g.aliases ?? [])] : [alt]) out.add(normName(x));
    }
    return out;
  };
  let found = 0,
    spOk = 0,
    rbTotal = 0,
    rbOk = 0,
    dirOk = 0,
    predicted = 0,
    tp = 0,
    scare = 0;
  const total = gold.quotes.length;
  const t0 = performance.now();
  let chars = 0;
  for (const file of readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const text = await getText(file, readFileSync(join(SEEDS, file), 'utf8'));
    chars += text.length;
    const sentences = splitSentences(text);
    const { entities, mentions } = ext.fn(text, sentences);
    const quotes = extractQuotes(text, sentences, entities, mentions);
    const ent = new Map(entities.map((e) => [e.ref, e]));
    const names = (ref: string | null) =>
      ref && ent.get(ref)
        ? new Set([ent.get(ref)!.name, ...ent.get(ref)!.aliases].map(normName))
        : new Set<string>();
    const label = (ref: string | null) => (ref ? (ent.get(ref)?.name ?? ref) : null);
    const qs = quotes.map((q) => ({ q, n: normQuote(q.text) }));
    for (const x of qs)
      if (x.q.text !== text.slice(x.q.start, x.q.end))
        console.log('SPAN VIOLATION', file, x.q.text.slice(0, 40));
    for (const g of gold.quotes.filter((g) => g.doc === file)) {
      const sn = normQuote(g.contains);
      const cands = qs.filter((x) => quoteHit(x.n, sn));
      if (!cands.length) {
        console.log(`MISS      ${file} "${g.contains}"`);
        continue;
      }
      found++;
      const spk = goldNames(g.speaker);
      const rbo = g.reportedBy?.length ? g.reportedBy.map(goldNames) : null;
      const grade = (x: (typeof qs)[number]) => ({
        x,
        s: [...names(x.q.speakerRef)].some((n) => spk.has(n)),
        d: g.direct === undefined || x.q.direct === g.direct,
        r: !rbo || x.q.reportedByRefs.some((r) => rbo.some((o) => [...names(r)].some((n) => o.has(n)))),
      });
      const best = cands
        .map(grade)
        .sort((a, b) => +b.s * 4 + +b.d * 2 + +b.r - (+a.s * 4 + +a.d * 2 + +a.r))[0];
      if (best.s) spOk++;
      else
        console.log(
          `SPEAKER   ${file} "${g.contains}" expected ${g.speaker}, got ${label(best.x.q.speakerRef)}`,
        );
      if (best.d) dirOk++;
      else console.log(`DIRECT    ${file} "${g.contains}" expected ${g.direct}`);
      if (rbo) {
        rbTotal++;
        if (best.r) rbOk++;
        else
          console.log(
            `REPORTED  ${file} "${g.contains}" expected ${g.reportedBy?.join(', ')}, got [${best.x.q.reportedByRefs.map(label).join(', ')}]`,
          );
      }
    }
    for (const x of qs) {
      predicted++;
      const hit = [...gold.quotes, ...gold.optionalQuotes].some(
        (g) => g.doc === file && quoteHit(x.n, normQuote(g.contains)),
      );
      if (hit) {
        tp++;
        continue;
      }
      const term = gold.notQuotes
        .map(normQuote)
        .find(
          (t) =>
            x.n === t ||
            (x.n.includes(t) && x.n.replace(t, ' ').trim().split(/\s+/).filter(Boolean).length <= 3),
        );
      if (term) scare++;
      console.log(
        `${term ? 'SCARE' : 'FP'}        ${file} ${x.q.direct ? 'direct' : 'indirect'} [${label(x.q.speakerRef)}] "${x.q.text.slice(0, 90)}"`,
      );
    }
    if (verbose)
      for (const { q } of qs)
        console.log(
          `  ${q.direct ? 'D' : 'I'} ${label(q.speakerRef)} <- [${q.reportedByRefs.map(label).join(', ')}] (${q.cue}) "${q.text.slice(0, 80)}"`,
        );
  }
  const ms = performance.now() - t0;
  const r = (a: number, b: number) => (b ? (a / b).toFixed(3) : 'n/a');
  console.log(`\nmentions: ${ext.name}`);
  console.log(
    `quote recall ${r(found, total)} (${found}/${total})  speaker acc ${r(spOk, found)} (${spOk}/${found})  direct acc ${r(dirOk, found)}  reportedBy acc ${r(rbOk, rbTotal)} (${rbOk}/${rbTotal})`,
  );
  console.log(
    `precision ${r(tp, predicted)} (${tp}/${predicted})  scare quotes ${scare}  time ${ms.toFixed(0)} ms for ${chars} chars (incl. cleaning and mentions)`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
