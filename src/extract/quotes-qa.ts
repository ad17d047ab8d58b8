/**
 * Interviews printed as questions and answers. Two layouts are common in English-language
 * outlets of the region:
 *  - "Q: …" / "A: …" paragraphs (also "Question:" / "Answer:"), the interviewee being the person
 *    the introduction names before the first question;
 *  - paragraphs opened by a speaker's name and a colon ("Saidov: …").
 * Every answer paragraph (after "A:", also each following paragraph up to the next question)
 * is a direct quotation of the interviewee. Questions are the interviewer's and are not reported.
 */
import type { Range } from './quotes-marks.js';
import type { DocEntity, DocMention, DocQuote } from '../model/index.js';

const QUESTION = /^(?:Q|Question|QUESTION)\s*[:—–]\s+/;
const ANSWER = /^(?:A|Answer|ANSWER)\s*[:—–]\s+/;
const NAME_COLON = /^\s*:\s+/;
const MIN_WORDS = 3;
/** the editor's note closing a printed interview ("This interview has been edited and condensed.") */
const EDITORS_NOTE =
  /^\s*(?:(?:This|The) (?:interview|conversation|transcript|Q&A|exchange) (?:has been|was|is|have been) (?:lightly )?(?:edited|condensed|translated|shortened)|Editor['’]s note\b)/i;
/** the marks QUESTION, ANSWER and NAME_COLON end their labels with */
const LABEL_MARK = /[:—–]/;

type Para = Range & { kind: 'q' | 'a' | 'named' | 'text'; bodyStart: number; speaker: string | null };

export function qaQuotes(
  text: string,
  paragraphs: Range[],
  entities: DocEntity[],
  mentions: DocMention[],
): DocQuote[] {
  // every layout needs a colon or a dash after its label: most texts have neither, and are not read
  if (!LABEL_MARK.test(text)) return [];
  const ents = new Map(entities.map((e) => [e.ref, e]));
  const isPerson = (ref: string) => ents.get(ref)?.type === 'person';
  // the first person mention starting at each offset (one look-up per paragraph, not a scan)
  const personAt = new Map<number, DocMention>();
  for (const x of mentions) if (!personAt.has(x.start) && isPerson(x.ref)) personAt.set(x.start, x);
  const paras: Para[] = paragraphs.map((p) => {
    const body = text.slice(p.start, p.end);
    const q = QUESTION.exec(body);
    if (q) return { ...p, kind: 'q', bodyStart: p.start + q[0].length, speaker: null };
    const a = ANSWER.exec(body);
    if (a) return { ...p, kind: 'a', bodyStart: p.start + a[0].length, speaker: null };
    // "Saidov: …": a person's name opening the paragraph, then a colon
    const m = personAt.get(p.start);
    const colon = m ? NAME_COLON.exec(text.slice(m.end, p.end)) : null;
    if (m && colon) return { ...p, kind: 'named', bodyStart: m.end + colon[0].length, speaker: m.ref };
    return { ...p, kind: 'text', bodyStart: p.start, speaker: null };
  });
  const firstQ = paras.findIndex((p) => p.kind === 'q');
  const answers = paras.filter((p) => p.kind === 'a').length;
  const named = paras.filter((p) => p.kind === 'named');
  // one named line is a caption or a list item; an interview has several
  const namedSpeakers = named.length >= 2 ? named : [];
  if ((firstQ < 0 || !answers) && !namedSpeakers.length) return [];

  // the interviewee: the first person the introduction (before the first question) names
  let interviewee: string | null = null;
  if (firstQ >= 0) {
    const introEnd = paras[firstQ].start;
    interviewee = mentions.find((m) => m.start < introEnd && isPerson(m.ref))?.ref ?? null;
  }

  const out: DocQuote[] = [];
  let current: string | null = null; // speaker of the answer being read, until the next question
  let inAnswer = false;
  for (const p of paras) {
    if (p.kind === 'q') {
      inAnswer = false;
      continue;
    }
    if (p.kind === 'a') {
      inAnswer = true;
      current = interviewee;
    } else if (p.kind === 'named') {
      // a named line stands alone: the next unnamed paragraph may be the interviewer's
      inAnswer = false;
      current = p.speaker;
    } else if (!inAnswer) continue;
    else if (EDITORS_NOTE.test(text.slice(p.start, p.end))) {
      // the note is the outlet's, and the interview is over
      inAnswer = false;
      continue;
    }
    let s = p.bodyStart;
    let e = p.end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (text.slice(s, e).split(/\s+/).length < MIN_WORDS) continue;
    out.push({
      start: s,
      end: e,
      text: text.slice(s, e),
      direct: true,
      speakerRef: current,
      reportedByRefs: [],
      cue: 'interview',
    });
  }
  return out;
}
