import { describe, expect, it } from 'vitest';
import { splitSentences } from '../nlp/sentences.js';
import { extractQuotes } from './quotes.js';
import { findQuoteSegments, paragraphsOf } from './quotes-marks.js';
import { tokenize, unitTokens } from './quotes-types.js';
import type { DocEntity, DocMention, DocQuote, DocRole } from '../model/index.js';

type Spec = {
  name: string;
  type: DocEntity['type'];
  surfaces?: string[];
  roles?: { title: string; of?: string }[];
};

/** Hand-made entities and mentions: every occurrence of each surface (longest first) is a mention. */
function fixture(text: string, specs: Spec[]) {
  const entities: DocEntity[] = specs.map((s, i) => ({
    ref: `e${i}`,
    type: s.type,
    name: s.name,
    aliases: s.surfaces ?? [s.name],
    gazetteerId: null,
    roles: [],
    reasons: [],
  }));
  specs.forEach((s, i) => {
    entities[i].roles = (s.roles ?? []).map((r): DocRole => ({
      title: r.title,
      ofRef: r.of ? entities[specs.findIndex((x) => x.name === r.of)].ref : null,
      evidence: { start: 0, end: 0 },
    }));
  });
  const all = specs
    .flatMap((s, i) => (s.surfaces ?? [s.name]).map((surface) => ({ surface, ref: `e${i}` })))
    .sort((a, b) => b.surface.length - a.surface.length);
  const taken = new Array(text.length).fill(false);
  const mentions: DocMention[] = [];
  for (const { surface, ref } of all) {
    for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
      if (taken.slice(i, i + surface.length).some(Boolean)) continue;
      for (let k = i; k < i + surface.length; k++) taken[k] = true;
      mentions.push({ ref, start: i, end: i + surface.length, text: surface });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return {
    entities,
    mentions,
    name: (ref: string | null) => (ref ? entities.find((e) => e.ref === ref)!.name : null),
  };
}

function run(text: string, specs: Spec[]) {
  const f = fixture(text, specs);
  const quotes = extractQuotes(text, splitSentences(text), f.entities, f.mentions);
  for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  return quotes.map((q: DocQuote) => ({
    text: q.text,
    direct: q.direct,
    speaker: f.name(q.speakerRef),
    reportedBy: q.reportedByRefs.map(f.name),
    cue: q.cue,
  }));
}

const PEOPLE: Spec[] = [
  {
    name: 'Anna Petrova',
    type: 'person',
    surfaces: ['Anna Petrova', 'Petrova'],
    roles: [{ title: 'Foreign Minister', of: 'Ruritania' }],
  },
  { name: 'Karl Brandt', type: 'person', surfaces: ['Karl Brandt', 'Brandt'], roles: [{ title: 'analyst' }] },
  {
    name: 'Olga Sims',
    type: 'person',
    surfaces: ['Olga Sims'],
    roles: [{ title: 'correspondent', of: 'Daily Courier' }],
  },
  { name: 'Daily Courier', type: 'media' },
  { name: 'Ruritania', type: 'country' },
];

describe('extractQuotes: direct quote styles', () => {
  it('reads curly, straight, guillemet, German and single quotes with trailing or leading attribution', () => {
    const t = [
      '“We will not give up our position on this matter,” Anna Petrova said.',
      'Karl Brandt said: "The deal is good for both sides of the border."',
      '«Мы готовы к переговорам с соседями», — сказала Anna Petrova.',
      'Brandt added: „Die Lage ist sehr ernst geworden.“',
      '‘We have time to think about it,’ said Petrova.',
    ].join('\n\n');
    const q = run(t, PEOPLE);
    expect(q.map((x) => [x.text, x.speaker, x.direct])).toEqual([
      ['We will not give up our position on this matter', 'Anna Petrova', true],
      ['The deal is good for both sides of the border.', 'Karl Brandt', true],
      ['Мы готовы к переговорам с соседями', 'Anna Petrova', true],
      ['Die Lage ist sehr ernst geworden.', 'Karl Brandt', true],
      ['We have time to think about it', 'Anna Petrova', true],
    ]);
    expect(q[0].cue).toBe('said');
  });

  it('does not report scare quotes or quoted terms', () => {
    const t =
      'The move was a “wrong position” for many and revived talk of the "Turkic world". Borders may become "blurred". Critics fear the “loss of national sovereignty” in the region.';
    expect(run(t, PEOPLE)).toEqual([]);
  });

  it('ends a quote at a closing mark written with a space before it, and at the paragraph end when unclosed', () => {
    const t =
      'Petrova spoke at length. "Our aim is lasting peace and stability in the region, "the minister said.\n\nBrandt said: "This will take many years and a lot of patience\n\nNext paragraph without quotes.';
    const q = run(t, PEOPLE);
    expect(q.map((x) => [x.text, x.speaker])).toEqual([
      ['Our aim is lasting peace and stability in the region', 'Anna Petrova'],
      ['This will take many years and a lot of patience', 'Karl Brandt'],
    ]);
  });

  it('reads quotes split by their attribution as two quotes with the same speaker', () => {
    const t = '“We are ready to talk,” Brandt said, “but only if the other side stops shooting.”';
    const q = run(t, PEOPLE);
    expect(q.map((x) => [x.text, x.speaker])).toEqual([
      ['We are ready to talk', 'Karl Brandt'],
      ['but only if the other side stops shooting.', 'Karl Brandt'],
    ]);
  });

  it('reads multi-paragraph quotes and unattributed follow-up quote paragraphs', () => {
    const t = [
      'Anna Petrova spoke to the press on Friday.',
      '“The first point is that the border must stay open for trade.',
      '“The second point is that refugees must be able to return home,” she said.',
      '“Nobody can solve this alone, and nobody should try to.”',
      'The talks end tomorrow.',
    ].join('\n\n');
    const q = run(t, PEOPLE);
    expect(q.map((x) => [x.text.slice(0, 20), x.speaker])).toEqual([
      ['The first point is t', 'Anna Petrova'],
      ['The second point is ', 'Anna Petrova'],
      ['Nobody can solve thi', 'Anna Petrova'],
    ]);
  });

  it('resolves pronouns and role nouns to the right person', () => {
    const t =
      'Anna Petrova met Karl Brandt in the capital. “Our ties are stronger than ever before,” the foreign minister said. “The region needs investment more than it needs weapons,” the analyst noted. “We will see results within a year,” he added.';
    const q = run(t, PEOPLE);
    expect(q.map((x) => x.speaker)).toEqual(['Anna Petrova', 'Karl Brandt', 'Karl Brandt']);
  });
});

describe('extractQuotes: reporters', () => {
  it('builds relay chains: said, reported X (+ the outlet X writes for)', () => {
    const t =
      'Petrova visited the region. “The situation is under full control of the government,” the minister said, reported Olga Sims.';
    const [q] = run(t, PEOPLE);
    expect(q).toMatchObject({ speaker: 'Anna Petrova', reportedBy: ['Olga Sims', 'Daily Courier'] });
  });
  it('reads told <media>, in an interview with <media>, according to <media> and <media> reported that', () => {
    const t = [
      '“Nothing could be done during the acute phase of the crisis,” Brandt told Daily Courier.',
      '"We will keep our promises to our partners," Anna Petrova said in an interview with Daily Courier',
      'Analysts expect a long standoff between the two blocs over the next year, “According to the Daily Courier',
      'Daily Courier reported that Petrova said it was vital to keep the border open. "We will comply with the rules," she stressed.',
    ].join('\n\n');
    const q = run(t, PEOPLE);
    const by = (s: string) => q.find((x) => x.text.includes(s))!;
    expect(by('Nothing could')).toMatchObject({ speaker: 'Karl Brandt', reportedBy: ['Daily Courier'] });
    expect(by('keep our promises')).toMatchObject({ speaker: 'Anna Petrova', reportedBy: ['Daily Courier'] });
    expect(by('vital to keep')).toMatchObject({
      direct: false,
      speaker: 'Anna Petrova',
      reportedBy: ['Daily Courier'],
    });
    expect(by('comply with the rules')).toMatchObject({
      speaker: 'Anna Petrova',
      reportedBy: ['Daily Courier'],
    });
  });
});

describe('extractQuotes: indirect speech', () => {
  it('reads said that / told Y that / according to X / trailing "he explained"', () => {
    const t = [
      'Anna Petrova, after a call with her counterpart Karl Brandt, said that the summit will take place in March.',
      'According to Karl Brandt, senior fellow at a think tank, the economy will shrink this year.',
      'Trade is the key to stability in the region, according to Anna Petrova.',
      'Exports will fall sharply in the coming months, she explained.',
      'She recalled the role that the army played in the war.',
      'Some commentators said that the plan would fail.',
    ].join('\n\n');
    const q = run(t, PEOPLE);
    // an anonymous source is kept with its words: the speaker stays null
    expect(q.map((x) => [x.text, x.speaker, x.direct, x.cue])).toEqual([
      ['the summit will take place in March', 'Anna Petrova', false, 'said'],
      ['the economy will shrink this year', 'Karl Brandt', false, 'according to'],
      ['Trade is the key to stability in the region', 'Anna Petrova', false, 'according to'],
      ['Exports will fall sharply in the coming months', 'Anna Petrova', false, 'explained'],
      ['the plan would fail', null, false, 'said'],
    ]);
  });
});

describe('extractQuotes: bad input', () => {
  it('never throws', () => {
    expect(extractQuotes('', [], [], [])).toEqual([]);
    expect(extractQuotes(null as unknown as string, [], [], [])).toEqual([]);
    const odd = '"unclosed "" marks « » ‘ ’ "';
    for (const q of extractQuotes(
      odd,
      null as unknown as [],
      null as unknown as [],
      undefined as unknown as [],
    )) {
      expect(odd.slice(q.start, q.end)).toBe(q.text);
    }
    const weird = '"' + 'a "b '.repeat(2000);
    expect(() => extractQuotes(weird, splitSentences(weird), [], [])).not.toThrow();
  });
});

// Invented organisations and countries for the wire and press-office patterns below.
const OFFICES: Spec[] = [
  ...PEOPLE,
  { name: 'Ruritanian Foreign Ministry', type: 'organization' },
  { name: 'Central Bank of Ruritania', type: 'organization' },
  { name: 'State Department', type: 'organization' },
  { name: 'Kabar', type: 'media' },
  { name: 'Borduria', type: 'country', surfaces: ['Borduria', 'Bordurian'] },
  { name: 'Victor Lanz', type: 'person', surfaces: ['Victor Lanz', 'Lanz'] },
  { name: 'Ivo Kral', type: 'person', surfaces: ['Ivo Kral'] },
];

describe('extractQuotes: wire and press-office attributions', () => {
  it('reads "said <Name> was ..." and "told reporters <Name> would ..." without "that"', () => {
    const t =
      'Karl Brandt said Ruritania was ready to increase gas supplies next winter.\n\nAnna Petrova told reporters Borduria would open the border in May.';
    const q = run(t, OFFICES);
    expect(q.map((x) => [x.text, x.speaker, x.direct])).toEqual([
      ['Ruritania was ready to increase gas supplies next winter', 'Karl Brandt', false],
      ['Borduria would open the border in May', 'Anna Petrova', false],
    ]);
  });

  it('reads a trailing "the <Organisation> said on <day>, <participle> …" and drops the dateline', () => {
    const t =
      'VELTRA — Ruritania will not pay its dues to the alliance this year, the Ruritanian Foreign Ministry said on Wednesday, deepening the rift with its allies.';
    const [q] = run(t, OFFICES);
    expect(q).toMatchObject({
      text: 'Ruritania will not pay its dues to the alliance this year',
      speaker: 'Ruritanian Foreign Ministry',
      direct: false,
    });
  });

  it('resolves "the ministry" and a quoted fragment inside the reported clause', () => {
    const t =
      'The Ruritanian Foreign Ministry summoned the envoy.\n\nIn a statement, the ministry said Ruritania "does not see the alliance fulfilling its obligations" and froze its participation.';
    const q = run(t, OFFICES);
    expect(q.find((x) => x.direct)).toMatchObject({
      text: 'does not see the alliance fulfilling its obligations',
      speaker: 'Ruritanian Foreign Ministry',
    });
  });

  it('keeps short fragments and named terms out of it', () => {
    const t =
      'Karl Brandt said the so-called "foreign agents law" would pass. Anna Petrova said Borduria was "not amused".';
    expect(run(t, OFFICES).filter((x) => x.direct)).toEqual([]);
  });

  it('lets a country speak through "the <demonym> side" and an organisation through its spokesman', () => {
    const t =
      'According to the Bordurian side, trade between the two countries doubled last year.\n\nThe sanctions remain, but a State Department spokesman said Washington was "reviewing all options".';
    const q = run(t, OFFICES);
    expect(q.find((x) => x.text.startsWith('trade'))).toMatchObject({ speaker: 'Borduria', direct: false });
    expect(q.find((x) => x.text === 'reviewing all options')).toMatchObject({
      speaker: 'State Department',
      direct: true,
    });
  });

  it('names the outlet of "told the state news agency X" as the reporter', () => {
    const t = 'Anna Petrova told the state news agency Kabar that her country would not change course.';
    const [q] = run(t, OFFICES);
    expect(q).toMatchObject({ speaker: 'Anna Petrova', reportedBy: ['Kabar'] });
  });

  it('credits "X called it “…”, according to Y" to X, relayed by Y', () => {
    const t =
      'Victor Lanz met Anna Petrova on Monday. Lanz called relations with Ruritania "the best in history", according to presidential aide Ivo Kral.';
    const [q] = run(t, OFFICES);
    expect(q).toMatchObject({
      text: 'the best in history',
      speaker: 'Victor Lanz',
      reportedBy: ['Ivo Kral'],
    });
  });

  it('reads "she accused Y of “…”" as her words', () => {
    const t =
      'Anna Petrova was less diplomatic. Writing on Telegram, she accused the Bordurian leadership of "following instructions from abroad."';
    const [q] = run(t, OFFICES);
    expect(q).toMatchObject({
      text: 'following instructions from abroad.',
      speaker: 'Anna Petrova',
      direct: true,
    });
  });
});

describe('extractQuotes: more attribution shapes', () => {
  it('reads `," her lawyer, X, told reporters` and "the ministry\'s press service"', () => {
    const t =
      'Olga Sims was jailed. "The verdict was written before the trial began," her lawyer, Karl Brandt, told reporters.\n\nThe Ruritanian Foreign Ministry was asked about it. According to the ministry\'s press service, the embassy has been closed since May.';
    const q = run(t, OFFICES);
    expect(q.find((x) => x.text.startsWith('The verdict'))).toMatchObject({
      speaker: 'Karl Brandt',
      direct: true,
    });
    expect(q.find((x) => x.text.startsWith('the embassy'))).toMatchObject({
      speaker: 'Ruritanian Foreign Ministry',
      direct: false,
    });
  });
});

describe('extractQuotes: instructions, spokesmen and new sentences after a quote', () => {
  it('gives `X instructed Y to "…"` to X, and `," ministry spokesman X told` to X', () => {
    const t =
      'Speaking on Friday, Anna Petrova instructed Karl Brandt to "intensify work with foreign partners."\n\n"The law is the same for everyone," ministry spokesman Victor Lanz told a briefing.';
    const q = run(t, OFFICES);
    expect(q.find((x) => x.text.startsWith('intensify'))).toMatchObject({
      speaker: 'Anna Petrova',
      direct: true,
    });
    expect(q.find((x) => x.text.startsWith('The law'))).toMatchObject({
      speaker: 'Victor Lanz',
      direct: true,
    });
  });

  it('does not read a negated sentence after a closed quote as its attribution', () => {
    const t =
      'Karl Brandt asked the cabinet "to speed up the work on the new pipeline." State media did not say why the project was frozen.';
    const [q] = run(t, OFFICES);
    expect(q).toMatchObject({ speaker: 'Karl Brandt', cue: 'asked' });
  });
});

describe('extractQuotes: relays after a quoted fragment', () => {
  it('credits `X said … "…", the agency Y reported` to X relayed by Y, and reads "was quoted as saying"', () => {
    const t =
      'Karl Brandt said that Ruritania would settle the question "exclusively by political means", the state news agency Kabar reported.\n\n"The political will is there; now the ministries must act," Anna Petrova was quoted as saying.';
    const q = run(t, OFFICES);
    expect(q.find((x) => x.direct && x.text.startsWith('exclusively'))).toMatchObject({
      speaker: 'Karl Brandt',
      reportedBy: ['Kabar'],
    });
    expect(q.find((x) => x.text.startsWith('The political will'))).toMatchObject({
      speaker: 'Anna Petrova',
      direct: true,
    });
  });
});

describe('extractQuotes: coordinated verbs', () => {
  it('takes the person of "X received both ministers and said that …" as the speaker', () => {
    const t =
      'On Friday, Bordurian President Victor Lanz received both ministers and said that his country was ready to host further meetings.';
    const [q] = run(t, OFFICES);
    expect(q).toMatchObject({ speaker: 'Victor Lanz', direct: false });
  });
});

describe('unit tokens', () => {
  it('are tokenized once per unit of a run, and again for another text', () => {
    const text = 'Peskov’s remark: "We are ready," he said.';
    const segs = findQuoteSegments(text, paragraphsOf(text));
    const unit = { start: 0, end: text.length, paragraph: 0 };
    const first = unitTokens({ text, segs }, unit);
    expect(first).toEqual(tokenize(text, 0, text.length, segs));
    expect(first.map((t) => t.t).slice(0, 2)).toEqual(['Peskov', '’s']);
    expect(unitTokens({ text, segs }, unit)).toBe(first);
    const other = text.replace('Peskov', 'Lavrov');
    expect(unitTokens({ text: other, segs }, unit)[0]!.t).toBe('Lavrov');
    expect(unitTokens({ text: '', segs: [] }, { start: 0, end: 0, paragraph: 0 })).toEqual([]);
  });
});
