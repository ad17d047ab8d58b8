import { describe, expect, it } from 'vitest';
import { testGazetteer } from '../extract/mentions-testgaz.js';
import { nerLexiconOf } from '../resolve/ner-lexicon.js';
import { Doc } from './doc.js';
import { namesOnly, readConll, scoreNer, toTrainDoc } from './ner-data.js';
import {
  buildNerLexicon,
  englishNerModel,
  NER_IGNORE,
  NerModel,
  recognizeNames,
  recognizeWith,
  surnameConsistency,
  trainNer,
  type NerSpan,
} from './ner.js';
import { tokenize } from './tokenize.js';
import { AveragedPerceptron } from './learn/perceptron.js';

const docOf = (text: string) => new Doc(text, 'en', tokenize(text, 'en'));
const names = (text: string, spans: NerSpan[] | null) =>
  (spans ?? []).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
const lexicon = nerLexiconOf(testGazetteer());

describe('the shipped English NER model', () => {
  const model = englishNerModel();
  it('exists and loads once', () => {
    expect(model).not.toBeNull();
    expect(englishNerModel()).toBe(model);
  });

  it('recognises names it never saw, by shape and context', () => {
    const text =
      'Velmora Quistad told reporters in Ostrava on Monday that the Brelmark Institute had published its report.';
    const got = names(text, recognizeNames(docOf(text), 'en', lexicon));
    expect(got).toEqual(['PER:Velmora Quistad', 'LOC:Ostrava', 'ORG:Brelmark Institute']);
  });

  it('reads word clusters, and scores only tokens that can be names without losing lower-case insides', () => {
    expect(model!.meta.clusters).toBe(true);
    expect(model!.clusters?.size).toBeGreaterThan(1000);
    // the span keeps its lower-case "of"; its type is the draw's (ORG before the world places,
    // LOC with the shipped seeds 11-13 and this test's small lexicon: docs/nlp.md)
    const text = 'He works at the Bank of America.';
    const spans = recognizeNames(docOf(text), 'en', lexicon) ?? [];
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Bank of America']);
    const lower = 'he works at a bank in a small town and says little.';
    expect(recognizeNames(docOf(lower), 'en', lexicon)).toEqual([]);
  });

  it('makes a surname alone a person once the full name was recognised', () => {
    const text = 'Senator Velmora Quistad arrived late. Later, Quistad said the committee would vote again.';
    const spans = recognizeNames(docOf(text), 'en', lexicon)!;
    const later = text.lastIndexOf('Quistad');
    expect(
      spans.some((s) => s.start === later && s.end === later + 'Quistad'.length && s.type === 'PER'),
    ).toBe(true);
  });

  it('reads a headline in capitals', () => {
    const text =
      'PUTIN MEETS ERDOGAN IN ANKARA AS TALKS RESUME\n\nRussian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Ankara on Monday.';
    const got = names(text, recognizeNames(docOf(text), 'en', lexicon));
    const headline = got.filter((g) => g === g.toUpperCase()).map((g) => g.split(':'));
    // the names of the headline are found and its capitalised verbs and function words are not
    expect(headline.map(([, w]) => w)).toEqual(['PUTIN', 'ERDOGAN', 'ANKARA']);
    expect(headline[0]![0]).toBe('PER');
  });

  it('answers null for languages without a model, and never throws on bad input', () => {
    expect(recognizeNames(docOf('Путин приехал в Анкару.'), 'ru', lexicon)).toBeNull();
    const hostile = [
      '',
      'a'.repeat(1 << 20),
      'Word '.repeat(200_000),
      '\u0000\u0001\u0007 Ankara \u001b[31m Putin \u0085\u2028',
      '北京是中国的首都。习近平在北京。',
      '\uD800\uDFFF\uFFFE',
    ];
    for (const text of hostile) {
      const spans = recognizeNames(docOf(text), 'en', lexicon);
      expect(Array.isArray(spans)).toBe(true);
      for (const s of spans!) expect(s.start < s.end && s.end <= text.length).toBe(true);
    }
    expect(
      recognizeNames(
        { text: 'x', length: 0, starts: new Int32Array(0), ends: new Int32Array(0), sentences: [] },
        'en',
        null,
      ),
    ).toEqual([]);
  });
});

describe('training', () => {
  // a fixture in CoNLL form: names in varied contexts
  const conll = [
    'Anna I-PER\nKarpova I-PER\nvisited O\nBerlin I-LOC\n. O',
    'The O\nBoard I-ORG\nof I-ORG\nTrade I-ORG\nmet O\nin O\nParis I-LOC\n. O',
    'Ivo I-PER\nMarek I-PER\nsaid O\nthe O\nbank O\nwould O\nclose O\n. O',
    'Officials O\nin O\nMadrid I-LOC\nspoke O\nto O\nLena I-PER\nOrlova I-PER\n. O',
    '-DOCSTART- O',
  ].join('\n\n');
  const docs = readConll(conll, 'fx#', { types: { PER: 'PER', ORG: 'ORG', LOC: 'LOC' } });

  it('reads CoNLL documents into text and character spans', () => {
    expect(docs).toHaveLength(1);
    const d = docs[0]!;
    expect(d.entities.map((e) => `${e.type}:${d.text.slice(e.start, e.end)}`)).toEqual([
      'PER:Anna Karpova',
      'LOC:Berlin',
      'ORG:Board of Trade',
      'LOC:Paris',
      'PER:Ivo Marek',
      'LOC:Madrid',
      'PER:Lena Orlova',
    ]);
  });

  it('is deterministic with a seed and learns its training data', () => {
    const train = docs.map((d) => toTrainDoc(d, null));
    const a = trainNer(train, { epochs: 8, seed: 7, bits: 14, capsRate: 0.1 }).toBytes({}, 0);
    const b = trainNer(train, { epochs: 8, seed: 7, bits: 14, capsRate: 0.1 }).toBytes({}, 0);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const model = NerModel.fromBytes(a);
    const s = scoreNer(docs, (d) =>
      recognizeWith(model, { ...tokenize(d.text, 'en', d.sentences ?? undefined), text: d.text }, null),
    );
    expect(s.f1).toBeGreaterThan(0.8);
  });

  it('learns its training data with passive-aggressive updates too, deterministically', () => {
    const train = docs.map((d) => toTrainDoc(d, null));
    const opts = { epochs: 8, seed: 7, bits: 14, passiveAggressive: 0.1 };
    const a = trainNer(train, opts).toBytes({}, 0);
    expect(Buffer.from(a).equals(Buffer.from(trainNer(train, opts).toBytes({}, 0)))).toBe(true);
    // not the perceptron's weights
    const p = trainNer(train, { ...opts, passiveAggressive: 0 }).toBytes({}, 0);
    expect(Buffer.from(a).equals(Buffer.from(p))).toBe(false);
    const model = NerModel.fromBytes(a);
    const s = scoreNer(docs, (d) =>
      recognizeWith(model, { ...tokenize(d.text, 'en', d.sentences ?? undefined), text: d.text }, null),
    );
    expect(s.f1).toBeGreaterThan(0.8);
  });

  it('scores the named mentions of a set that also marks pronouns and common nouns', () => {
    // re3d style: articles inside spans, pronouns and common-noun mentions typed like names
    const fx = [
      'We B-Organisation\nstruck O\nfighting B-Location\npositions I-Location\nnear O\nthe B-Location\nUnited I-Location\nStates I-Location\n. O',
      'ISIL B-Organisation\ntactical I-Organisation\nunits I-Organisation\nleft O\nMosul B-Location\n. O',
    ].join('\n\n');
    const types = { Organisation: 'ORG', Location: 'LOC' } as const;
    const [raw] = readConll(fx, 'r#', { types });
    const d = namesOnly(raw!);
    const at = (w: string) => d.text.indexOf(w);
    expect(d.entities.map((e) => `${e.type}:${d.text.slice(e.start, e.end)}`)).toEqual([
      'LOC:United States',
      'LOC:Mosul',
    ]);
    expect(d.unscored!.map((u) => d.text.slice(u.start, u.end))).toEqual([
      'We',
      'fighting positions',
      'ISIL tactical units',
    ]);
    const span = (w: string, type: string) => ({ start: at(w), end: at(w) + w.length, type });
    // "the" is dropped from both sides; "ISIL" inside an unscored mention counts neither way;
    // a wrong type and a name outside every gold mention are wrong
    const right = scoreNer([d], () => [
      span('the United States', 'LOC'),
      span('ISIL', 'ORG'),
      span('Mosul', 'LOC'),
    ]);
    expect([right.correct, right.predicted, right.gold]).toEqual([2, 2, 2]);
    const wrong = scoreNer([d], () => [span('United States', 'ORG'), span('left', 'PER')]);
    expect([wrong.correct, wrong.predicted, wrong.gold]).toEqual([0, 2, 2]);
    // without the rule, every re3d mention is gold and the article is part of the span
    const all = scoreNer([raw!], () => [span('United States', 'LOC')]);
    expect([all.correct, all.predicted, all.gold]).toEqual([0, 1, 5]);
  });

  it('learns nothing from the tokens of an unscored mention, and averages seeded models', () => {
    const fx = 'Our B-Organisation\nunits I-Organisation\nleft B-Location\nMosul I-Location\n. O';
    const [raw] = readConll(fx, 'r#', { types: { Organisation: 'ORG', Location: 'LOC' } });
    const d = namesOnly(raw!);
    // "Our units" is no name; "left Mosul" is no name either (it starts in lower case)
    expect(d.entities).toEqual([]);
    const t = toTrainDoc(d, null);
    expect(Array.from(t.tags)).toEqual([NER_IGNORE, NER_IGNORE, NER_IGNORE, NER_IGNORE, 0]);
    const train = docs.map((x) => toTrainDoc(x, null));
    const one = trainNer(train, { epochs: 3, seed: 7, bits: 14 }).toBytes({}, 0);
    const two = () => trainNer([...train, t], { epochs: 3, seed: 7, bits: 14, ensemble: 2 }).toBytes({}, 0);
    const a = two();
    expect(Buffer.from(a).equals(Buffer.from(two()))).toBe(true);
    expect(Buffer.from(a).equals(Buffer.from(one))).toBe(false);
    const small = new AveragedPerceptron({ classes: 9, bits: 10 });
    const big = new AveragedPerceptron({ classes: 9, bits: 12 });
    expect(() => small.addWeights(big, 1)).toThrow(/shapes/);
  });

  it('rejects a corrupt model file', () => {
    expect(() => NerModel.fromBytes(new Uint8Array([1, 2, 3]))).toThrow(/gzip/);
  });
});

describe('lexicon and consistency', () => {
  it('marks typed names as features without being the recogniser', () => {
    const lex = buildNerLexicon([
      { name: 'Orda Times', type: 'ORG' },
      { name: 'Almaty', type: 'LOC' },
      { name: 'Almaty', type: 'ORG' },
    ]);
    expect(lex.size).toBe(2);
    expect(lex.byFirst.get('almaty')![0]!.bits).toBe(2 | 4);
  });

  it('adds surnames only where the model left the word untagged and alone', () => {
    const text = 'Mira Hollen spoke. Hollen Street was closed. Hollen said no.';
    const doc = docOf(text);
    const first = doc.tokensIn(0, 11);
    const spans: NerSpan[] = [
      { first: first.first, last: first.last, start: 0, end: 11, type: 'PER', source: 'model' },
    ];
    const out = surnameConsistency(doc, spans);
    expect(names(text, out)).toEqual(['PER:Mira Hollen', 'PER:Hollen']);
    expect(out[1]!.start).toBe(text.lastIndexOf('Hollen'));
    expect(out[1]!.source).toBe('consistency');
  });
});
