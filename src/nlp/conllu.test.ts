import { describe, expect, it } from 'vitest';
import { parseConllu, wordSpans, writeConllu } from './conllu.js';

// A project-written sentence in UD English style, with a multiword token and an empty node.
const SAMPLE = [
  '# newdoc id = doc1',
  '# sent_id = doc1-1',
  "# text = We don't agree.",
  '1\tWe\twe\tPRON\tPRP\t_\t4\tnsubj\t_\t_',
  "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_",
  '2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_',
  "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_",
  '3.1\tgone\tgo\tVERB\tVBN\t_\t_\t_\t_\t_',
  '4\tagree\tagree\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No',
  '5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_',
  '',
].join('\n');

describe('CoNLL-U', () => {
  it('reads words, multiword tokens and comments, skipping empty nodes', () => {
    const [s] = parseConllu(SAMPLE);
    expect(s!.id).toBe('doc1-1');
    expect(s!.newdoc).toBe('doc1');
    expect(s!.text).toBe("We don't agree.");
    expect(s!.words.map((w) => w.form)).toEqual(['We', 'do', "n't", 'agree', '.']);
    expect(s!.words[3]).toMatchObject({ head: 0, deprel: 'root', upos: 'VERB', lemma: 'agree' });
    expect(s!.multiword).toEqual([{ first: 2, last: 3, form: "don't", misc: '_' }]);
  });
  it('places words by character offsets, multiword parts included', () => {
    const [s] = parseConllu(SAMPLE);
    const spans = wordSpans(s!, s!.text!, 10);
    expect(spans.map((p) => s!.text!.slice(p.start - 10, p.end - 10))).toEqual([
      'We',
      'do',
      "n't",
      'agree',
      '.',
    ]);
  });
  it('writes back what it read (empty nodes aside)', () => {
    const sentences = parseConllu(SAMPLE);
    expect(parseConllu(writeConllu(sentences))).toEqual(sentences);
  });
  it('rejects malformed lines with a code', () => {
    expect(() => parseConllu('1\tonly\tthree')).toThrow(/3 columns/);
    expect(parseConllu('')).toEqual([]);
  });
});
