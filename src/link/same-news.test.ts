import { describe, expect, it } from 'vitest';
import { clusterStories, storyLinksOf, type StoryDoc } from './stories.js';
import {
  compareNews,
  judgeNews,
  namedDays,
  newsIdf,
  newsProfile,
  ordinals,
  type NewsDoc,
} from './same-news.js';
import { conceptOf } from './news-lexicon.js';
import { foldWord } from './normalize.js';

// Short reports written for these tests (not from any corpus). Entity keys stand in for what
// resolution gives: the same gazetteer id whatever the script.
const KG = 'country:KG';
const TJ = 'country:TJ';
const JAP = 'person:sadyr-japarov';
const RAH = 'person:emomali-rahmon';
const BISH = 'place:bishkek';
const OTS = 'org:ots';
const ERD = 'person:erdogan';
const AZ = 'country:AZ';

const doc = (
  id: string,
  title: string | null,
  text: string,
  entityKeys: string[],
  language: string,
  published: string | null = null,
): StoryDoc => ({
  id,
  title,
  text,
  published,
  outlet: null,
  originalSource: null,
  entityKeys,
  language,
});

const treatyEn = doc(
  'en-treaty',
  'Kyrgyzstan and Tajikistan sign border treaty',
  'BISHKEK, March 13 - Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon signed a treaty on the state border in Bishkek on Thursday, ending decades of disputes. The leaders also signed a joint declaration on strategic partnership.',
  [KG, TJ, JAP, RAH, BISH],
  'en',
);
const treatyRu = doc(
  'ru-treaty',
  'Жапаров и Рахмон подписали договор о границе',
  'Президент Киргизии Садыр Жапаров и президент Таджикистана Эмомали Рахмон 13 марта подписали в Бишкеке договор о государственной границе. Лидеры также подписали декларацию о стратегическом партнерстве.',
  [KG, TJ, JAP, RAH, BISH],
  'ru',
);
const clashEn = doc(
  'en-clash',
  'Shooting on the Kyrgyz-Tajik border',
  'BISHKEK, September 16 - Border guards of Kyrgyzstan and Tajikistan exchanged fire near a disputed village, officials said. Japarov called Rahmon to discuss the incident and both sides pulled back their troops.',
  [KG, TJ, JAP, RAH, BISH],
  'en',
);
const summitEn = doc(
  'en-summit',
  'Erdogan at the 12th summit of the Organization of Turkic States',
  'President Recep Tayyip Erdogan addressed the 12th Summit of the Organization of Turkic States in Azerbaijan, calling for closer cooperation and a common stance on regional conflicts.',
  [OTS, ERD, AZ],
  'en',
);
const summitTr = doc(
  'tr-summit',
  "Erdoğan TDT 12'nci Zirvesi'nde konuştu",
  "Cumhurbaşkanı Recep Tayyip Erdoğan, Azerbaycan'da düzenlenen Türk Devletleri Teşkilatı 12'nci Zirvesi'nde işbirliği çağrısı yaptı ve bölgesel çatışmalara karşı ortak duruş istedi.",
  [OTS, ERD, AZ],
  'tr',
);
const oldSummitTr = doc(
  'tr-summit-8',
  "Erdoğan Türk Konseyi 8. Zirvesi'nde konuştu",
  "Cumhurbaşkanı Recep Tayyip Erdoğan, Türk Konseyi 8. Zirvesi'nde işbirliği çağrısı yaptı ve teşkilatın yeni adını duyurdu. Azerbaycan heyeti de zirveye katıldı.",
  [OTS, ERD, AZ],
  'tr',
);

const profiles = (ds: NewsDoc[]) => {
  const ps = ds.map((d) => newsProfile(d));
  return { ps, idf: newsIdf(ps) };
};

describe('same news across outlets and languages', () => {
  it('groups an English and a Russian report of one signing, with reasons', () => {
    const { ps, idf } = profiles([treatyEn, treatyRu, clashEn, summitEn]);
    const ev = compareNews(ps[0]!, ps[1]!, idf);
    expect(ev).not.toBeNull();
    expect(ev!.reasons.join(' ')).toMatch(/shared entities/);
    expect(ev!.reasons.join(' ')).toMatch(/en\/ru lexicon concepts.*(sign|agreement|border)/);
  });

  it('keeps apart reports on the same countries about other news (another day named)', () => {
    const { ps, idf } = profiles([treatyEn, treatyRu, clashEn, summitEn]);
    const j = judgeNews(ps[0]!, ps[2]!, idf);
    expect(j.same).toBe(false);
    expect(j.reasons[0]).toMatch(/different days/);
    expect(compareNews(ps[1]!, ps[2]!, idf)).toBeNull();
  });

  it('groups Turkish and English reports of the same numbered summit, not of another one', () => {
    const { ps, idf } = profiles([summitEn, summitTr, oldSummitTr, treatyEn]);
    expect(compareNews(ps[0]!, ps[1]!, idf)?.reasons.join(' ')).toMatch(/the same ordinal: 12/);
    expect(judgeNews(ps[1]!, ps[2]!, idf).reasons[0]).toMatch(/different ordinals/);
    expect(compareNews(ps[0]!, ps[2]!, idf)).toBeNull();
  });

  it('keeps apart reports published more than the window apart', () => {
    const a = { ...treatyEn, published: '2025-03-13' };
    const b = { ...treatyRu, published: '2025-04-20' };
    const { ps, idf } = profiles([a, b, clashEn]);
    expect(judgeNews(ps[0]!, ps[1]!, idf).reasons[0]).toMatch(/too far apart/);
  });

  it('clusters stories with edges and reasons; one shared word across languages is no story', () => {
    const stories = clusterStories([treatyEn, treatyRu, clashEn, summitEn, summitTr, oldSummitTr], []);
    const sets = stories.map((s) => [...s.documents].sort().join(','));
    expect(sets).toContain('en-treaty,ru-treaty');
    expect(sets).toContain('en-summit,tr-summit');
    expect(sets.join(';')).not.toMatch(/en-clash|tr-summit-8/);
    const edge = stories.flatMap((s) => s.edges).find((e) => [e.from, e.to].includes('ru-treaty'));
    expect(edge?.type).toBe('same_story');
    expect(edge?.reasons.length).toBeGreaterThan(1);
  });

  it('marks a same-language paraphrase that credits the other outlet as a rewrite, copy to original', () => {
    const original = { ...treatyEn, id: 'orig', outlet: 'Steppe Wire' };
    const rewrite = {
      ...treatyEn,
      id: 'copy',
      outlet: 'Daily Other',
      originalSource: 'Steppe Wire',
      title: 'Japarov and Rahmon sign border treaty in Bishkek',
      text: 'Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon signed a state border treaty in Bishkek on March 13 on Thursday, ending decades of disputes, Steppe Wire reports. The two leaders also signed a joint declaration on strategic partnership.',
    };
    const stories = clusterStories([original, rewrite, clashEn, summitEn], []);
    const e = stories.flatMap((s) => s.edges).find((x) => x.type === 'rewrite');
    expect(e).toMatchObject({ from: 'copy', to: 'orig', type: 'rewrite' });
    // without a credit and on one day, which came first is unknown: same_story
    const plain = clusterStories(
      [{ ...original, outlet: null }, { ...rewrite, originalSource: null }, clashEn, summitEn],
      [],
    );
    expect(plain.flatMap((s) => s.edges).every((x) => x.type === 'same_story')).toBe(true);
  });

  it('links every pair of a story, leaving pairs with a copy link to the copy link', () => {
    const links = storyLinksOf(
      [
        {
          documents: ['a', 'b', 'c'],
          edges: [{ from: 'a', to: 'b', type: 'same_story', score: 0.5, reasons: ['x'] }],
        },
      ],
      [{ from: 'c', to: 'b', type: 'duplicate', score: 1 }],
    );
    expect(links.map((l) => `${l.from}-${l.to}`).sort()).toEqual(['a-b', 'a-c']);
    expect(links.find((l) => l.to === 'c')?.reasons[0]).toMatch(/one story/);
    expect(storyLinksOf([], [])).toEqual([]);
  });

  it('survives bad input', () => {
    expect(() =>
      clusterStories([null as unknown as StoryDoc, { id: 'x' } as StoryDoc, treatyEn], [null as never]),
    ).not.toThrow();
    const p = newsProfile({
      id: 'e',
      title: null,
      text: '',
      published: 'not a date',
      entityKeys: null as unknown as string[],
    });
    expect(p.terms.size).toBe(0);
    expect(p.time).toBeNull();
  });
});

describe('news lexicon, days and ordinals', () => {
  it('maps English, Russian and Turkish forms to one concept', () => {
    for (const w of ['signed', 'подписали', 'imzaladı']) expect(conceptOf(foldWord(w))).toBe('sign');
    for (const w of ['summit', 'саммите', 'Zirvesi']) expect(conceptOf(foldWord(w))).toBe('summit');
    for (const w of ['frozen', 'заморозке', 'dondurdu']) expect(conceptOf(foldWord(w))).toBe('freeze');
    expect(conceptOf(foldWord('significant'))).toBeNull();
    expect(conceptOf(foldWord('Kyrgyzstan'))).toBeNull();
  });

  it('reads days and ordinals, not dates as ordinals', () => {
    expect([...namedDays('On March 13, talks; 2 Eylül; 24 августа')].sort()).toEqual([
      '03-13',
      '08-24',
      '09-02',
    ]);
    expect([...ordinals('the 12th summit, 12. Zirvesi, 12-й саммит')]).toEqual([12]);
    expect([...ordinals('BAKU, March 16. The summit ended in 2023.')]).toEqual([]);
  });
});
