/**
 * English attribution in wire and press-release styles other outlets print: datelines with an
 * outlet's name in parentheses, "people familiar with the matter", asides naming a relay
 * ("said, according to the ministry, that …"), quotations running on over several paragraphs.
 * Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../nlp/sentences.js';
import { loadGazetteer } from '../resolve/gazetteer.js';
import { extractEntities } from './mentions.js';
import { extractQuotes } from './quotes.js';
import { quoteRecords } from '../testing/quote-rows.js';
import { capitalsToStates } from './capital-states.js';

const gaz = loadGazetteer();
const published = '2026-05-20';

function quotes(text: string) {
  return quoteRecords(text, { published }).map((q) => ({
    text: q.text,
    direct: q.direct,
    speaker: q.speaker,
    source: q.speakerText,
    reportedBy: q.reportedBy,
  }));
}

describe('wire datelines', () => {
  it('an outlet with lower-case words in the parentheses is part of the dateline, no speaker', () => {
    const [q] = quotes(
      'OSH (Voice of the Ferghana Valley) — Kyrgyz President Sadyr Japarov on Friday praised the new road, saying it would cut travel times by half.',
    );
    expect(q).toMatchObject({ text: 'it would cut travel times by half', speaker: 'Sadyr Japarov' });
  });

  it('a place in capitals and its credit without a dash after it is a dateline', () => {
    const [q] = quotes(
      'ASTANA (Steppe Wire / Kazinform, 3rd May 2026) The talks with Beijing were useful, Kazakh Foreign Minister Murat Nurtleu said.',
    );
    expect(q).toMatchObject({ text: 'The talks with Beijing were useful', speaker: 'Murat Nurtleu' });
  });

  it('the dash closing a dateline leaves nothing said before the subject', () => {
    const got = quotes(
      "DUSHANBE — Tajikistan's Foreign Ministry condemned on Sunday a raid on its consulate, saying no staff had been hurt.",
    );
    expect(got.map((q) => q.text)).toEqual(['no staff had been hurt']);
  });
});

describe('sources named by what they know', () => {
  it('"people familiar with the matter said" is the whole source, the content stops before it', () => {
    const [q] = quotes(
      'Montenegro is close to a deal on new patrol boats, people familiar with the matter said.',
    );
    expect(q).toMatchObject({
      text: 'Montenegro is close to a deal on new patrol boats',
      source: 'people familiar with the matter',
      speaker: null,
    });
  });

  it('"sources close to the talks told Reuters, a move that …": the appositive is no content', () => {
    const [q] = quotes(
      'Montenegro is close to a deal on new patrol boats, two sources close to the talks told Reuters, a move that would double its fleet.',
    );
    expect(q).toMatchObject({
      text: 'Montenegro is close to a deal on new patrol boats',
      source: 'two sources close to the talks',
      reportedBy: ['Reuters'],
    });
  });

  it('"Diplomats familiar with the talks said …" opening the sentence', () => {
    const [q] = quotes('Diplomats familiar with the talks said the sides were still far apart.');
    expect(q.source).toBe('Diplomats familiar with the talks');
  });

  it('"told AFP the …": the article opens the reported clause, not the hearer', () => {
    const [q] = quotes('A European diplomat told AFP the new package was almost ready.');
    expect(q).toMatchObject({
      text: 'the new package was almost ready',
      reportedBy: ['Agence France-Presse'],
    });
  });

  it('a participle after a post-posed attribution is no part of the content', () => {
    const [q] = quotes(
      'The ceasefire talks broke down on Friday, two officials said, dealing a heavy blow to the mediators who had spent months on the plan.',
    );
    expect(q.text).toBe('The ceasefire talks broke down on Friday');
  });
});

describe('relays named in an aside', () => {
  const ministry = 'The Kazakh Foreign Ministry published an account of the talks on Tuesday.';

  it('"X said, according to the ministry, that …": X speaks, the ministry relays', () => {
    const got = quotes(
      `${ministry} Turkish Trade Minister Omer Yalcinkaya said, according to the ministry, that Ankara was ready to invest more.`,
    );
    expect(got).toEqual([
      expect.objectContaining({
        text: 'Ankara was ready to invest more',
        speaker: 'Omer Yalcinkaya',
        reportedBy: ['Kazakh Foreign Ministry'],
      }),
    ]);
  });

  it('"“…,” X said, according to the ministry.": the ministry relays the quotation', () => {
    const [q] = quotes(
      `${ministry} "We have opened a new chapter," Murat Nurtleu said, according to the ministry.`,
    );
    expect(q).toMatchObject({ speaker: 'Murat Nurtleu', reportedBy: ['Kazakh Foreign Ministry'] });
  });

  it('"According to the ministry, X said that …": X speaks, the ministry relays', () => {
    const got = quotes(
      `${ministry} According to the ministry, Omer Yalcinkaya said that Ankara was ready to invest.`,
    );
    expect(got).toEqual([
      expect.objectContaining({ speaker: 'Omer Yalcinkaya', reportedBy: ['Kazakh Foreign Ministry'] }),
    ]);
  });
});

describe('quotations over several paragraphs', () => {
  it('an unclosed quotation takes the speaker its last paragraph names, not the one before', () => {
    const got = quotes(
      [
        'Armenian Foreign Minister Ararat Mirzoyan met his Georgian counterpart on Monday. He said the talks had focused on rail links.',
        'Later, Prime Minister Nikol Pashinyan addressed parliament.',
        '"Armenia needs a new constitution that reflects the realities of today. This is no external demand.',
        '"It is about our own future and our own security," Pashinyan said.',
      ].join('\n\n'),
    );
    expect(got.find((q) => q.text.startsWith('Armenia needs'))?.speaker).toBe('Nikol Pashinyan');
  });
});

describe('speakers taken up later', () => {
  it('a lone surname is the person whose full name ends in it before a generational suffix', () => {
    const got = quotes(
      'Governor Ramon Delgado Jr. toured the flooded district on Sunday. Delgado said the levees had held.',
    );
    expect(got[0]).toMatchObject({ text: 'the levees had held', speaker: 'Ramon Delgado Jr' });
  });

  it('"the company" is never a ministry named before it', () => {
    const got = quotes(
      'The Russian Foreign Ministry blamed Western hackers for the outage. The company said in a statement that it had restored its systems.',
    );
    expect(got.find((q) => q.text.startsWith('it had restored'))?.speaker).toBeNull();
  });

  it('"the company" is the business named before it', () => {
    const got = quotes(
      'Kazakhtelecom restored service on Monday. The company said the outage was caused by a fire.',
    );
    expect(got[0].speaker).toBe('Kazakhtelecom');
  });
});

describe('unnamed people brought in by an indefinite description', () => {
  it('"one diplomat said", "said a European diplomat who asked not to be named": nobody named before', () => {
    const got = quotes(
      'Energy Minister Almasadam Satkaliyev met company executives in Astana on Monday.\n\n' +
        '"No decision has been taken yet," one diplomat said.\n\n' +
        '"It is a political question, not a technical one," said a European diplomat who asked not to be named.\n\n' +
        '"Nothing has been decided," one official said, speaking on condition of anonymity.',
    );
    expect(got.map((q) => [q.text, q.speaker])).toEqual([
      ['No decision has been taken yet', null],
      ['It is a political question, not a technical one', null],
      ['Nothing has been decided', null],
    ]);
    expect(got.map((q) => q.source)).toEqual(['one diplomat', 'a European diplomat', 'one official']);
  });

  it('"a ministry spokesperson said": the ministry named before speaks through its unnamed voice', () => {
    const got = quotes(
      'The Georgian Foreign Ministry summoned the ambassador on Friday. The meeting lasted an hour, a ministry spokesperson said.',
    );
    expect(got.map((q) => [q.text, q.speaker])).toEqual([
      ['The meeting lasted an hour', 'Georgian Foreign Ministry'],
    ]);
  });
});

describe('relays that cite their source', () => {
  it('"X reported, citing Y, that …" and "Citing Y, X said …": Y speaks, X relays', () => {
    const got = quotes(
      'Snap drills ended in the Black Sea region on Tuesday. TASS reported, citing the Defence Ministry, that the drills had ended.\n\n' +
        'Citing a Foreign Ministry statement, Interfax said Moscow had summoned the ambassador.',
    );
    expect(got.map((q) => [q.text, q.source, q.reportedBy])).toEqual([
      ['the drills had ended', 'the Defence Ministry', ['TASS']],
      ['Moscow had summoned the ambassador', 'a Foreign Ministry statement', ['Interfax']],
    ]);
  });

  it('"said, citing preliminary data, that …": the data cited is no speaker, the content is kept', () => {
    const got = quotes(
      'The Statistics Committee said, citing preliminary data, that trade had grown by 12 percent.',
    );
    expect(got.map((q) => [q.text, q.speaker, q.reportedBy])).toEqual([
      ['trade had grown by 12 percent', 'Statistics Committee', []],
    ]);
  });

  it('"the presidential press service" speaks for the president named before, of its country only', () => {
    const got = quotes(
      'President Shavkat Mirziyoyev met investors on Monday. Kun.uz reported, citing the presidential press service, that he would visit Riyadh in June.',
    );
    expect(got.map((q) => [q.text, q.speaker, q.reportedBy])).toEqual([
      ['he would visit Riyadh in June', 'Shavkat Mirziyoyev', ['Kun.uz']],
    ]);
  });
});

describe('speaker phrases with participle modifiers', () => {
  it('keeps "ruling", "jailed", "opposition" inside the source phrase', () => {
    const q = quotes(
      "Moldova's ruling party said it would boycott the second round.\n\nThe country's jailed opposition leader told reporters the count was rigged.",
    );
    expect(q.map((x) => x.source)).toEqual([
      "Moldova's ruling party",
      "The country's jailed opposition leader",
    ]);
  });
  it('a spaced hyphen after a wire credit closes the dateline, not a name', () => {
    const q = quotes(
      "CHISINAU, May 18 (Wire) - Moldova's ruling party said it would boycott the second round.",
    );
    expect(q.map((x) => x.source)).toEqual(["Moldova's ruling party"]);
    expect(q[0].speaker).not.toBe('Wire');
  });
});

describe('a relative clause with its subject taken out', () => {
  it('"a move X warned would mean …": the words after the cue are X\'s, not the clause before', () => {
    const got = quotes(
      'Moldova approved the customs bill, a move Moscow warned would mean leaving the free trade zone.\n\nThe parliament passed the media law, a step the EU warned was incompatible with membership.',
    );
    expect(got.map((q) => [q.text, q.speaker])).toEqual([
      ['would mean leaving the free trade zone', 'Russia'],
      ['was incompatible with membership', 'European Union'],
    ]);
  });
});

describe('a time phrase between the cue and a clause without "that"', () => {
  it('"said on Thursday it would …", "said on March 3 the …", "said in May the …"', () => {
    const got = quotes(
      "Moldova's ruling party said on Thursday it would boycott the second round.\n\n" +
        'The election commission said on March 3 the count had been completed.\n\n' +
        'The minister said in May the talks had stalled.',
    );
    expect(got.map((q) => [q.text, q.source])).toEqual([
      ['it would boycott the second round', "Moldova's ruling party"],
      ['the count had been completed', 'The election commission'],
      ['the talks had stalled', 'The minister'],
    ]);
  });

  it('any time expression the time finder reads: "said in the spring of 2024 the …", "on Tuesday night"', () => {
    const got = quotes(
      'The ambassador said in the spring of 2024 the embassy would reopen soon.\n\n' +
        'The envoy said on Tuesday night the talks had stalled completely.',
    );
    expect(got.map((q) => q.text)).toEqual([
      'the embassy would reopen soon',
      'the talks had stalled completely',
    ]);
  });
});

describe('capitals for their governments', () => {
  it('"Washington said …", "Ankara said …": the state speaks even where the text never names it', () => {
    const text =
      'The arrests drew criticism abroad. Washington said it was deeply troubled by the detentions, and Ankara said it was following developments closely.';
    expect(quoteRecords(text, { published }).map((q) => [q.speaker, q.speakerType])).toEqual([
      ['United States', 'country'],
      ['Turkey', 'country'],
    ]);
  });

  it('the quote stage keeps the capital it read; the entities it was given stay as they were', () => {
    const text = 'Washington said it was deeply troubled by the detentions.';
    const sentences = splitSentences(text);
    const { entities, mentions } = extractEntities(text, sentences, gaz, { published });
    const before = entities.length;
    const [q] = extractQuotes(text, sentences, entities, mentions, { published, gazetteer: gaz });
    expect(entities.find((e) => e.ref === q.speakerRef)?.type).toBe('location');
    expect(entities).toHaveLength(before);
    const { quotes, entities: withState } = capitalsToStates([q], entities, gaz);
    const state = withState.find((e) => e.ref === quotes[0].speakerRef);
    expect([state?.gazetteerId, state?.type]).toEqual(['country:US', 'country']);
    expect(new Set(withState.map((e) => e.ref)).size).toBe(withState.length);
  });
});

describe('a document closing the sentence after another cue ("…, the statement said")', () => {
  it('ends the content at the comma, one quote for the one speaker', () => {
    const got = quotes(
      'Prime Minister Lena Ivanova spoke by phone with Chancellor Arstan Bekov.\n\n' +
        "The chancellor reaffirmed his country's readiness to help the peace talks, the statement said.",
    );
    expect(got.map((q) => [q.text, q.source])).toEqual([
      ["his country's readiness to help the peace talks", 'The chancellor'],
    ]);
  });
});

describe('wire sources named around their role', () => {
  it('"said the company\'s chief executive, John Smith": the name in apposition after an inverted cue speaks', () => {
    const got = quotes(
      'Shipping through the strait resumed on Monday.\n\n' +
        '"The sanctions are illegal," said the company\'s chief executive, Dmitry Orlov.\n\n' +
        '"We will go there again," said the head of the agency, Ivan Petrov, on Tuesday.',
    );
    expect(got.map((q) => [q.text, q.speaker])).toEqual([
      ['The sanctions are illegal', 'Dmitry Orlov'],
      ['We will go there again', 'Ivan Petrov'],
    ]);
  });

  it('"Georgian Dream founder Bidzina Ivanishvili dismissed …, saying": the founder speaks, not the party', () => {
    const got = quotes(
      'Georgian Dream founder Bidzina Ivanishvili dismissed the claims, saying the vote was fair.',
    );
    expect(got.map((q) => [q.text, q.speaker])).toEqual([['the vote was fair', 'Bidzina Ivanishvili']]);
  });

  it('"the Russian embassy in Chisinau said": the mission speaks for its state, not the city it sits in', () => {
    const got = quotes(
      'The Russian embassy in Chisinau said the decision violated democratic norms.\n\n' +
        'The US embassy in Tbilisi said the law was a step backwards.',
    );
    expect(got.map((q) => [q.source, q.speaker])).toEqual([
      ['The Russian embassy', 'Russia'],
      ['The US embassy', 'United States'],
    ]);
  });

  it('"the Embassy of Azerbaijan in Tehran said": a mission named "of" its state speaks for that state', () => {
    const got = quotes(
      'The Embassy of Azerbaijan in Tehran said the reports about the crossing were false.\n\n' +
        'The Consulate General of Turkey in Erbil said two truck drivers had been released.',
    );
    expect(got.map((q) => [q.source, q.speaker])).toEqual([
      ['The Embassy of Azerbaijan', 'Azerbaijan'],
      ['The Consulate General of Turkey', 'Turkey'],
    ]);
  });

  it('"asked him to convey his greetings to X" is a courtesy errand, not reported words', () => {
    const got = quotes(
      'Ilham Aliyev asked the minister to convey his greetings to Recep Tayyip Erdogan.\n\n' +
        'Shavkat Mirziyoyev asked the envoy to pass on his best wishes to the people of Kazakhstan.\n\n' +
        'Ilham Aliyev asked the minister to review the transit tariffs.',
    );
    expect(got.map((q) => [q.text, q.speaker])).toEqual([
      ['the minister to review the transit tariffs', 'Ilham Aliyev'],
    ]);
  });

  it('chanted or shouted words are quoted speech, however short, even when the sentence goes on', () => {
    const got = quotes(
      'Protesters chanted "Resign!" as the prime minister arrived at the chancellery.\n\n' +
        'Nika Melia shouted "Shame!" from the gallery before he was led out.',
    );
    expect(got.map((q) => [q.text, q.direct, q.speaker])).toEqual([
      ['Resign!', true, null],
      ['Shame!', true, 'Nika Melia'],
    ]);
  });

  it('"…, a charge the Kremlin denied": the denial is no part of the accuser\'s words and no quotation of its own', () => {
    const got = quotes(
      'Moldovan President Maia Sandu said Moscow was trying to buy votes, a charge the Kremlin denied.\n\n' +
        'Ukrainian officials said the strikes hit civilians, an accusation Moscow has repeatedly rejected.',
    );
    expect(got.map((q) => [q.text, q.speaker])).toEqual([
      ['Moscow was trying to buy votes', 'Maia Sandu'],
      ['the strikes hit civilians', 'Ukraine'],
    ]);
  });
});

describe('where a reported clause ends and who a body is', () => {
  it('"said he was ready …, but accused Baku of …": a verb of speech after ", but" ends the first content', () => {
    const got = quotes(
      'Armenian Prime Minister Nikol Pashinyan said on Monday he was ready to sign the agreement, but accused Baku of making new demands.',
    );
    expect(got.map((q) => q.text)).toEqual(['he was ready to sign the agreement', 'making new demands']);
  });

  it('the tree does not mend a content that ends before ", but accused": the source keeps out the dateline', () => {
    const got = quotes(
      'YEREVAN (AFP) - Armenian Prime Minister Nikol Pashinyan said on Monday he was ready to sign the agreement "as early as tomorrow", but accused Baku of making new demands.',
    );
    expect(got[0]).toMatchObject({
      text: 'he was ready to sign the agreement "as early as tomorrow"',
      source: 'Armenian Prime Minister Nikol Pashinyan',
    });
  });

  it('"the interior ministry said" after "Parliament of Georgia": a body of a country is no agency named by its field', () => {
    const got = quotes(
      'The Parliament of Georgia passed the bill on Tuesday. The interior ministry said 20 people had been detained.',
    );
    expect(got.map((q) => [q.text, q.speaker])).toEqual([['20 people had been detained', null]]);
  });
});

describe('a headline with a colon after a name', () => {
  it('"Pashinyan: Armenia has frozen its CSTO membership": the person before the colon says the clause after it', () => {
    const got = quotes(
      'Pashinyan: Armenia has frozen its CSTO membership\n\n' +
        'YEREVAN - Armenian Prime Minister Nikol Pashinyan said on Friday that Armenia had frozen its participation.',
    );
    expect(got.map((q) => [q.text, q.speaker])).toEqual([
      ['Armenia has frozen its CSTO membership', 'Nikol Pashinyan'],
      ['Armenia had frozen its participation', 'Nikol Pashinyan'],
    ]);
  });

  it('a country or a rubric before the colon says nothing', () => {
    const got = quotes('Analysis: Russia is losing ground in Central Asia\n\nThe region has changed.');
    expect(got).toEqual([]);
  });
});
