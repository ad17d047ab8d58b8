/**
 * English copy in styles of outlets the development set does not hold (wire copy, ministry press
 * releases, live blogs, regional English sites): one invented sentence or two per construction
 * class, read end to end by `annotate` the way an analyst would file each fact. People are
 * invented; countries and organizations are not.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../model/index.js';
import { annotate } from './annotate.js';

function read(text: string, published = '2026-03-14') {
  const a = annotate({ text, published, language: 'en' } as Article);
  const name = (ref: string | null) => a.entities.find((e) => e.ref === ref)?.name ?? null;
  return {
    a,
    events: a.events.map((e) => ({
      type: e.type,
      actors: e.actorRefs.map(name),
      targets: e.targetRefs.map(name),
      date: e.date,
    })),
    quotes: a.quotes.map((q) => ({
      text: q.text,
      speaker: name(q.speakerRef),
      reportedBy: q.reportedByRefs.map(name),
      direct: q.direct,
    })),
  };
}

describe('wire styles: quotes', () => {
  it('"the statement reads" after a quotation: the document speaks for the body that issued it', () => {
    const r = read(
      'The Foreign Ministry of Armenia said the ministers met in Doha.\n\n' +
        '"The parties agreed to continue the talks," the statement reads.',
    );
    expect(r.quotes).toContainEqual(
      expect.objectContaining({ text: 'The parties agreed to continue the talks', direct: true }),
    );
  });

  it('"X reported, citing Y." closing a sentence: Y speaks, the outlet relays', () => {
    const r = read(
      'Kazakhstan and China have agreed to double rail freight, Reuters reported, citing the Kazakh transport ministry.',
    );
    const q = r.quotes.find((x) => x.text.startsWith('Kazakhstan and China'))!;
    expect(q.reportedBy).toContain('Reuters');
    expect(q.speaker).not.toBe('Reuters');
  });

  it('quotations listed after "chanted" are all the crowd\'s words', () => {
    const r = read('Protesters in Tbilisi chanted "No to the law!" and "Europe is our home!" for hours.');
    expect(r.quotes.map((q) => q.text)).toEqual(['No to the law!', 'Europe is our home!']);
  });

  it('a live-blog time stamp before a headline cue is no quotation', () => {
    const r = read(
      '14:20 GMT - Baku responds\n\nAzerbaijan rejected the accusation, a ministry spokesman said.',
    );
    expect(r.quotes.map((q) => q.text)).not.toContain('14:20 GMT');
  });

  it("a country that is a given name, with a title before or a verb of saying after, opens a person's name", () => {
    const r = read(
      'Labour MP Jordan Pellow asked whether rights had been raised.\n\nChad Hensley said the pact was symbolic.',
    );
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Jordan Pellow', 'Chad Hensley']);
    expect(r.a.entities.map((e) => e.name)).not.toContain('Jordan');
  });

  it('"the General Staff" is a body, not a person named Staff', () => {
    const r = read('Ukraine struck a fuel depot near Belgorod overnight, the General Staff said.');
    expect(r.quotes[0].speaker).toBe('General Staff');
  });
});
