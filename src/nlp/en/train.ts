/**
 * Training of the English tagger, lemmatizer and parser from UD English EWT (run by
 * `npm run train` through scripts/train-parser.mjs; never by tests or CI). Deterministic: a fixed
 * seed shuffles the sentences, nothing depends on time or on the machine.
 *
 * The parser learns from tags predicted by taggers that did not see the sentence (k-fold
 * jackknifing), so at run time it meets the kind of tagging errors it was trained with.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseConllu, type ConlluSentence } from '../conllu.js';
import { uposId } from '../doc.js';
import { trainLemmatizer } from './lemmatizer.js';
import { packParser, packTagger, PARSER_FILE, TAGGER_FILE, type EnglishTagger } from './models.js';
import { parserScore, trainParser, type TreeSentence } from './parser.js';
import {
  tagClasses,
  tagSentence,
  trainTagger,
  type Scorer,
  type TaggedSentence,
  type TaggerModel,
} from './tagger.js';
import { CompactPerceptron } from '../learn/sparse.js';
import { readClusters, type Clusters } from './words.js';

/** Pruning thresholds (largest |averaged weight| of a row) for the shipped files. */
export const PRUNE = { tagger: 0.5, moves: 1, labeller: 0.5 };

function prune(weights: Scorer, threshold: number): CompactPerceptron {
  if (!(weights instanceof CompactPerceptron)) throw new TypeError('prune compacted weights');
  return weights.pruned(threshold);
}

export type TrainOptions = {
  /** directory with train.conllu and dev.conllu */
  ewtDir: string;
  outDir: string;
  taggerEpochs: number;
  parserEpochs: number;
  /** jackknife folds for the parser's training tags (0 or 1: gold tags) */
  folds: number;
  /** train the tagger's second (bidirectional) pass on the jackknifed first-pass tags */
  secondPass: boolean;
  seed: number;
  /** "word<TAB>bitpath" clusters file, or null */
  clustersFile: string | null;
  /** use only the first `limit` training sentences (learning curves) */
  limit?: number;
  log: (line: string) => void;
};

const tagged = (s: ConlluSentence): TaggedSentence => ({
  forms: s.words.map((w) => w.form),
  upos: s.words.map((w) => w.upos),
  xpos: s.words.map((w) => w.xpos),
});

function labelIds(labels: string[], s: ConlluSentence): number[] {
  return s.words.map((w) => labels.indexOf(w.deprel));
}

function trees(
  sentences: ConlluSentence[],
  tags: Int32Array[],
  tagger: TaggerModel,
  labels: string[],
): TreeSentence[] {
  return sentences.map((s, k) => ({
    forms: s.words.map((w) => w.form),
    tags: [...tags[k]!],
    upos: [...tags[k]!].map((c) => uposId(tagger.classes[c]!.upos)),
    heads: s.words.map((w) => w.head - 1),
    labels: labelIds(labels, s),
  }));
}

export function trainEnglish(options: TrainOptions): { tagger: EnglishTagger; files: string[] } {
  const { log } = options;
  const read = (name: string) => parseConllu(readFileSync(join(options.ewtDir, name), 'utf8'));
  let train = read('train.conllu');
  if (options.limit) train = train.slice(0, options.limit);
  const dev = read('dev.conllu');
  const clusters: Clusters | null = options.clustersFile
    ? readClusters(readFileSync(options.clustersFile, 'utf8'))
    : null;
  log(`train ${train.length} sentences, dev ${dev.length}; clusters ${clusters ? clusters.size : 0} words`);

  const lemmas = trainLemmatizer(train.flatMap((s) => s.words));
  const trainTagged = train.map(tagged);
  const devTagged = dev.map(tagged);
  const classes = tagClasses(trainTagged);
  const t0 = performance.now();
  const first = trainTagger(classes, trainTagged, {
    epochs: options.taggerEpochs,
    seed: options.seed,
    clusters,
    dev: devTagged,
    log,
  });
  log(`tagger (first pass) trained in ${((performance.now() - t0) / 1000).toFixed(0)} s`);

  // jackknifed first-pass tags of the training data: input of the second pass and of the parser
  let trainTags: Int32Array[];
  if (options.folds > 1) {
    trainTags = new Array<Int32Array>(train.length);
    for (let f = 0; f < options.folds; f++) {
      const inFold = (k: number) => k % options.folds === f;
      const part = trainTagger(
        classes,
        trainTagged.filter((_, k) => !inFold(k)),
        {
          epochs: options.taggerEpochs,
          seed: options.seed + f + 1,
          clusters,
          log: () => {},
        },
      );
      let right = 0;
      let total = 0;
      trainTagged.forEach((s, k) => {
        if (!inFold(k)) return;
        trainTags[k] = tagSentence(part, s.forms);
        trainTags[k]!.forEach((c, i) => {
          total++;
          if (classes[c]!.xpos === s.xpos[i] && classes[c]!.upos === s.upos[i]) right++;
        });
      });
      log(
        `jackknife fold ${f + 1}/${options.folds}: held-out joint tag accuracy ${(right / total).toFixed(4)}`,
      );
    }
  } else {
    const index = new Map(classes.map((c, i) => [`${c.upos}\t${c.xpos}`, i]));
    trainTags = trainTagged.map((s) =>
      Int32Array.from(s.upos, (u, i) => index.get(`${u}\t${s.xpos[i]}`) ?? 0),
    );
  }
  let tagger = first;
  if (options.secondPass && options.folds > 1) {
    const t2 = performance.now();
    tagger = trainTagger(classes, trainTagged, {
      epochs: options.taggerEpochs,
      seed: options.seed + 100,
      clusters,
      dev: devTagged,
      log,
      firstPass: trainTags,
      firstModel: first,
    });
    log(`tagger (second pass) trained in ${((performance.now() - t2) / 1000).toFixed(0)} s`);
  }
  const devTags = devTagged.map((s) => tagSentence(tagger, s.forms));

  const labelCounts = new Map<string, number>();
  for (const s of train)
    for (const w of s.words) labelCounts.set(w.deprel, (labelCounts.get(w.deprel) ?? 0) + 1);
  const labels = [...labelCounts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([l]) => l);
  if (!labels.includes('root')) labels.push('root');
  const t1 = performance.now();
  const parser = trainParser(trees(train, trainTags, tagger, labels), {
    epochs: options.parserEpochs,
    seed: options.seed,
    labels,
    clusters,
    dev: trees(dev, devTags, tagger, labels),
    log,
  });
  log(`parser trained in ${((performance.now() - t1) / 1000).toFixed(0)} s`);
  const devScore = parserScore(parser, trees(dev, devTags, tagger, labels));
  log(`dev (predicted tags): UAS ${devScore.uas.toFixed(4)} LAS ${devScore.las.toFixed(4)}`);

  // rows whose largest averaged weight is small are dropped: a third of the size, 0.05 points of UAS
  const pruned = {
    ...parser,
    moves: prune(parser.moves, PRUNE.moves),
    labeller: prune(parser.labeller, PRUNE.labeller),
  };
  const english: EnglishTagger = {
    ...tagger,
    weights: prune(tagger.weights, PRUNE.tagger),
    second: tagger.second && prune(tagger.second, PRUNE.tagger),
    lemmas,
  };
  const meta = {
    data: 'UD English EWT r2.16 train (CC BY-SA 4.0)',
    seed: options.seed,
    taggerEpochs: options.taggerEpochs,
    parserEpochs: options.parserEpochs,
    folds: options.folds,
    secondPass: !!tagger.second,
    clusters: clusters ? clusters.size : 0,
    trainSentences: train.length,
    prune: PRUNE,
  };
  mkdirSync(options.outDir, { recursive: true });
  const files = [join(options.outDir, TAGGER_FILE), join(options.outDir, PARSER_FILE)];
  writeFileSync(files[0]!, packTagger(english, meta));
  writeFileSync(files[1]!, packParser(pruned, meta));
  return { tagger: english, files };
}
