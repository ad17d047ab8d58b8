/**
 * The English reader on the dependency parse (quotes-en-syntax.ts): constructions the word
 * patterns of quotes-en.ts leave unread, on sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { quoteRecords } from '../testing/quote-rows.js';
import { treeStats } from './quotes-en-syntax.js';

function quotes(text: string, published = '2025-10-01') {
  return quoteRecords(text, { published }).map(({ cue: _c, speakerType: _t, ...q }) => q);
}

describe('attribution on the dependency parse (English)', () => {
  it('the subject is read past a relative clause: "Officials in X, who …, now say …"', () => {
    expect(
      quotes(
        'Officials in Brussels, who had hoped for a quick deal, now say the talks with Baku have stalled.',
      ),
    ).toEqual([
      expect.objectContaining({
        text: 'the talks with Baku have stalled',
        direct: false,
        speakerText: 'Officials in Brussels',
      }),
    ]);
  });

  it('a base-form cue after a plural noun phrase: "sources close to X say …"', () => {
    const qs = quotes(
      'Sources close to the Georgian cabinet say the vote on the bill will be delayed again.',
    );
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({
      text: 'the vote on the bill will be delayed again',
      speakerText: 'Sources close to the Georgian cabinet',
    });
  });

  it('a coordinated cue takes the subject of the first verb: "X met Y and later indicated that …"', () => {
    expect(
      quotes(
        'Tokayev met the Uzbek delegation in Astana and later indicated that the two countries would sign a water agreement.',
      ),
    ).toEqual([
      expect.objectContaining({
        text: 'the two countries would sign a water agreement',
        speaker: 'Kassym-Jomart Tokayev',
      }),
    ]);
  });

  it('"told <medium>, however, that …": the content past the adverb, the medium relays', () => {
    expect(
      quotes(
        'Kazakh Trade Minister Serik Zhumangarin told the broadcaster Kabar, however, that exports of microchips are being checked more strictly.',
      ),
    ).toEqual([
      expect.objectContaining({
        text: 'exports of microchips are being checked more strictly',
        speaker: 'Serik Zhumangarin',
        reportedBy: ['Kabar'],
      }),
    ]);
  });

  it('a post-posed cue after a quotation whose opening mark is out of the sentence is direct', () => {
    const qs = quotes(
      'The law breaks every promise we made. Its adoption will cost us dearly," Borrell said in a statement.',
    );
    expect(qs.find((q) => q.text.startsWith('Its adoption'))).toMatchObject({
      text: 'Its adoption will cost us dearly',
      direct: true,
    });
  });

  it('a participle speaks for the subject of the main clause: "X met …, saying that …"', () => {
    expect(
      quotes('The spokesman met reporters on Monday, saying that the border would reopen soon.'),
    ).toEqual([
      expect.objectContaining({ text: 'the border would reopen soon', speakerText: 'The spokesman' }),
    ]);
  });

  it('the tree mends a source the word patterns cut short: "Experts on X and Y said …"', () => {
    expect(
      quotes('Experts on Central Asia and water diplomacy said the new canal could change the balance.'),
    ).toEqual([
      expect.objectContaining({
        text: 'the new canal could change the balance',
        speakerText: 'Experts on Central Asia and water diplomacy',
      }),
    ]);
  });

  it('"X reported (that) …" with nobody quoted inside is the outlet\'s own statement', () => {
    expect(
      quotes('RIA Novosti reported that the alliance secretariat had not received any notification.'),
    ).toEqual([
      expect.objectContaining({
        text: 'the alliance secretariat had not received any notification',
        speaker: 'RIA Novosti',
      }),
    ]);
  });

  it('a "that" clause after a long adverbial: "X says at a stop in Y, Z, that …"', () => {
    expect(
      quotes(
        'Tokayev says at a press conference in Astana, Kazakhstan, that the pipeline will be finished next year.',
      ),
    ).toEqual([
      expect.objectContaining({
        text: 'the pipeline will be finished next year',
        speaker: 'Kassym-Jomart Tokayev',
      }),
    ]);
  });

  it('a "that" clause the parser hung below a time adverbial: "told a rally in X, Y on Monday that …"', () => {
    expect(
      quotes(
        'Kazakh President Kassym-Jomart Tokayev told a forum in Almaty, Kazakhstan on Monday that the new pipeline is a priority for the region.',
      ),
    ).toEqual([
      expect.objectContaining({
        text: 'the new pipeline is a priority for the region',
        speaker: 'Kassym-Jomart Tokayev',
      }),
    ]);
  });

  it('a progressive cue with a long hearer: "X is telling a crowd in Y, Z, on … that …"', () => {
    expect(
      quotes(
        'Pashinyan is telling a packed hall in Gyumri, Armenia, on the last campaign day that he will not leave the alliance.',
      ),
    ).toEqual([
      expect.objectContaining({ text: 'he will not leave the alliance', speaker: 'Nikol Pashinyan' }),
    ]);
  });

  it('negated, modal and infinitive cues are not attributions', () => {
    expect(quotes('The minister did not say whether the border with Tajikistan would reopen soon.')).toEqual(
      [],
    );
    expect(quotes('The envoys would never admit that the ceasefire had already collapsed.')).toEqual([]);
    expect(quotes('The spokesman refused to confirm that the convoy had crossed the river.')).toEqual([]);
  });

  it('noun readings and headlines are not parsed', () => {
    const before = treeStats.unitsTagged;
    quotes('The member states signed the charter. OFFICIALS SAY TALKS STALLED');
    expect(treeStats.unitsTagged).toBe(before);
  });

  it('a cue whose sentence holds no other verb is tagged but not parsed: "X reported a net loss of …"', () => {
    const parsed = treeStats.unitsParsed;
    expect(
      quotes('The dairy cooperative today reported a net loss of 4.2 mln dlrs for its first quarter.'),
    ).toEqual([]);
    expect(treeStats.unitsParsed).toBe(parsed);
  });

  it('a finite cue opening a broken sentence (no subject in it) is not tagged', () => {
    const tagged = treeStats.unitsTagged;
    quotes(
      'Shares of the Dutch grain trader Agrifirm\n\nsaid it expects the harvest to fall short of last year.',
    );
    expect(treeStats.unitsTagged).toBe(tagged);
  });

  it('counts the parsed units that gave an attribution, and only those', () => {
    const { unitsParsed, unitsYielding } = treeStats;
    expect(
      quotes('Harbour officials said during a visit to the port the ferry to Aktau would resume in May.'),
    ).toHaveLength(1);
    // "said during a visit to the port the ferry …" (no "that", no comma) is left to the tree, which reads it
    expect(treeStats.unitsParsed - unitsParsed).toBe(1);
    expect(treeStats.unitsYielding - unitsYielding).toBe(1);
    // a cue the tree reads nothing for: parsed, no yield
    const before = { ...treeStats };
    quotes('Kazakh officials said during the talks in Astana.');
    expect(treeStats.unitsYielding).toBe(before.unitsYielding);
  });

  it('a plain subject the tree would read back is not parsed to mend it: "The survey said …"', () => {
    const tagged = treeStats.unitsTagged;
    expect(quotes('The survey said farm incomes in the region would fall by a fifth next year.')).toEqual([
      expect.objectContaining({
        text: 'farm incomes in the region would fall by a fifth next year',
        speakerText: 'The survey',
      }),
    ]);
    expect(treeStats.unitsTagged).toBe(tagged);
  });
});
