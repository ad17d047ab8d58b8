/**
 * The one CoNLL-U reader and writer of the repository (UD treebanks for training, evaluation
 * output). A sentence keeps its syntactic words (integer ids), its multiword tokens (range ids
 * such as "3-4", whose surface form spans several words) and its comments; empty nodes of the
 * enhanced graph ("8.1") are skipped, as the basic tree does not use them.
 *
 * `wordSpans` places every word in the sentence text by character offsets (the words of a
 * multiword token share out its surface form), which is what evaluation on raw text aligns by.
 */

export type ConlluWord = {
  id: number; // 1-based
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  head: number; // 0 = root
  deprel: string;
  deps: string;
  misc: string;
};

export type ConlluToken = { first: number; last: number; form: string; misc: string };

export type ConlluSentence = {
  /** `# sent_id`, `# text`, `# newdoc id`, `# newpar id` (null when absent) */
  id: string | null;
  text: string | null;
  newdoc: string | null;
  newpar: string | null;
  comments: string[];
  words: ConlluWord[];
  /** multiword tokens, by their word range (1-based, inclusive) */
  multiword: ConlluToken[];
};

export class ConlluError extends Error {
  readonly code = 'ORBIT_E_MALFORMED';
}

export function parseConllu(source: string): ConlluSentence[] {
  const out: ConlluSentence[] = [];
  let current = blank();
  const flush = () => {
    if (current.words.length) out.push(current);
    current = blank();
  };
  const lines = source.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.replace(/\r$/, '');
    if (line === '') {
      flush();
      continue;
    }
    if (line.startsWith('#')) {
      current.comments.push(line);
      const m = /^#\s*(sent_id|text|newdoc id|newdoc|newpar id|newpar)\s*(?:=\s*(.*))?$/.exec(line);
      if (m) {
        const value = m[2] ?? '';
        if (m[1] === 'sent_id') current.id = value;
        else if (m[1] === 'text') current.text = value;
        else if (m[1]!.startsWith('newdoc')) current.newdoc = value;
        else current.newpar = value;
      }
      continue;
    }
    const cols = line.split('\t');
    if (cols.length !== 10)
      throw new ConlluError(`CoNLL-U line ${n + 1} has ${cols.length} columns, expected 10`);
    const id = cols[0]!;
    if (id.includes('.')) continue; // empty node
    const range = /^(\d+)-(\d+)$/.exec(id);
    if (range) {
      current.multiword.push({
        first: Number(range[1]),
        last: Number(range[2]),
        form: cols[1]!,
        misc: cols[9]!,
      });
      continue;
    }
    if (!/^\d+$/.test(id)) throw new ConlluError(`CoNLL-U line ${n + 1} has a bad id ${JSON.stringify(id)}`);
    current.words.push({
      id: Number(id),
      form: cols[1]!,
      lemma: cols[2]!,
      upos: cols[3]!,
      xpos: cols[4]!,
      feats: cols[5]!,
      head: cols[6] === '_' ? -1 : Number(cols[6]),
      deprel: cols[7]!,
      deps: cols[8]!,
      misc: cols[9]!,
    });
  }
  flush();
  return out;
}

function blank(): ConlluSentence {
  return { id: null, text: null, newdoc: null, newpar: null, comments: [], words: [], multiword: [] };
}

export function writeConllu(sentences: readonly ConlluSentence[]): string {
  const parts: string[] = [];
  for (const s of sentences) {
    for (const c of s.comments) parts.push(c);
    const mwt = new Map(s.multiword.map((m) => [m.first, m]));
    for (const w of s.words) {
      const m = mwt.get(w.id);
      if (m) parts.push(`${m.first}-${m.last}\t${m.form}\t_\t_\t_\t_\t_\t_\t_\t${m.misc}`);
      parts.push(
        [
          w.id,
          w.form,
          w.lemma,
          w.upos,
          w.xpos,
          w.feats,
          w.head < 0 ? '_' : w.head,
          w.deprel,
          w.deps,
          w.misc,
        ].join('\t'),
      );
    }
    parts.push('');
  }
  return parts.join('\n') + (parts.length ? '\n' : '');
}

/** The surface tokens of a sentence: a multiword token once, every other word as itself. */
export function surfaceTokens(s: ConlluSentence): { form: string; words: number[]; spaceAfter: boolean }[] {
  const out: { form: string; words: number[]; spaceAfter: boolean }[] = [];
  const mwt = new Map(s.multiword.map((m) => [m.first, m]));
  for (let i = 0; i < s.words.length; i++) {
    const w = s.words[i]!;
    const m = mwt.get(w.id);
    if (m) {
      const words: number[] = [];
      for (let k = m.first; k <= m.last; k++) words.push(k - 1);
      out.push({ form: m.form, words, spaceAfter: !/SpaceAfter=No/.test(m.misc) });
      i += m.last - m.first;
    } else out.push({ form: w.form, words: [i], spaceAfter: !/SpaceAfter=No/.test(w.misc) });
  }
  return out;
}

/**
 * Character span of each word in `text` (the sentence's `# text`, or the surface forms joined by
 * their SpaceAfter when absent), from `offset`. Words of a multiword token take consecutive
 * slices of its form when their forms spell it ("don't" → do + n't); otherwise each covers
 * the whole token.
 */
export function wordSpans(s: ConlluSentence, text?: string, offset = 0): { start: number; end: number }[] {
  const tokens = surfaceTokens(s);
  const source = text ?? tokens.map((t) => t.form + (t.spaceAfter ? ' ' : '')).join('');
  const spans: { start: number; end: number }[] = new Array(s.words.length);
  let at = 0;
  for (const t of tokens) {
    const found = source.indexOf(t.form, at);
    const start = found >= 0 ? found : at;
    const end = start + t.form.length;
    at = end;
    if (t.words.length === 1) {
      spans[t.words[0]!] = { start: offset + start, end: offset + end };
      continue;
    }
    const lower = t.form.toLowerCase();
    let p = 0;
    const parts = t.words.map((w) => s.words[w]!.form.toLowerCase());
    const spelled =
      parts.every((f) => {
        const ok = lower.startsWith(f, p);
        p += f.length;
        return ok;
      }) && p === lower.length;
    p = 0;
    for (let k = 0; k < t.words.length; k++) {
      const w = t.words[k]!;
      if (spelled) {
        spans[w] = { start: offset + start + p, end: offset + start + p + parts[k]!.length };
        p += parts[k]!.length;
      } else spans[w] = { start: offset + start, end: offset + end };
    }
  }
  return spans;
}
