import { describe, expect, it } from 'vitest';
import { paragraphsOf } from './quotes-marks.js';
import { qaQuotes } from './quotes-qa.js';
import type { DocEntity, DocMention } from '../model/index.js';

// Invented interviews; entities and mentions are made by hand.
const person = (ref: string, name: string): DocEntity => ({
  ref,
  type: 'person',
  name,
  aliases: [name],
  gazetteerId: null,
  roles: [],
  reasons: [],
});
const mentionsOf = (text: string, surfaces: [string, string][]): DocMention[] =>
  surfaces
    .flatMap(([surface, ref]) =>
      [...text.matchAll(new RegExp(surface, 'g'))].map((m) => ({
        ref,
        start: m.index,
        end: m.index + surface.length,
        text: surface,
      })),
    )
    .sort((a, b) => a.start - b.start);

describe('qaQuotes', () => {
  it("leaves the editor's note after the last answer to the outlet", () => {
    const text = [
      'We asked economist Tom Reyes about grocery prices.',
      'Q: Why are prices rising?',
      'A: Mostly weather. Droughts hit fresh vegetables hard.',
      'This interview has been edited and condensed.',
    ].join('\n\n');
    const ents = [person('e1', 'Tom Reyes')];
    const q = qaQuotes(text, paragraphsOf(text), ents, mentionsOf(text, [['Tom Reyes', 'e1']]));
    expect(q.map((x) => [x.text, x.speakerRef])).toEqual([
      ['Mostly weather. Droughts hit fresh vegetables hard.', 'e1'],
    ]);
  });

  it('gives the answers after "A:" (and their follow-up paragraphs) to the person the introduction names', () => {
    const text = [
      'Foreign Minister Lena Varga spoke to our correspondent. The interview was edited for length.',
      'Q: Is your country turning to the West?',
      'A: We do not choose between partners. Our policy is open to everyone.',
      'And we will keep it that way for years.',
      'Q: What about the sanctions?',
      'A: These accusations are unfounded.',
    ].join('\n\n');
    const ents = [person('e1', 'Lena Varga')];
    const q = qaQuotes(text, paragraphsOf(text), ents, mentionsOf(text, [['Lena Varga', 'e1']]));
    expect(q.map((x) => [x.text, x.speakerRef, x.direct])).toEqual([
      ['We do not choose between partners. Our policy is open to everyone.', 'e1', true],
      ['And we will keep it that way for years.', 'e1', true],
      ['These accusations are unfounded.', 'e1', true],
    ]);
    for (const x of q) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it('reads "Name: …" lines of a transcript, and nothing in ordinary prose', () => {
    const text =
      'Varga: We will not leave the union this year.\n\nKoch: Then the union must change its rules soon.\n\nThe talks ended.';
    const ents = [person('e1', 'Lena Varga'), person('e2', 'Tom Koch')];
    const q = qaQuotes(
      text,
      paragraphsOf(text),
      ents,
      mentionsOf(text, [
        ['Varga', 'e1'],
        ['Koch', 'e2'],
      ]),
    );
    expect(q.map((x) => x.speakerRef)).toEqual(['e1', 'e2']);
    const prose = 'Lena Varga arrived on Monday. She met the president.';
    expect(qaQuotes(prose, paragraphsOf(prose), ents, mentionsOf(prose, [['Lena Varga', 'e1']]))).toEqual([]);
  });
});
