import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';
import { Doc as NlpDoc } from '../doc.js';
import { unpackModel } from '../learn/model-file.js';
import { CompactPerceptron, SparsePerceptron } from '../learn/sparse.js';
import { readModelFile } from '../models.js';
import { tokenize } from '../tokenize.js';
import {
  loadEnglishModels,
  parseDoc,
  PARSER_FILE,
  PARSER_KIND,
  PARSER_VERSION,
  tagDoc,
  TAGGER_FILE,
  TAGGER_KIND,
  TAGGER_VERSION,
} from './models.js';
import { feature, seededRandom } from '../learn/hash.js';
import { lemmatize, parseLemmatizer, serializeLemmatizer, trainLemmatizer } from './lemmatizer.js';
import { moveScoreGap, oracleParse, projectivize, toInput } from './parser.js';
import { settledClasses, SURE_MARGIN, tagSentence, type Scorer } from './tagger.js';
import { normalize, shape } from './words.js';
import type { Doc } from '../doc.js';

/**
 * Problems of the tree (empty when well-formed): every token tagged and parsed, heads inside the
 * sentence, no cycle, one root per window of at most 250 tokens.
 */
function treeProblems(doc: Doc): string[] {
  const problems: string[] = [];
  for (let s = 0; s < doc.sentences.length; s++) {
    const { first, last } = doc.sentenceTokens(s);
    let roots = 0;
    for (let i = first; i < last; i++) {
      const h = doc.head(i);
      if (h === null || doc.upos(i) === null || !/^[a-z]+(:[a-z]+)?$/.test(doc.deprel(i) ?? ''))
        problems.push(`token ${i} unannotated`);
      else if (h === -1) roots++;
      else if (h < first || h >= last || h === i)
        problems.push(`token ${i} has head ${h} outside its sentence`);
      let t = i;
      let steps = 0;
      while (t >= 0 && steps++ <= last - first) t = doc.heads[t]!;
      if (t !== -1) problems.push(`token ${i} is in a cycle`);
    }
    if (roots < 1 || roots > Math.ceil((last - first) / 250))
      problems.push(`sentence ${s} has ${roots} roots`);
  }
  return problems;
}

function expectWellFormed(doc: Doc): void {
  expect(treeProblems(doc).slice(0, 5)).toEqual([]);
}

describe('English tagger, lemmatizer and parser (shipped weights)', () => {
  it('tags, lemmatises and parses a news sentence', () => {
    const doc = analyze('The foreign minister said on Tuesday that the talks had failed.', 'en');
    expect(doc.tagged && doc.parsed).toBe(true);
    const at = (w: string) => doc.tokens().find((t) => t.text === w)!;
    expect(at('minister')).toMatchObject({ upos: 'NOUN', xpos: 'NN', deprel: 'nsubj' });
    expect(at('said')).toMatchObject({ upos: 'VERB', xpos: 'VBD', lemma: 'say', head: -1, deprel: 'root' });
    expect(at('talks')).toMatchObject({ upos: 'NOUN', lemma: 'talk', deprel: 'nsubj' });
    expect(at('had')).toMatchObject({ upos: 'AUX', lemma: 'have', deprel: 'aux' });
    expect(at('failed')).toMatchObject({
      upos: 'VERB',
      lemma: 'fail',
      deprel: 'ccomp',
      head: at('said').index,
    });
    expect(doc.dependents(at('said').index, 'nsubj')).toEqual([at('minister').index]);
    expect(doc.subtree(at('failed').index)).toEqual({
      first: at('that').index,
      last: at('failed').index + 1,
    });
    expectWellFormed(doc);
  });

  it('gives well-formed trees over several sentences and clitics', () => {
    const doc = analyze(
      "Mr. Smith didn't come. “We won't accept it,” she told Reuters in Kyiv!\n\nShares fell 5% to $1,000.",
      'en',
    );
    expect(doc.sentences.length).toBe(3);
    expectWellFormed(doc);
    const nt = doc.tokens().find((t) => t.text === "n't")!;
    expect(nt).toMatchObject({ upos: 'PART', lemma: 'not', deprel: 'advmod' });
    expect(doc.tokens().find((t) => t.text === 'Reuters')!.upos).toBe('PROPN');
  });

  it('never throws on bad input', () => {
    expect(analyze('', 'en').length).toBe(0);
    expect(analyze(undefined as unknown as string, 'en').length).toBe(0);
    const controls = analyze(
      'Bad\u0000input\u0007 with \u001b[31mcontrol\u0008 chars\uFFFE and \uD800 lone surrogate.',
      'en',
    );
    expect(controls.length).toBeGreaterThan(3);
    expectWellFormed(controls);
    const script = analyze('这是中文文本。 هذا نص عربي. 🙂🙂 ∑∫ Ω', 'en');
    expect(script.length).toBeGreaterThan(0);
    expectWellFormed(script);
  });

  it('annotates a megabyte without a sentence break, and parses run-on text in bounded windows', () => {
    const words = [
      'the',
      'government',
      'of',
      'Kazakhstan',
      'signed',
      'an',
      'agreement',
      'with',
      'China',
      'and',
    ];
    const runOn = (chars: number) => {
      const parts: string[] = [];
      let size = 0;
      for (let i = 0; size < chars; i++) {
        const w = words[i % words.length]!;
        parts.push(w);
        size += w.length + 1;
      }
      return parts.join(' ');
    };
    // a megabyte (156k tokens) is tagged; the tree of such a text is measured in the bench, not here
    const big = analyze(runOn(1_000_000), 'en', { parse: false });
    expect(big.length).toBeGreaterThan(150_000);
    expect(big.sentences.length).toBe(1);
    expect(big.tagged).toBe(true);
    expect(big.upos(big.length - 1)).not.toBeNull();
    expect(big.head(0)).toBeNull();
    // 1,600 tokens without a break: parsed in windows of at most 250 tokens, each with a root
    const doc = analyze(runOn(10_000), 'en');
    expect(doc.length).toBeGreaterThan(1500);
    expectWellFormed(doc);
    expect(doc.head(doc.length - 1)).not.toBeNull();
    const h = doc.head(300)!;
    expect(h === -1 || (h >= 250 && h < 500)).toBe(true);
  }, 600_000); // about 10 s of one core; minutes on a shared machine

  it('tags and parses with the fast path exactly as with plain scoring', () => {
    // fast: row tables, the tagger's word-score cache, shared atoms, no scores for forced moves;
    // plain: the compact rows of the model files scored feature by feature
    const models = loadEnglishModels()!;
    const blocks = (file: string, kind: string, version: number) =>
      unpackModel(readModelFile(file)!, kind, version).blocks;
    const t = blocks(TAGGER_FILE, TAGGER_KIND, TAGGER_VERSION);
    const p = blocks(PARSER_FILE, PARSER_KIND, PARSER_VERSION);
    const plainTagger = {
      ...models.tagger,
      weights: CompactPerceptron.deserialize(t.get('weights')!),
      second: CompactPerceptron.deserialize(t.get('second')!),
    };
    const plainParser = {
      ...models.parser!,
      moves: CompactPerceptron.deserialize(p.get('moves')!),
      labeller: CompactPerceptron.deserialize(p.get('labeller')!),
    };
    const texts = [
      'The central bank raised its key rate by half a point on Thursday, its third increase this year.',
      'Rebels said they had taken the town; the army denied it. Talks resume in Geneva next week.',
      'SHARES IN TOKYO FELL SHARPLY AFTER THE REPORT',
      "“We will not back down,” the minister told reporters, adding that the bank's decision was wrong.",
      'Exports rose 4.5% to $12.3 billion in March from a year earlier, the ministry said.',
      'The bank said the bank would say nothing.',
    ];
    for (const text of texts) {
      const fast = new NlpDoc(text, 'en', tokenize(text, 'en'));
      const plain = new NlpDoc(text, 'en', tokenize(text, 'en'));
      // twice: the second time the word-score cache holds every form
      for (let round = 0; round < 2; round++) {
        tagDoc(fast, models.tagger);
        parseDoc(fast, models.tagger, models.parser!);
      }
      tagDoc(plain, plainTagger);
      parseDoc(plain, plainTagger, plainParser);
      expect([...fast.uposIds]).toEqual([...plain.uposIds]);
      expect([...fast.xposIds]).toEqual([...plain.xposIds]);
      expect([...fast.heads]).toEqual([...plain.heads]);
      expect([...fast.deprelIds]).toEqual([...plain.deprelIds]);
    }
  });

  it("keeps, in the second pass, a word's one training class or a sure first-pass tag", () => {
    const { tagger } = loadEnglishModels()!;
    const cls = (upos: string, xpos: string) =>
      tagger.classes.findIndex((c) => c.upos === upos && c.xpos === xpos);
    const settled = settledClasses(tagger.classes.length);
    expect(settled.get(tagger.ambiguity.get('the')!)).toBe(cls('DET', 'DT'));
    expect(settled.get(tagger.ambiguity.get('of')!)).toBe(cls('ADP', 'IN'));
    expect(settled.has(tagger.ambiguity.get('that')!)).toBe(false); // DET, PRON, SCONJ
    expect(tagger.settled).toBeDefined();
    // a second pass that scores every word as class 0 (NOUN NN) and counts the words it scores
    let scored = 0;
    const noun: Scorer = {
      classes: tagger.classes.length,
      scores: (_f, _n, out) => {
        scored++;
        return out.fill(0);
      },
    };
    const forms = ['The', 'minister', 'of', 'defence', 'said', 'that', 'talks', 'failed', '.'];
    const first = tagSentence(tagger, forms, undefined, true);
    expect(first[0]).toBe(cls('DET', 'DT'));
    expect(first[2]).toBe(cls('ADP', 'IN'));
    // settled words only (no margin)
    const tags = tagSentence({ ...tagger, second: noun, sureMargin: undefined }, forms);
    expect(tags[0]).toBe(cls('DET', 'DT'));
    expect(tags[2]).toBe(cls('ADP', 'IN'));
    expect(tags[5]).toBe(0); // "that" is scored
    const kept = [...first].filter(
      (c, i) => settled.get(tagger.ambiguity.get(forms[i]!.toLowerCase())!) === c,
    );
    expect(scored).toBe(forms.length - kept.length);
    // without the table and the margin every word is scored
    scored = 0;
    const plain = { ...tagger, second: noun, settled: undefined, sureMargin: undefined };
    expect(tagSentence(plain, forms)[0]).toBe(0);
    expect(scored).toBe(forms.length);
    // a margin every first-pass tag reaches keeps them all; one none reaches keeps none
    scored = 0;
    expect([...tagSentence({ ...plain, sureMargin: 0 }, forms)]).toEqual([...first]);
    expect(scored).toBe(0);
    expect(tagSentence({ ...plain, sureMargin: 1e30 }, forms)[0]).toBe(0);
    expect(scored).toBe(forms.length);
    // the shipped margin keeps more than the settled words alone, and still scores "that"
    scored = 0;
    expect(tagger.sureMargin).toBe(SURE_MARGIN);
    expect(tagSentence({ ...tagger, second: noun }, forms)[5]).toBe(0);
    expect(scored).toBeLessThan(forms.length - kept.length);
  });

  it('sums the same move and label features from cached groups as the reference, to rounding', () => {
    // the parser's fast path adds cached per-word, per-child, per-tag-context and per-pair sums:
    // any feature it forgot or added twice would show as a gap of the order of a weight
    const models = loadEnglishModels()!;
    const text =
      'The central bank, which had raised rates twice, said on Thursday that inflation in the euro zone ' +
      'would slow. “It is too early,” its president told reporters in Frankfurt after the meeting.';
    const doc = analyze(text, 'en');
    for (let s = 0; s < doc.sentences.length; s++) {
      const { first, last } = doc.sentenceTokens(s);
      const forms: string[] = [];
      const tags: number[] = [];
      const upos: number[] = [];
      for (let i = first; i < last; i++) {
        forms.push(doc.form(i));
        const c = models.tagger.classes.findIndex((t) => t.upos === doc.upos(i) && t.xpos === doc.xpos(i));
        tags.push(c);
        upos.push(doc.uposIds[i]!);
      }
      const x = toInput({ forms, tags, upos }, models.parser!.clusters);
      // twice: cold caches (every group computed), then warm (every group read)
      expect(moveScoreGap(models.parser!, x)).toBeLessThan(1e-12);
      expect(moveScoreGap(models.parser!, x)).toBeLessThan(1e-12);
    }
  });

  it('leaves Russian and Turkish unannotated through the same interface', () => {
    for (const [text, lang] of [
      ['Президент России заявил, что переговоры провалились.', 'ru'],
      ['Türkiye Cumhurbaşkanı açıklama yaptı.', 'tr'],
    ] as const) {
      const doc = analyze(text, lang);
      expect(doc.length).toBeGreaterThan(3);
      expect(doc.tagged || doc.parsed).toBe(false);
      expect(doc.token(0)).toMatchObject({ upos: null, xpos: null, lemma: null, head: null, deprel: null });
      expect(doc.children(0)).toEqual([]);
    }
  });
});

describe('parser oracle', () => {
  it('rebuilds projective trees by following zero-cost moves', () => {
    const trees = [[-1], [1, -1, 1], [1, 2, -1, 4, 2, 2], [2, 2, 5, 4, 2, -1, 5, 8, 6, 5]];
    for (const heads of trees) expect(oracleParse(heads)).toEqual(heads);
  });
  it('lifts non-projective arcs to a projective tree', () => {
    // 0 → 2 crosses 1 → 3: "A hearing is scheduled on the issue today" style
    const heads = [3, 3, 0, -1, 3];
    const proj = projectivize(heads);
    expect(proj).not.toEqual(heads);
    expect(projectivize(proj)).toEqual(proj);
    expect(oracleParse(heads)).toEqual(proj);
  });
});

describe('lemmatizer', () => {
  const data = [
    ['talks', 'NNS', 'talk'],
    ['walks', 'NNS', 'walk'],
    ['cities', 'NNS', 'city'],
    ['parties', 'NNS', 'party'],
    ['said', 'VBD', 'say'],
    ['failed', 'VBD', 'fail'],
    ['walked', 'VBD', 'walk'],
    ['went', 'VBD', 'go'],
    ['Obama', 'NNP', 'Obama'],
    ['The', 'DT', 'the'],
  ].map(([form, xpos, lemma]) => ({ form: form!, xpos: xpos!, lemma: lemma! }));
  it('learns lookups and suffix rules and survives serialisation', () => {
    const model = parseLemmatizer(serializeLemmatizer(trainLemmatizer(data)));
    expect(lemmatize(model, 'went', 'VBD')).toBe('go');
    expect(lemmatize(model, 'agencies', 'NNS')).toBe('agency');
    expect(lemmatize(model, 'jumped', 'VBD')).toBe('jump');
    expect(lemmatize(model, 'Kyiv', 'NNP')).toBe('Kyiv');
    expect(lemmatize(model, 'THE', 'DT')).toBe('the');
    expect(lemmatize(model, '', 'NN')).toBe('');
  });
});

describe('word atoms', () => {
  it('normalises quotes and computes shapes', () => {
    expect(normalize('Don’t')).toBe("don't");
    expect(normalize('“')).toBe('"');
    expect(shape('Obama')).toBe('Xxx');
    expect(shape('F-16')).toBe('X-dd');
    expect(shape('1,000')).toBe('d,dd');
  });
});

describe('SparsePerceptron', () => {
  it('learns a toy task and keeps its decisions through int8 compaction and bytes', () => {
    const random = seededRandom(7);
    const data = Array.from({ length: 400 }, () => {
      const label = Math.floor(random() * 4);
      return { f: new Uint32Array([feature(1, label), feature(2, Math.floor(random() * 30))]), label };
    });
    const p = new SparsePerceptron(4);
    const scores = new Float32Array(4);
    const best = (s: Float32Array) => s.indexOf(Math.max(...s));
    for (let epoch = 0; epoch < 3; epoch++) {
      for (const x of data) {
        p.tick();
        p.update(x.label, best(p.scores(x.f, 2, scores)), x.f, 2);
      }
    }
    const compact = CompactPerceptron.deserialize(p.compact().serialize());
    const acc = data.filter((x) => best(compact.scores(x.f, 2, scores)) === x.label).length / data.length;
    expect(acc).toBeGreaterThan(0.97);
    expect(compact.row(12345)).toBe(-1);
    expect(() => CompactPerceptron.deserialize(new Uint8Array(12))).toThrow(RangeError);
  });
});
