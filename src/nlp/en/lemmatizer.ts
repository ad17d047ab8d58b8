/**
 * The English lemmatizer: a lookup of (word, XPOS) → lemma learnt from UD English EWT, then
 * suffix rules learnt from the same data for words it has not seen ("-ies" NNS → "-y", "-ed"
 * VBD → ""), keyed by the tag and the longest known ending. Proper nouns keep their form;
 * everything else is lower case, as in EWT.
 */

/** A rule: drop `cut` characters from the end of the lower-cased word, then append `add`. */
type Rule = { cut: number; add: string };

export type LemmatizerModel = {
  /** "lower\txpos" → lemma, only where the rules would get it wrong */
  lookup: Map<string, string>;
  /** "xpos\tending" → rule */
  rules: Map<string, Rule>;
};

const MAX_ENDING = 5;
const KEEP_CASE = new Set(['NNP', 'NNPS']);

function ruleOf(lower: string, lemma: string): Rule {
  let p = 0;
  while (p < lower.length && p < lemma.length && lower[p] === lemma[p]) p++;
  return { cut: lower.length - p, add: lemma.slice(p) };
}

function applyRule(lower: string, rule: Rule): string {
  if (rule.cut >= lower.length) return lower;
  return lower.slice(0, lower.length - rule.cut) + rule.add;
}

/**
 * Proper nouns keep their case; a plural one (NNPS) loses its plural ending by the NNS rules
 * ("Hills" → "Hill").
 */
function properLemma(model: LemmatizerModel, form: string, xpos: string): string {
  let out = form;
  if (xpos === 'NNPS' && form.length > 3) {
    const lower = form.toLowerCase();
    const base = byRules(model, lower, 'NNS');
    if (base !== lower && lower.startsWith(base.slice(0, -1)))
      out = form.slice(0, base.length) + (base.length > form.length ? base.slice(form.length) : '');
    if (base.length < form.length && base.endsWith('y') && lower.endsWith('ies'))
      out = form.slice(0, base.length - 1) + (form.endsWith('IES') ? 'Y' : 'y');
  }
  return out;
}

function byRules(model: LemmatizerModel, lower: string, xpos: string): string {
  for (let len = Math.min(MAX_ENDING, lower.length - 1); len >= 0; len--) {
    const rule = model.rules.get(`${xpos}\t${lower.slice(lower.length - len)}`);
    if (rule) return applyRule(lower, rule);
  }
  return lower;
}

export function lemmatize(model: LemmatizerModel, form: string, xpos: string): string {
  if (KEEP_CASE.has(xpos)) {
    const known = model.lookup.get(`${form}\t${xpos}`);
    if (known !== undefined) return known;
    return properLemma(model, form, xpos);
  }
  const lower = form.toLowerCase().replace(/[’‘]/g, "'");
  const known = model.lookup.get(`${lower}\t${xpos}`);
  if (known !== undefined) return known;
  return byRules(model, lower, xpos);
}

/** Learns rules and the exception lookup from (form, xpos, lemma) triples. */
export function trainLemmatizer(
  words: Iterable<{ form: string; xpos: string; lemma: string }>,
): LemmatizerModel {
  const ruleCounts = new Map<string, Map<string, number>>();
  const pairCounts = new Map<string, Map<string, number>>();
  const bump = <K>(m: Map<K, Map<string, number>>, key: K, value: string) => {
    let inner = m.get(key);
    if (!inner) m.set(key, (inner = new Map()));
    inner.set(value, (inner.get(value) ?? 0) + 1);
  };
  const seenTypes = new Set<string>();
  for (const w of words) {
    if (!w.lemma || w.lemma === '_') continue;
    const keep = KEEP_CASE.has(w.xpos);
    const key = keep ? w.form : w.form.toLowerCase().replace(/[’‘]/g, "'");
    bump(pairCounts, `${key}\t${w.xpos}`, w.lemma);
    // rules count word types, not tokens: a frequent irregular ("best" → "good") is no rule
    const type = `${key}\t${w.xpos}\t${w.lemma}`;
    if (keep || seenTypes.has(type)) continue;
    seenTypes.add(type);
    const lower = key;
    const r = ruleOf(lower, w.lemma);
    const rk = `${r.cut}\t${r.add}`;
    for (let len = 0; len <= Math.min(MAX_ENDING, lower.length - 1); len++)
      bump(ruleCounts, `${w.xpos}\t${lower.slice(lower.length - len)}`, rk);
  }
  const top = (m: Map<string, number>) =>
    [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
  const rules = new Map<string, Rule>();
  for (const [key, m] of ruleCounts) {
    const [rk, count] = top(m);
    if (count < 2 && key.split('\t')[1]!.length > 0) continue;
    const [cut, add] = rk.split('\t');
    rules.set(key, { cut: Number(cut), add: add ?? '' });
  }
  const model: LemmatizerModel = { lookup: new Map(), rules };
  for (const [key, m] of pairCounts) {
    const [lemma] = top(m);
    const [form, xpos] = key.split('\t') as [string, string];
    const guess = KEEP_CASE.has(xpos) ? properLemma(model, form, xpos) : byRules(model, form, xpos);
    if (guess !== lemma) model.lookup.set(key, lemma);
  }
  return model;
}

export function serializeLemmatizer(model: LemmatizerModel): string {
  const lines: string[] = [];
  for (const [k, v] of [...model.rules.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
    lines.push(`R\t${k}\t${v.cut}\t${v.add}`);
  for (const [k, v] of [...model.lookup.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
    lines.push(`L\t${k}\t${v}`);
  return lines.join('\n');
}

export function parseLemmatizer(text: string): LemmatizerModel {
  const model: LemmatizerModel = { lookup: new Map(), rules: new Map() };
  for (const line of text.split('\n')) {
    const f = line.split('\t');
    if (f[0] === 'R' && f.length === 5)
      model.rules.set(`${f[1]}\t${f[2]}`, { cut: Number(f[3]), add: f[4]! });
    else if (f[0] === 'L' && f.length === 4) model.lookup.set(`${f[1]}\t${f[2]}`, f[3]!);
  }
  return model;
}
