/**
 * The attribution layer (extractAttributions) beside the quote export (extractQuotes): English
 * attributions that are not quotes (quotes-en-other.ts), on sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { DocEntity, DocMention } from '../model/index.js';
import { splitSentences } from '../nlp/sentences.js';
import { loadGazetteer } from '../resolve/gazetteer.js';
import { extractEntities } from './mentions.js';
import { extractAttributions, extractQuotes, type DocAttribution } from './quotes.js';

const gaz = loadGazetteer();
const published = '2025-10-01';

function read(text: string) {
  const sentences = splitSentences(text);
  const { entities, mentions } = extractEntities(text, sentences, gaz, { published });
  const opts = { published, gazetteer: gaz };
  return {
    all: extractAttributions(text, sentences, entities, mentions, opts),
    quotes: extractQuotes(text, sentences, entities, mentions, opts),
  };
}

const view = (a: DocAttribution) => ({
  text: a.text,
  content: a.content,
  quote: a.quote,
  source: a.speakerText,
  kind: a.kind,
});

describe('attributions that are not quotes (English)', () => {
  it('a noun phrase standing for what was said: "X denied the report"', () => {
    const { all, quotes } = read('The Interior Ministry denied the report.');
    expect(all.map(view)).toEqual([
      { text: 'the report', content: 'np', quote: false, source: 'The Interior Ministry', kind: 'speech' },
    ]);
    expect(quotes).toEqual([]);
  });

  it('a passive with its agent: the subject is the content, the "by" phrase the source', () => {
    const { all, quotes } = read('The new tariff schedule was first reported by the regional news agency.');
    expect(all.map(view)).toEqual([
      expect.objectContaining({
        text: 'The new tariff schedule',
        content: 'np',
        quote: false,
        source: 'the regional news agency',
      }),
    ]);
    expect(quotes).toEqual([]);
  });

  it('a negated cue: nothing was stated, but the attribution is there', () => {
    const { all, quotes } = read('The mayor has not said when the old bridge will reopen.');
    expect(all.map(view)).toEqual([
      expect.objectContaining({
        text: 'when the old bridge will reopen',
        content: 'clause',
        quote: false,
        source: 'The mayor',
      }),
    ]);
    expect(quotes).toEqual([]);
  });

  it('"told X to …" and "complained about …": the infinitive and the "about" phrase', () => {
    const told = read('The coach told his players to stay calm during the final.').all.map(view);
    expect(told).toEqual([
      expect.objectContaining({ text: 'to stay calm during the final', content: 'clause', quote: false }),
    ]);
    const about = read('The union complained about the new shift rota at the plant.').all.map(view);
    expect(about).toEqual([
      expect.objectContaining({
        text: 'the new shift rota at the plant',
        content: 'np',
        source: 'The union',
      }),
    ]);
  });

  it('a statement noun and its complement: "X\'s claim that …", "no mention of …"', () => {
    const claim = read(
      'Reporters questioned the mayor’s claim that the new rail line would open before the winter.',
    ).all.map(view);
    expect(claim).toEqual([
      expect.objectContaining({
        text: 'the new rail line would open before the winter',
        content: 'clause',
        quote: false,
        source: 'the mayor’s',
      }),
    ]);
    const mention = read('The minister made no mention of the strike at the port.').all.map(view);
    expect(mention).toEqual([
      expect.objectContaining({ text: 'the strike at the port', content: 'np', source: 'The minister' }),
    ]);
    // "of" names the source of a statement, not its content
    expect(read('The statement of the ministry was short.').all).toEqual([]);
  });

  it('"warned of …", "asked X for …": the phrase after the preposition', () => {
    expect(read('The residents warned of floods along the river.').all.map(view)).toEqual([
      expect.objectContaining({ text: 'floods', content: 'np', source: 'The residents' }),
    ]);
    expect(read('The council asked the court for a quick ruling.').all.map(view)).toEqual([
      expect.objectContaining({ text: 'a quick ruling', content: 'np', source: 'The council' }),
    ]);
  });

  it('a cue with its own object after a clause is not a post-posed cue: no quote of the clause', () => {
    const { all, quotes } = read(
      'Touring the shipyard in Gdansk, the minister mentioned the new naval contract.',
    );
    expect(quotes).toEqual([]);
    expect(all.map(view)).toEqual([
      expect.objectContaining({
        text: 'the new naval contract',
        content: 'np',
        quote: false,
        source: 'the minister',
      }),
    ]);
    // without an object it is one: the clause before it is what was said
    expect(read('The port will stay closed for a week, the harbour master said.').quotes).toEqual([
      expect.objectContaining({
        text: 'The port will stay closed for a week',
        speakerText: 'the harbour master',
      }),
    ]);
  });

  it('a gerund after a verb whose object is the thing said: "has mentioned raising …"', () => {
    expect(
      read('The candidate has mentioned raising the minimum wage in several speeches.').all.map(view),
    ).toEqual([
      expect.objectContaining({
        text: 'raising the minimum wage in several speeches',
        content: 'clause',
        quote: false,
        source: 'The candidate',
      }),
    ]);
  });

  it('a pronoun, a time or an evaluated target is no content', () => {
    expect(read('He denied it.').all).toEqual([]);
    expect(read('The senator praised the decision.').all).toEqual([]);
    expect(read('The company announced Monday.').all).toEqual([]);
    // "called" names, it reports nothing
    expect(read('The program was called a success.').all).toEqual([]);
  });

  it('the quotes are the attributions marked quote, with the same fields', () => {
    const text =
      'Mayor Lena Ortiz said the budget would be balanced by March. She did not explain how the ' +
      'city would pay for the new tram line. "We will find the money," she added. The finance ' +
      'office denied the rumours.';
    const { all, quotes } = read(text);
    const kept = all.filter((a) => a.quote).map(({ content: _c, quote: _q, ...q }) => q);
    expect(kept).toEqual(quotes);
    expect(quotes.map((q) => q.text)).toEqual([
      'the budget would be balanced by March',
      'We will find the money',
    ]);
    expect(all.map((a) => [a.text, a.content, a.quote])).toEqual([
      ['the budget would be balanced by March', 'clause', true],
      ['how the city would pay for the new tram line', 'clause', false],
      ['We will find the money', 'quotation', true],
      ['the rumours', 'np', false],
    ]);
    const she = all.find((a) => a.text.startsWith('how'));
    expect(she?.speakerRef).toBe(quotes[0].speakerRef);
  });

  it('a noun-phrase content the word patterns read is labelled np and stays a quote', () => {
    const { all } = read('The foreign minister announced the suspension of all flights to the region.');
    expect(all.map(view)).toEqual([
      expect.objectContaining({
        text: 'the suspension of all flights to the region',
        content: 'np',
        quote: true,
      }),
    ]);
  });

  it('a declared act is no statement; a declared clause is', () => {
    const { quotes } = read(
      'The government declared a state of emergency in two districts. The minister declared that the border would stay closed.',
    );
    expect(quotes.map((q) => q.text)).toEqual(['the border would stay closed']);
  });

  it('bad input gives no attributions', () => {
    expect(extractAttributions('', null, [], [])).toEqual([]);
    expect(extractAttributions(42 as unknown as string, null, [], [])).toEqual([]);
    const text = 'The ministry denied the report.';
    expect(
      extractAttributions(text, null, null as unknown as DocEntity[], undefined as unknown as DocMention[]),
    ).toEqual([expect.objectContaining({ text: 'the report', quote: false })]);
  });
});
