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

describe('wire styles: events', () => {
  it('a participle after the main clause takes its subject, its pronoun object the name passed over, and its time', () => {
    const r = read(
      'Armenia froze its participation in the CSTO in February 2024, accusing it of failing to help.',
    );
    const accuse = r.events.find((e) => e.type === 'ACCUSE')!;
    expect([accuse.actors, accuse.targets]).toEqual([
      ['Armenia'],
      ['Collective Security Treaty Organization'],
    ]);
    expect(accuse.date).toMatchObject({ start: '2024-02' });
    expect(r.events.find((e) => e.type === 'RETREAT')!.date).toMatchObject({ start: '2024-02' });
  });

  it('a time after another event noun ("the war in 2020") does not date the verb before it', () => {
    const r = read('Defence Minister Ruslan Karimov thanked Turkey for its support during the war in 2020.');
    const thanks = r.events.find((e) => e.type === 'SUPPORT')!;
    expect(thanks.date?.start ?? null).not.toBe('2020');
  });

  it('"has since" is no clause opener between a subject and its verb', () => {
    const r = read('The European Union has since suspended visa-free travel for Georgian diplomats.');
    expect(r.events.find((e) => e.type === 'SANCTION')!.actors).toEqual(['European Union']);
  });

  it('"insisting that X remains" asserts; "insisted that X change" demands', () => {
    const said = read(
      'Tajikistan is deepening ties with China while insisting that Russia remains its main ally.',
    );
    expect(said.events.filter((e) => e.type === 'REQUEST')).toEqual([]);
    const asked = read('Azerbaijan insisted that Armenia change its constitution.');
    expect(asked.events.map((e) => e.type)).toContain('REQUEST');
  });

  it('receiving "the newly appointed Ambassador of X" is a meeting with X', () => {
    const r = read(
      'Kazakh Foreign Minister Murat Nurtleu received the newly appointed Ambassador of Japan, Kenji Mori.',
    );
    expect(r.events).toContainEqual(
      expect.objectContaining({ type: 'CONSULT', actors: ['Murat Nurtleu'], targets: ['Japan'] }),
    );
  });

  it('a signed pact or partnership is an agreement', () => {
    const r = read('Britain and Kazakhstan signed a critical minerals partnership on Wednesday.');
    expect(r.events.map((e) => e.type)).toContain('AGREE');
  });

  it('historical deeds with their own dates: a withdrawal, reimposed sanctions, frozen accession talks, a delisting', () => {
    const r = read(
      'The US withdrew from the nuclear deal in May 2018 and reimposed sanctions on Iran.\n\n' +
        'Georgia froze its EU accession talks in November 2024.\n\n' +
        'In 2024, Kazakhstan removed the Taliban from its list of banned organizations.',
    );
    expect(r.events).toContainEqual(
      expect.objectContaining({ type: 'SANCTION', actors: ['United States'], targets: ['Iran'] }),
    );
    expect(r.events).toContainEqual(
      expect.objectContaining({ type: 'RETREAT', actors: ['Georgia'], targets: ['European Union'] }),
    );
    expect(r.events).toContainEqual(
      expect.objectContaining({
        type: 'CONCEDE',
        actors: ['Kazakhstan'],
        date: expect.objectContaining({ start: '2024' }),
      }),
    );
  });
});
