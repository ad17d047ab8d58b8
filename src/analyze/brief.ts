/**
 * Briefing: one page for a period — top stories, key events, notable quotes, alignment shifts —
 * built from an export-v1 object, so the CLI and the API can feed it from the store. Every line
 * is cited as [document title or id, sentence]. HTML output escapes all article text.
 */
import type { AlignmentScore, Export, OrbitEvent, Quote } from '../model/index.js';
import type { Span } from '../model/index.js';
import { buildTimeline, matchEntityIds, modeLabel } from './timeline.js';

export type BriefingOptions = {
  from?: string | null;
  to?: string | null;
  entity?: string | null;
  format: 'md' | 'html';
  /** items per section (default 8) */
  limit?: number;
  /** when given, each citation links to this address (the API links them to the reader in the UI) */
  citeHref?: (cite: Span) => string;
};

type Line = { text: string; cite: Span | null };
type Section = { title: string; lines: Line[] };

const lower = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d.slice(0, 10));
const upper = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d.slice(0, 10));

export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** Markdown: neutralise characters that would turn article text into markup or links. */
function escapeMd(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

export function buildBriefing(input: Export, opts: BriefingOptions): string {
  const format = opts?.format === 'html' ? 'html' : 'md';
  const limit = Math.max(1, opts?.limit ?? 8);
  const exp: Export = input && typeof input === 'object' ? input : ({} as Export);
  const docs = exp.documents ?? [];
  const entities = exp.entities ?? [];
  const docById = new Map(docs.map((d) => [d.id, d]));
  const name = new Map(entities.map((e) => [e.id, e.name]));
  const from = opts?.from ? lower(opts.from) : null;
  const to = opts?.to ? upper(opts.to) : null;
  const entityIds = opts?.entity ? matchEntityIds(entities, opts.entity) : null;
  const inPeriod = (day: string | null | undefined) => {
    if (!day) return !from && !to;
    const d = day.slice(0, 10);
    return (!from || d >= from) && (!to || d <= to);
  };
  const docInPeriod = (id: string) => inPeriod(docById.get(id)?.published ?? null);

  // Top stories: clusters with documents in the period, by size.
  const stories: Line[] = (exp.stories ?? [])
    .map((s) => ({ s, docs: s.documents.filter((id) => docById.has(id) && docInPeriod(id)) }))
    .filter(
      (x) =>
        x.docs.length &&
        (!entityIds ||
          x.docs.some((id) =>
            (exp.mentions ?? []).some((m) => m.document === id && entityIds.has(m.entity)),
          )),
    )
    .sort((a, b) => b.docs.length - a.docs.length)
    .slice(0, limit)
    .map((x) => ({
      text: `${x.s.title} — ${x.docs.length} document${x.docs.length === 1 ? '' : 's'}`,
      cite: firstSentence(docById.get(x.docs[0])!),
    }));

  // Key events: what happened (asserted; a hedged report says "reportedly"), by independent
  // sources, then |intensity|. A treaty not signed or a visit only planned is no key event.
  const timeline = buildTimeline(exp.events ?? [], entities, {
    entity: opts?.entity ?? null,
    from: opts?.from ?? null,
    to: opts?.to ?? null,
    includeUndated: false,
  }).filter((t) => (t.event.mode ?? 'asserted') === 'asserted');
  const keyEvents: Line[] = timeline
    .slice()
    .sort(
      (a, b) =>
        b.sources - a.sources ||
        Math.abs((b.event as { intensity?: number }).intensity ?? 0) -
          Math.abs((a.event as { intensity?: number }).intensity ?? 0),
    )
    .slice(0, limit)
    .sort((a, b) => (a.sortDate ?? '').localeCompare(b.sortDate ?? ''))
    .map((t) => ({
      text: `${t.inferredDate ? `by ${t.sortDate}` : (t.sortDate ?? '')} ${eventLine(t.event, name)} — ${t.sources} source${t.sources === 1 ? '' : 's'}`.trim(),
      cite: t.event.evidence[0] ?? null,
    }));

  // Notable quotes: with a speaker, in the period, longest first (more content), one per speaker.
  const seenSpeakers = new Set<string>();
  const quotes: Line[] = [];
  for (const q of (exp.quotes ?? [])
    .filter(
      (q) =>
        q.speaker &&
        docInPeriod(q.document) &&
        (!entityIds || entityIds.has(q.speaker!) || [...entityIds].some((id) => quoteMentions(q, id, exp))),
    )
    .sort((a, b) => b.text.length - a.text.length)) {
    if (seenSpeakers.has(q.speaker!) || quotes.length >= limit) continue;
    seenSpeakers.add(q.speaker!);
    const via = q.reportedBy.length ? ` (via ${q.reportedBy.map((r) => name.get(r) ?? r).join(', ')})` : '';
    quotes.push({
      text: `${name.get(q.speaker!) ?? q.speaker}${via}: “${clip(q.text, 220)}”`,
      cite: { document: q.document, start: q.start, end: q.end },
    });
  }

  // Alignment shifts in the period's months.
  const months = (a: AlignmentScore) => (/^\d{4}-\d{2}$/.test(a.period) ? a.period : null);
  const shifts: Line[] = (exp.alignment ?? [])
    .filter((a) => {
      const m = months(a);
      if (!m) return false;
      if ((from && `${m}-31` < from) || (to && `${m}-01` > to)) return false;
      return !entityIds || entityIds.has(a.entity);
    })
    .sort((a, b) => Math.abs(b.score) - Math.abs(a.score))
    .slice(0, limit)
    .map((a) => ({
      text: `${name.get(a.entity) ?? a.entity} ${a.score >= 0 ? 'toward' : 'away from'} ${a.bloc} in ${a.period}: ${a.score >= 0 ? '+' : ''}${a.score.toFixed(2)}`,
      cite: a.evidence[0] ?? null,
    }));

  const sections: Section[] = [
    { title: 'Top stories', lines: stories },
    { title: 'Key events', lines: keyEvents },
    { title: 'Notable quotes', lines: quotes },
    { title: 'Alignment shifts', lines: shifts },
  ];
  const period = `${opts?.from ?? 'start'} – ${opts?.to ?? 'now'}`;
  const heading = `Orbit briefing: ${period}${opts?.entity ? ` · ${opts.entity}` : ''}`;
  const citeText = (s: Span | null) => {
    if (!s) return null;
    const d = docById.get(s.document);
    if (!d) return null;
    const label = d.title ?? d.id;
    const sentence = sentenceOf(d.text, s.start, s.end);
    return { label, sentence, href: opts?.citeHref ? opts.citeHref(s) : null };
  };
  if (format === 'html') {
    const parts = [`<article class="orbit-briefing">`, `<h1>${escapeHtml(heading)}</h1>`];
    for (const sec of sections) {
      parts.push(`<section><h2>${escapeHtml(sec.title)}</h2>`);
      if (!sec.lines.length) parts.push('<p>Nothing in this period.</p>');
      else {
        parts.push('<ul>');
        for (const l of sec.lines) {
          const c = citeText(l.cite);
          const inner = c ? `[${escapeHtml(c.label)}, “${escapeHtml(c.sentence)}”]` : '';
          parts.push(
            `<li>${escapeHtml(l.text)}${c ? ` <cite>${c.href ? `<a href="${escapeHtml(c.href)}">${inner}</a>` : inner}</cite>` : ''}</li>`,
          );
        }
        parts.push('</ul>');
      }
      parts.push('</section>');
    }
    parts.push('</article>');
    return parts.join('\n') + '\n';
  }
  const out = [`# ${escapeMd(heading)}`, ''];
  for (const sec of sections) {
    out.push(`## ${sec.title}`, '');
    if (!sec.lines.length) out.push('Nothing in this period.');
    for (const l of sec.lines) {
      const c = citeText(l.cite);
      // Linked, the citation's brackets are escaped inside the link text: [\[title, “sentence”\]](href).
      const inner = c ? `${escapeMd(c.label)}, “${escapeMd(c.sentence)}”` : '';
      const cite = c
        ? c.href
          ? `[\\[${inner}\\]](${c.href.replace(/[()\s]/g, encodeURIComponent)})`
          : `[${inner}]`
        : '';
      out.push(`- ${escapeMd(l.text)}${cite ? ` ${cite}` : ''}`);
    }
    out.push('');
  }
  return out.join('\n');
}

function eventLine(ev: OrbitEvent, name: Map<string, string>): string {
  void name;
  const mode = modeLabel(ev);
  return mode ? `${ev.summary} (${mode})` : ev.summary;
}

function quoteMentions(q: Quote, id: string, exp: Export): boolean {
  return (exp.mentions ?? []).some(
    (m) => m.document === q.document && m.entity === id && m.start >= q.start && m.end <= q.end,
  );
}

function firstSentence(d: { id: string; text: string }): Span {
  const t = d.text ?? '';
  const m = /[^\n]*?[.!?](?=\s|$)|[^\n]+/.exec(t);
  const start = m ? m.index : 0;
  const end = m ? m.index + m[0].length : Math.min(t.length, 200);
  return { document: d.id, start, end };
}

/** The sentence containing [start, end): cited so a reader can find the fact in the article. */
function sentenceOf(text: string, start: number, end: number): string {
  if (start < 0 || end > text.length || start > end) return '';
  let s = start;
  while (s > 0 && text[s - 1] !== '\n' && !(/[.!?]/.test(text[s - 2] ?? '') && /\s/.test(text[s - 1]))) s--;
  let e = end;
  while (
    e < text.length &&
    text[e] !== '\n' &&
    !(e >= end && e > s && /[.!?]["”»)]?$/.test(text.slice(Math.max(s, e - 2), e)) && /\s/.test(text[e]))
  )
    e++;
  return clip(text.slice(s, e).trim(), 300);
}

function clip(s: string, n: number): string {
  const t = s.replace(/\s+/g, ' ');
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}
