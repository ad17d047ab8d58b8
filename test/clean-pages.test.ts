/**
 * Cleaning and metadata on project-written HTML pages that mimic the markup of common news CMSs
 * (WordPress, Drupal, 1C-Bitrix, DataLife Engine, Turkish portals, AMP, Next.js, table layouts)
 * and the ways pages state metadata (JSON-LD @graph / arrays, OpenGraph only, visible lines
 * only). The fixtures live in test/fixtures/pages/; each case says what a reader of the page
 * would record, and which chrome must not reach the cleaned text. Each page is also cleaned as a
 * text copy of itself (the form the seed corpus comes in), through the page-dump cleaner.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linearise } from '../src/clean/html-blocks.js';
import { buildTree } from '../src/clean/html-dom.js';
import { cleanDocument } from '../src/clean/index.js';
import type { Article, RawDocument } from '../src/model/index.js';

const DIR = join(__dirname, 'fixtures', 'pages');

type Case = {
  file: string;
  title: string;
  /** compared like the scorer: same instant with a zone, same local minute without, same day for a date */
  published: string | null;
  author: string | null;
  outlet: string;
  originalSource: string | null;
  language: string;
  include: string[];
  exclude: string[];
  /**
   * The same page copied as text (what "select all, copy" gives): values only the markup states
   * (JSON-LD, meta tags) are not in a copy, so the copy's expected values differ there.
   */
  dump?: { published?: string | null; author?: string | null; loses?: string[] };
};

const CASES: Case[] = [
  {
    file: 'wordpress-classic.html',
    title: 'Dushanbe opens a second dam turbine hall',
    published: '2026-11-23T09:15:00+05:00',
    author: 'Dana Kemelova',
    outlet: 'Steppe Herald',
    originalSource: null,
    language: 'en',
    include: [
      'Engineers in southern Tajikistan switched on',
      'The energy ministry said the hall',
      'Neighbouring Uzbekistan has agreed',
    ],
    exclude: [
      'Read also',
      'Grid talks stall',
      'Share this',
      'Rogun reservoir',
      'Every winter they promise',
      'Leave a Reply',
      'We use cookies',
      'Recent Posts',
      'Previous post',
      'All rights reserved',
      'seen from the river bank',
      'Posted in',
    ],
    dump: { published: '2026-11-23' },
  },
  {
    file: 'wordpress-wire.html',
    title: 'Kazakhstan and China sign rail freight deal',
    published: '2026-11-23T07:42:10+00:00',
    author: 'Timur Saidov',
    outlet: 'Silk Road Ledger',
    originalSource: 'Reuters',
    language: 'en',
    include: [
      'Kazakhstan and China signed an agreement on Monday',
      'The deal covers a new border terminal',
      'Freight volumes on the route',
    ],
    exclude: [
      'Sign up for our newsletter',
      'daily briefing',
      'RELATED ARTICLES',
      'Port of Aktau',
      'Reporting by',
      'WhatsApp',
      'TAGS',
    ],
    dump: { published: '2026-11-23' },
  },
  {
    file: 'drupal-node.html',
    title: 'Armenia and Georgia agree on a new border crossing',
    published: '2026-11-23T10:42',
    author: 'Nodira Yusupova',
    outlet: 'Caucasus Monitor',
    originalSource: 'AFP',
    language: 'en',
    include: [
      'Armenia and Georgia will open a new road crossing',
      'The crossing is meant to relieve queues',
      'Both sides also agreed to study',
    ],
    exclude: [
      'Skip to main content',
      'Submitted by',
      'to post comments',
      'Tags',
      'Privacy policy',
      'About us',
    ],
  },
  {
    file: 'bitrix-ru.html',
    title: 'В Бишкеке обсудили строительство нового моста через Чу',
    published: '2026-11-23T14:05',
    author: 'Ирина Соколова',
    outlet: 'Восточный вестник',
    originalSource: 'TASS',
    language: 'ru',
    include: [
      'Представители Кыргызстана и Казахстана',
      'По словам участников встречи',
      'Стороны договорились подготовить',
    ],
    exclude: [
      'Читайте также',
      'Казахстан увеличил экспорт',
      'Поделиться',
      'Просмотров',
      'Другие новости',
      'Курс сома',
      'Давно пора',
      'Все права защищены',
      'гиперссылка',
      'Автор:',
    ],
  },
  {
    file: 'turkish-news.html',
    title: 'Türkiye ve Özbekistan tekstil işbirliğini genişletiyor',
    published: '2026-11-23T09:30',
    author: 'Ayşe Demir',
    outlet: 'Anadolu Gündem',
    originalSource: null,
    language: 'tr',
    include: [
      'yeni bir yatırım fonu kurulması konusunda anlaştı',
      "Taşkent'te yapılan toplantıda",
      'ticaret hacminin önümüzdeki beş yılda',
    ],
    exclude: [
      'İlgili Haber',
      'Özbek pamuğuna',
      'Etiketler',
      'Bu anlaşma bölgedeki',
      'çerez',
      'Tüm hakları',
      'Paylaş',
      'Muhabir',
      'Güncelleme',
    ],
  },
  {
    file: 'amp-article.html',
    title: 'Baku and Astana plan a joint Caspian ferry line',
    published: '2026-11-23T12:20:00+04:00',
    author: 'Leyla Aliyeva',
    outlet: 'Caspian Daily',
    originalSource: 'Trend',
    language: 'en',
    include: [
      'Azerbaijan and Kazakhstan plan to launch a joint ferry line',
      'The ministry said the line would carry',
      'Officials from both countries will meet again',
    ],
    exclude: [
      'Advertisement',
      'Related news',
      'Port of Alat handles',
      'View non-AMP',
      'A cargo ferry at the port',
    ],
  },
  {
    file: 'jsonld-graph.html',
    title: 'Turkmenistan raises gas exports to China',
    published: '2026-11-22T18:05:31+00:00',
    author: 'Serdar Atayev',
    outlet: 'Karakum Review',
    originalSource: null,
    language: 'en',
    include: [
      'Turkmenistan increased its natural gas deliveries',
      'a fourth line of the pipeline',
      'depends on a single large buyer',
    ],
    exclude: [
      'Support independent journalism',
      'Donate today',
      'Most read',
      'Ashgabat hosts trade fair',
      'Share:',
      'All rights reserved',
    ],
    dump: { published: null, author: null },
  },
  {
    file: 'jsonld-authors-paywall.html',
    title: 'Kyrgyzstan weighs a new mining code',
    published: '2026-11-23T16:40',
    author: 'Laura Finch and Omar Haidari',
    outlet: 'Eurasia Ledger',
    originalSource: null,
    language: 'en',
    include: [
      'Lawmakers in Kyrgyzstan began debating',
      'Supporters of the draft say',
      'The government expects a first vote',
    ],
    exclude: [
      'Subscribe to continue reading',
      'subscribers only',
      'free newsletter',
      'The Eurasia Brief',
      'use cookies',
      'By Laura Finch',
      'Terms of use',
      'November 23, 2026',
    ],
    dump: { published: '2026-11-23', loses: ['The government expects a first vote'] },
  },
  {
    file: 'opengraph-only.html',
    title: 'Uzbekistan lifts quotas on wheat imports',
    published: '2026-11-23T05:30:00Z',
    author: null,
    outlet: 'Fergana Times',
    originalSource: 'TASS',
    language: 'en',
    include: [
      'Uzbekistan will lift quotas on wheat imports',
      'Most of the imported grain',
      'domestic producers would keep their subsidies',
    ],
    exclude: ['Staff Writer', 'A bakery in Tashkent', 'More stories', 'Samarkand hosts', 'Contacts'],
    dump: { published: null },
  },
  {
    file: 'jsonld-string-author.html',
    title: 'Astana hosts a summit of Turkic states',
    published: '2026-11-23',
    author: 'Marat Ospanov',
    outlet: 'Nomad Post',
    originalSource: 'Kazinform',
    language: 'en',
    include: [
      'Leaders of the Organization of Turkic States gathered',
      'shared digital platform',
      'joint declaration',
    ],
    exclude: [
      '3 Comments',
      'These summits produce',
      'A shared customs platform would be',
      'Log in',
      'independent online news outlet',
    ],
  },
  {
    file: 'dle-ru.html',
    title: 'Таджикистан и Узбекистан договорились о водных квотах',
    published: '2026-11-23T08:15',
    author: null,
    outlet: 'Новости Центральной Азии',
    originalSource: 'Kazinform',
    language: 'ru',
    include: ['согласовали распределение воды', 'обмен данными о стоке', 'снижает риск конфликтов'],
    exclude: [
      'Читайте также',
      'Кыргызстан обновил',
      'Теги',
      'Похожие новости',
      'Главное, чтобы',
      'Добавить комментарий',
      'Просмотров',
      'Все права защищены',
    ],
  },
  {
    file: 'react-visible-date.html',
    title: 'Kazakhstan to build a second nuclear plant, minister says',
    published: '2026-11-23T15:40:00+05:00',
    author: 'Aigerim Tulegenova',
    outlet: 'Steppe Observer',
    originalSource: null,
    language: 'en',
    include: [
      'plans to build a second nuclear power plant',
      'We need reliable baseload power',
      'He did not name a contractor',
      'due to start construction in two years',
    ],
    exclude: [
      'Also read',
      'Uranium output',
      'The site of the first plant near',
      'Stay informed',
      'uses cookies',
      'Published:',
      'All rights reserved',
    ],
    dump: { loses: ['due to start construction in two years'] },
  },
  {
    file: 'legacy-br.html',
    title: 'Georgia and Azerbaijan extend gas transit contract',
    published: '2026-11-23T17:25',
    author: 'Giorgi Beridze',
    outlet: 'Tbilisi Courier',
    originalSource: null,
    language: 'en',
    include: [
      'have extended the contract for the transit',
      'Under the new terms',
      'still needs to be approved',
    ],
    exclude: ['Rubrics', 'Print version', 'Send to a friend', 'Reprinting', 'Author:', '23.11.2026'],
  },
  {
    file: 'wordpress-old-theme.html',
    title: 'US envoy visits Tashkent for transit talks',
    published: '2026-11-23',
    author: null,
    outlet: 'Oxus Dispatch',
    originalSource: 'AP',
    language: 'en',
    include: [
      'A senior US envoy arrived in Tashkent on Monday',
      'The envoy is expected to meet',
      'Washington has said it supports trade routes',
    ],
    exclude: [
      'Oxus Dispatch',
      'Amu Darya basin',
      'November 30',
      'Posted on',
      'Filed under',
      'Leave a comment',
      'Archives',
      'Powered by WordPress',
      'Share',
    ],
  },
];

/** Fold like the scorer: NFKD, no marks, lower case, one space. */
const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** The scorer's date comparison (eval/score.mjs sameTime), so the tests accept what it accepts. */
function sameTime(gold: string, got: string | null): boolean {
  if (got === null) return false;
  const TS =
    /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
  const parse = (s: string) => {
    const m = TS.exec(s.trim());
    if (!m) return null;
    const local = m[2] ? `${m[1]}T${m[2]}:${m[3]}` : null;
    let instant: number | null = null;
    if (local && m[4]) {
      const o = /^([+-])(\d{2}):?(\d{2})?$/.exec(m[4]);
      const off = o ? (o[1] === '-' ? -1 : 1) * (Number(o[2]) * 60 + Number(o[3] ?? 0)) : 0;
      instant = Date.parse(`${local}:00Z`) - off * 60000;
    }
    return { date: m[1], local, instant };
  };
  const g = parse(gold);
  const p = parse(got);
  if (!g || !p) return false;
  if (!g.local) return p.date === g.date;
  if (g.instant !== null && p.instant !== null) return g.instant === p.instant;
  return p.local === g.local;
}

function load(file: string): RawDocument {
  const body = readFileSync(join(DIR, file), 'utf8');
  return {
    id: file,
    source: `pages/${file}`,
    format: 'html',
    body,
    encoding: 'utf-8',
    bytes: Buffer.byteLength(body),
    hints: {},
  };
}

/** The page as a browser copies it: one line per text block, no markup, no <head>. */
function asDump(file: string): RawDocument {
  const page = buildTree(readFileSync(join(DIR, file), 'utf8'));
  const body = linearise(page.body, () => false, true)
    .blocks.map((b) => b.text)
    .join('\n');
  return {
    id: file,
    source: `dumps/${file}.txt`,
    format: 'text',
    body,
    encoding: 'utf-8',
    bytes: Buffer.byteLength(body),
    hints: {},
  };
}

function checkText(a: Article, c: Case, include: string[]): void {
  const text = fold(a.text);
  for (const s of include) expect(text, `missing: ${s}`).toContain(fold(s));
  for (const s of c.exclude) expect(text, `kept: ${s}`).not.toContain(fold(s));
  // every paragraph once, and the headline once
  expect(text.split(fold(c.include[0])).length - 1).toBe(1);
  expect(text.split(fold(c.title)).length - 1).toBe(1);
  for (const p of a.paragraphs) expect(a.text.slice(p.start, p.end).trim().length).toBeGreaterThan(0);
}

function checkMeta(a: Article, c: Case, published: string | null, author: string | null): void {
  expect({
    title: a.title,
    author: a.author,
    outlet: a.outlet,
    originalSource: a.originalSource,
    language: a.language,
  }).toEqual({
    title: c.title,
    author,
    outlet: c.outlet,
    originalSource: c.originalSource,
    language: c.language,
  });
  if (published === null) expect(a.published).toBeNull();
  else expect(sameTime(published, a.published), `published ${a.published} vs ${published}`).toBe(true);
}

describe('cleanDocument on CMS-style pages', () => {
  it('has a case for every fixture', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(10);
    expect(
      readdirSync(DIR)
        .filter((f) => f.endsWith('.html'))
        .sort(),
    ).toEqual(CASES.map((c) => c.file).sort());
  });

  for (const c of CASES) {
    describe(c.file, () => {
      it('reads the metadata from the HTML', () =>
        checkMeta(cleanDocument(load(c.file)), c, c.published, c.author));
      it('keeps the article text and drops the chrome from the HTML', () =>
        checkText(cleanDocument(load(c.file)), c, c.include));
      it('reads the same page copied as text', () => {
        const a = cleanDocument(asDump(c.file));
        const d = c.dump ?? {};
        checkMeta(
          a,
          c,
          d.published === undefined ? c.published : d.published,
          d.author === undefined ? c.author : d.author,
        );
        checkText(
          a,
          c,
          c.include.filter((s) => !(d.loses ?? []).includes(s)),
        );
      });
    });
  }
});
