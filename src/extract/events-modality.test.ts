import { describe, expect, it } from 'vitest';
import { entitiesFromSurfaces } from '../testing/doc-fixture.js';
import { splitSentences } from '../nlp/sentences.js';
import { buildGazetteer } from '../resolve/gazetteer.js';
import type { DocQuote, EntityType, EventMode } from '../model/index.js';
import { extractEvents } from './events.js';
import { loadEventData } from './events-data.js';
import { cuesFor, modalityOf } from './events-modality.js';

// Project-written sentences about invented countries and people: one per modality class and language.
const gaz = buildGazetteer([{ file: 'test.json', data: { entries: [] } }]);

type Spec = [surface: string, type: EntityType];

function run(text: string, specs: Spec[], language: string, quotes: DocQuote[] = []) {
  const { entities, mentions } = entitiesFromSurfaces(text, specs);
  return extractEvents(text, splitSentences(text), entities, mentions, [], '2024-03-20', {
    gaz,
    language,
    quotes,
  });
}

const C = (s: string): Spec => [s, 'country'];
const P = (s: string): Spec => [s, 'person'];

type Case = [text: string, specs: Spec[], mode: EventMode, hedged?: boolean];

const CASES: Record<'en' | 'ru' | 'tr', Record<string, Case>> = {
  en: {
    hopedToHost: [
      'Freedonia hoped to host talks between Sylvania and Ruritania later this year.',
      [C('Freedonia'), C('Sylvania'), C('Ruritania')],
      'intended',
    ],
    wishedTo: [
      'Freedonia wished to sign a transit deal with Sylvania.',
      [C('Freedonia'), C('Sylvania')],
      'intended',
    ],
    cancelled: [
      'The summit between Freedonia and Sylvania was called off.',
      [C('Freedonia'), C('Sylvania')],
      'negated',
    ],
    stoppedShortOf: [
      'Freedonia stopped short of signing the trade protocol with Sylvania.',
      [C('Freedonia'), C('Sylvania')],
      'negated',
    ],
    ruledOut: [
      'Freedonia ruled out talks with Sylvania in Geneva.',
      [C('Freedonia'), C('Sylvania')],
      'negated',
    ],
    shelved: [
      'Plans for a meeting between Freedonia and Sylvania were shelved.',
      [C('Freedonia'), C('Sylvania')],
      'negated',
    ],
    didNotTakePlace: [
      'The planned signing of a treaty between Freedonia and Sylvania did not take place.',
      [C('Freedonia'), C('Sylvania')],
      'negated',
    ],
    plannedAdjective: [
      'The planned talks between Freedonia and Sylvania open in June.',
      [C('Freedonia'), C('Sylvania')],
      'intended',
    ],
    asPlanned: [
      'As planned, Freedonia signed the treaty with Sylvania.',
      [C('Freedonia'), C('Sylvania')],
      'asserted',
    ],
    putOnHold: [
      'The talks between Freedonia and Sylvania were put on hold.',
      [C('Freedonia'), C('Sylvania')],
      'intended',
    ],
    postponed: [
      'The talks between Freedonia and Sylvania have been postponed.',
      [C('Freedonia'), C('Sylvania')],
      'intended',
    ],
    negation: [
      'Freedonia and Sylvania have still not signed the peace treaty.',
      [C('Freedonia'), C('Sylvania')],
      'negated',
    ],
    'failed to': [
      'Freedonia failed to sign an agreement with Sylvania.',
      [C('Freedonia'), C('Sylvania')],
      'negated',
    ],
    modal: ['Freedonia could impose sanctions on Sylvania.', [C('Freedonia'), C('Sylvania')], 'hypothetical'],
    conditional: [
      'If the talks collapse, Freedonia will impose sanctions on Sylvania.',
      [C('Freedonia'), C('Sylvania')],
      'hypothetical',
    ],
    future: ['Arstan Bekov will visit Sylvania in January.', [P('Arstan Bekov'), C('Sylvania')], 'intended'],
    'decided to': [
      'Freedonia and Sylvania decided to hold talks in the spring.',
      [C('Freedonia'), C('Sylvania')],
      'intended',
    ],
    'expected to': [
      'Freedonia is expected to sign an agreement with Sylvania.',
      [C('Freedonia'), C('Sylvania')],
      'intended',
    ],
    'headline infinitive': ['Arstan Bekov to visit Sylvania', [P('Arstan Bekov'), C('Sylvania')], 'intended'],
    question: [
      'Will Freedonia sign an agreement with Sylvania?',
      [C('Freedonia'), C('Sylvania')],
      'hypothetical',
    ],
    'hedge: very likely': [
      'Freedonia is very likely to attack Sylvania.',
      [C('Freedonia'), C('Sylvania')],
      'hypothetical',
    ],
    'hedge after: very likely': [
      'Bekov said a Freedonia attack on Sylvania was “very likely”.',
      [C('Freedonia'), C('Sylvania')],
      'hypothetical',
    ],
    'hedge: reportedly': [
      'Freedonia reportedly imposed sanctions on Sylvania.',
      [C('Freedonia'), C('Sylvania')],
      'asserted',
      true,
    ],
    asserted: ['Freedonia imposed sanctions on Sylvania.', [C('Freedonia'), C('Sylvania')], 'asserted'],
  },
  ru: {
    cancelled: ['Переговоры Фредонии и Сильвании были отменены.', [C('Фредонии'), C('Сильвании')], 'negated'],
    postponed: [
      'Переговоры Фредонии и Сильвании перенесены на май.',
      [C('Фредонии'), C('Сильвании')],
      'intended',
    ],
    negation: [
      'Фридония и Сильвания так и не подписали мирный договор.',
      [C('Фридония'), C('Сильвания')],
      'negated',
    ],
    не: ['Фридония не подписала соглашение с Сильванией.', [C('Фридония'), C('Сильванией')], 'negated'],
    modal: [
      'Фридония может подписать соглашение с Сильванией.',
      [C('Фридония'), C('Сильванией')],
      'hypothetical',
    ],
    conditional: [
      'Если погода позволит, Арстан Беков встретится с Леной Ивановой.',
      [P('Арстан Беков'), P('Леной Ивановой')],
      'hypothetical',
    ],
    future: ['Арстан Беков посетит Сильванию в январе.', [P('Арстан Беков'), C('Сильванию')], 'intended'],
    plan: [
      'Фридония планирует подписать соглашение с Сильванией.',
      [C('Фридония'), C('Сильванией')],
      'intended',
    ],
    question: [
      'Подпишет ли Фридония соглашение с Сильванией?',
      [C('Фридония'), C('Сильванией')],
      'hypothetical',
    ],
    hedge: [
      'Фридония якобы ввела санкции против Сильвании.',
      [C('Фридония'), C('Сильвании')],
      'asserted',
      true,
    ],
    asserted: ['Фридония ввела санкции против Сильвании.', [C('Фридония'), C('Сильвании')], 'asserted'],
    'future light verb': [
      'Президенты Фридонии и Сильвании проведут встречу в январе.',
      [C('Фридонии'), C('Сильвании')],
      'intended',
    ],
    'future light verb, singular': [
      'Арстан Беков проведет переговоры с Леной Ивановой.',
      [P('Арстан Беков'), P('Леной Ивановой')],
      'intended',
    ],
    'will receive': [
      'Арстан Беков примет Лену Иванову в пятницу.',
      [P('Арстан Беков'), P('Лену Иванову')],
      'intended',
    ],
    'not ruled out': [
      'Арстан Беков не исключил встречи с Леной Ивановой.',
      [P('Арстан Беков'), P('Леной Ивановой')],
      'hypothetical',
    ],
  },
  tr: {
    cancelled: [
      'Fredonya ile Silvanya arasındaki görüşme iptal edildi.',
      [C('Fredonya'), C('Silvanya')],
      'negated',
    ],
    postponed: [
      'Fredonya ile Silvanya arasındaki görüşme ertelendi.',
      [C('Fredonya'), C('Silvanya')],
      'intended',
    ],
    'negation -ma': [
      'Fredonya, Silvanya ile anlaşmayı imzalamadı.',
      [C('Fredonya'), C('Silvanya')],
      'negated',
    ],
    future: [
      "Arstan Bekov yarın Silvanya'yı ziyaret edecek.",
      [P('Arstan Bekov'), C('Silvanya')],
      'intended',
    ],
    modal: ['Fredonya, Silvanya ile anlaşma imzalayabilir.', [C('Fredonya'), C('Silvanya')], 'hypothetical'],
    conditional: [
      'Eğer Silvanya kabul ederse, Fredonya anlaşmayı Silvanya ile imzalayacak.',
      [C('Fredonya'), C('Silvanya')],
      'hypothetical',
    ],
    plan: [
      "Fredonya'nın Silvanya ile anlaşma imzalaması bekleniyor.",
      [C('Fredonya'), C('Silvanya')],
      'intended',
    ],
    question: [
      'Fredonya, Silvanya ile anlaşma imzalayacak mı?',
      [C('Fredonya'), C('Silvanya')],
      'hypothetical',
    ],
    hedge: ["İddiaya göre Fredonya Silvanya'ya saldırdı.", [C('Fredonya'), C('Silvanya')], 'asserted', true],
    asserted: ['Fredonya, Silvanya ile anlaşmayı imzaladı.', [C('Fredonya'), C('Silvanya')], 'asserted'],
    'purpose clause -mAsI için': [
      'Fredonya ve Silvanya, anlaşmanın imzalanması için bir komisyon kurdu.',
      [C('Fredonya'), C('Silvanya')],
      'intended',
    ],
    'purpose clause on the light verb': [
      "Arstan Bekov'un Silvanya'yı ziyaret etmesi için hazırlıklar başladı.",
      [P('Arstan Bekov'), C('Silvanya')],
      'intended',
    ],
    'a plan with a personal ending (-mAyI planlıyoruz)': [
      'Fredonya olarak Silvanya ile anlaşma imzalamayı planlıyoruz.',
      [C('Fredonya'), C('Silvanya')],
      'intended',
    ],
    'a plan reported in a clause (-mAyI planladığını)': [
      "Arstan Bekov, Silvanya'yı ziyaret etmeyi planladığını söyledi.",
      [P('Arstan Bekov'), C('Silvanya')],
      'intended',
    ],
    'a request of the verbal noun (-mAsInI istedi)': [
      "Fredonya, Arstan Bekov'un Silvanya'yı ziyaret etmesini istedi.",
      [C('Fredonya'), P('Arstan Bekov'), C('Silvanya')],
      'hypothetical',
    ],
    'future on the light verb after a noun trigger': [
      "Arstan Bekov haziranda Silvanya'ya resmi ziyaret gerçekleştirecek.",
      [P('Arstan Bekov'), C('Silvanya')],
      'intended',
    ],
    'reported future on the light verb': [
      "Fredonya, Arstan Bekov'un Silvanya'ya resmi ziyaret gerçekleştireceğini duyurdu.",
      [P('Arstan Bekov'), C('Silvanya'), C('Fredonya')],
      'intended',
    ],
    'reported negated future ("-mAyAcAğInI")': [
      "Fredonya, Arstan Bekov'un Silvanya'yı ziyaret etmeyeceğini bildirdi.",
      [P('Arstan Bekov'), C('Silvanya'), C('Fredonya')],
      'negated',
    ],
    'passive negation ("imzala-n-madı")': [
      'Fredonya ile Silvanya arasındaki anlaşma bu yıl da imzalanmadı.',
      [C('Fredonya'), C('Silvanya')],
      'negated',
    ],
    'reported passive negated future ("-nmAyAcAğInI")': [
      "Fredonya, Silvanya ile anlaşmanın 2023'te imzalanmayacağını açıkladı.",
      [C('Fredonya'), C('Silvanya')],
      'negated',
    ],
    'inability ("uzlaş-amadı")': [
      'Fredonya, Silvanya ile uzlaşamadı.',
      [C('Fredonya'), C('Silvanya')],
      'negated',
    ],
    'a verbal noun with a case ("imzala-ma-sının ardından") is no negative imperative ("-mAsIn")': [
      'Fredonya, Silvanya ile anlaşmayı imzalamasının ardından yeni bir açıklama yaptı.',
      [C('Fredonya'), C('Silvanya')],
      'asserted',
    ],
    'purpose infinitive ("imzalamak için … bir araya geldi")': [
      'Fredonya ve Silvanya bakanları, barış anlaşmasını imzalamak için Fredon kentinde toplandı.',
      [C('Fredonya'), C('Silvanya')],
      'intended',
    ],
    'wish ("görüşmek istediğini")': [
      'Fredonya, Silvanya ile görüşmek istediğini açıkladı.',
      [C('Fredonya'), C('Silvanya')],
      'intended',
    ],
    'possible on the verb after a noun trigger ("-AbilIr")': [
      'Fredonya ile Silvanya arasında yeni bir görüşme turu düzenlenebilir.',
      [C('Fredonya'), C('Silvanya')],
      'hypothetical',
    ],
  },
};

describe('event modality from the trigger clause', () => {
  for (const [lang, cases] of Object.entries(CASES)) {
    for (const [name, [text, specs, mode, hedged]] of Object.entries(cases)) {
      it(`${lang} ${name}: ${text}`, () => {
        const evs = run(text, specs, lang);
        expect(evs.length, `no event from: ${text}`).toBeGreaterThan(0);
        for (const e of evs) {
          expect(e.mode, JSON.stringify(evs)).toBe(mode);
          expect(!!e.hedged).toBe(!!hedged);
          // nothing that did not happen reads as if it did
          if (mode !== 'asserted')
            expect(e.summary).toMatch(/\((?:negated|hypothetical|intended|offered)\)$/);
        }
      });
    }
  }

  it('"invited X to pay a state visit to Y": the invitation happened, the visit is planned', () => {
    const evs = run(
      'Freedonia invited Ivo Marek to pay a state visit to Sylvania next year.',
      [C('Freedonia'), P('Ivo Marek'), C('Sylvania')],
      'en',
    );
    expect(evs.map((e) => [e.type, e.mode])).toEqual([
      ['REQUEST', 'asserted'],
      ['CONSULT', 'intended'],
    ]);
  });

  it('tr: what is refused (-mAyI reddetti) did not happen; the refusal did', () => {
    const modes = run(
      'Fredonya, Silvanya ile anlaşma imzalamayı reddetti.',
      [C('Fredonya'), C('Silvanya')],
      'tr',
    ).map((e) => `${e.type} ${e.mode}`);
    expect(modes).toEqual(['AGREE negated', 'REJECT asserted']);
  });

  it('what a demand or an appeal asks for is hypothetical; the demand itself happened', () => {
    const modes = (text: string, specs: Spec[], lang: string) =>
      run(text, specs, lang).map((e) => `${e.type} ${e.mode}`);
    expect(
      modes(
        'Freedonia demanded that Sylvania apologise to Freedonia.',
        [C('Freedonia'), C('Sylvania')],
        'en',
      ),
    ).toEqual(['REQUEST asserted', 'CONCEDE hypothetical']);
    expect(
      modes(
        'Фридония потребовала, чтобы Сильвания извинилась перед Фридонией.',
        [C('Фридония'), C('Сильвания'), C('Фридонией')],
        'ru',
      ).filter((m) => m.startsWith('CONCEDE')),
    ).toEqual(['CONCEDE hypothetical']);
    // an apology that followed the demand is a deed
    expect(
      modes(
        'Freedonia demanded an apology, and Sylvania apologised to Freedonia on Friday.',
        [C('Freedonia'), C('Sylvania')],
        'en',
      ).filter((m) => m.startsWith('CONCEDE')),
    ).toEqual(['CONCEDE asserted']);
  });

  it('what parties agreed or decided to do is planned, while the agreement itself happened', () => {
    const modes = (text: string, specs: Spec[], lang: string) =>
      run(text, specs, lang).map((e) => `${e.type} ${e.mode}`);
    expect(
      modes(
        'Arstan Bekov and Lena Ivanova agreed to meet again next year.',
        [P('Arstan Bekov'), P('Lena Ivanova')],
        'en',
      ),
    ).toEqual(['AGREE asserted', 'CONSULT intended']);
    expect(
      modes(
        'Фридония и Сильвания договорились провести переговоры весной.',
        [C('Фридония'), C('Сильвания')],
        'ru',
      ),
    ).toContain('CONSULT intended');
    expect(
      modes(
        'Фридония и Сильвания договорились провести переговоры весной.',
        [C('Фридония'), C('Сильвания')],
        'ru',
      ),
    ).not.toContain('CONSULT asserted');
  });

  it('a medium reports an event, it does not take part in it', () => {
    const evs = run(
      'Freedonia imposed sanctions on Sylvania, the Daily Star reported.',
      [C('Freedonia'), C('Sylvania'), ['Daily Star', 'media']],
      'en',
    );
    expect(evs).toHaveLength(1);
    expect([...evs[0].actorRefs, ...evs[0].targetRefs]).toEqual(['e1', 'e2']);
  });

  it('a Turkish ordinal ("12. Zirve") does not end the sentence the event is read from', () => {
    const evs = run(
      'Fredonya 12. Zirvede Silvanya ile anlaşmayı imzaladı.',
      [C('Fredonya'), C('Silvanya')],
      'tr',
    );
    expect(evs.find((e) => e.type === 'AGREE')).toMatchObject({
      actorRefs: ['e1'],
      targetRefs: ['e2'],
      mode: 'asserted',
    });
  });

  it('"not only" is no negation and "May 1" is no modal', () => {
    const evs = run(
      'On May 1 Freedonia not only imposed sanctions on Sylvania but also expelled its envoy.',
      [C('Freedonia'), C('Sylvania')],
      'en',
    );
    expect(evs.find((e) => e.type === 'SANCTION')?.mode).toBe('asserted');
  });

  it('falls back to English cues for a language without its own, and reads empty input as asserted', () => {
    const cues = cuesFor(loadEventData().modality, 'xx');
    expect(cues).toBe(loadEventData().modality.en);
    const m = modalityOf(
      { before: '', trigger: '', wordRest: '', after: '', prefix: '', sentenceHead: '', sentence: '' },
      cues,
    );
    expect(m).toEqual({ mode: 'asserted', hedged: false, cue: null });
  });
});

describe('roles in Russian and Turkish', () => {
  it('a Turkish reported clause (-AcAğInI, -DIğInI) takes its own subject in the genitive, not the announcer', () => {
    const planned = run(
      "Fredonya, Arstan Bekov'un Silvanya'ya resmi ziyaret gerçekleştireceğini duyurdu.",
      [C('Fredonya'), P('Arstan Bekov'), C('Silvanya')],
      'tr',
    ).find((e) => e.type === 'CONSULT');
    expect(planned).toMatchObject({ actorRefs: ['e2'], targetRefs: ['e3'], mode: 'intended' });
    // no nominative subject (an unnamed source): the genitive is still the visitor
    const negated = run(
      "Diplomatik kaynaklar, Arstan Bekov'un Silvanya'yı ziyaret etmeyeceğini bildirdi.",
      [P('Arstan Bekov'), C('Silvanya')],
      'tr',
    ).find((e) => e.type === 'CONSULT');
    expect(negated).toMatchObject({ actorRefs: ['e1'], targetRefs: ['e2'], mode: 'negated' });
  });
  it('a name after any Russian preposition is no subject ("при участии X")', () => {
    const evs = run(
      'Арстан Беков и Лена Иванова при участии Марата Алиева подписали декларацию.',
      [P('Арстан Беков'), P('Лена Иванова'), P('Марата Алиева')],
      'ru',
    );
    const agree = evs.find((e) => e.type === 'AGREE');
    expect(agree?.actorRefs).toEqual(['e1']);
    expect(agree?.targetRefs).toEqual(['e2']);
  });
  it("a Turkish first-person verb inside a quotation is its speaker's act", () => {
    const text = '"Değerli kardeşim Lena Ivanova\'ya teşekkür ediyorum" dedi Arstan Bekov.';
    const quote: DocQuote = {
      start: 1,
      end: text.indexOf('" dedi'),
      text: '',
      direct: true,
      speakerRef: 'e2',
      reportedByRefs: [],
      cue: 'dedi',
    };
    const withSpeaker = run(text, [P('Lena Ivanova'), P('Arstan Bekov')], 'tr', [quote]).find(
      (e) => e.type === 'SUPPORT',
    );
    expect(withSpeaker?.actorRefs).toEqual(['e2']);
    expect(withSpeaker?.targetRefs).toEqual(['e1']);
    // a third-person verb keeps its own subject
    const third = run(
      "Arstan Bekov, Lena Ivanova'ya teşekkür etti.",
      [P('Arstan Bekov'), P('Lena Ivanova')],
      'tr',
      [{ ...quote, start: 0, end: 40 }],
    ).find((e) => e.type === 'SUPPORT');
    expect(third?.actorRefs).toEqual(['e1']);
  });

  it('"we" through an auxiliary ("imzalamaya hazırız") and "our <people> partners" ("Fredon ortaklarımızla")', () => {
    const quoted = (text: string, specs: Parameters<typeof run>[1], speaker: string) => {
      const quote: DocQuote = {
        start: 1,
        end: text.indexOf('" dedi'),
        text: '',
        direct: true,
        speakerRef: speaker,
        reportedByRefs: [],
        cue: 'dedi',
      };
      return run(text, specs, 'tr', [quote]);
    };
    const offer = quoted(
      '"Silvanya ile barış anlaşmasını imzalamaya hazırız" dedi Arstan Bekov.',
      [C('Silvanya'), P('Arstan Bekov')],
      'e2',
    ).find((e) => e.type === 'AGREE');
    expect([offer?.mode, offer?.actorRefs, offer?.targetRefs]).toEqual(['offered', ['e2'], ['e1']]);
    const met = quoted(
      '"Fredon ortaklarımızla uzun süre görüştük" dedi Arstan Bekov.',
      [C('Fredon'), P('Arstan Bekov')],
      'e2',
    ).find((e) => e.type === 'CONSULT');
    expect([met?.actorRefs, met?.targetRefs]).toEqual([['e2'], ['e1']]);
  });
});
