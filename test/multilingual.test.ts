/**
 * Russian and Turkish articles resolve to the same knowledge base as English ones.
 *
 * The parallel fixtures (test/fixtures/articles/parallel/: three stories, each in en/ru/tr,
 * with expected.json) go through the real stages: cleanDocument -> annotate -> resolveCorpus
 * over the three versions of a story. For every expected surface form in the article text we
 * find the mention covering it and compare its corpus entity with the English version's.
 * Surfaces that only occur in a title (titles are not part of the cleaned text) are skipped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../src/clean/index.js';
import { annotate } from '../src/extract/annotate.js';
import { extractEntities } from '../src/extract/mentions.js';
import type { Annotations } from '../src/model/index.js';
import { fold } from '../src/resolve/fold.js';
import { loadGazetteer } from '../src/resolve/gazetteer.js';
import { resolveCorpus } from '../src/resolve/resolve.js';
import { splitSentences } from '../src/nlp/sentences.js';

type Lang = 'en' | 'ru' | 'tr';
type ExpectedEntity = {
  name: string;
  type: string;
  gazetteerId: string | null;
  surface: Record<Lang, string[]>;
  adjectives?: Partial<Record<Lang, string[]>>;
};
type ExpectedQuote = { speaker: string; direct: boolean; contains: Record<Lang, string>; optional?: boolean };
type Story = {
  id: string;
  date: string;
  files: Record<Lang, string>;
  entities: ExpectedEntity[];
  quotes: ExpectedQuote[];
};

const DIR = join(import.meta.dirname, 'fixtures', 'articles', 'parallel');
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as { stories: Story[] };
const gaz = loadGazetteer();
const LANGS: Lang[] = ['en', 'ru', 'tr'];
const OTHER: Lang[] = ['ru', 'tr'];

type Doc = { id: string; text: string; language: string; published: string | null; ann: Annotations };

function processStory(story: Story) {
  const docs = {} as Record<Lang, Doc>;
  for (const lang of LANGS) {
    const body = readFileSync(join(DIR, story.files[lang]), 'utf8');
    const article = cleanDocument({
      id: `${story.id}-${lang}`,
      source: story.files[lang],
      format: 'text',
      body,
      encoding: 'utf-8',
      bytes: Buffer.byteLength(body),
      hints: {},
    });
    docs[lang] = {
      id: article.id,
      text: article.text,
      language: article.language,
      published: article.published,
      ann: annotate(article),
    };
  }
  const res = resolveCorpus(
    LANGS.map((l) => ({
      id: docs[l].id,
      published: docs[l].published,
      entities: docs[l].ann.entities,
      mentions: docs[l].ann.mentions,
    })),
    gaz,
  );
  const entityOf = (lang: Lang, ref: string | null): string | null =>
    ref ? (res.mentionEntity.get(`${docs[lang].id}\u0000${ref}`) ?? null) : null;
  /** Entity of the mention covering the first occurrence of `surface` (undefined: not in the text). */
  const entityAt = (lang: Lang, surface: string): string | null | undefined => {
    const d = docs[lang];
    const re = new RegExp(
      `(?<![\\p{L}\\p{N}])${surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
      'gu',
    );
    let seen = false;
    for (const m of d.text.matchAll(re)) {
      seen = true;
      const s = m.index;
      const e = s + m[0].length;
      const hit = d.ann.mentions.find((x) => x.start < e && x.end > s);
      if (hit) return entityOf(lang, hit.ref);
    }
    return seen ? null : undefined;
  };
  const speakerOf = (lang: Lang, q: ExpectedQuote): string | null | undefined => {
    const want = fold(q.contains[lang]);
    const dq = docs[lang].ann.quotes.find((x) => fold(x.text).includes(want));
    return dq ? entityOf(lang, dq.speakerRef) : undefined;
  };
  return { docs, res, entityAt, speakerOf };
}

const runs = new Map(expected.stories.map((s) => [s.id, processStory(s)]));
const totals = { entities: 0, agree: 0, quotes: 0, speakers: 0 };

describe.each(expected.stories.map((s) => [s.id, s] as const))('parallel story %s', (_id, story) => {
  const run = runs.get(story.id)!;

  it('detects each version’s language and publication date', () => {
    for (const lang of LANGS) {
      expect(run.docs[lang].language).toBe(lang);
      expect(run.docs[lang].published).toBe(story.date);
    }
  });

  it('resolves ≥ 90% of the expected entity surfaces to the entity of the English version', () => {
    let total = 0;
    let agree = 0;
    const misses: string[] = [];
    for (const ent of story.entities) {
      // the English anchor: a name, else an adjective ("Turkish"), else the gazetteer id
      let anchor: string | null | undefined;
      for (const s of [...ent.surface.en, ...(ent.adjectives?.en ?? [])]) {
        anchor = run.entityAt('en', s);
        if (anchor !== undefined) break;
      }
      if (anchor === undefined) anchor = ent.gazetteerId;
      expect(anchor, `${ent.name}: English anchor`).toBeTruthy();
      if (ent.gazetteerId) expect(anchor).toBe(ent.gazetteerId);
      for (const lang of OTHER) {
        for (const s of ent.surface[lang]) {
          const got = run.entityAt(lang, s);
          if (got === undefined) continue; // title-only surface
          total++;
          if (got === anchor) agree++;
          else misses.push(`${lang} "${s}" -> ${got} (en ${anchor})`);
        }
      }
    }
    totals.entities += total;
    totals.agree += agree;
    expect(total).toBeGreaterThan(10);
    expect(agree / total, misses.join('; ')).toBeGreaterThanOrEqual(0.9);
  });

  it('finds every quote and resolves its speaker to the English speaker', () => {
    for (const q of story.quotes) {
      const en = run.speakerOf('en', q);
      if (q.optional && !en) continue;
      expect(en, `en quote by ${q.speaker}`).toBeTruthy();
      for (const lang of OTHER) {
        const got = run.speakerOf(lang, q);
        if (q.optional && got === undefined) continue;
        totals.quotes++;
        expect(got, `${lang} quote "${q.contains[lang].slice(0, 40)}…" by ${q.speaker}`).toBe(en);
        totals.speakers++;
      }
    }
  });

  it('reads the story’s amounts in every language', () => {
    const story2 = story as Story & {
      amounts?: { value: number; unit: string; surface: Record<Lang, string> }[];
    };
    for (const a of story2.amounts ?? []) {
      for (const lang of LANGS) {
        const hit = run.docs[lang].ann.amounts.find(
          (x) => x.text.startsWith(a.surface[lang]) || a.surface[lang].startsWith(x.text),
        );
        expect(hit, `${lang} ${a.surface[lang]}`).toBeTruthy();
        expect(hit!.value).toBe(a.value);
        expect(hit!.unit).toBe(a.unit);
      }
    }
  });
});

describe('parallel set totals', () => {
  it('reports agreement (printed, asserted per story above)', () => {
    console.log(
      `parallel set: entity agreement ${totals.agree}/${totals.entities}, quote speakers ${totals.speakers}/${totals.quotes}`,
    );
    expect(totals.entities).toBeGreaterThan(0);
  });
});

/**
 * Gazetteer names resolve from Cyrillic and Latin alike: a short sentence with each form,
 * inflected the way Russian and Turkish prose inflects it, finds the same gazetteer entry.
 */
const TABLE: [id: string, forms: string[]][] = [
  [
    'person:kassym-jomart-tokayev',
    [
      'Kassym-Jomart Tokayev',
      'Tokaev',
      'Касым-Жомарт Токаев',
      'Токаева',
      'Токаеву',
      'Токаевым',
      'Kasım Cömert Tokayev',
      "Tokayev'in",
    ],
  ],
  [
    'person:sadyr-japarov',
    [
      'Sadyr Japarov',
      'Zhaparov',
      'Dzhaparov',
      'Садыр Жапаров',
      'Жапарова',
      'Жапаровым',
      'Sadır Caparov',
      "Caparov'a",
    ],
  ],
  ['person:sergey-lavrov', ['Sergei Lavrov', 'Сергей Лавров', 'Лаврова', 'Лаврову', 'Лавровым', "Lavrov'un"]],
  ['person:mevlut-cavusoglu', ['Mevlüt Çavuşoğlu', 'Mevlut Cavusoglu', 'Мевлют Чавушоглу', "Çavuşoğlu'nun"]],
  [
    'person:recep-tayyip-erdogan',
    ['Recep Tayyip Erdoğan', 'Erdogan', 'Реджеп Тайип Эрдоган', 'Эрдогана', 'Эрдоганом', "Erdoğan'ın"],
  ],
  ['person:hakan-fidan', ['Hakan Fidan', 'Хакан Фидан', 'Хакана Фидана', 'Фиданом', "Fidan'a"]],
  ['person:jeenbek-kulubaev', ['Jeenbek Kulubaev', 'Жээнбек Кулубаев', 'Жээнбеком Кулубаевым', 'Кулубаеву']],
  [
    'person:sirojiddin-muhriddin',
    ['Sirojiddin Muhriddin', 'Сироджиддин Мухриддин', 'Сироджиддином Мухриддином'],
  ],
  ['person:jeyhun-bayramov', ['Jeyhun Bayramov', 'Джейхун Байрамов', 'Байрамова', 'Байрамову']],
  ['person:ararat-mirzoyan', ['Ararat Mirzoyan', 'Арарат Мирзоян']],
  [
    'country:KZ',
    [
      'Kazakhstan',
      'Казахстан',
      'Казахстана',
      'Казахстане',
      'Казахстану',
      'Kazakistan',
      "Kazakistan'a",
      "Kazakistan'ın",
      'Қазақстан',
    ],
  ],
  ['country:RU', ['Russia', 'Россия', 'России', 'Россию', 'Россией', 'Rusya', "Rusya'nın"]],
  ['country:TR', ['Turkey', 'Türkiye', 'Турция', 'Турции', 'Турцию', "Türkiye'nin", "Türkiye'ye"]],
  [
    'country:KG',
    ['Kyrgyzstan', 'Киргизия', 'Киргизии', 'Кыргызстан', 'Кыргызстана', 'Kırgızistan', "Kırgızistan'da"],
  ],
  [
    'country:TJ',
    ['Tajikistan', 'Таджикистан', 'Таджикистана', 'Таджикистаном', 'Tacikistan', "Tacikistan'ın"],
  ],
  ['country:UZ', ['Uzbekistan', 'Узбекистан', 'Узбекистана', 'Özbekistan', "Özbekistan'la"]],
  ['country:AZ', ['Azerbaijan', 'Азербайджан', 'Азербайджана', 'Azerbaycan', "Azerbaycan'ın"]],
  ['country:AM', ['Armenia', 'Армения', 'Армении', 'Армению', 'Ermenistan', "Ermenistan'a"]],
  ['country:GE', ['Georgia', 'Грузия', 'Грузии', 'Gürcistan']],
  ['country:AF', ['Afghanistan', 'Афганистан', 'Афганистаном', 'Afganistan', "Afganistan'dan"]],
  ['country:CN', ['China', 'КНР', 'Çin', "Çin'in"]],
  ['place:ankara', ['Ankara', 'Анкара', 'Анкаре', 'Анкары', "Ankara'da"]],
  ['place:moscow', ['Moscow', 'Москва', 'Москвы', 'Москве', 'Moskova', "Moskova'ya"]],
  ['place:bishkek', ['Bishkek', 'Бишкек', 'Бишкеке', 'Bişkek', "Bişkek'te"]],
  [
    'org:csto',
    [
      'CSTO',
      'ОДКБ',
      'KGAÖ',
      'Организации Договора о коллективной безопасности',
      'Kolektif Güvenlik Antlaşması Örgütü',
    ],
  ],
  [
    'org:ots',
    [
      'OTS',
      'ОТГ',
      'TDT',
      "TDT'nin",
      'Организации тюркских государств',
      'Организацией тюркских государств',
      'Türk Devletleri Teşkilatı',
    ],
  ],
  [
    'org:eaeu',
    [
      'EAEU',
      'ЕАЭС',
      'AEB',
      'Евразийского экономического союза',
      'Евразийском экономическом союзе',
      'Avrasya Ekonomik Birliği',
    ],
  ],
  ['org:sco', ['SCO', 'ШОС', 'ŞİÖ', 'Шанхайской организации сотрудничества']],
];

describe('gazetteer names from Cyrillic and Latin alike', () => {
  it.each(TABLE)('%s', (id, forms) => {
    for (const form of forms) {
      const text = `Сообщение: ${form} — в новостях.`;
      const { entities, mentions } = extractEntities(text, splitSentences(text), gaz, { strict: true });
      const m = mentions.find(
        (x) => text.indexOf(form) < x.end && x.start < text.indexOf(form) + form.length,
      );
      const ent = m ? entities.find((e) => e.ref === m.ref) : undefined;
      expect(ent?.gazetteerId, `"${form}"`).toBe(id);
    }
  });

  it('does not read a given name as an inflected country ("Армен" is not Armenia)', () => {
    const text = 'Премьер Армен Саркисян заявил об этом.';
    const { entities } = extractEntities(text, splitSentences(text), gaz, { strict: true });
    expect(entities.some((e) => e.gazetteerId === 'country:AM')).toBe(false);
  });
});

describe('discovered names across scripts', () => {
  it('merges a non-gazetteer person written in Latin, Cyrillic (inflected) and Turkish spelling', () => {
    const texts: Record<string, string> = {
      en: 'Energy Minister Taalaibek Ibraev said the plant would open in May.',
      ru: 'Переговоры с Таалайбеком Ибраевым продлились два дня. Ибраев заявил, что станция откроется в мае.',
      tr: 'Enerji Bakanı Taalaybek İbrayev, santralin mayısta açılacağını söyledi.',
    };
    const docs = Object.entries(texts).map(([id, text]) => ({
      id,
      published: null,
      ...extractEntities(text, splitSentences(text), gaz, { strict: true }),
    }));
    const res = resolveCorpus(docs, gaz);
    const ids = docs.map((d) => {
      const p = d.entities.find((e) => e.type === 'person');
      return p ? res.mentionEntity.get(`${d.id}\u0000${p.ref}`) : undefined;
    });
    expect(ids[0]).toBeTruthy();
    expect(new Set(ids).size).toBe(1);
    const ent = res.entities.find((e) => e.id === ids[0])!;
    expect(ent.name).toBe('Taalaibek Ibraev');
    expect(ent.aliases).toContain('Taalaybek Ibraev'); // the transliteration of the Cyrillic name
  });
});

describe('Russian event triggers (data/events/triggers.json)', () => {
  it('types common Russian event verbs with actor and target', async () => {
    const { extractEvents } = await import('../src/extract/events.js');
    const { extractTimes } = await import('../src/nlp/time.js');
    const text =
      'Президент Турции Реджеп Тайип Эрдоган встретился с Касым-Жомартом Токаевым. Лавров обвинил Вашингтон во вмешательстве. Россия направила войска в Казахстан. США ввели санкции против России. Лавров посетил Ташкент.';
    const sentences = splitSentences(text);
    const { entities, mentions } = extractEntities(text, sentences, gaz, { strict: true });
    const events = extractEvents(
      text,
      sentences,
      entities,
      mentions,
      extractTimes(text, null, sentences),
      null,
      { language: 'ru' },
    );
    const gid = (ref: string) => entities.find((e) => e.ref === ref)?.gazetteerId;
    const got = events.map((e) => [e.type, e.actorRefs.map(gid).join(','), e.targetRefs.map(gid).join(',')]);
    expect(got).toEqual([
      ['CONSULT', 'person:recep-tayyip-erdogan', 'person:kassym-jomart-tokayev'],
      ['ACCUSE', 'person:sergey-lavrov', 'country:US'],
      ['MOBILIZE', 'country:RU', 'country:KZ'],
      ['SANCTION', 'country:US', 'country:RU'],
      ['CONSULT', 'person:sergey-lavrov', 'place:tashkent'],
    ]);
  });
});
