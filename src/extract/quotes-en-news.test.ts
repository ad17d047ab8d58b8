/**
 * English attribution on general news (city halls, hospitals, courts, schools): the people quoted
 * are ordinary people no gazetteer lists, so their recognition as persons decides whether the
 * quote gets a speaker. Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../nlp/sentences.js';
import { loadGazetteer } from '../resolve/gazetteer.js';
import { extractEntities } from './mentions.js';
import { quoteRecords } from '../testing/quote-rows.js';

const gaz = loadGazetteer();
const published = '2026-03-15';

function quotes(text: string) {
  return quoteRecords(text, { published }).map((q) => ({
    text: q.text,
    speaker: q.speaker ? `${q.speaker}[${q.speakerType}]` : null,
    reportedBy: q.reportedBy,
  }));
}

describe('ordinary people as speakers', () => {
  it('a common English given name makes a capitalised pair a person ("According to Chase Hunter")', () => {
    expect(quotes('According to Chase Hunter, the side door of the arena was locked.')).toEqual([
      { text: 'the side door of the arena was locked', speaker: 'Chase Hunter[person]', reportedBy: [] },
    ]);
  });

  it('", whose …" or ", who …" after a name refers to a person', () => {
    expect(quotes('Will Bright, whose son attends the school, said the buses were late again.')).toEqual([
      { text: 'the buses were late again', speaker: 'Will Bright[person]', reportedBy: [] },
    ]);
  });

  it('the name a post-posed "said" opens is a person ("…,” said Will Bright.")', () => {
    expect(quotes('“Nobody called us,” said Will Bright.')).toEqual([
      { text: 'Nobody called us', speaker: 'Will Bright[person]', reportedBy: [] },
    ]);
  });

  it('a capitalised auxiliary or cue form that opens a name is the name ("Will Bright said", "Edward Said told")', () => {
    expect(quotes('“We are tired of waiting,” Will Bright said.')).toEqual([
      { text: 'We are tired of waiting', speaker: 'Will Bright[person]', reportedBy: [] },
    ]);
    expect(quotes('Edward Said told reporters the plan would fail.')).toEqual([
      { text: 'the plan would fail', speaker: 'Edward Said[person]', reportedBy: [] },
    ]);
  });

  it('"she" skips a man named between ("from the family lawyer, Gordon Shefman, she agreed")', () => {
    const qs = quotes(
      'Kimberly Hart testified on Tuesday. Under questioning from the family lawyer, Gordon Shefman, she agreed that a faster response might have changed the outcome.',
    );
    expect(qs).toEqual([
      {
        text: 'a faster response might have changed the outcome',
        speaker: 'Kimberly Hart[person]',
        reportedBy: [],
      },
    ]);
  });

  it('an English place that is also a given name opens no person ("The Washington Documents")', () => {
    const text = 'The Washington Documents\n\nThe text was signed at the White House on Friday.';
    const { entities } = extractEntities(text, splitSentences(text), gaz, { published });
    expect(entities.filter((e) => e.type === 'person')).toEqual([]);
  });
});

describe('what was said, and by whom, in news sentences', () => {
  it('an opening adverbial is no content of "X told <hearer> <clause>"', () => {
    expect(
      quotes('Speaking in Regina, Premier Scott Moe told reporters the province would cover the costs.'),
    ).toEqual([{ text: 'the province would cover the costs', speaker: 'Scott Moe[person]', reportedBy: [] }]);
    expect(
      quotes('When Amrit Dhaliwal bought the store in 2014, his friends told him he was crazy.'),
    ).toEqual([{ text: 'he was crazy', speaker: null, reportedBy: [] }]);
  });

  it('a gathering is the hearer of "told" without "that" ("told a news conference the …")', () => {
    expect(
      quotes('Chief executive Marta Lindqvist told a news conference the carmaker expected further gains.'),
    ).toEqual([
      { text: 'the carmaker expected further gains', speaker: 'Marta Lindqvist[person]', reportedBy: [] },
    ]);
    expect(
      quotes('Mayor Olivia Chow told a briefing at City Hall the subway line would reopen on Monday.'),
    ).toEqual([
      { text: 'the subway line would reopen on Monday', speaker: 'Olivia Chow[person]', reportedBy: [] },
    ]);
  });

  it('a company speaks with its legal form ("Volkswagen AG said")', () => {
    expect(quotes('Siemens AG said on Thursday it would cut 2,000 jobs.')).toEqual([
      { text: 'it would cut 2,000 jobs', speaker: 'Siemens[organization]', reportedBy: [] },
    ]);
  });

  it('a possessive in the subject ("Ontario\'s Health Minister X … and said") keeps the whole phrase', () => {
    expect(
      quotes(
        "Ontario's Health Minister Sylvia Jones toured the ward and said the province had added 3,000 beds.",
      ),
    ).toEqual([
      { text: 'the province had added 3,000 beds', speaker: 'Sylvia Jones[person]', reportedBy: [] },
    ]);
  });

  it('"told the Toronto Star <clause>": the whole outlet is the hearer and relays', () => {
    expect(quotes('Joseph Mensah, a chaplain, told the Toronto Star the mood among staff was grim.')).toEqual(
      [
        {
          text: 'the mood among staff was grim',
          speaker: 'Joseph Mensah[person]',
          reportedBy: ['Toronto Star'],
        },
      ],
    );
  });

  it('a relative clause ends an appositive: "a chaplain who visits the home weekly" is no outlet', () => {
    const qs = quotes(
      'Rev. Joseph Mensah, a chaplain who visits the home weekly, spoke after the service. "They are grieving too," Mensah said.',
    );
    expect(qs).toEqual([{ text: 'They are grieving too', speaker: 'Joseph Mensah[person]', reportedBy: [] }]);
  });
});

describe('bodies of general news as speakers', () => {
  it('"the association said" is the association named before it', () => {
    const qs = quotes(
      'The BC Maritime Employers Association met the union on Monday. In a statement, the association said the offer was fair.',
    );
    expect(qs).toEqual([
      {
        text: 'the offer was fair',
        speaker: 'BC Maritime Employers Association[organization]',
        reportedBy: [],
      },
    ]);
  });

  it('"the company said" is the organisation named last before it', () => {
    expect(
      quotes('Westbank Holdings bought the site in 2021. The company said the project would add 320 units.'),
    ).toEqual([
      { text: 'the project would add 320 units', speaker: 'Westbank Holdings[organization]', reportedBy: [] },
    ]);
  });

  it('the period of "Corp." after the name is no word after the speaker', () => {
    expect(quotes('The developer, Westbank Corp., says the project would add 320 rental units.')).toEqual([
      {
        text: 'the project would add 320 rental units',
        speaker: 'Westbank Corp[organization]',
        reportedBy: [],
      },
    ]);
  });

  it('"the X association" with a name of its own is not another association named before', () => {
    const qs = quotes(
      'Michelle Dorey, president of the Nurse Practitioners Association of Nova Scotia, spoke first. The Doctors Nova Scotia association said it supported team-based care.',
    );
    expect(qs).toEqual([{ text: 'it supported team-based care', speaker: null, reportedBy: [] }]);
  });

  it('"the party said" is the party named before it, whose name has no "party" ("Georgian Dream")', () => {
    const qs = quotes(
      'Georgian Dream rejected the criticism on Sunday. "The elections were free and fair," the party said in a statement.',
    );
    expect(qs).toEqual([
      { text: 'The elections were free and fair', speaker: 'Georgian Dream[organization]', reportedBy: [] },
    ]);
  });
});

describe('known surnames that are given names', () => {
  it('"Coun. Cameron Kroetsch" is a stranger, not the known Cameron', () => {
    const qs = quotes(
      'Coun. Cameron Kroetsch voted against the fees. In an interview, he said the city should have consulted owners first.',
    );
    expect(qs).toEqual([
      {
        text: 'the city should have consulted owners first',
        speaker: 'Cameron Kroetsch[person]',
        reportedBy: [],
      },
    ]);
  });
});

describe('Canadian news: descriptions before names', () => {
  it('a capitalised noun for a person before a full name is no part of the name, so "she" finds her', () => {
    const got = quotes(
      'Weather specialist Terri Lang said rain was not expected.\n\nEvacuee Lorraine Morin said she left with only her dog.\n\n"I didn\'t even have time to grab photos," she said.',
    );
    expect(got.find((q) => q.text.includes('grab photos'))?.speaker).toBe('Lorraine Morin[person]');
  });

  it('an office with lower-case words before an appositive name ("chief medical officer of health, Dr. X,")', () => {
    const got = quotes(
      "Alberta's chief medical officer of health, Dr. Mark Joffe, said in a statement that clinics would open next week.",
    );
    expect(got.map((q) => q.speaker)).toEqual(['Mark Joffe[person]']);
  });
});

describe('regional agencies: what a naming verb quotes', () => {
  it('a participle of a naming verb takes the quotation after its object ("…, calling them “…”")', () => {
    expect(
      quotes('Maria Zakharova criticised the naval exercises, describing them as “a dangerous escalation”.'),
    ).toEqual([{ text: 'a dangerous escalation', speaker: 'Maria Zakharova[person]', reportedBy: [] }]);
    // (one quoted word stays with the object it names)
    expect(quotes('Hakan Fidan condemned the attack, calling its authors “terrorists”.')).toEqual([
      { text: 'its authors “terrorists”', speaker: 'Hakan Fidan[person]', reportedBy: [] },
    ]);
  });

  it('every quotation a naming verb gives is read ("described the bill as “…” and “…”")', () => {
    expect(
      quotes(
        'Antony Blinken described the bill as “Kremlin-inspired” and “incompatible with democratic values”.',
      ).map((q) => q.text),
    ).toEqual([
      'the bill as “Kremlin-inspired” and “incompatible with democratic values”',
      'incompatible with democratic values',
    ]);
  });

  it('"acknowledged X but said Y": the first content ends before the second cue', () => {
    const got = quotes(
      'Hakan Fidan acknowledged the delays at the port but said the terminal would open in spring.',
    );
    expect(got.map((q) => q.text)).toEqual(['the delays at the port', 'the terminal would open in spring']);
  });

  it('a dateline naming a site ("TBILISI, Civil.ge —") is not the subject of the participle', () => {
    const got = quotes(
      'TBILISI, Civil.ge — Irakli Kobakhidze on Monday defended the draft law, calling its critics “radical opposition”.',
    );
    expect(got).toEqual([
      { text: 'radical opposition', speaker: 'Irakli Kobakhidze[person]', reportedBy: [] },
    ]);
  });
});

describe('regional agencies: role nouns', () => {
  it('"the minister" is a minister, not the prime minister named last', () => {
    const got = quotes(
      'Foreign Minister Jeyhun Bayramov told reporters the talks would resume. Prime Minister Ali Asadov called for calm at a cabinet meeting. The minister said later that a note of protest had been sent.',
    );
    expect(got.find((q) => q.text.includes('note of protest'))?.speaker).toBe('Jeyhun Bayramov[person]');
  });
});

describe('regional agencies: speakers described before they are named', () => {
  it("a lede's unnamed official is the person the next paragraph names", () => {
    const got = quotes(
      'A senior official in Kazakhstan has conceded that some sanctioned goods still reach Russia.\n\nTrade Minister Serik Zhumangarin told reporters that controls had been tightened.',
    );
    expect(got.map((q) => q.speaker)).toEqual(['Serik Zhumangarin[person]', 'Serik Zhumangarin[person]']);
  });

  it('not when the source asked not to be named', () => {
    const got = quotes(
      'A senior official, who spoke on condition of anonymity, said the talks had stalled.\n\nForeign Minister Murat Nurtleu told reporters that the talks would go on.',
    );
    expect(got[0].speaker).toBeNull();
  });

  it('"their lawyer said" is not a person named before; the lawyer named next is', () => {
    const got = quotes(
      'Police detained Nadia Volkova and two colleagues on Monday, their lawyer said.\n\nLawyer Elchin Sadigov told reporters that his clients had been denied visits.',
    );
    expect(got.map((q) => q.speaker)).toEqual(['Elchin Sadigov[person]', 'Elchin Sadigov[person]']);
  });

  it('"their lawyer said" is not the editor named next: a trade is not that of a person titled otherwise', () => {
    const got = quotes(
      'Police detained six journalists of an independent outlet on Monday, their lawyer said.\n\n"This is revenge for our investigations," editor-in-chief Ulvi Hasanli said.',
    );
    expect(got.map((q) => q.speaker)).toEqual([null, 'Ulvi Hasanli[person]']);
  });

  it('a name between commas after "the head of <a lower-case office>" is the speaker', () => {
    expect(
      quotes("The head of Kyrgyzstan's security service, Kamchybek Tashiev, said the treaty was ready.")[0]
        .speaker,
    ).toBe('Kamchybek Tashiev[person]');
  });

  it('"according to him" is the man just spoken of', () => {
    const got = quotes(
      'Kamchybek Tashiev rejected the criticism. According to him, not a single metre of land had been given away.',
    );
    expect(got[0].speaker).toBe('Kamchybek Tashiev[person]');
  });
});

describe('wire datelines', () => {
  it('a dateline with a date before the dash is no quotation ("BISHKEK, June 6, 2024 — Kyrgyzstan, …")', () => {
    expect(
      quotes(
        'BISHKEK, June 6, 2024 — Kyrgyzstan, China and Uzbekistan signed an agreement on Thursday to build a railway.',
      ),
    ).toEqual([]);
  });

  it('a long dateline with the agency is left out of the reported content', () => {
    expect(
      quotes(
        'BAKU, July 1, 2025 (Wire) — Police searched the offices of two newspapers on Monday, the Interior Ministry said.',
      ).map((q) => q.text),
    ).toEqual(['Police searched the offices of two newspapers on Monday']);
  });

  it('a quoted line before a dash keeps its speaker ("“…” — Tokayev")', () => {
    expect(quotes('“We will never join any bloc” — Tokayev').map((q) => q.speaker)).toEqual([
      'Kassym-Jomart Tokayev[person]',
    ]);
  });
});

describe('a short quoted sentence after an attributed quotation of its paragraph', () => {
  it('goes on from that quotation (“…,” X said. “Act now.”), also after "wrote on X."', () => {
    for (const cue of ['said', 'wrote on X'])
      expect(
        quotes(
          `“Time is running out,” Kazakh President Kassym-Jomart Tokayev ${cue}. “We must act now.”`,
        ).map((q) => [q.text, q.speaker]),
      ).toEqual([
        ['Time is running out', 'Kassym-Jomart Tokayev[person]'],
        ['We must act now.', 'Kassym-Jomart Tokayev[person]'],
      ]);
  });

  it('a short quoted term alone in its own paragraph is still no quotation', () => {
    expect(quotes('The plan was agreed.\n\n“Done deal.”')).toEqual([]);
  });
});

describe('unnamed people placed in a city', () => {
  it('"Analysts in <capital> said" opening a sentence: the analysts speak (unnamed), not the capital’s state', () => {
    for (const group of ['Analysts in Tashkent', 'Experts from Ankara', 'Diplomats in Brussels'])
      expect(quotes(`${group} said the new bridge would cut freight costs by half.`)).toEqual([
        { text: 'the new bridge would cut freight costs by half', speaker: null, reportedBy: [] },
      ]);
  });
  it('a person named before the place still speaks ("Aliya Serikova in Almaty said")', () => {
    expect(
      quotes('Economist Aliya Serikova in Almaty said the bridge would cut freight costs by half.'),
    ).toEqual([
      {
        text: 'the bridge would cut freight costs by half',
        speaker: 'Aliya Serikova[person]',
        reportedBy: [],
      },
    ]);
  });
});
