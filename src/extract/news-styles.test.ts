/**
 * Agency-style English news on Central Asia and the South Caucasus (wire reports, ministry
 * read-outs, phone-call notes), one invented article per construction class, read end to end by
 * `annotate` the way an analyst would file each fact. People are invented; countries are not.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../model/index.js';
import { annotate } from './annotate.js';

function read(text: string, published = '2026-03-14') {
  const a = annotate({ text, published, language: 'en' } as Article);
  const name = (ref: string | null) => a.entities.find((e) => e.ref === ref)?.name ?? null;
  return {
    a,
    name,
    events: a.events.map((e) => ({
      type: e.type,
      mode: e.mode,
      actors: e.actorRefs.map(name),
      targets: e.targetRefs.map(name),
      date: e.date,
      trigger: e.trigger,
    })),
    quotes: a.quotes.map((q) => ({ text: q.text, speaker: name(q.speakerRef) })),
  };
}

describe('news styles: events', () => {
  it('a call named as the manner of a verb is between its subject and its object, and shares its date', () => {
    const r = read(
      'Kyrgyz President Almaz Tokoev and Tajik President Farrukh Nazarov signed a border treaty.\n\n' +
        'Uzbek President Bekzod Rasulov congratulated both leaders in a phone call on Thursday.',
    );
    const call = r.events.find((e) => e.trigger === 'phone call')!;
    expect([call.actors, [...call.targets].sort()]).toEqual([
      ['Bekzod Rasulov'],
      ['Almaz Tokoev', 'Farrukh Nazarov'],
    ]);
    expect(call.date).toEqual({ start: '2026-03-12', end: '2026-03-12' });
    // "call on Thursday" is no "call on X" (urging): the praise keeps the call's date
    expect(r.events.find((e) => e.trigger === 'congratulated')!.date).toEqual(call.date);
  });

  it('a protest from a state or its capital (standing for its state) is a diplomatic protest (ACCUSE), not a street protest', () => {
    const r = read(
      'The decision prompted a protest from Moscow.\n\n' +
        'Azerbaijan lodged a formal protest with Iran over the incident.\n\n' +
        'Thousands joined a protest by opposition supporters in Tbilisi on Sunday.',
    );
    expect(r.events.map((e) => [e.type, e.actors, e.targets])).toEqual([
      ['ACCUSE', ['Russia'], []],
      ['ACCUSE', ['Azerbaijan'], ['Iran']],
      ['PROTEST', [], []],
    ]);
  });

  it('a past-tense report shifts "will" to "would": a reported plan is intended, a condition stays hypothetical', () => {
    const r = read(
      'The Kremlin said Putin would meet Tokayev in Astana on Friday.\n\n' +
        'Aliyev said Azerbaijan would attack Armenia if the talks failed.',
    );
    const meet = r.events.find((e) => e.trigger === 'meet')!;
    expect([meet.type, meet.mode, meet.date]).toEqual([
      'CONSULT',
      'intended',
      { start: '2026-03-20', end: '2026-03-20' },
    ]);
    expect(r.events.find((e) => e.type === 'CONSULT' && e.trigger === 'talks')).toBeUndefined();
    expect(r.events.filter((e) => e.mode === 'intended').length).toBe(1);
  });

  it('"The signing took place on <date>" dates the signing reported before it', () => {
    const r = read(
      'Kyrgyzstan and Tajikistan signed a border treaty, officials said.\n\n' +
        'The signing took place in Bishkek on March 13.',
    );
    expect(r.events.find((e) => e.type === 'AGREE')!.date).toEqual({
      start: '2026-03-13',
      end: '2026-03-13',
    });
  });

  it('welcoming an agreement supports its parties (the signers and their states); a hosted guest stays a meeting', () => {
    const r = read(
      'Kyrgyz President Almaz Tokoev and Tajik President Farrukh Nazarov signed a border treaty.\n\n' +
        'Kazakhstan welcomed the agreement, the Foreign Ministry said.\n\n' +
        'Turkey welcomed the peace deal between Armenia and Azerbaijan.',
    );
    const sup = r.events.filter((e) => e.type === 'SUPPORT').map((e) => [e.actors, [...e.targets].sort()]);
    expect(sup).toEqual([
      [['Kazakhstan'], ['Almaz Tokoev', 'Farrukh Nazarov', 'Kyrgyzstan', 'Tajikistan']],
      [['Turkey'], ['Armenia', 'Azerbaijan']],
    ]);
    // a welcome with no deed before it names nobody it supports
    expect(read('Kazakhstan welcomed the agreement.').events).toEqual([]);
  });

  it('suspending visa-free travel is a sanction; recommending it plans it', () => {
    const r = read(
      'A European Parliament committee recommended suspending visa-free travel for Georgian citizens.',
    );
    expect(r.events.map((e) => [e.type, e.mode, e.targets])).toEqual([['SANCTION', 'intended', ['Georgia']]]);
  });

  it('drills with a partner are cooperation; drills alone near a border are a show of force', () => {
    const r = read(
      'Armenian troops took part in drills with US forces near Yerevan.\n\n' +
        'Russia held large-scale military drills near the border with Kazakhstan.',
    );
    expect(r.events.map((e) => [e.type, e.actors, e.targets])).toEqual([
      ['COOPERATE', ['Armenia'], ['United States']],
      ['MOBILIZE', ['Russia'], ['Kazakhstan']],
    ]);
  });

  it('"the two sides" are the pair named together before, not the last two countries named', () => {
    const r = read(
      'Azerbaijani President Kamran Aliyev and Armenian Prime Minister Aram Sargsyan signed a joint declaration ' +
        'at the White House, together with US President Tom Hill. The text confirms that the two sides have ' +
        'initialled the long-negotiated peace treaty.',
    );
    const init = r.events.find((e) => e.trigger.startsWith('initialled'))!;
    expect([...init.actors, ...init.targets].sort()).toEqual(['Armenia', 'Azerbaijan']);
  });

  it('a hyphenated qualifier does not hide the agreement signed', () => {
    const r = read('Kazakhstan and Uzbekistan signed a water-sharing agreement in Tashkent.');
    expect(r.events.map((e) => [e.type, e.actors, e.targets])).toEqual([
      ['AGREE', ['Kazakhstan'], ['Uzbekistan']],
    ]);
  });
});

describe('news styles: quotes and roles', () => {
  it('a bare plural ("Officials said") is no earlier named official', () => {
    const r = read(
      'Kyrgyz Foreign Minister Temir Osmonov met his Chinese counterpart on Monday.\n\n' +
        'Officials said the two sides would sign a trade deal next month.',
    );
    expect(r.quotes.find((q) => q.text.startsWith('the two sides'))?.speaker).toBeNull();
  });

  it('"the EU\'s special representative for the South Caucasus, X, said": X speaks, not the EU', () => {
    const r = read(
      "The EU's special representative for the South Caucasus, Helga Lindqvist, said the bloc was ready to help.",
    );
    expect(r.quotes).toEqual([{ text: 'the bloc was ready to help', speaker: 'Helga Lindqvist' }]);
  });

  it('a country owning another office ("Ukraine\'s foreign minister") is no clue to a bare title\'s country', () => {
    const r = read("Ukraine's foreign minister said former President Gela Tsereteli should be released.");
    const p = r.a.entities.find((e) => e.name === 'Gela Tsereteli')!;
    expect(p.roles.map((x) => [x.title, r.name(x.ofRef)])).toEqual([['former President', null]]);
  });

  it('a portfolio qualified by a capitalised word ("Science and Higher Education Minister") is one title', () => {
    const r = read("Georgia's Science and Higher Education Minister Levan Gelashvili opened the forum.");
    const p = r.a.entities.find((e) => e.name === 'Levan Gelashvili')!;
    expect(p.roles.map((x) => [x.title, r.name(x.ofRef)])).toEqual([
      ['Science and Higher Education Minister', 'Georgia'],
    ]);
  });
});
