import { describe, expect, it } from 'vitest';
import { Doc, NO_HEAD, uposId } from './doc.js';
import { tokenize } from './tokenize.js';
import { analyze } from './analyze.js';

/** "The minister said that talks failed ." with a hand-written tree. */
function parsedDoc(): Doc {
  const text = 'The minister said that talks failed. Then rain.';
  const doc = new Doc(text, 'en', tokenize(text, 'en'));
  doc.deprelNames = ['det', 'nsubj', 'root', 'mark', 'ccomp', 'punct', 'advmod', 'nsubj:pass'];
  const tree: [string, number, number][] = [
    ['DET', 1, 0],
    ['NOUN', 2, 1],
    ['VERB', -1, 2],
    ['SCONJ', 5, 3],
    ['NOUN', 5, 7],
    ['VERB', 2, 4],
    ['PUNCT', 2, 5],
    ['ADV', 8, 6],
    ['NOUN', -1, 2],
    ['PUNCT', 8, 5],
  ];
  tree.forEach(([upos, head, rel], i) => {
    doc.uposIds[i] = uposId(upos);
    doc.heads[i] = head;
    doc.deprelIds[i] = rel;
  });
  doc.tagged = doc.parsed = true;
  return doc;
}

describe('Doc', () => {
  it('exposes tokens, sentences and offsets', () => {
    const doc = parsedDoc();
    expect(doc.length).toBe(10);
    expect(doc.sentences.map((s) => doc.text.slice(s.start, s.end))).toEqual([
      'The minister said that talks failed.',
      'Then rain.',
    ]);
    expect(doc.token(2)).toMatchObject({
      text: 'said',
      upos: 'VERB',
      head: -1,
      deprel: 'root',
      sentence: 0,
      xpos: null,
      lemma: null,
    });
    expect(doc.tokenAt(doc.text.indexOf('inister'))).toBe(1);
    expect(doc.tokenAt(3)).toBe(-1); // the space
    expect(doc.tokensIn(4, 22)).toEqual({ first: 1, last: 4 });
    expect(doc.sentenceTokens(1)).toEqual({ first: 7, last: 10 });
  });
  it('navigates the tree: children, labelled dependents, subtree, root', () => {
    const doc = parsedDoc();
    expect(doc.children(2)).toEqual([1, 5, 6]);
    expect(doc.dependents(5, 'nsubj')).toEqual([4]); // nsubj matches nsubj:pass
    expect(doc.dependents(5, 'nsubj:pass', 'mark')).toEqual([3, 4]);
    expect(doc.dependents(2, 'obj')).toEqual([]);
    expect(doc.subtree(5)).toEqual({ first: 3, last: 6 });
    expect(doc.text.slice(doc.span(doc.subtree(1)).start, doc.span(doc.subtree(1)).end)).toBe('The minister');
    expect(doc.root(0)).toBe(2);
    expect(doc.root(1)).toBe(8);
    expect(doc.dominates(2, 4)).toBe(true);
    expect(doc.dominates(4, 2)).toBe(false);
  });
  it('answers null, not a guess, when untagged and unparsed', () => {
    const doc = new Doc('Bir cümle.', 'tr', tokenize('Bir cümle.', 'tr'));
    expect(doc.upos(0)).toBeNull();
    expect(doc.head(0)).toBeNull();
    expect(doc.heads[0]).toBe(NO_HEAD);
    expect(doc.children(0)).toEqual([]);
    expect(doc.root(0)).toBe(-1);
    expect(doc.upos(99)).toBeNull();
  });
});

describe('analyze', () => {
  it('gives Russian and Turkish tokens and sentences with null tags', () => {
    const doc = analyze('Президент заявил. Он ушёл.', 'ru');
    expect(doc.sentences).toHaveLength(2);
    expect(doc.tokens().map((t) => t.text)).toEqual(['Президент', 'заявил', '.', 'Он', 'ушёл', '.']);
    expect(doc.tokens().every((t) => t.upos === null && t.head === null)).toBe(true);
  });
  it('never throws on bad input', () => {
    expect(analyze('', 'en').length).toBe(0);
    expect(analyze(null as unknown as string, 'en').length).toBe(0);
    expect(analyze('\u0000\u0001\u0002', 'xx').length).toBe(0);
    expect(analyze('ok', undefined as unknown as string).length).toBe(1);
  });
  it('shares a recent Doc for the same sentence: tagged once, parsed when first asked to', () => {
    const text = 'The minister said on Monday that talks would resume.';
    const tagged = analyze(text, 'en', { parse: false });
    expect(tagged.parsed).toBe(false);
    const parsed = analyze(text, 'en');
    expect(parsed).toBe(tagged);
    if (parsed.tagged) expect(parsed.parsed).toBe(true); // English models are shipped
    expect(analyze(text, 'ru')).not.toBe(parsed);
    // the same text in a Doc of its own gives the same annotations
    const fresh = analyze(`${text}`, 'en', { sentences: [{ start: 0, end: text.length }] });
    expect(fresh).not.toBe(parsed);
    expect(fresh.tokens()).toEqual(parsed.tokens());
  });
});
