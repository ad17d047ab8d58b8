/**
 * Russian attribution finder (source + cue + content + relays), on the same units and tokens as
 * the English one. Cues are the verb forms of src/nlp/lexicon/speech-verbs.ts; their ending
 * tells the subject's gender and number ("заявила": she, "заявили": they).
 *
 *  - direct, attribution after: `«…», — сказал Лавров.`, `«…» — заявила она.`,
 *    `«…», — говорится в заявлении МИД.`
 *  - before: `Лавров заявил: «…»`, `По словам Лаврова, «…»`, `X заявил, что «…»`
 *  - reported: `X заявил(а), что …`, `X обвинил Y в том, что …`, `По словам X, …`,
 *    `Как уточнил политик, …`, `…, отмечает Токаев, …` (parenthetical), `…, заявив, что …`
 *    (the subject of the main clause), `Об этом заявил X` (the previous sentence is X's)
 *  - relays: `…, сообщает ТАСС`, `со ссылкой на X` (X speaks), `Его слова приводит X`,
 *    `Как сообщает "Report", …`, `в интервью телеканалу X`
 * A quotation inside reported content of 3+ words is a direct quote of the same source.
 */
import { russianCueIndex, RU_THOUGHT_PREDICATES, type CueEntry } from '../nlp/lexicon/speech-verbs.js';
import { RU_RELAY } from '../nlp/lexicon/relay-cues.js';
import {
  addPartialQuotes,
  countWords,
  scanCues,
  type CueMatch,
  colonIntroCue,
  findByUnits,
  tokenize,
  trimSpan,
  type Attribution,
  type ColonIntro,
  type FinderInput,
  type FinderOutput,
  type Relay,
  type Span,
  type Tok,
  type Unit,
  type UnitReader,
} from './quotes-types.js';
import {
  RU_DOCUMENT_NOUNS,
  RU_ROLE_NOUNS,
  RU_UNNAMED_PEOPLE,
  type Gender,
  type GrammaticalNumber,
} from '../nlp/lexicon/speaker-roles.js';

/** Cue verbs that attribute when negated ("не исключил, что …": did not rule out). */
/** "цитирует X агентство Y": the verb whose object is the speaker and whose subject relays. */
const QUOTED_BY = /^цитиру(?:ет|ют)$|^цитировал[аои]?$/u;
/** "приводит слова X агентство Y": the verb of a quotation's words relayed */
const WORDS_OF = /^(?:привод(?:ит|ят)|привел[аои]?|привёл)$/u;
const MEDIA_NOUNS = new Set<string>(RU_RELAY.mediaDescriptors);
/** "в интервью / в беседе с / в эфире": the setting of words said to an outlet */
const INTERVIEW_WORDS = new Set(['в', 'интервью', 'беседе', 'эфире', 'с']);
/** a Russian role noun in any case ("министра", "главу", "пресс-секретаря") */
function isRuRoleWord(w: string): boolean {
  return RU_ROLE_NOUNS.some((r) => w.startsWith(r.stem) && r.endings.some((e) => w === r.stem + e));
}
const RU_NEGATED_CUES = new Set(['исключить', 'скрывать']);
/** parenthetical words set off by commas between a subject and its verb ("X, в свою очередь, заявил") */
const RU_PARENTHETICALS = [
  'в свою очередь',
  'со своей стороны',
  'в частности',
  'в ответ',
  'однако',
  'впрочем',
  'при этом',
  'кроме того',
  'между тем',
  'тем не менее',
  'также',
].map((p) => p.split(' '));
/** whom a speaker told, named after the cue and never the speaker ("— сказал X журналистам") */
const HEARER_WORDS = new Set<string>(RU_RELAY.hearers);
const DASH = /^[—–-]$/;
/** words that open an adverbial before a subject ("Ранее", "В ноябре 2023 года", "Об этом") */
const LEADING_ADVERBS = new Set(
  'ранее также кроме того в свою очередь при этом вчера сегодня позднее затем впоследствии тогда однако а но и же'.split(
    ' ',
  ),
);
const THAT = new Set(['что', 'будто', 'чтобы']);
/** the first word of a phrase describing a source ("знакомый с …", "близкий к …", "пожелавший …") */
const DESCRIBING = /^(?:знаком|близк|осведомл|пожелавш|попросивш|\p{L}+(?:вш|ющ|ящ)(?:ий|ая|ие))\p{L}*$/u;
/** a month in a dateline ("20 мая", "2 апр") */
const DATELINE_MONTH = /^(?:янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек)\p{L}*$/u;
/** a quotation mark around a name the marks reader kept as words ("компания «Газпром» сообщила") */
const NAME_MARK = /^[«»"“”„]$/u;
/** a noun for a kind of body, written before its name in guillemets ("компания «X»", "агентства «Y»") */
const BODY_KIND =
  /^(?:гос)?(?:компани|корпораци|концерн|холдинг|агентств|организаци|фонд|банк|издани|газет|телеканал|парти|движени|объединени|ассоциаци)\p{L}*$/u;
/** words that open an adverbial after a post-posed source ("на брифинге", "в ходе …", "накануне") */
const TAIL_OPENERS = new Set(
  'в во на по после перед при у с со для накануне вчера сегодня ранее позднее также журналистам'.split(' '),
);
/** words that start a clause of their own, never part of an adverbial */
const TAIL_STOPS = new Set(
  'что чтобы будто который которая которое которые если когда где и но а однако'.split(' '),
);
/** a finite verb or an infinitive ("добавил", "отмечают", "обсудить"), not a noun of a tail */
const FINITE_OR_INFINITIVE = /(?:л|ла|ли|ло|лся|лась|лись|ет|ит|ут|ют|ят|ать|ять|ить|еть)$/u;
const TAIL_NOUNS = new Set(
  'совет ответ бюджет кабинет канал телеканал зал портал твит пост дел посол генерал'.split(' '),
);
/**
 * Nouns of a stance after "заявил о …" ("о готовности", "о намерении", "о необходимости"): the
 * speaker's position stated as a noun phrase is reported speech; "сообщил о встрече" (a fact
 * told) is not.
 */
/** verbs of demanding and calling whose content may be an infinitive ("требует убрать …") */
const DEMAND_LEMMAS = new Set(['потребовать', 'призвать']);
/** the head of a company or body, before its name ("директор «X»", "руководителя «Y»") */
const BODY_HEAD = /^(?:ген)?(?:директор|руководител|председател|президент|управляющ)\p{L}*$/u;
/** verbs of naming something something ("назвал проект «историческим»") */
const NAMING_LEMMAS = new Set(['назвать', 'охарактеризовать']);
const INFINITIVE = /(?:ть|ти|чь|ться|тись)$/;
/** verbs of proposing and instructing, whose content is what was proposed ("предложил создать …") */
const PROPOSING = /^(?:предложи|поручи|пригрози)(?:л|ла|ли)$/u;
/** where an outlet published, after "в"/"на" ("в своем Telegram-канале", "на сайте") */
const OUTLET_CHANNEL =
  /^(?:сво[её]м|своих|официальном|telegram\p{L}*|телеграм\p{L}*|соцсет\p{L}*|социальных|сайте|канале|аккаунте|странице|блоге|эфире)$/u;
/** conjunctions opening a subordinate clause before its subject */
const SUBORDINATORS = new Set([
  'как',
  'когда',
  'поскольку',
  'хотя',
  'пока',
  'если',
  'ибо',
  'причем',
  'причём',
]);
const STANCE_NOUN =
  /^(?:готовност|намерени|необходимост|желани|нежелани|недопустимост|неприемлемост|важност|приверженност|несогласи|намерен)/u;
/** "по его/её/их словам": possessive pronouns that name the source before the noun */
const POSSESSIVE_PRONOUNS = new Set(['его', 'её', 'ее', 'их']);
const RELAY_VERBS = new Set<string>(RU_RELAY.verbsBefore);
/**
 * Impersonal cues of a document ("говорится в заявлении МИД", "отмечается в сообщении
 * пресс-службы", "подчёркивается в документе"): the body whose document it is speaks.
 */
const IMPERSONAL =
  /^(?:говорится|отмечается|подчеркивается|подчёркивается|сообщается|указывается|утверждается|уточняется|поясняется|констатируется|выражается)$/u;
const IMPERSONAL_ENTRY: CueEntry = {
  lemma: 'говорится',
  kind: 'speech',
  frames: ['clause', 'quote'],
  form: 'finite',
};
const DOC_NOUNS = RU_DOCUMENT_NOUNS;
/** adjectives and participles before a document noun ("в совместном заявлении", "в опубликованном") */
const DOC_ADJ = /(?:ом|ем|ой|ей)$/u;
const SPEECH_NOUNS = /^(?:заявлени|сообщени|слов|выступлени|интервью|обращени|комментари|пост|публикаци)/;

export function findRussian(input: FinderInput): FinderOutput {
  return findByUnits(input, (unit, toks, u, earlier) => new RuUnit(input, unit, toks, u, earlier));
}

type Cue = CueMatch & { gender?: Gender; number?: GrammaticalNumber };

class RuUnit implements UnitReader {
  private readonly text: string;
  private readonly out: Attribution[] = [];
  private readonly unitRelays: Relay[] = [];

  constructor(
    private readonly input: FinderInput,
    private readonly unit: Unit,
    private readonly toks: Tok[],
    private readonly unitIndex: number,
    private readonly earlier: Attribution[],
  ) {
    this.text = input.text;
  }

  read(): Attribution[] {
    this.findRelays();
    this.quotedBy();
    for (const c of this.cues()) this.cue(c);
    this.according();
    this.citedTail();
    addPartialQuotes(this.text, this.toks, this.input.segs, this.out, 3);
    for (const a of this.out) a.relays = [...a.relays, ...this.unitRelays, ...this.sourcesOutlet(a.source)];
    this.wordsRelayedBy();
    return this.out;
  }

  private cues(): Cue[] {
    const idx = russianCueIndex();
    const { toks } = this;
    const lookup = (w: string): CueEntry | undefined =>
      idx.get(w) ??
      (IMPERSONAL.test(w) ? IMPERSONAL_ENTRY : undefined) ??
      (RU_THOUGHT_PREDICATES.includes(w)
        ? { lemma: 'уверен', kind: 'thought', frames: ['clause'], form: 'finite' }
        : undefined);
    // "как говорится в", "как сообщил X" are read with "по словам"; "не заявил" is no attribution,
    // but "не исключил, что …" and "не скрывал, что …" are how those verbs attribute
    const accept = (i: number) =>
      toks[i - 1]?.l !== 'как' &&
      (toks[i - 1]?.l !== 'не' || RU_NEGATED_CUES.has(lookup(toks[i].l)?.lemma ?? ''));
    return scanCues(toks, lookup, 1, accept).map((c) => {
      // the ending tells the subject's gender and number ("заявила": she, "заявили": they)
      const g: Gender | undefined = /(?:ла|лась)$/.test(c.text)
        ? 'f'
        : /л$|лся$/.test(c.text)
          ? 'm'
          : undefined;
      const n: GrammaticalNumber | undefined = /(?:ли|лись|ют|ят|ут)$/.test(c.text) ? 'pl' : undefined;
      // a negated cue ("не исключил") starts at its "не", which is no part of the source
      if (toks[c.i - 1]?.l === 'не') return { ...c, i: c.i - 1, text: `не ${c.text}`, gender: g, number: n };
      return { ...c, gender: g, number: n };
    });
  }

  private cue(c: Cue): void {
    if (IMPERSONAL.test(c.text)) {
      this.impersonal(c);
      return;
    }
    const { toks } = this;
    const prev = toks[c.i - 1];
    const prev2 = toks[c.i - 2];
    // «…», — сказал X.   /   … — заявил X.
    if (prev && DASH.test(prev.t)) {
      const before = prev2 && prev2.t === ',' ? toks[c.i - 3] : prev2;
      const { src, relay } = this.sourceAfter(c.j + 1, c.number === 'pl');
      if (before && before.kind === 'q') {
        this.push(c, this.segInner(before.seg), true, src, c.j + 1, relay);
        return;
      }
      if (before) {
        // "— Мы рассчитываем на диалог, — добавила Захарова.": a line of dialogue opened by a dash
        // is direct speech; "…, — добавила она, — …" goes on after the attribution
        const dialogue = DASH.test(toks[0].t) && c.i > 1;
        const span = trimSpan(this.text, toks[dialogue ? 1 : this.afterDateline()].s, prev.s, /[\s,;:]/);
        if (span.end - span.start <= 10) return;
        const srcEnd = src ? this.tokEndingAt(src.end) : c.j;
        const goesOn =
          dialogue &&
          toks[srcEnd + 1]?.t === ',' &&
          DASH.test(toks[srcEnd + 2]?.t ?? '') &&
          srcEnd + 3 < toks.length;
        const content = goesOn ? trimSpan(this.text, span.start, this.unit.end, /[\s,;:.]/) : span;
        // "«Наша цель — …¶Без газа это невозможно», — сказал министр.": a quotation left open at
        // the end of the paragraph before goes on in this one up to its closing mark
        const closes = this.closesOpenQuote(before);
        if (closes) {
          this.push(c, trimSpan(this.text, span.start, before.s, /[\s,;:]/), true, src, c.j + 1, relay);
          return;
        }
        this.push(c, content, dialogue, src, c.j + 1, relay);
      }
      return;
    }
    if (c.entry.form === 'gerund') {
      // "…, заявив, что …": the subject of the main clause
      const content = this.contentAfter(c.j + 1, false, NAMING_LEMMAS.has(c.entry.lemma));
      if (!content) return;
      const last = this.out[this.out.length - 1];
      const subj = last?.source ?? this.clauseSubject(0, c.i) ?? this.subjectAfterGerund(c.i, content.span);
      this.out.push(this.make(c, content.span, content.direct, subj, subj ? 'np' : 'implicit'));
      return;
    }
    // "Об этом заявил X", "об этом президент X заявил": the previous sentence
    const aboutThis = this.aboutThis(c.i);
    if (aboutThis >= 0) {
      const prevContent = this.previousSentence();
      if (!prevContent) return;
      // "Об этом X сообщил журналистам / агентству «Интерфакс»": a subject before the cue is
      // the source, and what follows the cue is whom X told (an outlet told relays)
      const subj = this.subjectBefore(c.i);
      let before = subj && subj.start > toks[aboutThis].s ? subj : null;
      // "Об этом РБК сообщили в пресс-службе госкорпорации": a medium before a plural cue is whom
      // they told, and the body after "в" speaks
      const toldAt = before ? toks.findIndex((t) => t.s >= before!.start) : -1;
      if (
        before &&
        c.number === 'pl' &&
        /^(?:в|во)$/u.test(toks[c.j + 1]?.l ?? '') &&
        this.mediumTold(toldAt) > toldAt &&
        toks[this.mediumTold(toldAt) - 1].e >= before.end
      ) {
        const body = this.npAfter(c.j + 2);
        if (body) {
          const a = this.make(c, prevContent.span, prevContent.direct, body, 'np');
          a.relays = [{ ...before, mediaOnly: true }];
          this.out.push(a);
          return;
        }
        before = null;
      }
      // "Об этом сообщил ТАСС источник", "Об этом сообщили APA в МИД X": the medium told relays
      const after = before ? null : this.sourceAfter(c.j + 1, c.number === 'pl');
      const src = before ?? after?.src ?? this.spanBetween(aboutThis + 2, c.i);
      const a = this.make(c, prevContent.span, prevContent.direct, src, src ? 'np' : 'implicit');
      const hearer = before ? this.hearerAfter(c.j + 1, true) : (after?.relay ?? null);
      if (hearer) a.relays = [{ ...hearer, mediaOnly: true }];
      this.out.push(a);
      return;
    }
    // parenthetical or post-posed: "…, отмечает Токаев, …" / "…, заявил он."
    if (prev && prev.t === ',') {
      const found = this.sourceAfter(c.j + 1, c.number === 'pl');
      const { src, end } = found;
      let { relay } = found;
      if (src) {
        const srcEnd = end - 1;
        let rest = toks.slice(srcEnd + 1).filter((t) => t.kind !== 'p');
        // "…, заявила Захарова на брифинге в среду", "…, сообщил X в интервью Euractiv": only
        // adverbials after the source (an interview's medium relays)
        // "…, уточнил источник РБК, знакомый с условиями сделки.": a participle phrase describing
        // the source closes the sentence
        const described = toks[srcEnd + 1]?.t === ',' ? this.describingPhrase(srcEnd + 2) : -1;
        const tail =
          described >= toks.length ? { relay: null } : rest.length ? this.adverbialTail(srcEnd + 1) : null;
        if (tail) {
          rest = [];
          relay = relay ?? tail.relay;
        }
        const before = trimSpan(this.text, toks[this.afterDateline()].s, prev.s, /[\s,;:]/);
        // "…, заявил Песков, отметив, что …": a second cue after the comma starts its own
        // attribution, the words before the first cue are all this one's
        const nextCue = toks[srcEnd + 1]?.t === ',' && !!russianCueIndex().get(toks[srcEnd + 2]?.l ?? '');
        const after =
          srcEnd + 1 < toks.length && toks[srcEnd + 1].t === ',' && !nextCue && described < 0
            ? trimSpan(this.text, toks[srcEnd + 2]?.s ?? this.unit.end, this.unit.end, /[\s.;:,]/)
            : null;
        if (!rest.length || after || relay || nextCue) {
          const content = after && after.end > after.start ? { start: before.start, end: after.end } : before;
          if (content.end - content.start > 10) {
            const a = this.make(c, content, false, src, 'np');
            if (relay) a.relays = [{ ...relay, mediaOnly: true }];
            this.out.push(a);
            return;
          }
        }
      }
    }
    // pre-posed: "X заявил, что …", "X заявил: «…»", "X требует убрать …"
    const content = this.contentAfter(
      c.j + 1,
      DEMAND_LEMMAS.has(c.entry.lemma),
      NAMING_LEMMAS.has(c.entry.lemma),
    );
    if (!content) return;
    const src = this.subjectBefore(c.i) ?? this.npAfter(c.j + 1);
    const a = this.make(c, content.span, content.direct, src, src ? 'np' : 'implicit');
    // "заявил ТАСС, что …", "рассказал «Известиям»: …": a medium told is a relay (the resolver
    // keeps a media-only relay only when it names a medium)
    const hearer = src && src.start > this.toks[c.j].e ? null : this.hearerAfter(c.j + 1);
    if (hearer) a.relays = [{ ...hearer, mediaOnly: true }];
    this.out.push(a);
  }

  /**
   * "«…», — говорится в заявлении МИД.", "…, отмечается в сообщении ведомства.", "В заявлении
   * МИД говорится, что …", "Об этом сообщается на сайте Кремля.": the body named after the
   * document speaks (none named: the implicit source, the body the text last gave words to).
   * Without a document ("как говорится", "говорится о встрече") it is no attribution.
   */
  private impersonal(c: Cue): void {
    const { toks } = this;
    const after = this.documentAt(c.j + 1);
    const before = after ? null : this.documentBefore(c.i);
    const doc = after ?? before;
    if (!doc) return;
    const src = doc.source;
    const push = (content: Span, direct: boolean) =>
      this.out.push(this.make(c, content, direct, src, src ? 'np' : 'implicit'));
    const prev = toks[c.i - 1];
    if (after && prev && (DASH.test(prev.t) || prev.t === ',')) {
      // «…», — говорится в …   /   …, отмечается в …
      let b = c.i - 1;
      while (b >= 0 && (DASH.test(toks[b].t) || toks[b].t === ',')) b--;
      if (b < 0) return;
      if (toks[b].kind === 'q') {
        push(this.segInner(toks[b].seg), true);
        return;
      }
      const span = trimSpan(this.text, toks[this.afterDateline()].s, toks[b].e, /[\s,;:—–-]/);
      if (span.end - span.start > 10) push(span, false);
      return;
    }
    if (after && this.aboutThis(c.i) >= 0) {
      const prevContent = this.previousSentence();
      if (prevContent) push(prevContent.span, prevContent.direct);
      return;
    }
    // "В заявлении МИД говорится, что …", "говорится в сообщении ведомства: «…»"
    const content = this.contentAfter(after ? after.end : c.j + 1);
    if (content) push(content.span, content.direct);
  }

  /**
   * A document phrase from token k ("в заявлении МИД России", "в совместном коммюнике",
   * "в сообщении, опубликованном на сайте ведомства"): the token after it and the body named
   * after the last document noun (null when none is).
   */
  private documentAt(k: number): { end: number; source: Span | null } | null {
    const { toks } = this;
    let j = k;
    let found = false;
    for (;;) {
      let m = j;
      // ", опубликованном на сайте …": a participle between two document phrases
      if (found && toks[m]?.t === ',' && DOC_ADJ.test(toks[m + 1]?.l ?? '')) m += 2;
      if (!/^(?:в|во|на)$/.test(toks[m]?.l ?? '')) break;
      m++;
      while (m < toks.length && m - j < 5 && DOC_ADJ.test(toks[m].l) && !DOC_NOUNS.has(toks[m].l)) m++;
      if (!DOC_NOUNS.has(toks[m]?.l ?? '')) break;
      j = m + 1;
      found = true;
    }
    if (!found) return null;
    // a named body ("МИД России") speaks; a common noun ("ведомства") or none leaves the document
    // itself as the source ("сообщении ведомства"), whose author the resolver finds
    const np = this.npAfter(j, true);
    const named = np && this.toks.some((t) => t.s >= np.start && t.e <= np.end && (t.cap || t.kind === 'q'));
    return { end: j, source: named ? np : trimSpan(this.text, toks[j - 1].s, np?.end ?? toks[j - 1].e) };
  }

  /** "В заявлении МИД России говорится": the document phrase opening the clause before the cue. */
  private documentBefore(ci: number): { end: number; source: Span | null } | null {
    const { toks } = this;
    for (let p = 0; p < ci; p++) {
      if (toks[p].kind === 'w' && !LEADING_ADVERBS.has(toks[p].l) && !/^(?:в|во|на)$/.test(toks[p].l)) break;
      const doc = this.documentAt(p);
      if (!doc || doc.end > ci) continue;
      let e = ci - 1;
      while (e >= doc.end && (toks[e].kind === 'p' || LEADING_ADVERBS.has(toks[e].l))) e--;
      return { end: doc.end, source: this.spanBetween(doc.end, e + 1) };
    }
    return null;
  }

  /** Capitalised or quoted words (up to four) between a cue and its ", что" or ":", else null. */
  private hearerAfter(k: number, atEnd = false): Span | null {
    const { toks } = this;
    // "сообщил агентству Kazinform, что …": a medium's descriptor before its name
    if (k + 1 < toks.length && toks[k].kind === 'w' && !toks[k].cap && MEDIA_NOUNS.has(toks[k].l)) k++;
    let j = k;
    while (j < toks.length && j - k < 4 && (toks[j].kind === 'q' || (toks[j].kind === 'w' && toks[j].cap)))
      j++;
    // "Об этом X сообщил агентству «Интерфакс».": the outlet ends the sentence
    const ends = atEnd && (j >= toks.length || /^[.!]$/.test(toks[j].t));
    if (j === k || (!ends && (j >= toks.length || !/^[,:]$/.test(toks[j].t)))) return null;
    return this.spanBetween(k, j);
  }

  /** "по словам X, …", "по данным X, …", "как заявил X, …" — and the relaying forms of them. */
  private according(): void {
    const { toks } = this;
    for (let i = 0; i + 1 < toks.length; i++) {
      const w = toks[i].l;
      const n = toks[i + 1].l;
      let isRelay = false;
      let npStart = -1;
      /** "по его словам, …": the possessive pronoun before the noun is the source */
      let pronoun = -1;
      if (
        w === 'по' &&
        /^(?:словам|мнению|оценке|данным|информации|сообщению|утверждению|заявлению)$/.test(n)
      ) {
        npStart = i + 2;
        isRelay = /^(?:данным|информации|сообщению)$/.test(n);
      } else if (
        w === 'по' &&
        POSSESSIVE_PRONOUNS.has(n) &&
        i + 3 < toks.length &&
        /^(?:словам|мнению|оценке|утверждению|заявлению)$/.test(toks[i + 2].l) &&
        toks[i + 3].t === ','
      ) {
        pronoun = i + 1;
        npStart = i + 3;
      } else if (w === 'как' && IMPERSONAL.test(n)) {
        this.asStatedIn(i);
        continue;
      } else if (w === 'как' && russianCueIndex().has(n)) {
        npStart = i + 2;
        // "Как писала ранее «Независимая газета», …": an adverb of time before the source
        if (/^(?:ранее|прежде|накануне|вчера|позднее)$/u.test(toks[npStart]?.l ?? '')) npStart++;
        // "Как сообщили в Кремле, …", "как заявили в МИД X": the body they speak in is the source
        if (/ли$/u.test(n) && /^(?:в|во)$/u.test(toks[npStart]?.l ?? '') && toks[npStart + 1]?.kind === 'w')
          npStart++;
        isRelay = RELAY_VERBS.has(n) || /^(?:сообща|переда|пиш)/.test(n);
      } else continue;
      // the source runs to the comma
      let comma = -1;
      for (let k = npStart; k < toks.length; k++) {
        if (toks[k].t === ',') {
          comma = k;
          break;
        }
        if (toks[k].kind === 'q' && k === npStart) continue;
      }
      if (pronoun >= 0) comma = npStart;
      else if (comma < 0 && w === 'как' && !isRelay && i >= 2 && toks[i - 1].t === ',') {
        // "Переговоры продолжатся, как отметил X.": the clause before the comma is X's
        this.asSaidAfter(i, npStart, `${w} ${n}`);
        continue;
      } else if (comma < 0 || comma === npStart) continue;
      let src =
        pronoun >= 0
          ? trimSpan(this.text, toks[pronoun].s, toks[pronoun].e)
          : trimSpan(this.text, toks[npStart].s, toks[comma - 1].e);
      // "Как сообщил агентству «Интерфакс» источник в правительстве, …": the outlet told comes
      // first (a relay), the speaker after it
      let told: Span | null = null;
      if (pronoun < 0 && w === 'как') {
        const h = MEDIA_NOUNS.has(toks[npStart].l) && toks[npStart + 1]?.kind === 'q' ? npStart + 1 : npStart;
        // (or a medium named without quotation marks: "Как сообщил Интерфаксу источник, …")
        const iv = this.interviewMedium(npStart);
        const m = iv > npStart ? iv : this.mediumTold(npStart);
        // ("Как пишет «Коммерсант» на своем сайте, …" is where the outlet itself wrote)
        const channel = this.outletChannelAt(h + 1);
        if (toks[h].kind === 'q' && h + 1 < comma && toks[h + 1].kind === 'w' && !channel) {
          told = this.spanBetween(npStart, h + 1);
          src = trimSpan(this.text, toks[h + 1].s, toks[comma - 1].e);
          isRelay = false;
        } else if (
          m > npStart &&
          m < comma &&
          toks[m].kind === 'w' &&
          // "Как сообщает РИА Новости со ссылкой на X, …": the medium is the subject, X the source
          !/^(?:со|с|по|в|на|из)$/u.test(toks[m].l)
        ) {
          told = this.spanBetween(npStart, m);
          src = trimSpan(this.text, toks[m].s, toks[comma - 1].e);
          isRelay = false;
        } else if (
          m > npStart &&
          m + 1 < comma &&
          /^(?:в|во)$/u.test(toks[m].l) &&
          /ли$/u.test(n) &&
          toks[m + 1].kind === 'w'
        ) {
          // "Как сообщили РИА Новости в пресс-службе МИД X, …": they (the body after "в") told
          // the medium; a singular verb has the medium as its subject ("как сообщает ТАСС в …")
          told = this.spanBetween(npStart, m);
          src = trimSpan(this.text, toks[m + 1].s, toks[comma - 1].e);
          isRelay = false;
        }
      }
      // "Как сообщает ТАСС в своем Telegram-канале, …", "Как пишет X на своем сайте, …": where
      // the outlet published is no part of its name
      if (isRelay && pronoun < 0 && !told) {
        for (let k = npStart + 1; k + 1 < comma; k++)
          if (this.outletChannelAt(k)) {
            src = trimSpan(this.text, toks[npStart].s, toks[k - 1].e);
            break;
          }
      }
      const noun = pronoun >= 0 ? toks[i + 2].l : n;
      const cueText = `${w} ${noun}`;
      const isThought = noun === 'мнению' || noun === 'оценке';
      // "Как сообщает X со ссылкой на Y, …": Y is the source, X relays it
      const citing = isRelay ? this.citingIn(npStart, comma) : null;
      if (citing) src = citing.outlet;
      if (isRelay && this.out.length) {
        // "Как сообщает "Report", об этом X заявил": the outlet relays the unit's attribution
        this.unitRelays.push({ ...src, mediaOnly: false });
        continue;
      }
      // "Как рассказал "Ъ" источник, знакомый с ходом переговоров, …": a participle phrase
      // describing the source is no part of what was said
      const described = pronoun < 0 ? this.describingPhrase(comma + 1) : -1;
      const start =
        described > comma && described < toks.length && toks[described].t === ',' ? described + 1 : comma + 1;
      const span = this.clauseEnd(start);
      if (!span) continue;
      const inner = toks.slice(start, this.tokEndingAt(span.end) + 1).filter((t) => t.kind !== 'p');
      const direct = inner.length === 1 && inner[0].kind === 'q';
      // two words cut off at the end of the text ("По его словам, обе сторо") are no statement
      if (
        !direct &&
        inner.filter((t) => t.kind === 'w').length < 3 &&
        !/[.!?…»"]\s*$/u.test(this.text.slice(span.start, span.end + 1))
      )
        continue;
      let content = direct ? this.segInner(inner[0].seg) : span;
      // "Новый план, по его словам, отличается от старого": interjected after the sentence's
      // first words, which belong to the content; one span holds both sides (as "…, заявил X, …")
      if (!direct && i >= 2 && toks[i - 1].t === ',' && !/^котор/.test(toks[npStart]?.l ?? '')) {
        const before = toks.slice(0, i - 1);
        const words = before.filter((t) => t.kind === 'w').length;
        if (words >= 1 && words <= 8 && before.every((t) => t.kind !== 'q' && t.t !== ','))
          content = { start: before[0].s, end: span.end };
      }
      if (citing) {
        const a = this.make(
          {
            i,
            j: i + 1,
            entry: { lemma: cueText, kind: 'speech', frames: ['clause'], form: 'finite' },
            text: cueText,
          },
          content,
          direct,
          citing.cited,
          'np',
        );
        a.relays = [{ ...citing.outlet, mediaOnly: false }];
        this.out.push(a);
        continue;
      }
      // "Как передает Kazinform, глава государства предложил …": the subject of a verb of saying
      // or proposing speaks what follows the verb, the outlet relays it
      const said = isRelay && !direct ? this.subjectSaying(start, span) : null;
      if (said) {
        const a = this.make(
          {
            i: said.v,
            j: said.v + 1,
            entry: { lemma: toks[said.v].l, kind: 'speech', frames: ['clause'], form: 'finite' },
            text: toks[said.v].t,
          },
          said.content,
          false,
          said.subject,
          'np',
        );
        a.relays = [{ ...src, mediaOnly: false }];
        this.out.push(a);
        continue;
      }
      if (isRelay) {
        // the outlet is the only source: it may speak
        const a = this.make(
          {
            i,
            j: i + 1,
            entry: { lemma: cueText, kind: 'speech', frames: ['clause'], form: 'finite' },
            text: cueText,
          },
          content,
          direct,
          src,
          'np',
        );
        a.mediaMaySpeak = true;
        this.out.push(a);
        continue;
      }
      const a = this.make(
        {
          i,
          j: i + 1,
          entry: {
            lemma: cueText,
            kind: isThought ? 'thought' : 'speech',
            frames: ['clause'],
            form: 'finite',
          },
          text: cueText,
        },
        content,
        direct,
        src,
        'np',
      );
      if (told) a.relays = [{ ...told, mediaOnly: true }];
      this.out.push(a);
    }
  }

  /** "в своем Telegram-канале", "на сайте" from token k: where an outlet published, no part of its name */
  private outletChannelAt(k: number): boolean {
    const { toks } = this;
    return /^(?:в|во|на)$/u.test(toks[k]?.l ?? '') && OUTLET_CHANNEL.test(toks[k + 1]?.l ?? '');
  }

  /**
   * "глава государства предложил создать …", "Токаев призвал страны …" from token k within span:
   * a subject, then a finite verb of saying or proposing, then what was said.
   */
  private subjectSaying(k: number, span: Span): { subject: Span; v: number; content: Span } | null {
    const { toks } = this;
    const v = this.firstVerbish(k, toks.length);
    if (v <= k || v + 1 >= toks.length || toks[v].e > span.end) return null;
    const w = toks[v].l;
    if (russianCueIndex().get(w)?.form !== 'finite' && !PROPOSING.test(w)) return null;
    const subject = this.subjectBefore(v);
    if (!subject || subject.start !== toks[k].s) return null;
    const content = trimSpan(this.text, toks[v + 1].s, span.end, /[\s.;:,]/);
    return content.end - content.start > 12 ? { subject, v, content } : null;
  }

  /** "Как говорится в заявлении МИД Киргизии, …": the body of the document speaks the clause after the comma. */
  private asStatedIn(i: number): void {
    const { toks } = this;
    const doc = this.documentAt(i + 2);
    if (!doc) return;
    let comma = doc.end;
    while (comma < toks.length && toks[comma].t !== ',') comma++;
    if (comma >= toks.length) return;
    const source = doc.end < comma ? this.spanBetween(doc.end, comma) : null;
    const span = this.clauseEnd(comma + 1);
    if (!span) return;
    const inner = toks.slice(comma + 1, this.tokEndingAt(span.end) + 1).filter((t) => t.kind !== 'p');
    const direct = inner.length === 1 && inner[0].kind === 'q';
    const cueText = `как ${toks[i + 1].l}`;
    const c: Cue = { i, j: i + 1, entry: IMPERSONAL_ENTRY, text: cueText };
    const content = direct ? this.segInner(inner[0].seg) : span;
    this.out.push(this.make(c, content, direct, source, source ? 'np' : 'implicit'));
  }

  /** "<clause>, как отметил X.": the cue closes the unit; the clause before the comma is X's. */
  private asSaidAfter(i: number, npStart: number, cueText: string): void {
    const { toks } = this;
    let last = toks.length - 1;
    while (last >= npStart && toks[last].kind !== 'w') last--;
    if (last < npStart || last - npStart > 8 || toks.slice(npStart, last).some((t) => t.kind !== 'w')) return;
    if (toks.slice(0, i - 1).some((t) => t.kind === 'q')) return;
    const content = trimSpan(this.text, toks[0].s, toks[i - 2].e, /[\s,;:.]/);
    if (countWords(this.text, content.start, content.end) < 3) return;
    const src = trimSpan(this.text, toks[npStart].s, toks[last].e);
    const entry = russianCueIndex().get(toks[i + 1].l)!;
    this.out.push(this.make({ i, j: i + 1, entry, text: cueText }, content, false, src, 'np'));
  }

  /** "…, сообщает ТАСС", "со ссылкой на X", "в интервью телеканалу X". */
  private findRelays(): void {
    const { toks } = this;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (t.kind !== 'w') continue;
      if (
        RELAY_VERBS.has(t.l) &&
        (toks[i - 1]?.t === ',' || (toks[i - 1]?.kind === 'q' && false)) &&
        t.l !== 'говорится' &&
        t.l !== 'отмечает' &&
        t.l !== 'уточняет'
      ) {
        const np = QUOTED_BY.test(t.l) ? null : this.npAfter(i + 1);
        if (np) this.unitRelays.push({ ...np, mediaOnly: false });
      }
      const three = `${t.l} ${toks[i + 1]?.l ?? ''} ${toks[i + 2]?.l ?? ''}`;
      if (/^(?:со ссылкой на|ссылаясь на)/.test(three)) {
        const k = t.l === 'со' ? i + 3 : i + 2;
        const np = this.npAfter(k);
        // nearer the speaker than the outlet citing it: before it in the chain
        if (np)
          this.unitRelays.splice(Math.max(0, this.unitRelays.length - 1), 0, { ...np, mediaOnly: false });
        if (np) this.cited = { at: i, source: np };
      }
      if (/^в (?:интервью|эфире|беседе)/.test(three)) {
        let k = i + 2;
        if (toks[k]?.l === 'с') k++;
        const np = this.npAfter(k, true);
        if (np) this.unitRelays.push({ ...np, mediaOnly: true });
      }
    }
  }

  /**
   * "«…», — цитирует Пескова агентство «Арменпресс»": the person named right after the verb
   * said the quotation, and the outlet after that relays it. Other "…, цитирует X" are relays.
   */
  private quotedBy(): void {
    const { toks } = this;
    for (let i = 2; i < toks.length - 1; i++) {
      // "цитирует X агентство", "приводит слова X агентство": X from k0
      const k0 = QUOTED_BY.test(toks[i].l)
        ? i + 1
        : WORDS_OF.test(toks[i].l) && toks[i + 1]?.l === 'слова'
          ? i + 2
          : -1;
      if (k0 < 0 || !DASH.test(toks[i - 1].t)) continue;
      const q = toks[i - 2]?.t === ',' ? toks[i - 3] : toks[i - 2];
      if (!q || q.kind !== 'q') return;
      // the shortest run of words after the verb that holds a whole person mention (up to four)
      let end = -1;
      for (let k = k0; k < Math.min(toks.length, k0 + 4) && toks[k].kind === 'w'; k++) {
        if (this.input.personAt(toks[k0].s, toks[k].e)) {
          end = k;
          break;
        }
      }
      if (end < 0) end = this.roleObjectEnd(k0);
      if (end < 0) return;
      const outlet = this.npAfter(end + 1, true);
      const entry = {
        lemma: 'цитировать',
        kind: 'speech' as const,
        frames: ['quote' as const],
        form: 'finite' as const,
      };
      const a = this.make(
        { i, j: i, entry, text: toks[i].t },
        this.segInner(q.seg),
        true,
        this.spanBetween(k0, end + 1),
        'np',
      );
      if (outlet) a.relays = [{ ...outlet, mediaOnly: false }];
      this.out.push(a);
      return;
    }
  }

  /**
   * "цитирует министра Интерфакс", "приводит слова главы МИД агентство ТАСС": a role noun after
   * the verb, up to the outlet (a media noun, or the capitalised name right after a one-word
   * role); the index of its last token, or -1.
   */
  private roleObjectEnd(k0: number): number {
    const { toks } = this;
    const w = toks[k0];
    if (!w || w.kind !== 'w' || w.cap || !isRuRoleWord(w.l)) return -1;
    for (let k = k0 + 1; k < Math.min(toks.length, k0 + 6) && toks[k].kind === 'w'; k++)
      if (MEDIA_NOUNS.has(toks[k].l)) return k - 1;
    return toks[k0 + 1]?.cap || toks[k0 + 1]?.kind === 'q' ? k0 : -1;
  }

  /** "со ссылкой на Y" read by findRelays: where it starts and Y's span */
  private cited: { at: number; source: Span } | null = null;

  /** "X со ссылкой на Y" between tokens [a, b): the outlet X and the cited source Y. */
  private citingIn(a: number, b: number): { outlet: Span; cited: Span } | null {
    const c = this.cited;
    if (!c || c.at <= a || c.at >= b) return null;
    return {
      outlet: trimSpan(this.text, this.toks[a].s, this.toks[c.at - 1].e),
      cited: c.source,
    };
  }

  /**
   * "…, сообщает ТАСС со ссылкой на пресс-службу Кремля.": with no cue of its own the clause is
   * the cited source's, and the outlet relays it (an outlet alone reporting is no quotation).
   */
  private citedTail(): void {
    const { toks } = this;
    const c = this.cited;
    if (!c || this.out.length) return;
    for (let i = 1; i < c.at; i++) {
      if (!(RELAY_VERBS.has(toks[i].l) && toks[i - 1].t === ',')) continue;
      if (i + 1 >= c.at) return;
      const content = trimSpan(this.text, toks[0].s, toks[i - 1].s, /[\s,;:—–-]/);
      if (content.end - content.start < 10) return;
      const a = this.make(
        {
          i,
          j: i,
          entry: { lemma: toks[i].l, kind: 'speech', frames: ['clause'], form: 'finite' },
          text: toks[i].l,
        },
        content,
        false,
        c.source,
        'np',
      );
      this.out.push(a);
      return;
    }
  }

  /** "Его слова приводит Tengrinews": the previous attributions of the paragraph are relayed. */
  private wordsRelayedBy(): void {
    const { toks } = this;
    const s = toks.map((t) => t.l).join(' ');
    const m = RU_RELAY.wordsOf.find((w) => s.includes(w));
    if (!m || this.out.length) return;
    const k = toks.findIndex(
      (t, i) =>
        `${t.l} ${toks[i + 1]?.l ?? ''}`.startsWith(m.split(' ')[0]) &&
        s.indexOf(m) >= 0 &&
        i >= 0 &&
        m.split(' ').every((w, j) => toks[i + j]?.l === w),
    );
    if (k < 0) return;
    const np = this.npAfter(k + m.split(' ').length);
    if (!np) return;
    for (let i = this.earlier.length - 1; i >= 0; i--) {
      const a = this.earlier[i];
      const u = this.input.units.findIndex((x) => x.start <= a.content.start && x.end >= a.content.start);
      if (u < 0 || this.input.units[u].paragraph !== this.unit.paragraph || u >= this.unitIndex) break;
      a.relays = [...a.relays, { ...np, mediaOnly: false }];
    }
  }

  // ------------------------------------------------------------------ pieces

  /**
   * "Источник издания в дипломатических кругах отметил …", "собеседник агентства сообщил …": an
   * unnamed source of an outlet's (named by its kind alone, the outlet told of before) speaks
   * through it; the descriptor is the relay, which the resolver reads as the last outlet named.
   */
  private sourcesOutlet(source: Span | null): Relay[] {
    if (!source) return [];
    const { toks } = this;
    const k = toks.findIndex((t) => t.s >= source.start);
    const w = toks[k];
    const d = toks[k + 1];
    if (!w || !d || d.e > source.end || !RU_UNNAMED_PEOPLE.test(w.l) || d.cap || !MEDIA_NOUNS.has(d.l))
      return [];
    // "источник агентства «Интерфакс»": the name after the descriptor is the outlet
    const named = toks[k + 2] && toks[k + 2].e <= source.end && (toks[k + 2].kind === 'q' || toks[k + 2].cap);
    return [{ ...(this.spanBetween(k + 1, named ? k + 3 : k + 2) as Span), mediaOnly: false }];
  }

  private make(
    c: Cue,
    content: Span,
    direct: boolean,
    source: Span | null,
    mode: 'np' | 'implicit',
  ): Attribution {
    const t = this.toks;
    return {
      content,
      direct,
      cue: { start: t[c.i].s, end: t[c.j].e },
      cueText: c.text,
      kind: c.entry.kind === 'thought' ? 'thought' : 'speech',
      source,
      mode: source ? mode : 'implicit',
      gender: c.gender,
      number: c.number,
      relays: [],
      at: source ? Math.min(source.start, t[c.i].s) : t[c.i].s,
    };
  }

  private push(
    c: Cue,
    content: Span,
    direct: boolean,
    src: Span | null,
    _after: number,
    relay: Span | null = null,
  ): void {
    const a = this.make(c, content, direct, src, src ? 'np' : 'implicit');
    if (relay) a.relays = [{ ...relay, mediaOnly: true }];
    this.out.push(a);
  }

  /** After a cue: ", что …", ": «…»", ": …", "в том, что …", "о том, что …". */
  private contentAfter(
    k: number,
    infinitive = false,
    naming = false,
  ): { span: Span; direct: boolean } | null {
    const { toks } = this;
    // "назвал проект «историческим»", "охарактеризовал переговоры как «конструктивные»": the
    // words quoted after what was named are the speaker's evaluation (a quoted name, written
    // capitalised, is none)
    if (naming) {
      for (let j = k; j < Math.min(toks.length, k + 7); j++) {
        const t = toks[j];
        if (t.kind === 'q') {
          const inner = this.segInner(t.seg);
          if (j > k && /^\p{Ll}/u.test(this.text.slice(inner.start, inner.end)))
            return { span: inner, direct: true };
          break;
        }
        if (t.kind !== 'w' || THAT.has(t.l) || russianCueIndex().has(t.l)) break;
      }
    }
    // "требует убрать из конституции …": what was demanded, right after the verb
    if (infinitive && toks[k]?.kind === 'w' && INFINITIVE.test(toks[k].l)) {
      const span = this.clauseEnd(k);
      if (span && span.end - span.start > 12) return { span, direct: false };
    }
    for (let j = k; j < Math.min(toks.length, k + 14); j++) {
      const t = toks[j];
      if (t.t === ':') {
        const n = toks[j + 1];
        if (!n) return null;
        if (n.kind === 'q') return { span: this.segInner(n.seg), direct: true };
        const span = trimSpan(this.text, n.s, this.unit.end, /[\s.;:,]/);
        return span.end - span.start > 8 ? { span, direct: false } : null;
      }
      if (t.kind === 'q') {
        // "сообщил «Интерфаксу», что …", "рассказал «Известиям»: «…»": a name in quotation marks
        // right before ", что" or ":" is the outlet told (a relay), not what was said
        // (ending the sentence only after "Об этом … сообщил": "Он сказал «Посмотрим»." is content)
        const aboutThis = toks.slice(0, k).some((x, i) => x.l === 'об' && toks[i + 1]?.l === 'этом');
        if (j === k && this.toldOutlet(t, toks[j + 1], toks[j + 2], aboutThis)) continue;
        // "заявил (в интервью) агентству «Интерфакс», что …": the same after a media noun in the
        // dative, or the interview it was said in
        if (
          j > k &&
          toks
            .slice(k, j)
            .every((x) => x.kind === 'w' && (MEDIA_NOUNS.has(x.l) || INTERVIEW_WORDS.has(x.l))) &&
          this.toldOutlet(t, toks[j + 1], toks[j + 2], true)
        )
          continue;
        return j === k ? { span: this.segInner(t.seg), direct: true } : null;
      }
      // "заявил о готовности принять …": a stance stated as a noun is what was said
      if (j === k && (t.l === 'о' || t.l === 'об') && STANCE_NOUN.test(toks[j + 1]?.l ?? '')) {
        const span = this.clauseEnd(j);
        return span && span.end - span.start > 12 ? { span, direct: false } : null;
      }
      if (THAT.has(t.l) && (toks[j - 1]?.t === ',' || j === k)) {
        const span = this.clauseEnd(j + 1);
        if (!span) return null;
        const inner = toks.slice(j + 1, this.tokEndingAt(span.end) + 1).filter((x) => x.kind !== 'p');
        if (inner.length === 1 && inner[0].kind === 'q')
          return { span: this.segInner(inner[0].seg), direct: true };
        return { span, direct: false };
      }
      if (t.t === '.' || t.t === ';') return null;
    }
    return null;
  }

  /** a quotation of one to four words, the first capitalised: a name in quotation marks */
  private shortName(q: Tok): boolean {
    const inner = this.segInner(q.seg);
    const words = this.text.slice(inner.start, inner.end).split(/\s+/).filter(Boolean);
    return (
      words.length >= 1 && words.length <= 4 && /^\p{Lu}/u.test(words[0]) && !/[.!?,;:]/.test(words.join(' '))
    );
  }

  /** A short capitalised name in quotation marks followed by ", что" or ":" (the outlet told), or ending the sentence when `mayEnd`. */
  private toldOutlet(q: Tok, n: Tok | undefined, n2: Tok | undefined, mayEnd: boolean): boolean {
    // "Об этом X сообщил «Интерфаксу».": a short name in quotation marks ending the sentence is
    // the outlet too, where the content is elsewhere (`mayEnd`)
    const ends = mayEnd && (!n || n.t === '.');
    if (!ends && !(n && (n.t === ':' || (n.t === ',' && n2 && THAT.has(n2.l))))) return false;
    const inner = this.segInner(q.seg);
    const words = this.text.slice(inner.start, inner.end).split(/\s+/).filter(Boolean);
    return (
      words.length <= 3 && /^\p{Lu}/u.test(words[0] ?? '') && !/[.!?]$/.test(words[words.length - 1] ?? '')
    );
  }

  /** Reported content from token k to the end of its clause: a second predicate or a relay tail ends it. */
  private clauseEnd(k: number): Span | null {
    const { toks } = this;
    if (k >= toks.length) return null;
    let end = toks.length;
    for (let j = k + 1; j < toks.length; j++) {
      const t = toks[j];
      if (t.t === ';') {
        end = j;
        break;
      }
      if (t.t !== ',') continue;
      const n = toks[j + 1];
      const n2 = toks[j + 2];
      if (!n) continue;
      if (RELAY_VERBS.has(n.l) && n.l !== 'говорится') {
        end = j;
        break;
      }
      if (
        /^(?:и|а|но)$/.test(n.l) &&
        n2 &&
        /(?:ил|ал|ел|ял|ул|ёл)(?:а|и|ся|ась|ись)?$/.test(n2.l) &&
        !THAT.has(n2.l)
      ) {
        end = j;
        break;
      }
      if (russianCueIndex().get(n.l)?.form === 'gerund') {
        end = j;
        break;
      }
    }
    const span = trimSpan(this.text, toks[k].s, toks[end - 1].e, /[\s,;:.!?]/);
    return span.end - span.start >= 6 ? span : null;
  }

  /** The subject before a cue: from the clause start, over leading adverbials. */
  private subjectBefore(ci: number): Span | null {
    const { toks } = this;
    // "Министр X, в свою очередь, заявил …": the subject stands before the parenthetical
    if (toks[ci - 1]?.t === ',') {
      for (const p of RU_PARENTHETICALS) {
        const open = ci - 2 - p.length;
        if (open > 0 && toks[open].t === ',' && p.every((w, n) => toks[open + 1 + n].l === w)) {
          ci = open;
          break;
        }
      }
    }
    let s = ci - 1;
    while (
      s >= 0 &&
      ((toks[s].kind === 'w' && !THAT.has(toks[s].l)) || this.namedBody(s) || NAME_MARK.test(toks[s].t))
    )
      s--;
    let k = s + 1;
    // skip "Ранее", "В ноябре 2023 года", "Об этом", "также"
    while (k < ci) {
      const w = toks[k].l;
      if (w === 'об' && toks[k + 1]?.l === 'этом') {
        k += 2;
        continue;
      }
      // (before the adverbs: their "в" of "в свою очередь" would leave "пятницу" as the subject)
      if (
        w === 'в' &&
        /^(?:\d+|январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре|ходе|свою|пятницу|понедельник|вторник|среду|четверг|субботу|воскресенье|интервью)$/.test(
          toks[k + 1]?.l ?? '',
        )
      ) {
        k += 2;
        while (k < ci && (/^\d+$/.test(toks[k].t) || /^(?:года|году|г|очередь)$/.test(toks[k].l))) k++;
        continue;
      }
      // "после того, как он заявил", "когда министр отметил": the conjunction opens the clause
      if (LEADING_ADVERBS.has(w) || (k === s + 1 && SUBORDINATORS.has(w))) {
        k++;
        continue;
      }
      break;
    }
    let e = ci - 1;
    while (e >= k && !this.namedBody(e) && (toks[e].kind !== 'w' || LEADING_ADVERBS.has(toks[e].l))) e--;
    if (e < k) return null;
    return trimSpan(this.text, toks[k].s, toks[e].e);
  }

  /**
   * "компания «Газпром»", "телеканал «Хабар»": a short quoted segment right after a noun for a
   * kind of body is that body's name, part of a subject, not a quotation.
   */
  private namedBody(i: number): boolean {
    const { toks } = this;
    const q = toks[i];
    const kind = toks[i - 1];
    if (q?.kind !== 'q' || kind?.kind !== 'w' || !BODY_KIND.test(kind.l)) return false;
    const inner = this.text.slice(q.s, q.e);
    return inner.length <= 60 && !/[.!?,:;]\s/.test(inner);
  }

  /**
   * "Назвав соглашение «прорывом», Алиев заявил …": a gerund phrase opening the sentence shares
   * the subject of the main clause after its comma.
   */
  private subjectAfterGerund(gi: number, content: Span): Span | null {
    const { toks } = this;
    if (toks.slice(0, gi).some((t) => t.kind !== 'p' && !LEADING_ADVERBS.has(t.l))) return null;
    let comma = gi + 1;
    while (comma < toks.length && (toks[comma].t !== ',' || toks[comma].s < content.end)) comma++;
    if (comma + 1 >= toks.length) return null;
    const v = this.firstVerbish(comma + 1, toks.length);
    if (v <= comma + 1 || v >= toks.length || toks[v].t === ',') return null;
    const subject = this.subjectBefore(v);
    return subject && subject.start === toks[comma + 1].s ? subject : null;
  }

  private clauseSubject(from: number, upTo: number): Span | null {
    return this.subjectBefore(this.firstVerbish(from, upTo));
  }

  private firstVerbish(from: number, upTo: number): number {
    for (let k = from; k < upTo; k++)
      if (this.toks[k].t === ',' || /(?:ил|ал|ел|ял|ул)(?:а|и|ся)?$/.test(this.toks[k].l)) return k;
    return upTo;
  }

  /** The noun phrase right after a cue ("сказал Лавров", "заявила она", "отметил глава МИД Армении"). */
  private npAfter(k: number, afterInterview = false, beforeHearer = false): Span | null {
    const { toks } = this;
    if (k >= toks.length) return null;
    let e = k;
    let sawWord = false;
    for (let j = k; j < toks.length && j - k < 10; j++) {
      const t = toks[j];
      if (t.kind === 'q') {
        // "компанию «Казмунайгаз»", "агентство «Узатом»": a body's kind, then its name
        // "глава «Росатома»", "генеральный директор «Казмунайгаза»": a title's body, named
        const prev = toks[j - 1];
        const named =
          (j === k + 1 && toks[k].kind === 'w' && !toks[k].cap && BODY_KIND.test(toks[k].l)) ||
          (j > k &&
            prev.kind === 'w' &&
            (isRuRoleWord(prev.l) || BODY_HEAD.test(prev.l)) &&
            this.shortName(t));
        if (afterInterview || j === k || named) {
          e = j;
          sawWord = true;
          continue;
        }
        break;
      }
      if (t.kind === 'p') {
        if (/^[-'’".]$/.test(t.t)) continue;
        break;
      }
      // "посол Ирана в России Казем Джалали", "представитель ООН в Грузии X": where an envoy
      // serves, between the office and its holder's name
      if (/^(?:в|во)$/u.test(t.l) && j > k && this.envoyPlaceEnd(k, j) > j) {
        j = this.envoyPlaceEnd(k, j) - 1;
        continue;
      }
      if (THAT.has(t.l) || (/^(?:и|в|на|с|о|об|по|после|во|при|для|за)$/.test(t.l) && j > k)) break;
      if (russianCueIndex().has(t.l) && j > k) break;
      // "— сказал Дарчиашвили Интерфаксу", "— сказал Мирзиёев журналистам": whom he told
      if (beforeHearer && j > k && (HEARER_WORDS.has(t.l) || this.mediumTold(j) > j)) break;
      e = j;
      sawWord = true;
    }
    if (!sawWord) return null;
    return trimSpan(this.text, toks[k].s, toks[e].e, /[\s,;:.]/);
  }

  /**
   * "в России" after a role phrase from token k ("посол Ирана", "постпред Армении"), at token j,
   * followed by a capitalised name of two words or more: the token after the place, else -1.
   */
  private envoyPlaceEnd(k: number, j: number): number {
    const { toks } = this;
    if (!toks.slice(k, j).some((t) => t.kind === 'w' && isRuRoleWord(t.l))) return -1;
    for (let p = j + 1; p <= j + 2 && p < toks.length; p++) {
      if (toks[p].kind !== 'w' || !toks[p].cap) return -1;
      const a = toks[p + 1];
      const b = toks[p + 2];
      if (a?.kind === 'w' && a.cap && b?.kind === 'w' && b.cap && this.input.personAt(a.s, b.e)) return p + 1;
    }
    return -1;
  }

  /**
   * The medium told that starts at token k ("ТАСС", "«Известиям»", "агентству Kazinform",
   * "24.kg"): the token after it, else -1. Only a mention of a medium counts.
   */
  /**
   * "в интервью РБК", "в беседе с «Известиями»", "в эфире телеканала «Россия 1»" from token k: the
   * medium a speaker talked to, named before or after the speaker; the token after the phrase, or
   * -1 when the phrase names no medium.
   */
  private interviewMedium(k: number): number {
    const { toks } = this;
    if (!/^(?:в|на)$/u.test(toks[k]?.l ?? '') || !/^(?:интервью|беседе|эфире)$/u.test(toks[k + 1]?.l ?? ''))
      return -1;
    let j = k + 2;
    if (/^(?:с|со)$/u.test(toks[j]?.l ?? '')) j++;
    if (/^корреспондент(?:ом|ами)$/u.test(toks[j]?.l ?? '')) j++;
    const m = this.mediumTold(j);
    return m > j ? m : -1;
  }

  private mediumTold(k: number): number {
    const { toks } = this;
    const at = this.input.mediumAt;
    if (!at) return -1;
    let j = k;
    if (toks[j]?.kind === 'w' && !toks[j].cap && MEDIA_NOUNS.has(toks[j].l)) j++;
    const t = toks[j];
    if (!t || t.kind === 'p') return -1;
    if (t.kind === 'q') {
      const g = this.input.segs[t.seg];
      const end = Math.max(at(g.open + 1), at(g.open));
      return end >= 0 && end >= g.close - 1 ? j + 1 : -1;
    }
    const end = at(t.s);
    if (end < 0) return -1;
    while (j < toks.length && toks[j].e <= end) j++;
    return j;
  }

  /**
   * The source after a cue with the medium told on either side of it ("сообщил ТАСС источник в
   * …", "— сказал Дарчиашвили Интерфаксу", "сообщили APA в МИД X"): the source, the medium (a
   * relay) and the token after them all.
   */
  private sourceAfter(k: number, plural = false): { src: Span | null; relay: Span | null; end: number } {
    const { toks } = this;
    let relay: Span | null = null;
    // "…, сообщили в пресс-службе X", "Об этом сообщили APA в МИД X": the body they speak for
    const body = (at: number) =>
      plural && /^(?:в|во)$/.test(toks[at]?.l ?? '') && toks[at + 1]?.kind === 'w' ? at + 1 : at;
    const iv = this.interviewMedium(k);
    const lead = iv > k ? iv : this.mediumTold(k);
    if (lead > k && lead < toks.length && toks[lead].kind === 'w' && !THAT.has(toks[lead].l)) {
      relay = this.spanBetween(k, lead);
      k = body(lead);
    } else if (lead > k && /^[,:]$/.test(toks[lead]?.t ?? '')) {
      // "X, в свою очередь, заявил «Известиям», что …": the medium told, what was said after it
      return { src: null, relay: null, end: k };
    }
    if (!relay) k = body(k);
    const src = this.npAfter(k, false, true);
    if (!src) return { src: null, relay: null, end: k };
    let end = this.tokEndingAt(src.end) + 1;
    if (!relay) {
      const tail = this.mediumTold(end);
      if (tail > end) {
        relay = this.spanBetween(end, tail);
        end = tail;
      }
    }
    if (end < toks.length && HEARER_WORDS.has(toks[end].l)) end++;
    return { src, relay, end };
  }

  /**
   * Whether the unit from token k to its end holds only adverbials of a post-posed attribution:
   * prepositional phrases of place, time and occasion ("на брифинге в среду", "в ходе
   * пресс-конференции", "по итогам переговоров"), time words ("накануне"), whom it was told
   * ("журналистам") and an interview ("в интервью РИА Новости", the medium a relay). No verb, no
   * subordinator, no comma before more words.
   */
  private adverbialTail(k: number): { relay: Span | null } | null {
    const { toks } = this;
    let relay: Span | null = null;
    let words = 0;
    let inPhrase = false;
    for (let j = k; j < toks.length;) {
      const t = toks[j];
      if (t.kind === 'p') {
        if (toks.slice(j).some((x) => x.kind !== 'p')) return null;
        break;
      }
      const iv = this.interviewMedium(j);
      if (iv > j) {
        relay = relay ?? this.spanBetween(j, iv);
        words += iv - j;
        j = iv;
        inPhrase = false;
        continue;
      }
      if (t.kind === 'q') return null;
      if (++words > 20) return null;
      if (TAIL_OPENERS.has(t.l) || HEARER_WORDS.has(t.l)) inPhrase = true;
      else if (!inPhrase) return null;
      else if (!t.cap && (TAIL_STOPS.has(t.l) || (FINITE_OR_INFINITIVE.test(t.l) && !TAIL_NOUNS.has(t.l))))
        return null;
      j++;
    }
    return words > 0 ? { relay } : null;
  }

  /**
   * A participle or adjective phrase set off by a comma after a source ("знакомый с ходом
   * переговоров", "пожелавший остаться неизвестным", "близкий к правительству"): the token after
   * it (its closing comma, or the end of the unit past the sentence's last punctuation), else -1.
   * It holds no finite verb and no quotation.
   */
  private describingPhrase(k: number): number {
    const { toks } = this;
    const t = toks[k];
    if (!t || t.kind !== 'w' || t.cap || !DESCRIBING.test(t.l)) return -1;
    for (let j = k + 1; j < toks.length && j - k <= 10; j++) {
      const x = toks[j];
      if (x.t === ',') return j;
      if (x.kind === 'p') return toks.slice(j).every((y) => y.kind === 'p') ? toks.length : -1;
      if (x.kind === 'q' || (!x.cap && (TAIL_STOPS.has(x.l) || FINITE_OR_INFINITIVE.test(x.l)))) {
        // (an infinitive after "пожелавший" is the phrase's own: "пожелавший остаться неизвестным")
        if (!(INFINITIVE.test(x.l) && j === k + 1)) return -1;
      }
    }
    return k + 1 >= toks.length ? toks.length : -1;
  }

  /**
   * Whether `mark` (the token before a cue's comma and dash) is a closing quotation mark with no
   * opening mark in this paragraph, opening the paragraph's first sentence, right after a
   * paragraph whose quotation is left open: the two paragraphs are one quotation.
   */
  private closesOpenQuote(mark: Tok): boolean {
    const { toks } = this;
    if (!/^[»”"]$/u.test(mark.t)) return false;
    const first = this.input.units.findIndex((u) => u.paragraph === this.unit.paragraph);
    if (first !== this.unitIndex) return false;
    if (toks.some((t) => t.s < mark.s && (t.kind === 'q' || /^[«„“"]$/u.test(t.t)))) return false;
    return this.input.segs.some((g) => g.unclosed && g.paragraph === this.unit.paragraph - 1);
  }

  /**
   * "БАКУ /Trend/ - Азербайджан …", "Бишкек. 20 мая. ИНТЕРФАКС - Киргизия …": an agency's dateline
   * before a dash opening the lede is no part of the words reported after it. The words before
   * the dash are a place in capitals, a date and the agency (a medium, or a name between slashes
   * or in brackets), and the sentences before this one in its paragraph are dateline pieces too.
   * The token where the content starts (0 when there is no dateline).
   */
  private afterDateline(): number {
    const { toks } = this;
    const earlier = this.input.units.filter(
      (u, i) => i < this.unitIndex && u.paragraph === this.unit.paragraph,
    );
    if (earlier.some((u) => countWords(this.text, u.start, u.end) > 3)) return 0;
    let credited = false;
    for (let k = 0; k < Math.min(toks.length - 1, 12); k++) {
      const t = toks[k];
      if (DASH.test(t.t)) return k > 0 && credited ? k + 1 : 0;
      if (t.t === '/' || t.t === '(') {
        credited ||= k > 0;
        continue;
      }
      if (t.kind === 'p') continue;
      if (t.kind !== 'w' || !(t.cap || /^\d+$/.test(t.t) || DATELINE_MONTH.test(t.l))) return 0;
      if (this.input.mediumAt && this.input.mediumAt(t.s) >= 0 && /^[\p{Lu}\d]/u.test(t.t)) credited = true;
    }
    return 0;
  }

  private spanBetween(a: number, b: number): Span | null {
    if (a >= b) return null;
    return trimSpan(this.text, this.toks[a].s, this.toks[b - 1].e);
  }

  private aboutThis(ci: number): number {
    const { toks } = this;
    for (let k = Math.max(0, ci - 8); k < ci; k++) {
      if (
        (toks[k].l === 'об' && toks[k + 1]?.l === 'этом') ||
        (toks[k].l === 'о' && toks[k + 1]?.l === 'том' && toks[k + 2]?.t !== ',')
      ) {
        // "об этом … заявил" with no content of its own after the cue
        if (!this.contentAfter(ci + 1)) return k;
      }
    }
    return -1;
  }

  /** The sentence before this unit (in this paragraph or the previous one). */
  private previousSentence(): { span: Span; direct: boolean } | null {
    const prev = this.input.units[this.unitIndex - 1];
    if (!prev || this.unit.paragraph - prev.paragraph > 1) return null;
    const tks = tokenize(this.text, prev.start, prev.end, this.input.segs).filter((t) => t.kind !== 'p');
    if (tks.length === 1 && tks[0].kind === 'q') return { span: this.segInner(tks[0].seg), direct: true };
    const span = trimSpan(this.text, prev.start, prev.end, /[\s.;:]/);
    return span.end - span.start > 10 ? { span, direct: false } : null;
  }

  private segInner(seg: number): Span {
    const g = this.input.segs[seg];
    return trimSpan(this.text, g.open + 1, g.close, /[\s,;:]/);
  }

  private tokEndingAt(pos: number): number {
    let k = -1;
    for (let i = 0; i < this.toks.length; i++) if (this.toks[i].e <= pos) k = i;
    return k;
  }

  colonIntro(found: Attribution[]): ColonIntro | null {
    const { toks } = this;
    const idx = russianCueIndex();
    const k = colonIntroCue(
      this.input,
      this.unitIndex,
      toks,
      found,
      (t) => idx.has(t.l) || SPEECH_NOUNS.test(t.l),
    );
    if (k < 0) return null;
    const t = toks[k];
    const src = this.subjectBefore(k) ?? this.npAfter(k + 1);
    if (!src) return null;
    return {
      paragraph: this.unit.paragraph,
      source: src,
      cue: { start: t.s, end: t.e },
      cueText: t.l,
      at: t.s,
      kind: 'speech',
      relays: [],
    };
  }
}
