/**
 * One test per attribution construction (issue 14), in English, Russian and Turkish, on short
 * articles written for these tests: source + cue + content, relays (`reportedBy`), speakers
 * resolved through pronouns and role nouns, thoughts kept apart from speech.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from './quotes.js';
import { quoteRecords } from '../testing/quote-rows.js';

type Q = {
  text: string;
  direct: boolean;
  speaker: string | null;
  speakerText: string | null;
  reportedBy: string[];
  kind: string | undefined;
};

function quotes(text: string, published = '2025-10-01'): Q[] {
  return quoteRecords(text, { published }).map(
    ({ text, direct, speaker, speakerText, reportedBy, kind }) => ({
      text,
      direct,
      speaker,
      speakerText,
      reportedBy,
      kind,
    }),
  );
}

const one = (text: string): Q => {
  const qs = quotes(text);
  expect(qs).toHaveLength(1);
  return qs[0];
};

describe('English constructions', () => {
  it('"The EU\'s ambassador to Georgia, X, said": the named ambassador speaks', () => {
    const q = one("The EU's ambassador to Georgia, Pawel Herczynski, said the bloc was disappointed.");
    expect(q.speaker).toBe('Pawel Herczynski');
  });

  it('"accused the “<name>” of …": the accusation is the content, the quoted name is no quote', () => {
    const q = one('Arman Seitov accused the "global war party" of trying to drag Kazakhstan into war.');
    expect(q.text).toBe('trying to drag Kazakhstan into war');
  });

  it('"warned that <capital> would …": the capital opens the clause, it is no hearer', () => {
    const q = one('Antony Blinken warned that Washington would review its relations with Tbilisi.');
    expect(q.text).toBe('Washington would review its relations with Tbilisi');
    expect(q.reportedBy).toEqual([]);
  });

  it('"According to X, <clause with a past verb>, which …": the clause is the content, not an appositive', () => {
    const q = one(
      'According to the Kyrgyz Foreign Ministry, the sides discussed the next round of negotiations, which will be held in Bishkek.',
    );
    expect(q.text).toBe('the sides discussed the next round of negotiations, which will be held in Bishkek');
    expect(q.speaker).toBe('Kyrgyz Foreign Ministry');
  });

  it('"<medium>, citing <source>, reported that …": the one cited speaks, the medium relays', () => {
    const q = one(
      'Interfax, citing Russian Foreign Minister Sergei Lavrov, reported that Moscow would host the next round.',
    );
    expect(q).toMatchObject({
      text: 'Moscow would host the next round',
      speaker: 'Sergey Lavrov',
      reportedBy: ['Interfax'],
    });
  });

  it('relays in asides and tails: "X, quoted by TASS, said", "said, as quoted by Interfax, that", ", RFE/RL\'s Armenian Service reports"', () => {
    expect(one('Mikhail Galuzin, quoted by TASS, said that the move would have consequences.')).toMatchObject(
      { text: 'the move would have consequences', reportedBy: ['TASS'] },
    );
    expect(
      one('Mikhail Galuzin said, as quoted by Interfax, that the decision was a mistake.'),
    ).toMatchObject({ text: 'the decision was a mistake', reportedBy: ['Interfax'] });
    const q = one(
      "Nikol Pashinyan said on Monday that the guards would leave the airport by August 1, RFE/RL's Armenian Service reports.",
    );
    expect(q.text).toBe('the guards would leave the airport by August 1');
    expect(q.reportedBy).toHaveLength(1);
    expect(q.reportedBy[0]).toMatch(/RFE\/RL|Radio Free Europe/);
  });

  it('a briefing is no outlet: "told a weekly briefing" relays nothing, "told the weekly" the outlet named', () => {
    const t =
      'MOSCOW, May 13 (Reuters) - Russia will send observers, the ministry said.\n\n"We welcome any steps," Maria Zakharova told a weekly briefing.';
    const q = quotes(t).find((x) => x.text.includes('We welcome'));
    expect(q).toMatchObject({ speaker: 'Maria Zakharova', reportedBy: [] });
    const u = quotes(
      'The magazine Kommersant-Vlast published the interview. "We welcome any steps," Maria Zakharova told the weekly.',
    ).find((x) => x.text.includes('We welcome'));
    expect(u?.speaker).toBe('Maria Zakharova');
  });

  it('a document of a seat of power speaks for it: "a readout from the Kremlin", "the Kremlin readout"', () => {
    const t =
      "Kazakhstan's foreign ministry said the visit went well. According to a readout from the Kremlin, the two presidents discussed energy by phone. The Kremlin readout said they agreed to meet again.";
    const qs = quotes(t);
    expect(qs.find((q) => q.text.includes('discussed energy'))?.speaker).toBe('Kremlin');
    expect(qs.find((q) => q.text.includes('agreed to meet again'))?.speaker).toBe('Kremlin');
  });

  it('"X told <medium> that …": the medium relays, the subject speaks', () => {
    const q = one(
      'Russian Foreign Minister Sergei Lavrov told France 24 that Moscow would not interfere in the talks.',
    );
    expect(q).toMatchObject({
      text: 'Moscow would not interfere in the talks',
      direct: false,
      speaker: 'Sergey Lavrov',
      reportedBy: ['France 24'],
    });
  });

  it('"X quoted Y as saying …": Y speaks, X relays', () => {
    const q = one(
      'Reuters quoted Kremlin spokesman Dmitry Peskov as saying that the talks would continue next week.',
    );
    expect(q).toMatchObject({
      text: 'the talks would continue next week',
      speaker: 'Dmitry Peskov',
      reportedBy: ['Reuters'],
    });
  });

  it('"X quoted Y as saying …" without "that"', () => {
    expect(
      one('TASS quoted Kremlin spokesman Dmitry Peskov as saying the meeting would take place in Astana.'),
    ).toMatchObject({
      text: 'the meeting would take place in Astana',
      speaker: 'Dmitry Peskov',
      reportedBy: ['TASS'],
    });
  });

  it('"In an interview with X, …" and "Speaking to X, …" open the sentence: X relays', () => {
    expect(
      one(
        'In an interview with France 24, Armenian Prime Minister Nikol Pashinyan said that Armenia had frozen its participation.',
      ),
    ).toMatchObject({ speaker: 'Nikol Pashinyan', reportedBy: ['France 24'] });
    expect(
      one('Speaking to Reuters on Monday, Pashinyan said the alliance had failed Armenia.'),
    ).toMatchObject({
      text: 'the alliance had failed Armenia',
      speaker: 'Nikol Pashinyan',
      reportedBy: ['Reuters'],
    });
  });

  it('"according to X, …" and "…, according to X"', () => {
    expect(
      one('According to Kazakh President Kassym-Jomart Tokayev, the talks were productive and frank.'),
    ).toMatchObject({ text: 'the talks were productive and frank', speaker: 'Kassym-Jomart Tokayev' });
  });

  it('a quotation before any source phrase: "“…,” said party boss X, though …"', () => {
    const q = quotes(
      '“The distraction gets you off message a little,” said Republican party boss Reince Priebus, though he expected the flap to fade.',
    )[0];
    expect(q).toMatchObject({
      text: 'The distraction gets you off message a little',
      direct: true,
      speakerText: 'Republican party boss Reince Priebus',
    });
  });

  it('a quotation ending in "!" and its short attribution are one sentence', () => {
    const q = one(
      '“We will never give up our sovereignty!” Armenian Prime Minister Nikol Pashinyan said as he opened the session.',
    );
    expect(q).toMatchObject({
      text: 'We will never give up our sovereignty!',
      direct: true,
      speaker: 'Nikol Pashinyan',
    });
  });

  it('an interjected attribution: "Overall, she said, …" gives both sides to the speaker', () => {
    const qs = quotes(
      'After small increases over the next two years, the budget office said, the deficits will go up sharply after 2027.',
    );
    // one span holds both sides, the attribution inside it
    expect(qs.map((q) => q.text)).toEqual([
      'After small increases over the next two years, the budget office said, the deficits will go up sharply after 2027',
    ]);
    expect(qs.every((q) => q.speakerText === 'the budget office')).toBe(true);
  });

  it('an interjected attribution before a predicate without a subject: "This plan, he says, is different"', () => {
    const qs = quotes(
      'Sadyr Japarov spoke in Osh on Monday. The new border plan, he says, is different from the old one.',
    );
    expect(qs.map((q) => [q.speaker, q.text])).toEqual([
      ['Sadyr Japarov', 'The new border plan, he says, is different from the old one'],
    ]);
  });

  it('an inverted interjected cue: "Any deal, said X, a professor at …, would need …"', () => {
    const qs = quotes(
      'Any deal on the pipeline, said Nikol Pashinyan, the prime minister of Armenia, would need the approval of parliament.\n\nRather than raising tariffs again, said Ilham Aliyev, the government wants to cut spending.',
    );
    expect(qs.map((q) => [q.speaker, q.text])).toEqual([
      [
        'Nikol Pashinyan',
        'Any deal on the pipeline, said Nikol Pashinyan, the prime minister of Armenia, would need the approval of parliament',
      ],
      [
        'Ilham Aliyev',
        'Rather than raising tariffs again, said Ilham Aliyev, the government wants to cut spending',
      ],
    ]);
  });

  it('progressive cues: "X is declaring that …"', () => {
    expect(one('Hillary Clinton is declaring that she is moving closer to the nomination.')).toMatchObject({
      text: 'she is moving closer to the nomination',
      speaker: 'Hillary Clinton',
    });
  });

  it('people speak unnamed (speaker null, surface kept); things do not speak', () => {
    expect(one('The witness said the driver accelerated into the crowd.')).toMatchObject({
      speaker: null,
      speakerText: 'The witness',
      text: 'the driver accelerated into the crowd',
    });
    expect(one('A year later, some families said they were forced to pay smugglers.')).toMatchObject({
      speaker: null,
      speakerText: 'some families',
    });
    expect(
      quotes('This visit underscores the commitment to fostering strong ties between the two nations.'),
    ).toEqual([]);
  });

  it('people named by agent nouns speak ("the actress", "the socialist"); an outlet noun is the outlet', () => {
    expect(one('The actress said she was tired of the campaign.')).toMatchObject({
      speaker: null,
      speakerText: 'The actress',
    });
    expect(one('The socialist said he would win the primary.')).toMatchObject({
      speakerText: 'The socialist',
    });
    const qs = quotes(
      'Kazakhstan was ranked first in the Kommersant survey. The newspaper said the ranking had surprised the government.',
    );
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ speakerText: 'The newspaper' });
  });

  it('"the president of X said": the holder named earlier speaks, not the country', () => {
    const qs = quotes(
      'Kyrgyz President Sadyr Japarov arrived in Dushanbe on Friday. The president of Kyrgyzstan said that the border talks would resume in March.',
    );
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ speaker: 'Sadyr Japarov', speakerText: 'The president of Kyrgyzstan' });
  });

  it('a bare time after the cue ends the attribution: "“…,” X said Friday."', () => {
    const qs = quotes('“The border must stay open for trade,” Rep. Gwen Moore said Friday.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ text: 'The border must stay open for trade', direct: true });
    // a part of the day after the day: "said Tuesday evening", "said yesterday afternoon"
    for (const when of ['Tuesday evening', 'yesterday afternoon'])
      expect(
        quotes(`The budget will be balanced within two years, the finance minister said ${when}.`),
      ).toEqual([
        expect.objectContaining({ text: 'The budget will be balanced within two years', direct: false }),
      ]);
  });

  it('"said this month on X" and "told reporters after the meeting that was held …" end the attribution', () => {
    const month = quotes(
      '“The tunnel will open before the winter,” the mayor said this month on local radio.',
    );
    expect(month).toEqual([
      expect.objectContaining({ text: 'The tunnel will open before the winter', direct: true }),
    ]);
    // "that" before a verb is the relative pronoun of "meeting", not the start of what was said
    const relative = quotes(
      '“We cannot wait another year for the bridge,” the governor told reporters after a meeting that was held at the harbour.',
    );
    expect(relative).toEqual([
      expect.objectContaining({ text: 'We cannot wait another year for the bridge', direct: true }),
    ]);
  });

  it('"“…,” he said, but “…”": the quotation after "but" continues the same attribution', () => {
    const qs = quotes(
      'Nikol Pashinyan spoke in Yerevan. “We respect our partners,” he said, but “we cannot stay in an alliance that does not protect us.”',
    );
    expect(qs.map((q) => [q.text, q.speaker])).toEqual([
      ['We respect our partners', 'Nikol Pashinyan'],
      ['we cannot stay in an alliance that does not protect us.', 'Nikol Pashinyan'],
    ]);
  });

  it('"according to <a document>": a law, a count or a tally is a source (speaker unknown)', () => {
    expect(
      one('According to state law, no candidate may campaign within 50 meters of a polling station.'),
    ).toMatchObject({
      text: 'no candidate may campaign within 50 meters of a polling station',
      speaker: null,
      speakerText: 'state law',
    });
  });

  it("ASCII double quotes (''…'') are quotation marks", () => {
    const q = one("''We are refugees, not terrorists,'' Nikol Pashinyan said on Monday.");
    expect(q).toMatchObject({
      text: 'We are refugees, not terrorists',
      direct: true,
      speaker: 'Nikol Pashinyan',
    });
  });

  it('a role noun resolves to the person holding the office, not to the nearest name', () => {
    const qs = quotes(
      'Kazakh President Kassym-Jomart Tokayev met Vladimir Putin in Moscow. The Kazakh leader said that relations were at their peak.',
    );
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ speaker: 'Kassym-Jomart Tokayev', speakerText: 'The Kazakh leader' });
  });

  it('thoughts are flagged apart from speech', () => {
    const qs = quotes(
      'Tokayev said the union must grow. Kassym-Jomart Tokayev believes that he can persuade the other members.',
    );
    expect(qs.map((q) => q.kind)).toEqual(['speech', 'thought']);
  });

  it('a post-posed cue with a time after it: "…, federal officials said on Tuesday."', () => {
    const q = one(
      'In the final stage of the review, inspectors may examine the shipping records, federal officials said on Tuesday.',
    );
    expect(q).toMatchObject({
      text: 'In the final stage of the review, inspectors may examine the shipping records',
      direct: false,
      speakerText: 'federal officials',
    });
  });

  it('the subject over an adverb or an appositive: "X has long said that …", "His aide, Y, said …"', () => {
    expect(
      one('Senator Walter Brennan has long said that the pipeline would never be approved.'),
    ).toMatchObject({
      text: 'the pipeline would never be approved',
      speakerText: 'Senator Walter Brennan',
    });
    expect(
      one('His campaign manager, Jeff Weaver, said Sanders believes those efforts are working.'),
    ).toMatchObject({
      text: 'Sanders believes those efforts are working',
      // the name after a role phrase of a person noun ("campaign manager") is the source read
      speakerText: 'Jeff Weaver',
    });
  });

  it('a plain verb of saying lets an unknown noun speak ("the airline said"); an evaluative cue does not', () => {
    expect(
      one('The co-pilot had logged more than 2,700 flying hours, the airline said on Thursday.'),
    ).toMatchObject({
      text: 'The co-pilot had logged more than 2,700 flying hours',
      speaker: null,
      speakerText: 'the airline',
    });
    expect(one('The hospital acknowledged that two of its wards had been closed since May.')).toMatchObject({
      text: 'two of its wards had been closed since May',
      speaker: null,
      speakerText: 'The hospital',
    });
    expect(quotes('The decision highlights that the two governments still disagree on the route.')).toEqual(
      [],
    );
  });

  it('", but that …" and ", but <predicate>" continue the content; ", but <new subject>" does not', () => {
    expect(
      one('The envoy said that the talks had stalled, but that both sides would meet again in March.'),
    ).toMatchObject({ text: 'the talks had stalled, but that both sides would meet again in March' });
    expect(
      one('The farmer said she wanted lower fuel prices, but had not decided whom to support.'),
    ).toMatchObject({ text: 'she wanted lower fuel prices, but had not decided whom to support' });
    expect(one('The minister said the border would reopen, but the trucks are still waiting.')).toMatchObject(
      {
        text: 'the border would reopen',
      },
    );
  });

  it('a subject pronoun opens a clause after a verb of saying without "that": "noted he …"', () => {
    expect(one('The governor noted she had signed the budget two weeks early.')).toMatchObject({
      text: 'she had signed the budget two weeks early',
      speakerText: 'The governor',
    });
  });

  it('"…, Reuters reported." with nobody quoted before it is the outlet\'s statement; after a quote it relays', () => {
    expect(one('The freight terminal will close for two weeks in July, Reuters reported.')).toMatchObject({
      text: 'The freight terminal will close for two weeks in July',
      speakerText: 'Reuters',
    });
    const q = one('Peskov said the talks would resume in the autumn, Reuters reported.');
    expect(q).toMatchObject({ text: 'the talks would resume in the autumn', speakerText: 'Peskov' });
    expect(q.reportedBy).toEqual(['Reuters']);
  });

  it('an indirect question is what was asked: "X asked (Y) whether/why …"', () => {
    expect(
      one('The senator asked the minister whether the new pipeline would pass through the reserve.'),
    ).toMatchObject({
      text: 'whether the new pipeline would pass through the reserve',
      speakerText: 'The senator',
      kind: 'speech',
    });
  });

  it('whatever "according to" names is a source: "…, according to officials familiar with the plan"', () => {
    expect(
      one('The convoy will leave the port before dawn, according to officials familiar with the plan.'),
    ).toMatchObject({
      text: 'The convoy will leave the port before dawn',
      speaker: null,
      speakerText: 'officials familiar with the plan',
    });
  });

  it('a place and its state between commas before "that": "told a town hall in Salem, Oregon, that …"', () => {
    expect(
      one('The senator told a town hall in Salem, Oregon, that the tax would be repealed next year.'),
    ).toMatchObject({ text: 'the tax would be repealed next year', speakerText: 'The senator' });
  });

  it('a restrictive relative speaks through its plural antecedent: "farmers who say …"', () => {
    expect(
      one('The plan angered dairy farmers who say the new quotas will drive them out of business.'),
    ).toMatchObject({ text: 'the new quotas will drive them out of business', speaker: null });
  });

  it('a quantifier opening the clause is its subject: "Some said …", "Both say …"', () => {
    expect(one('Some said they had waited six hours at the border crossing.')).toMatchObject({
      text: 'they had waited six hours at the border crossing',
      speakerText: 'Some',
    });
    expect(quotes('The said agreement was signed in May.')).toEqual([]);
  });

  it('"we" and "you" speak without a name (speaker null, surface kept); "The text confirms" is no speaker', () => {
    expect(one('We told the committee that the bridge would reopen in May.')).toMatchObject({
      text: 'the bridge would reopen in May',
      speaker: null,
      speakerText: 'We',
    });
    expect(
      quotes('The text does not name a date but confirms that the two sides have agreed on a route.'),
    ).toEqual([]);
  });

  it('"expressed hope / satisfaction that …" in a finite or participial clause: the clause is the content', () => {
    const qs = quotes(
      'Sadyr Japarov welcomed the guests, expressing hope that the new road would open by spring.\n\nAfter the ceremony, Shavkat Mirziyoyev expressed satisfaction that both delegations, which had met twice before, signed the plan.',
    );
    const hope = qs.find((q) => q.text.includes('new road would open by spring'));
    expect(hope?.speaker).toBe('Sadyr Japarov');
    expect(hope?.kind).toBe('thought');
    const satisfied = qs.find((q) => q.text.includes('both delegations'));
    expect(satisfied?.speaker).toBe('Shavkat Mirziyoyev');
    expect(satisfied?.text).toContain('signed the plan');
  });

  it('"According to X, <clause with its own commas>": a clause is not skipped as an appositive of X', () => {
    const q = one(
      'According to Emomali Rahmon, trains from Dushanbe to Tashkent were due to run again in May, carrying freight first.',
    );
    expect(q.speaker).toBe('Emomali Rahmon');
    expect(q.text.startsWith('trains from Dushanbe to Tashkent were due')).toBe(true);
  });

  it('"…, with X saying (that) …": the absolute clause\'s own subject speaks', () => {
    const q = one(
      'Talks stalled again, with Ilham Aliyev saying the border question would wait until autumn.',
    );
    expect(q.speaker).toBe('Ilham Aliyev');
    expect(q.text).toBe('the border question would wait until autumn');
  });

  it('"…, as announced by X in an interview with Y": the clause before is X\'s, the medium relays', () => {
    const q = one(
      'Uzbekistan will open two new consulates next year, as announced by Shavkat Mirziyoyev in an interview with Euronews on Friday.',
    );
    expect(q.speaker).toBe('Shavkat Mirziyoyev');
    expect(q.text).toBe('Uzbekistan will open two new consulates next year');
    expect(q.reportedBy).toEqual(['Euronews']);
  });

  it('"X is reported to have said that …": a raising passive keeps X the speaker', () => {
    const q = one('Nikol Pashinyan is reported to have said that the new road would be ready in June.');
    expect(q.speaker).toBe('Nikol Pashinyan');
    expect(q.text).toBe('the new road would be ready in June');
  });

  it('a relay named with a slash ("told RFE/RL") is the whole name', () => {
    const q = one('"Every truck will be checked," Serik Zhumangarin told RFE/RL.');
    expect(q.speaker).toBe('Serik Zhumangarin');
    expect(q.reportedBy).toEqual(['Radio Free Europe/Radio Liberty']);
  });

  it('"<outlet> announced …. It added that …": the pronoun goes on with the outlet that spoke', () => {
    const qs = quotes(
      'The IRNA news agency announced that the embassy had reopened in Tehran. It added that the ambassador had also returned.',
    );
    const added = qs.find((q) => q.text.includes('ambassador had also returned'));
    expect(added?.speaker).toBe('IRNA');
  });

  it('an outlet written as its lower-case web address relays ("the website news.az quoted X as saying")', () => {
    const q = one(
      'The website news.az quoted the Azerbaijani Foreign Ministry as saying that the consulate would reopen in May.',
    );
    expect(q.reportedBy).toEqual(['News.az']);
  });

  it('"X accused Y of <doing …>": what Y is accused of doing is X\'s claim, also after a participle', () => {
    const qs = quotes(
      'Yerevan accused Baku of shelling villages near the border.\n\nThe minister criticized the bloc, accusing the leadership of the alliance of quietly ignoring its obligations.\n\nShe accused him of treason.',
    );
    // (the capital speaks for its state, added though the text never names Armenia)
    expect(qs.find((q) => q.text.startsWith('shelling villages'))?.speaker).toBe('Armenia');
    expect(qs.find((q) => q.text.startsWith('quietly ignoring its obligations'))?.speakerText).toBe(
      'The minister',
    );
    // a noun after "of" is an evaluation, not a reported claim
    expect(qs.some((q) => q.text.includes('treason'))).toBe(false);
  });

  it('"“…,” the TV channel quotes (the words of) the politician": the one quoted speaks, the outlet named before relays', () => {
    const qs = quotes(
      'Euronews interviewed Irakli Kobakhidze on Monday.\n\n"We will keep our course whatever happens," the TV channel quotes the words of the politician.',
    );
    const q = qs.find((x) => x.text.startsWith('We will keep our course'));
    expect(q?.speaker).toBe('Irakli Kobakhidze');
    expect(q?.reportedBy).toEqual(['Euronews']);
  });

  it('"X, speaking to <medium>, said …" and "“…,” X was quoted as saying by <medium>": the medium relays', () => {
    const t =
      'Ilham Aliyev, speaking to Euronews, said the peace treaty was almost ready. “We will keep building roads,” Recep Tayyip Erdoğan was quoted as saying by Anadolu Agency.';
    const qs = quotes(t);
    expect(qs.map((q) => [q.speaker, q.reportedBy])).toEqual([
      ['Ilham Aliyev', ['Euronews']],
      ['Recep Tayyip Erdoğan', ['Anadolu Agency']],
    ]);
  });

  it('"X announced that “…” <more>": the quoted words after "that" are a direct quotation inside the reported clause', () => {
    const qs = quotes(
      'Sadyr Japarov announced that “the border question is closed” after the talks in Bishkek on Friday.',
    );
    expect(qs.map((q) => [q.text, q.direct, q.speaker])).toContainEqual([
      'the border question is closed',
      true,
      'Sadyr Japarov',
    ]);
  });

  it('a wire dateline is no subject: "ASTANA (Reuters) - X met … and said …"', () => {
    const q = one(
      'ASTANA (Reuters) - Kassym-Jomart Tokayev met the visiting delegation on Monday and said the new railway would open in spring.',
    );
    expect(q.speaker).toBe('Kassym-Jomart Tokayev');
    expect(q.text).toBe('the new railway would open in spring');
  });

  it('an opening adverbial is no subject: "When …, X …, reminding …", "Hours later, X …, telling …"', () => {
    const qs = quotes(
      'When he visited Baku in 2019, Recep Tayyip Erdoğan praised the pipeline by reminding his hosts that it had been built on time.\n\nHours later, Ilham Aliyev answered the critics, telling reporters that the border would stay open.',
    );
    expect(qs.map((q) => [q.speaker, q.text])).toEqual([
      ['Recep Tayyip Erdoğan', 'it had been built on time'],
      ['Ilham Aliyev', 'the border would stay open'],
    ]);
  });

  it('"X, 58, who …, says …": the age between commas is no subject', () => {
    const q = one('Aigerim Saparova, 58, who sells fruit in Almaty, says prices have doubled since May.');
    expect(q.speakerText).toBe('Aigerim Saparova');
  });

  it('"At a rally on Sunday, X said, “…”": the adverbial before the subject is not a quote', () => {
    const qs = quotes(
      'At a rally in Bishkek on Sunday, Sadyr Japarov said, "We will finish the road this year."\n\nSpeaking to reporters, Japarov said: "Nobody will stop us."',
    );
    expect(qs.map((q) => [q.speaker, q.text])).toEqual([
      ['Sadyr Japarov', 'We will finish the road this year.'],
      ['Sadyr Japarov', 'Nobody will stop us.'],
    ]);
  });

  it('"As X noted, <clause>" and "<clause>, as X admitted": the clause is X\'s', () => {
    const qs = quotes(
      'As Ilham Aliyev noted on Monday, the new pipeline will open in the spring.\n\nThe first round of talks failed, as Nikol Pashinyan admitted later.',
    );
    expect(qs.map((q) => [q.speaker, q.text])).toEqual([
      ['Ilham Aliyev', 'the new pipeline will open in the spring'],
      ['Nikol Pashinyan', 'The first round of talks failed'],
    ]);
  });

  it('bad input gives no quotes', () => {
    expect(extractQuotes('', null, [], [])).toEqual([]);
    expect(extractQuotes('said said said', null, [], [])).toEqual([]);
  });
});

describe('Russian constructions', () => {
  it('"X заявил ТАСС, что …", "X рассказал РИА Новости: …": the medium told relays', () => {
    const qs = quotes(
      'Арарат Мирзоян заявил ТАСС, что Ереван продолжит диалог с Москвой. Сергей Лавров рассказал РИА Новости, что переговоры пройдут в Баку.',
    );
    expect(qs.map((q) => [q.speaker, q.reportedBy])).toEqual([
      ['Ararat Mirzoyan', ['TASS']],
      ['Sergey Lavrov', ['RIA Novosti']],
    ]);
  });

  it('"«…», — цитирует X агентство Y": X speaks, Y relays; "…, сообщает Y со ссылкой на источник": unnamed, Y relays', () => {
    const qs = quotes(
      'Армения не планирует выходить из ОДКБ, сообщает РИА Новости со ссылкой на источник в правительстве. «Мы не видим угрозы», — цитирует Дмитрия Пескова агентство «Интерфакс».',
    );
    expect(qs.map((q) => [q.text, q.speaker, q.reportedBy])).toEqual([
      ['Армения не планирует выходить из ОДКБ', null, ['RIA Novosti']],
      ['Мы не видим угрозы', 'Dmitry Peskov', ['Interfax']],
    ]);
  });

  it('"<clause>, как отметил X.": the clause before the comma is X\'s', () => {
    const q = one('Переговоры о границе продолжатся в мае, как отметил Никол Пашинян.');
    expect([q.speaker, q.text]).toEqual(['Nikol Pashinyan', 'Переговоры о границе продолжатся в мае']);
  });

  it('reads "подтвердил", "объяснил", "опроверг" and the negated "не исключил, что …"', () => {
    const qs = quotes(
      'Сергей Лавров подтвердил, что переговоры пройдут в Баку. Никол Пашинян не исключил, что договор будет подписан летом. Дмитрий Песков опроверг, что Москва готовит санкции. Лавров объяснил, что Россия не будет вмешиваться.',
    );
    expect(qs.map((q) => [q.text, q.speaker, q.speakerText])).toEqual([
      ['переговоры пройдут в Баку', 'Sergey Lavrov', 'Сергей Лавров'],
      ['договор будет подписан летом', 'Nikol Pashinyan', 'Никол Пашинян'],
      ['Москва готовит санкции', 'Dmitry Peskov', 'Дмитрий Песков'],
      ['Россия не будет вмешиваться', 'Sergey Lavrov', 'Лавров'],
    ]);
    // any other negated verb of saying still attributes nothing
    expect(quotes('Сергей Лавров не заявил, что переговоры сорваны.')).toEqual([]);
  });

  it('"Новый план, по его словам, …": the words before the interjected "по словам" are content too', () => {
    const qs = quotes(
      'Никол Пашинян выступил в Ереване в понедельник. Новый план границы, по его словам, отличается от старого.',
    );
    const q = qs.find((x) => x.text.includes('отличается от старого'));
    expect(q?.text).toBe('Новый план границы, по его словам, отличается от старого');
    expect(q?.speaker).toBe('Nikol Pashinyan');
  });

  it('"X требует убрать …" (an infinitive demanded) and "X ожидает, что …" (an expectation, a thought)', () => {
    const qs = quotes(
      'Армения и Азербайджан продолжают переговоры. Азербайджан требует убрать пункт о границе из проекта договора. Армения ожидает, что переговоры завершатся к лету.',
    );
    const demand = qs.find((q) => q.text.startsWith('убрать пункт о границе'));
    expect(demand?.speaker).toBe('Azerbaijan');
    const expects = qs.find((q) => q.text.includes('переговоры завершатся к лету'));
    expect(expects?.speaker).toBe('Armenia');
    expect(expects?.kind).toBe('thought');
  });

  it('a capital speaks for its state when the text names the state: "Баку заявил …" is Azerbaijan\'s', () => {
    const qs = quotes(
      'Азербайджан и Армения обменялись нотами. Баку заявил, что ответ будет дан в течение недели.',
    );
    expect(qs.find((q) => q.text.includes('ответ будет дан'))?.speaker).toBe('Azerbaijan');
  });

  it('a cue in a subordinate clause: "после того, как он заявил о готовности …", "когда он заявил, что …"', () => {
    const qs = quotes(
      'Касым-Жомарт Токаев провел переговоры в Астане. Встреча прошла после того, как он заявил о готовности открыть новый маршрут. Позже, когда он заявил, что пошлины будут снижены, биржа выросла.',
    );
    const ready = qs.find((q) => q.text.includes('о готовности открыть новый маршрут'));
    expect(ready?.speaker).toBe('Kassym-Jomart Tokayev');
    const duties = qs.find((q) => q.text.includes('пошлины будут снижены'));
    expect(duties?.speaker).toBe('Kassym-Jomart Tokayev');
  });

  it('"…, сообщает ТАСС": the agency relays', () => {
    expect(one('Песков заявил, что Кремль готов к переговорам, сообщает ТАСС.')).toMatchObject({
      text: 'Кремль готов к переговорам',
      speaker: 'Dmitry Peskov',
      reportedBy: ['TASS'],
    });
  });

  it('"Как сообщает X со ссылкой на Y, …": Y speaks, X relays (not the other way round)', () => {
    expect(
      one(
        'Как сообщает РИА Новости со ссылкой на пресс-секретаря президента Дмитрия Пескова, Путин проведет переговоры в Астане.',
      ),
    ).toMatchObject({
      text: 'Путин проведет переговоры в Астане',
      speaker: 'Dmitry Peskov',
      reportedBy: ['RIA Novosti'],
    });
  });

  it('"…, сообщает X со ссылкой на Y": the clause is Y\'s, X relays; a cited source nearer the speaker comes first', () => {
    expect(
      one(
        'Переговоры пройдут в Астане в марте, сообщает ТАСС со ссылкой на пресс-секретаря Дмитрия Пескова.',
      ),
    ).toMatchObject({
      text: 'Переговоры пройдут в Астане в марте',
      speaker: 'Dmitry Peskov',
      reportedBy: ['TASS'],
    });
    expect(
      one('Лавров заявил, что встреча состоится в Астане, сообщает ТАСС со ссылкой на МИД России.'),
    ).toMatchObject({ speaker: 'Sergey Lavrov', reportedBy: ['Russian Foreign Ministry', 'TASS'] });
  });

  it('"заявил президент Казахстана": the office holder speaks, never the country after the role noun', () => {
    const qs = quotes(
      'Президент Казахстана Касым-Жомарт Токаев прибыл в Москву. «Мы предоставим все необходимые условия для переговоров», — заявил президент Казахстана.',
    );
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ speaker: 'Kassym-Jomart Tokayev', speakerText: 'президент Казахстана' });
  });

  it('thoughts are flagged apart from speech: "X считает, что …"', () => {
    expect(one('Лавров считает, что переговоры зайдут в тупик.')).toMatchObject({
      text: 'переговоры зайдут в тупик',
      speaker: 'Sergey Lavrov',
      kind: 'thought',
    });
  });

  it('"в интервью X": the medium relays', () => {
    expect(one('Лавров в интервью РБК заявил, что Москва не будет вмешиваться.')).toMatchObject({
      speaker: 'Sergey Lavrov',
      reportedBy: ['RBC'],
    });
  });
});

describe('Turkish constructions', () => {
  it('"X\'in belirttiği gibi, …" ("as X noted"): the clause after the comma is X\'s', () => {
    const q = one(
      "Bakan Hakan Fidan'ın belirttiği gibi, iki ülke arasındaki ticaret geçen yıl iki katına çıktı.",
    );
    expect([q.speaker, q.text]).toEqual([
      'Hakan Fidan',
      'iki ülke arasındaki ticaret geçen yıl iki katına çıktı',
    ]);
  });

  it('a name opening the clause without a comma is its subject, particles and all ("Aliyev de …", "Lavrov ise …")', () => {
    const qs = quotes(
      "İlham Aliyev ve Sergey Lavrov Bakü'de görüştü. Aliyev de görüşmelerin olumlu geçtiğini belirtti. Lavrov ise Batı'nın bölgede gerginlik yarattığını öne sürdü.",
    );
    expect(qs.map((q) => [q.text, q.speaker])).toEqual([
      ['görüşmelerin olumlu geçtiğini', 'Ilham Aliyev'],
      ["Batı'nın bölgede gerginlik yarattığını", 'Sergey Lavrov'],
    ]);
  });

  it('reads the common reporting verbs "öne sürdü", "dikkat çekti" (a dative clause), "altını çizdi" and "ekledi"', () => {
    const t =
      'Bakan Hakan Fidan, sınırın güvenli olduğunu öne sürdü. Fidan, ticaretin iki katına çıktığına dikkat çekti. Fidan, barışın mümkün olduğunun altını çizdi. "Süreç devam edecek" diye ekledi.';
    expect(quotes(t).map((q) => [q.text, q.speaker])).toEqual([
      ['sınırın güvenli olduğunu', 'Hakan Fidan'],
      ['ticaretin iki katına çıktığına', 'Hakan Fidan'],
      ['barışın mümkün olduğunun', 'Hakan Fidan'],
      ['Süreç devam edecek', 'Hakan Fidan'],
    ]);
  });

  it('"Yeni plan, X\'e göre, …": the words before the interjected "göre" are content too', () => {
    const qs = quotes(
      "İlham Aliyev Bakü'de konuştu. Yeni sınır planı, Aliyev'e göre, eskisinden çok farklı.",
    );
    const q = qs.find((x) => x.text.includes('eskisinden çok farklı'));
    expect(q?.text).toBe("Yeni sınır planı, Aliyev'e göre, eskisinden çok farklı");
    expect(q?.speaker).toBe('Ilham Aliyev');
  });

  it('"X\'ın haberine göre, …" with nobody else speaking is the outlet\'s report; "…\'a konuşan bir yetkili" speaks unnamed', () => {
    const t =
      "Dışişleri Bakanı Hakan Fidan, iki ülkenin işbirliğini artıracağını açıkladı. TASS'ın haberine göre, Putin ile Tokayev telefonda görüştü. Reuters'a konuşan bir yetkili, anlaşmanın hafta sonuna kadar imzalanabileceğini söyledi.";
    const qs = quotes(t);
    expect(qs.map((q) => [q.text, q.speaker, q.speakerText, q.reportedBy])).toEqual([
      ['iki ülkenin işbirliğini artıracağını', 'Hakan Fidan', 'Dışişleri Bakanı Hakan Fidan', []],
      ['Putin ile Tokayev telefonda görüştü', 'TASS', "TASS'ın", []],
      ['anlaşmanın hafta sonuna kadar imzalanabileceğini', null, 'bir yetkili', ['Reuters']],
    ]);
  });

  it('paragraphs after "X\'ın açıklamalarından başlıklar:" stay X\'s while they speak as "our …"', () => {
    const qs = quotes(
      "Cumhurbaşkanı Erdoğan'ın açıklamalarından başlıklar:\n\nBu zirvede yeni bir dönemi başlatıyoruz.\n\nTeşkilatımızın bölgedeki rolü her geçen gün güçleniyor ve bu yol sürecek.",
    );
    expect(qs.find((q) => q.text.startsWith('Teşkilatımızın bölgedeki rolü'))?.speaker).toBe(
      'Recep Tayyip Erdoğan',
    );
  });

  it('"…-dığını söyleyen X, “…”": the quotation after the named speaker is theirs, even cut off', () => {
    const qs = quotes(
      'Ticaretin arttığını söyleyen Erdoğan, "Yeni hedeflerimiz var ve bunlara birlikte ulaşacağız. Bir sonraki zirvede',
    );
    const q = qs.find((x) => x.text.startsWith('Yeni hedeflerimiz var'));
    expect(q?.speaker).toBe('Recep Tayyip Erdoğan');
    expect(q?.direct).toBe(true);
  });

  it('"A, B ve C\'ye imza atan X, …-dığını söyledi": the name after the relative participle is the subject', () => {
    const q = quotes(
      "Toplantıda Ortak Bildiri, Ulaştırma Anlaşması ve Enerji Protokolü'ne imza atan Erdoğan, iş birliğinin güçlendiğini söyledi.",
    ).find((x) => x.text.includes('iş birliğinin güçlendiğini'));
    expect(q?.speaker).toBe('Recep Tayyip Erdoğan');
    expect(q?.text.startsWith('iş birliğinin')).toBe(true);
  });

  it('"X\'a konuşan Y": the medium relays, Y speaks', () => {
    const q = one(
      "Anadolu Ajansı'na konuşan Kazakistan Cumhurbaşkanı Tokayev, işbirliğinin güçlendiğini söyledi.",
    );
    expect(q).toMatchObject({ speaker: 'Kassym-Jomart Tokayev', reportedBy: ['Anadolu Agency'] });
  });

  it('"X, Y\'a konuşarak / Y\'e açıklamasında …": Y relays and is not part of the content', () => {
    expect(
      one("Dışişleri Bakanı Hakan Fidan, Anadolu Ajansı'na konuşarak müzakerelerin sürdüğünü söyledi."),
    ).toMatchObject({
      text: 'müzakerelerin sürdüğünü',
      speaker: 'Hakan Fidan',
      reportedBy: ['Anadolu Agency'],
    });
    expect(
      one(
        "Dışişleri Bakanı Hakan Fidan, Anadolu Ajansı'na açıklamasında görüşmelerin olumlu geçtiğini belirtti.",
      ),
    ).toMatchObject({
      text: 'görüşmelerin olumlu geçtiğini',
      speaker: 'Hakan Fidan',
      reportedBy: ['Anadolu Agency'],
    });
  });

  it('thoughts are flagged apart from speech: "-AcAğInA inanıyor", "-DIğInI düşünüyor"', () => {
    expect(one('Bakan Fidan, müzakerelerin başarılı olacağına inanıyor.')).toMatchObject({
      text: 'müzakerelerin başarılı olacağına',
      speaker: 'Hakan Fidan',
      kind: 'thought',
    });
    expect(one('Erdoğan, müzakerelerin uzayacağını düşünüyor.')).toMatchObject({ kind: 'thought' });
  });

  it('direct speech with dedi after a named subject', () => {
    expect(one('Cumhurbaşkanı Erdoğan, "Türk dünyası güçleniyor" dedi.')).toMatchObject({
      text: 'Türk dünyası güçleniyor',
      direct: true,
      speaker: 'Recep Tayyip Erdoğan',
    });
  });
});
