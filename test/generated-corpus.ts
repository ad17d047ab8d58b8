/**
 * A deterministic generated corpus for the worker and incremental tests: news-like documents
 * with invented names, places and figures, JSON Lines files and single texts, and planted copies
 * carried by other outlets (the only real copies in it).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../src/nlp/learn/hash.js';

// Names are assembled from syllables per document, so unrelated documents share few names and
// figures (what copy detection keys on); the planted copies below are the only real copies.
const SYL = [
  'ka',
  'ra',
  'bek',
  'tu',
  'man',
  'zhan',
  'ol',
  'da',
  'sar',
  'in',
  'mir',
  'go',
  'lan',
  'te',
  'vo',
  'su',
  'nur',
  'al',
  'ek',
  'bo',
];
const PLACES = [
  'Astana',
  'Bishkek',
  'Dushanbe',
  'Tashkent',
  'Baku',
  'Yerevan',
  'Ankara',
  'Moscow',
  'Beijing',
  'Brussels',
  'Almaty',
  'Samarkand',
];
const ORGS = [
  'the Eurasian Economic Union',
  'the Shanghai Cooperation Organisation',
  'the European Union',
  'the Organization of Turkic States',
  'the Collective Security Treaty Organization',
];
const VERBS = [
  'discussed',
  'signed',
  'rejected',
  'welcomed',
  'criticised',
  'postponed',
  'announced',
  'reviewed',
  'blocked',
  'endorsed',
  'questioned',
  'delayed',
];
const THINGS = [
  'a transit corridor',
  'a gas pipeline',
  'border demarcation',
  'joint exercises',
  'a trade deal',
  'visa-free travel',
  'water sharing',
  'a railway line',
  'grain quotas',
  'a power plant loan',
  'a customs union',
  'fibre-optic cables',
  'airport concessions',
  'fishing rights',
  'a copper mine',
];
const FILLER = [
  'officials said',
  'according to the ministry',
  'in a statement on Tuesday',
  'after two days of talks',
  'despite earlier objections',
  'at a press conference',
  'local media reported',
  'diplomats confirmed',
  'the agency noted',
  'without giving details',
];
const OUTLETS = ['Steppe Courier', 'Caspian Daily', 'Silk Road Times', 'Valley Herald', 'Mountain Post'];

type GenDoc = { title: string; body: string; date: string; outlet: string };

function docWords(r: () => number) {
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const word = (n: number) => {
    let w = '';
    for (let i = 0; i < n; i++) w += pick(SYL);
    return w[0].toUpperCase() + w.slice(1);
  };
  const people = Array.from({ length: 3 }, () => `${word(2)} ${word(3)}ov`);
  return {
    pick,
    people,
    places: [pick(PLACES), `${word(2)}abad`, `${word(3)}`],
    figure: () => `${1 + Math.floor(r() * 900)} million dollars`,
  };
}

function sentence(r: () => number, w: ReturnType<typeof docWords>): string {
  const { pick, people, places, figure } = w;
  const forms = [
    () => `${pick(people)} ${pick(VERBS)} ${pick(THINGS)} in ${pick(places)}, ${pick(FILLER)}.`,
    () =>
      `Delegations from ${places[1]} and ${places[2]} ${pick(VERBS)} ${pick(THINGS)} worth ${figure()} with ${pick(ORGS)}.`,
    () => `"We ${pick(VERBS)} ${pick(THINGS)} because it matters for ${pick(places)}," ${pick(people)} said.`,
    () => `The meeting of ${pick(ORGS)} in ${pick(places)} ${pick(VERBS)} ${pick(THINGS)} ${pick(FILLER)}.`,
    () =>
      `${pick(people)} and ${pick(people)} met for ${1 + Math.floor(r() * 9)} hours; ${pick(FILLER)}, they ${pick(VERBS)} ${pick(THINGS)}.`,
  ];
  return pick(forms)();
}

function generate(n: number, seed = 7): GenDoc[] {
  const r = seededRandom(seed);
  const docs: GenDoc[] = [];
  for (let i = 0; i < n; i++) {
    const w = docWords(r);
    const paragraphs: string[] = [];
    const np = 2 + Math.floor(r() * 3);
    for (let p = 0; p < np; p++)
      paragraphs.push(Array.from({ length: 2 + Math.floor(r() * 3) }, () => sentence(r, w)).join(' '));
    const day = 1 + Math.floor(r() * 28);
    docs.push({
      title: `${w.places[0]} talks, report ${i}: ${w.pick(THINGS)}`,
      body: paragraphs.join('\n\n'),
      date: `2023-0${1 + (i % 9)}-${String(day).padStart(2, '0')}`,
      outlet: OUTLETS[i % OUTLETS.length],
    });
  }
  return docs;
}

/** Writes the corpus: JSON Lines files of 20 records, single text files, planted copies and an exact duplicate file. */
export function writeCorpus(dir: string, n: number): { files: number; planted: number } {
  mkdirSync(dir, { recursive: true });
  const docs = generate(n);
  let files = 0;
  const jsonl = docs.slice(0, Math.floor(n * 0.8));
  for (let i = 0; i < jsonl.length; i += 20) {
    writeFileSync(
      join(dir, `feed-${String(i / 20).padStart(3, '0')}.jsonl`),
      `${jsonl
        .slice(i, i + 20)
        .map((d) => JSON.stringify(d))
        .join('\n')}\n`,
    );
    files++;
  }
  for (const [i, d] of docs.slice(jsonl.length).entries()) {
    writeFileSync(join(dir, `article-${String(i).padStart(3, '0')}.txt`), `${d.title}\n\n${d.body}\n`);
    files++;
  }
  // Planted copies: the same story carried by another outlet, lightly edited.
  const planted = docs
    .filter((_, i) => i % 10 === 3)
    .map((d, k) => ({
      ...d,
      outlet: OUTLETS[(k + 2) % OUTLETS.length],
      title: `${d.title} (carried)`,
      body: `${d.body.replace(/ said\./, ' told reporters.')}\n\nThis story was carried from a partner outlet.`,
    }));
  writeFileSync(join(dir, 'copies.jsonl'), `${planted.map((d) => JSON.stringify(d)).join('\n')}\n`);
  writeFileSync(
    join(dir, 'copies-again.jsonl'),
    `${planted
      .slice(0, 5)
      .map((d) => JSON.stringify(d))
      .join('\n')}\n`,
  );
  return { files: files + 2, planted: planted.length };
}
