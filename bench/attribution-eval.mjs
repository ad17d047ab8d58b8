// Attribution on PolNeAR (political news attribution relations, LREC 2018): Orbit's attribution
// layer (extractAttributions: the quotes the knowledge base keeps, plus the attributions that are
// not quotes, e.g. noun-phrase contents, `quote: false`) run on the dev articles and scored
// against the gold source/cue/content spans.
//
//   node bench/attribution-eval.mjs [--json] [--split dev|train] [--verbose] [--limit N]
//
// Gold: ../shared/datasets/polnear/<split>/attributions, one brat file per article (the first
// annotator listed in metadata.tsv, as ../shared/datasets/README.md suggests). Tune on train,
// report on dev.
//
// Scoring (documented so the figures can be compared):
//  - tokens are maximal runs of letters/digits; a gold content is the union of its Content and
//    Content2 fragments.
//  - recall: a gold content is found when one predicted content covers >= 50% of its tokens.
//  - precision: a predicted content is right when it covers >= 50% of some gold content's tokens,
//    or when >= 50% of its own tokens lie inside one gold content (a quotation Orbit splits at
//    "…," he said. "…" where the gold keeps one discontinuous content).
//  - source accuracy, among found gold contents that have a Source: the predicted source span
//    (the surface Orbit read, e.g. "he", "a senior aide", "Mr. Trump") shares a token with the
//    gold Source span, or the resolved speaker has a mention inside it. Gold attributions without
//    a source count as right when Orbit has no source either.
//  - "speech": gold attributions whose cue holds a communication verb (by CoreNLP lemma, the
//    fixed list SPEECH_LEMMAS below, independent of Orbit's own lexicon) or "according to";
//    predicted attributions whose kind is "speech". "all": every gold attribution and every
//    predicted one. Speech precision is measured against all gold contents (a right content
//    under a cue the list calls non-speech is still right).
//
// Prints a table, or with --json one line:
//   {"polnearDev":{"speech":{"recall":..,"precision":..,"sourceAccuracy":..},"all":{...}}}
// Skips with one line when ../shared is absent.
//
// As a module: `const { polnearDev } = await evaluateAttribution()` (bench/nlp-eval.mjs reports it
// as "attribution"); `{ skipped }` when PolNeAR is absent. Needs `npm run build` (reads dist/).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';

const here = import.meta.dirname;
const POLNEAR = resolve(here, '..', '..', 'shared', 'datasets', 'polnear');

/** Communication verbs (CoreNLP lemmas): what makes a gold cue "speech". */
/**
 * Verbs of saying (CoreNLP lemmas) whose complement is what was said: what makes a gold cue
 * "speech". Verbs that take a noun phrase or an infinitive rather than the words (call, describe,
 * urge, praise, accuse, cite) and verbs of thought or perception (believe, think, show, find)
 * are left to "all".
 */
const SPEECH_LEMMAS = new Set(
  `say tell add note write report claim state announce explain ask answer reply respond
argue insist warn suggest declare comment remark recall acknowledge admit confirm deny emphasize emphasise stress assert
maintain mention predict promise pledge vow tweet post testify concede contend observe reiterate repeat reveal disclose
allege assure remind complain point continue`
    .split(/\s+/)
    .filter(Boolean),
);

// ------------------------------------------------------------------ gold
function readMetadata(split) {
  const lines = readFileSync(join(POLNEAR, split, 'metadata.tsv'), 'utf8')
    .trim()
    .split('\n');
  const head = lines[0].split('\t');
  return lines.slice(1).map((l) => Object.fromEntries(l.split('\t').map((v, i) => [head[i], v])));
}

/** brat standoff: spans as [start, end] fragment lists; events with their roles. */
function readAnn(file) {
  const spans = new Map();
  const events = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('T')) {
      const [id, typeAndOffsets] = line.split('\t');
      if (!typeAndOffsets) continue;
      const sp = typeAndOffsets.indexOf(' ');
      const type = typeAndOffsets.slice(0, sp);
      const frags = typeAndOffsets
        .slice(sp + 1)
        .split(';')
        .map((f) => f.trim().split(/\s+/).map(Number));
      spans.set(id, { type, frags });
    } else if (line.startsWith('E')) {
      const roles = {};
      for (const part of line.split('\t')[1].trim().split(/\s+/)) {
        const [role, ref] = part.split(':');
        roles[role] = ref; // Attribution | Attribution-no-source, Source, Cue, Content, Content2
      }
      events.push(roles);
    }
  }
  return events
    .map((r) => ({
      cue: r.Cue ? (spans.get(r.Cue)?.frags ?? null) : null,
      source: r.Source ? (spans.get(r.Source)?.frags ?? null) : null,
      content: [
        ...(r.Content ? (spans.get(r.Content)?.frags ?? []) : []),
        ...(r.Content2 ? (spans.get(r.Content2)?.frags ?? []) : []),
      ],
    }))
    .filter((e) => e.content.length > 0);
}

/** CoreNLP silver lemmas by character offset, for classifying gold cues. */
function readLemmas(split) {
  const byDoc = new Map();
  const lines = gunzipSync(readFileSync(join(POLNEAR, `${split}.corenlp.jsonl.gz`)))
    .toString('utf8')
    .split('\n');
  for (const l of lines) {
    if (!l) continue;
    const s = JSON.parse(l);
    if (!byDoc.has(s.doc)) byDoc.set(s.doc, []);
    const list = byDoc.get(s.doc);
    for (const t of s.tokens) list.push({ start: t[1], end: t[2], lemma: String(t[4]).toLowerCase() });
  }
  return byDoc;
}

// ------------------------------------------------------------------ tokens
const WORD = /[\p{L}\p{N}]+/gu;
function tokenStarts(text) {
  const out = [];
  WORD.lastIndex = 0;
  let m;
  while ((m = WORD.exec(text)) !== null) out.push([m.index, m.index + m[0].length]);
  return out;
}
const tokensIn = (toks, frags) => toks.filter(([a, b]) => frags.some(([s, e]) => a >= s && b <= e));
const inside = (tok, frags) => frags.some(([s, e]) => tok[0] >= s && tok[1] <= e);
const overlapsAny = (toks, a, b) => toks.some(([s, e]) => s < b && e > a);

function isSpeechCue(cue, lemmas, text) {
  if (!cue) return false;
  const t = cue
    .map(([s, e]) => text.slice(s, e))
    .join(' ')
    .toLowerCase();
  if (/\baccording\s+to\b/.test(t)) return true;
  return lemmas.some((l) => cue.some(([s, e]) => l.start >= s && l.end <= e) && SPEECH_LEMMAS.has(l.lemma));
}

// ------------------------------------------------------------------ run
/**
 * Score Orbit's attributions on a PolNeAR split. Returns `{ polnearDev: { speech, all, articles,
 * attributionMs } }` (`polnearTrain` for the train split), `{ skipped }` without the data;
 * `misses` (verbose) lists the speech misses and false positives.
 */
export async function evaluateAttribution({ split = 'dev', limit = Infinity, verbose = false } = {}) {
  if (!existsSync(join(POLNEAR, split, 'metadata.tsv')))
    return { skipped: `PolNeAR not found at ${POLNEAR}` };
  const { splitSentences } = await import('../dist/nlp/sentences.js');
  const { extractEntities } = await import('../dist/extract/mentions.js');
  const { extractAttributions } = await import('../dist/extract/quotes.js');
  const { loadGazetteer } = await import('../dist/resolve/gazetteer.js');
  const gaz = loadGazetteer();
  const meta = readMetadata(split).slice(0, limit);
  const lemmaIndex = readLemmas(split);
  const tally = () => ({ gold: 0, found: 0, pred: 0, right: 0, srcTotal: 0, srcOk: 0 });
  const T = { speech: tally(), all: tally() };
  const misses = [];
  let ms = 0;

  for (const row of meta) {
    const text = readFileSync(join(POLNEAR, split, 'text', `${row.filename}.txt`), 'utf8');
    const annotator = row.annotators.split('|')[0];
    const gold = readAnn(join(POLNEAR, split, 'attributions', `${row.filename}_${annotator}.ann`));
    const lemmas = lemmaIndex.get(row.filename) ?? [];
    const toks = tokenStarts(text);
    const t0 = performance.now();
    const sentences = splitSentences(text);
    const { entities, mentions } = extractEntities(text, sentences, gaz, { published: row.publication_date });
    const quotes = extractAttributions(text, sentences, entities, mentions, {
      published: row.publication_date,
      gazetteer: gaz,
    });
    ms += performance.now() - t0;
    const mentionsOf = (ref) => mentions.filter((m) => m.ref === ref);

    const goldItems = gold
      .map((g) => ({ ...g, toks: tokensIn(toks, g.content), speech: isSpeechCue(g.cue, lemmas, text) }))
      .filter((g) => g.toks.length > 0);
    const preds = quotes
      .map((q) => ({
        q,
        toks: tokensIn(toks, [[q.start, q.end]]),
        speech: (q.kind ?? 'speech') === 'speech',
      }))
      .filter((p) => p.toks.length > 0);
    const covers = (p, g) =>
      g.toks.filter((t) => t[0] >= p.q.start && t[1] <= p.q.end).length >= 0.5 * g.toks.length;
    const within = (p, g) => p.toks.filter((t) => inside(t, g.content)).length >= 0.5 * p.toks.length;
    const sourceOk = (p, g) => {
      if (!g.source) return !p.q.source;
      const gs = tokensIn(toks, g.source);
      if (p.q.source && overlapsAny(gs, p.q.source.start, p.q.source.end)) return true;
      return !!p.q.speakerRef && mentionsOf(p.q.speakerRef).some((m) => overlapsAny(gs, m.start, m.end));
    };
    for (const kind of ['speech', 'all']) {
      const gs = goldItems.filter((g) => kind === 'all' || g.speech);
      const ps = preds.filter((p) => kind === 'all' || p.speech);
      const t = T[kind];
      t.gold += gs.length;
      t.pred += ps.length;
      for (const g of gs) {
        const cands = preds.filter((p) => covers(p, g));
        if (!cands.length) {
          if (verbose && kind === 'speech') {
            const part = preds.filter((p) => g.toks.some((t) => t[0] >= p.q.start && t[1] <= p.q.end));
            const gs0 = g.content[0][0];
            misses.push({
              doc: row.filename,
              problem: 'not found',
              content: clip(g.content.map(([s, e]) => text.slice(s, e)).join(' … ')),
              cue: g.cue ? text.slice(g.cue[0][0], g.cue[0][1]) : null,
              direct:
                /^[“"‘]/.test(text.slice(gs0, gs0 + 1)) ||
                /[“"]$/.test(text.slice(Math.max(0, gs0 - 1), gs0)),
              cueBefore: g.cue ? g.cue[0][0] < gs0 : null,
              partial: part.length > 0,
              sentence: clip(
                text.slice(
                  Math.max(text.lastIndexOf('\n', gs0) + 1, gs0 - 200),
                  Math.min(text.length, g.content[g.content.length - 1][1] + 120),
                ),
                400,
              ),
            });
          }
          continue;
        }
        t.found++;
        t.srcTotal++;
        if (cands.some((p) => sourceOk(p, g))) t.srcOk++;
        else if (verbose && kind === 'speech') {
          const p = cands[0];
          misses.push({
            doc: row.filename,
            problem: 'wrong source',
            content: clip(text.slice(p.q.start, p.q.end)),
            gold: g.source ? g.source.map(([s, e]) => text.slice(s, e)).join(' ') : null,
            got: p.q.source ? text.slice(p.q.source.start, p.q.source.end) : null,
          });
        }
      }
      for (const p of ps) {
        if (goldItems.some((g) => covers(p, g) || within(p, g))) t.right++;
        else if (verbose && kind === 'speech')
          misses.push({
            doc: row.filename,
            problem: 'false positive',
            content: clip(text.slice(p.q.start, p.q.end)),
            cue: p.q.cue,
          });
      }
    }
  }

  const key = split === 'dev' ? 'polnearDev' : 'polnearTrain';
  const result = {
    [key]: {
      speech: figures(T.speech),
      all: figures(T.all),
      articles: meta.length,
      attributionMs: Math.round(ms),
    },
  };
  if (verbose) Object.defineProperty(result, 'misses', { value: misses, enumerable: false });
  return result;
}

function clip(s, n = 140) {
  s = s.replace(/\s+/g, ' ');
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}
const r4 = (x) => Math.round(x * 1e4) / 1e4;
const figures = (t) => ({
  recall: t.gold ? r4(t.found / t.gold) : null,
  precision: t.pred ? r4(t.right / t.pred) : null,
  sourceAccuracy: t.srcTotal ? r4(t.srcOk / t.srcTotal) : null,
  gold: t.gold,
  found: t.found,
  predicted: t.pred,
  correct: t.right,
});

export default evaluateAttribution;

// ------------------------------------------------------------------ CLI
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const verbose = args.includes('--verbose');
  const split = args.includes('--split') ? args[args.indexOf('--split') + 1] : 'dev';
  const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : Infinity;
  const result = await evaluateAttribution({ split, limit, verbose });
  if (result.skipped) {
    console.log(json ? JSON.stringify(result) : `attribution-eval: skipped, ${result.skipped}`);
    process.exit(0);
  }
  const key = Object.keys(result)[0];
  const meta = { length: result[key].articles };
  const ms = result[key].attributionMs;
  if (verbose) for (const m of result.misses) console.log(JSON.stringify(m));
  if (json) console.log(JSON.stringify(result));
  else {
    const f3 = (x) => (x == null ? '  -  ' : x.toFixed(3));
    console.log(
      `PolNeAR ${split}: ${meta.length} articles, first annotator each (Orbit attribution ${Math.round(ms)} ms incl. entities)`,
    );
    for (const kind of ['speech', 'all']) {
      const f = result[key][kind];
      console.log(
        `  ${kind.padEnd(6)} content recall ${f3(f.recall)} (${f.found}/${f.gold})  precision ${f3(f.precision)} (${f.correct}/${f.predicted})  source ${f3(f.sourceAccuracy)}`,
      );
    }
  }
}
