// Deterministic synthetic news corpus for crash, concurrency and load tests.
// Project-written templates only (no text from any real article); a seeded PRNG makes the same
// (count, seed) always give the same files, byte for byte. About one document in eight is a
// light rewrite of an earlier one, so copy detection, stories and links have work to do.
//
//   node bench/gen-corpus.mjs OUT_DIR [--docs 5000] [--seed 1]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: tiny, fast, good enough for test data. The benches share this one (bench/copies.mjs too);
 * it gives the same sequence as seededRandom in src/nlp/learn/hash.ts, which the TypeScript code uses. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = [
  'Kazakhstan',
  'Kyrgyzstan',
  'Tajikistan',
  'Uzbekistan',
  'Turkmenistan',
  'Azerbaijan',
  'Armenia',
  'Georgia',
  'Turkey',
  'Russia',
  'China',
  'Iran',
];
const CITIES = {
  Kazakhstan: 'Astana',
  Kyrgyzstan: 'Bishkek',
  Tajikistan: 'Dushanbe',
  Uzbekistan: 'Tashkent',
  Turkmenistan: 'Ashgabat',
  Azerbaijan: 'Baku',
  Armenia: 'Yerevan',
  Georgia: 'Tbilisi',
  Turkey: 'Ankara',
  Russia: 'Moscow',
  China: 'Beijing',
  Iran: 'Tehran',
};
const ORGS = [
  'the Shanghai Cooperation Organisation',
  'the Organization of Turkic States',
  'the Eurasian Economic Union',
  'the Collective Security Treaty Organization',
  'the European Union',
];
const TOPICS = [
  'a new rail corridor',
  'gas transit tariffs',
  'border delimitation',
  'water sharing on the upper rivers',
  'a joint military exercise',
  'grain exports',
  'a power line across the mountains',
  'customs rules for trucks',
  'a fibre-optic cable under the Caspian',
  'visa-free travel',
];
const VERBS = ['met', 'held talks', 'signed an agreement', 'discussed cooperation', 'agreed to expand trade'];
const ROLES = [
  'Foreign Minister',
  'Defence Minister',
  'Prime Minister',
  'Energy Minister',
  'Deputy Foreign Minister',
];
const FIRST = [
  'Aibek',
  'Dilnoza',
  'Rustam',
  'Gulnara',
  'Timur',
  'Zarina',
  'Farid',
  'Nargiza',
  'Elnur',
  'Saule',
  'Bakyt',
  'Leyla',
];
const LAST = [
  'Seitkaliev',
  'Karimova',
  'Nazarov',
  'Abdullaeva',
  'Ismailov',
  'Tokaeva',
  'Rahimov',
  'Usmonova',
  'Guliyev',
  'Bekova',
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const pick = (r, xs) => xs[Math.floor(r() * xs.length)];

const W = [
  'quietly',
  'formally',
  'again',
  'for the first time',
  'after long delays',
  'under pressure',
  'late on Tuesday',
  'behind closed doors',
];
const NOUNS = [
  'pipeline',
  'railway',
  'bank',
  'port',
  'customs post',
  'dam',
  'airport',
  'refinery',
  'grid',
  'corridor',
  'market',
  'garrison',
];
const num = (r, m) => 1 + Math.floor(r() * m);
/** Sentence frames; every one has several random slots so no two documents share long passages. */
const FRAMES = [
  (c) =>
    `Officials of ${c.a} and ${c.b} ${pick(c.r, VERBS)} ${pick(c.r, W)} in ${c.city} on ${c.topic}, the ${c.a} ${pick(c.r, ['foreign ministry', 'presidential office', 'government press service'])} said.`,
  (c) =>
    `"We see ${c.topic} as ${pick(c.r, ['a priority', 'an urgent matter', 'a long-term goal', 'a test of trust'])} for ${pick(c.r, ['the whole region', 'our two nations', 'Central Asia', 'the Caspian basin'])}," ${c.role} ${c.person} told ${pick(c.r, ['reporters', 'a news conference', 'state television', 'lawmakers'])}.`,
  (c) =>
    `${c.b} has ${pick(c.r, ['sought closer ties with', 'kept its distance from', 'criticised', 'applied to join'])} ${c.org} since ${2000 + num(c.r, 22)}.`,
  (c) =>
    `Trade between the two reached ${c.n * num(c.r, 97)} million dollars in ${c.year - 1}, ${pick(c.r, ['customs data show', 'officials estimate', 'according to the ministry'])}.`,
  (c) =>
    `The ${pick(c.r, NOUNS)} near ${pick(c.r, Object.values(CITIES))} ${pick(c.r, ['will open', 'was delayed', 'needs repairs', 'is already half built'])} ${pick(c.r, ['next spring', 'by autumn', 'within ' + num(c.r, 9) + ' years', 'this month'])}.`,
  (c) =>
    `${pick(c.r, FIRST)} ${pick(c.r, LAST)}, ${pick(c.r, ['an analyst in', 'a professor in', 'a trader from', 'a lawmaker from'])} ${pick(c.r, Object.values(CITIES))}, called the ${pick(c.r, ['deal', 'meeting', 'statement', 'plan'])} "${pick(c.r, ['overdue', 'symbolic', 'a breakthrough', 'a risk', 'mostly words'])}".`,
  (c) =>
    `Delegation ${c.n}-${num(c.r, 999)} also visited ${pick(c.r, NOUNS)} sites and met ${num(c.r, 60)} ${pick(c.r, ['business leaders', 'local officials', 'farmers', 'engineers'])}.`,
  (c) =>
    `The next round is planned for ${MONTHS[(c.month + num(c.r, 11)) % 12]} in ${pick(c.r, Object.values(CITIES))}, ${pick(c.r, ['diplomats said', 'a source said', 'the statement added'])}.`,
  (c) =>
    `${c.a} ${pick(c.r, ['imports', 'exports', 'transits', 'stores'])} about ${num(c.r, 90)} percent of its ${pick(c.r, ['gas', 'grain', 'fuel', 'electricity', 'cement'])} ${pick(c.r, ['through', 'from', 'via'])} ${c.b}.`,
  (c) =>
    `On ${MONTHS[c.month]} ${c.day}, ${c.year}, ${pick(c.r, ['protesters gathered', 'troops were moved', 'a convoy crossed', 'prices rose'])} near the ${pick(c.r, NOUNS)} of ${c.city}.`,
  (c) =>
    `${c.person} did not say whether ${c.org} would ${pick(c.r, ['fund', 'monitor', 'oppose', 'join'])} the ${pick(c.r, NOUNS)} project worth ${num(c.r, 900)} million.`,
  (c) =>
    `Neither side commented on reports of ${pick(c.r, ['a shooting', 'a cyberattack', 'a fuel shortage', 'a trade ban', 'new sanctions'])} in ${pick(c.r, ['the border zone', 'the capital', 'the north', 'the valley'])} ${pick(c.r, W)}.`,
];

export function article(r, _i) {
  const a = pick(r, COUNTRIES);
  let b = pick(r, COUNTRIES);
  if (b === a) b = COUNTRIES[(COUNTRIES.indexOf(a) + 1) % COUNTRIES.length];
  const topic = pick(r, TOPICS);
  const person = `${pick(r, FIRST)} ${pick(r, LAST)}`;
  const role = pick(r, ROLES);
  const day = 1 + Math.floor(r() * 28);
  const month = Math.floor(r() * 12);
  const year = 2021 + Math.floor(r() * 3);
  const city = CITIES[a];
  const org = pick(r, ORGS);
  const n = 2 + Math.floor(r() * 40);
  const title = `${a} and ${b} ${pick(r, ['discuss', 'agree on', 'review', 'sign deal on', 'clash over', 'postpone talks on'])} ${topic}`;
  const ctx = { a, b, topic, person, role, city, org, n, day, month, year, r };
  const body = [];
  const used = new Set();
  const k = 5 + Math.floor(r() * 5);
  while (body.length < k) {
    const f = Math.floor(r() * FRAMES.length);
    if (used.has(f)) continue;
    used.add(f);
    body.push(FRAMES[f](ctx));
  }
  const paras = [`${city.toUpperCase()}, ${MONTHS[month]} ${day} — ${body[0]} ${body[1]}`];
  for (let j = 2; j < body.length; j += 2) paras.push(body.slice(j, j + 2).join(' '));
  return {
    title,
    paras,
    date: `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    outlet: pick(r, ['Steppe Wire', 'Caspian Daily', 'Silk Road Monitor', 'Pamir Post']),
  };
}

/** Rewrite of an earlier article: same story, a few words and the outlet changed. */
function rewrite(r, base, i) {
  const swap = (s) =>
    s
      .replace(/ said /g, ' stated ')
      .replace(/ met /g, ' gathered ')
      .replace(/Officials/g, 'Representatives');
  return {
    ...base,
    title: `${base.title} (update ${i})`,
    paras: [
      ...base.paras.map(swap),
      `This report was updated with comment from the ${pick(r, ['ministry', 'embassy', 'delegation'])}.`,
    ],
    outlet: 'Regional Digest',
  };
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function render(doc, format) {
  if (format === 'html') {
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(doc.title)} | ${esc(doc.outlet)}</title><meta property="article:published_time" content="${doc.date}T09:00:00Z"><meta property="og:site_name" content="${esc(doc.outlet)}"></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>${esc(doc.title)}</h1>${doc.paras.map((p) => `<p>${esc(p)}</p>`).join('')}</article><footer>© ${esc(doc.outlet)}</footer></body></html>\n`;
  }
  if (format === 'json')
    return `${JSON.stringify({ title: doc.title, body: doc.paras.join('\n\n'), date: doc.date, outlet: doc.outlet })}\n`;
  return `${doc.title}\n\n${doc.date}\n\n${doc.paras.join('\n\n')}\n`;
}

/**
 * Writes `docs` files into `dir` (in sub-folders of 500, names sort in generation order) and
 * returns their paths. Formats rotate among text, HTML and JSON.
 */
export function generateCorpus(dir, { docs = 5000, seed = 1 } = {}) {
  const r = prng(seed);
  const made = [];
  const paths = [];
  for (let i = 0; i < docs; i++) {
    const doc =
      made.length > 10 && r() < 0.125 ? rewrite(r, made[Math.floor(r() * made.length)], i) : article(r, i);
    made.push(doc);
    const format = ['txt', 'html', 'json'][i % 3];
    const sub = join(dir, `part-${String(Math.floor(i / 500)).padStart(3, '0')}`);
    if (i % 500 === 0) mkdirSync(sub, { recursive: true });
    const p = join(sub, `doc-${String(i).padStart(6, '0')}.${format}`);
    writeFileSync(p, render(doc, format));
    paths.push(p);
  }
  return paths;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [out, ...rest] = process.argv.slice(2);
  if (!out) {
    process.stderr.write('usage: node bench/gen-corpus.mjs OUT_DIR [--docs N] [--seed S]\n');
    process.exit(2);
  }
  const opt = (name, d) => {
    const i = rest.indexOf(name);
    return i >= 0 ? Number(rest[i + 1]) : d;
  };
  const paths = generateCorpus(out, { docs: opt('--docs', 5000), seed: opt('--seed', 1) });
  process.stdout.write(`${paths.length} documents in ${out}\n`);
}

/**
 * One long prose document of about `bytes` bytes (UTF-8): many generated articles' paragraphs
 * under one headline, as a report, transcript or book chapter would be. For the large-document
 * benchmark and tests.
 */
export function generateProse(bytes, { seed = 7 } = {}) {
  const r = prng(seed);
  const paras = [];
  let size = 0;
  let i = 0;
  while (size < bytes) {
    for (const p of article(r, i++).paras) {
      paras.push(p);
      size += Buffer.byteLength(p) + 2;
    }
  }
  return `A long report on the region\n\n2023-05-04\n\n${paras.join('\n\n')}\n`;
}
