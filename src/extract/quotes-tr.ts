/**
 * Turkish attribution finder (source + cue + content + relays). Turkish is subject-first and
 * verb-last; the cue ends the sentence or a participle/converb ends a preposed clause.
 *
 *  - direct, cue after: `X, “…” dedi.`, `“…” diye konuştu.`, `“…” ifadelerini kullandı.`,
 *    `“…” diyen Erdoğan, …` (the name after the participle spoke)
 *  - direct, cue before: `X şunları söyledi: “…”`
 *  - reported: `X, …-dığını/-eceğini söyledi.`, `…-dığını vurgulayan X, …` (X spoke),
 *    `…-dığını belirterek …` (the subject of the main clause), `X'e göre …`
 *  - relays: `AA muhabirine konuşan X` / `X'a konuşan Y` (the hearer medium relays),
 *    `X'ın haberine göre`
 * A dropped subject ("“…” dedi.") is implicit: the resolver takes the most salient person.
 */
import { fold } from '../resolve/fold.js';
import { TR_SPEECH_VERBS, turkishCueIndex } from '../nlp/lexicon/speech-verbs.js';
import { turkishCaseOpener } from './mentions-tr.js';
import { passiveStatement, type StatementMemory } from './quotes-tr-statement.js';
import { TR_RELAY } from '../nlp/lexicon/relay-cues.js';
import { TR_ROLE_NOUNS, TR_UNNAMED_PEOPLE, trRoleNounOf } from '../nlp/lexicon/speaker-roles.js';
import {
  addPartialQuotes,
  scanCues,
  type CueMatch,
  colonIntroCue,
  findByUnits,
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

/**
 * The nominalised verb that ends reported content before a cue: accusative ("-DIğInI söyledi"),
 * dative ("-AcAğInA inanıyor", "-DIğInA dikkat çekti") or genitive ("-DIğInIn altını çizdi"),
 * singular or plural ("-DIklArInI", "-AcAklArInI": "takip ettiklerini açıkladı", a speaker
 * talking for a group), and the infinitive object ("-mAsInI", "-mAlArInI istedi"). A focus
 * particle may follow ("-DIğInI da/de belirtti").
 */
const NOMINAL_CORE =
  '(?:[dt][ıiuü]ğ[ıiuü]n(?:[ıiuüae]|[ıiuü]n)|[ae]c[ae]ğ[ıiuü]n(?:[ıiuüae]|[ıiuü]n)|(?:[dt][ıiuü]k|[ae]c[ae]k)l[ae]r[ıiuü]n(?:[ıiuüae]|[ıiuü]n)|m[ae]s[ıiuü]n[ıiuü]|m[ae]l[ae]r[ıiuü]n[ıiuü]|m[ae]k\\s*istediğini|[dt][ıiuü]ğ[ıiuü])';
const NOMINAL = new RegExp(`${NOMINAL_CORE}(?:\\s+d[ae])?$`, 'iu');
/** a relative (subject) participle ending a clause before its noun: "imza atan", "ziyaret eden", "katılan" */
const RELATIVE_PARTICIPLE = /(?:[ae]n|y[ae]n)$/u;
/** words between a role-noun subject and its clause: "Bakan ayrıca …", "Bakan da, …", "Sözcü ise …" */
/** the close of a sentence saying only that someone spoke to a medium ("… muhabirine açıklama yaptı", "… konuştu") */
const HEARD_CLOSE =
  /(?:^|\s)(açıklama\s+yaptı|açıklamada\s+bulundu|konuştu|demeç\s+verdi|değerlendirmede\s+bulundu)$/u;
/** The participle of a relay phrase before a speaker: "AA'ya konuşan", "muhabirine açıklama yapan". */
const RELAY_PARTICIPLE = /^(?:konuşan|yapan|veren|değerlendiren)$/u;
/** A body's noun alone, in the nominative, opening a sentence as its subject ("Bakanlık, …"). */
const BARE_BODY = /^(?:bakanlık|hükümet|büyükelçilik|meclis|komite|cumhurbaşkanlığı|başbakanlık)$/u;
const SUBJECT_PARTICLES = /^(?:ayrıca|da|de|ise|dün|bugün|bu|konuda|bunun|yanında)$/u;
/** nouns for an unnamed source ending the subject before its comma ("kaynaklar", "bir yetkili", "uzmanlar") */
const TR_SOURCE_NOUN =
  /^(?:kaynak|yetkili|diplomat|sözcü|uzman|analist|gözlemci|çevreler|temsilci|muhabir)(?:l[ae]r)?(?:[ıiuü])?$/u;
/** the report nouns of the relay lexicon's two-word "<noun> göre" ("haberine göre"): a relay, read in findRelays */
const REPORT_BEFORE_GORE = new Set(
  TR_RELAY.reportGenitive.flatMap((p) => {
    const [noun, gore, ...rest] = p.split(' ');
    return gore === 'göre' && rest.length === 0 ? [noun] : [];
  }),
);
const GORE_SOURCE = /(?:['’](?:[ae]|y[ae]|n[ae])|[ıiuü]n[ae]|s[ıiuü]n[ae])$/u;
const SPEECH_NOUNS = /^(?:açıklama|açıkalma|konuşma|söz|ifade|mesaj|demeç|değerlendirme)/;
/** relative participles of verbs of saying before "gibi" ("belirttiği gibi": "as … noted") */
const AS_SAID =
  /^(?:(?:belirt|söyle|de|vurgula|açıkla|kaydet|hatırlat|yaz|aktar|anlat|bildir)(?:diği|dığı|tiği|tığı|duğu|düğü|tuğu|tüğü)|ettiği|getirdiği)$/;
/** words between a source and "göre": "verdiği bilgiye", "açıklamasına", "yaptığı açıklamaya" */
const INFO_WORDS =
  /^(?:verdiği|yaptığı|bilgiye|bilgilere|açıklamasına|açıklamalarına|açıklamaya|ifadesine|ifadelerine|sözlerine|değerlendirmesine|iddiasına)$/;

let nominalSpeech: Set<string> | null = null;
/**
 * The reported clause of a verb of saying, in the accusative: "dediğini", "söylediğini", "ifade
 * ettiğini" — made from each speech verb's past tense ("dedi" → "dediğini"), one or two words.
 */
function nominalSpeechForms(): Set<string> {
  if (nominalSpeech) return nominalSpeech;
  nominalSpeech = new Set();
  for (const e of TR_SPEECH_VERBS) {
    if (e.kind !== 'speech') continue;
    for (const f of e.forms) {
      const m = /^(.*[dt])([ıiuü])$/u.exec(f);
      if (m) nominalSpeech.add(`${m[1]}${m[2]}ğ${m[2]}n${m[2]}`);
    }
  }
  return nominalSpeech;
}
/** a capitalised name in the genitive after its apostrophe: "Peskov'un", "Fidan'ın", "Kremlin'in" */
const GENITIVE_NAME = /['’](?:n?[ıiuü]n)$/u;

export function findTurkish(input: FinderInput): FinderOutput {
  const memory: StatementMemory = { author: null, lastUnit: -2 };
  return findByUnits(input, (unit, toks, u) => new TrUnit(input, unit, toks, u, memory));
}

type Cue = CueMatch;

/**
 * The occasion of a statement at the start of its content: "(yerel basına) yaptığı (yazılı)
 * açıklamada", "verdiği röportajda", "düzenlediği basın toplantısında" (up to three words before).
 */
const TR_OCCASION =
  /^(?:[\p{L}'’]+\s+){0,3}?(?:yaptığı|verdiği|düzenlediği|katıldığı)\s+(?:[\p{L}]+\s+){0,2}?(?:açıklamada|açıklamasında|röportajda|mülakatta|demeçte|konuşmada|konuşmasında|basın\s+toplantısında|programda|programında|paylaşımda|paylaşımında)(?:\s*,)?\s+/u;

class TrUnit implements UnitReader {
  private readonly text: string;
  private readonly out: Attribution[] = [];
  private readonly relays: Relay[] = [];
  /** a speaker named by a participle ("… vurgulayan Erdoğan,") for what follows in the unit */
  private named: Span | null = null;
  /** quotations already given to a participle's speaker */
  private readonly claimed = new Set<number>();

  constructor(
    private readonly input: FinderInput,
    private readonly unit: Unit,
    private readonly toks: Tok[],
    private readonly unitIndex: number,
    private readonly memory: StatementMemory,
  ) {
    this.text = input.text;
  }

  read(): Attribution[] {
    this.findRelays();
    for (const c of this.cues()) this.cue(c);
    this.gore();
    this.asSaid();
    this.passive();
    this.nameColonQuote();
    this.contentAfterRelayPhrases();
    addPartialQuotes(this.text, this.toks, this.input.segs, this.out, 3);
    for (const a of this.out) a.relays = [...a.relays, ...this.relays];
    this.carryHeard();
    return this.out;
  }

  /**
   * "Güler, DHA muhabirine açıklama yaptı. Güler, “…” dedi.": the medium a speaker was said to
   * talk to in a sentence of its own relays what that speaker says in the next two sentences.
   */
  private carryHeard(): void {
    const { toks, memory } = this;
    const lastName = (sp: Span) =>
      /(\p{L}+)(?:['’]\p{L}*)?$/u.exec(this.text.slice(sp.start, sp.end))?.[1]?.toLocaleLowerCase('tr') ?? '';
    let end = toks.length;
    while (end > 0 && toks[end - 1].kind === 'p') end--;
    const closing = toks
      .slice(Math.max(0, end - 2), end)
      .map((t) => t.l)
      .join(' ');
    const close = HEARD_CLOSE.exec(closing);
    if (!this.out.length && close) {
      // the medium in the dative before the close: "DHA muhabirine", "CNN Türk'e"
      let c = end - close[1].split(' ').length - 1;
      const reporter =
        c >= 0 && TR_RELAY.reporterNouns.includes(toks[c].l as (typeof TR_RELAY.reporterNouns)[number]);
      if (reporter) c--;
      // (a dative: "CNN Türk'e konuştu", not "Bakü'de konuştu")
      else if (c >= 0 && !/['’](?:y?[ae])$/u.test(toks[c].t)) c = -1;
      let a = c;
      while (a > 0 && toks[a - 1].kind === 'w' && toks[a - 1].cap && c - a < 4) a--;
      const medium = c >= 0 && toks[c].cap ? trimSpan(this.text, toks[a].s, toks[c].e) : null;
      const who = this.subjectBefore(end);
      memory.heard =
        who && medium
          ? { name: lastName(who), relays: [{ ...medium, mediaOnly: true }], unit: this.unitIndex }
          : null;
      return;
    }
    const heard = memory.heard;
    if (!heard || this.unitIndex - heard.unit > 2) return;
    for (const a of this.out)
      if (a.source && !a.relays.length && lastName(a.source) === heard.name) a.relays = [...heard.relays];
  }

  /**
   * Headline style: `Aliyev: “…”`, `Erdoğan'dan kritik mesaj: “…”`, `KREMLİN'DEN AÇIKLAMA: “…”`.
   * The unit opens with a name, alone before the colon or in the ablative before a few words
   * naming the message ("from X, a critical message"); the quotation after the colon is X's.
   */
  private nameColonQuote(): void {
    const { toks } = this;
    for (let k = 1; k + 1 < toks.length && k <= 8; k++) {
      if (toks[k].kind !== 'w') {
        if (toks[k].t !== ':' || toks[k + 1].kind !== 'q') return;
        const q = toks[k + 1];
        if (this.out.some((a) => a.content.start >= q.s && a.content.end <= q.e)) return;
        const abl = toks.findIndex((t, i) => i < k && /['’][dt][ae]n$/iu.test(t.t));
        const n = abl >= 0 ? abl + 1 : k;
        if (n > 4 || k - n > 4 || !toks.slice(0, n).every((t) => t.cap)) return;
        const span = trimSpan(this.text, toks[0].s, toks[n - 1].e);
        if (
          abl >= 0 ? !this.input.mentionAt(span.start, span.end) : !this.input.personAt(span.start, span.end)
        )
          return;
        this.out.push({
          content: this.segInner(q.seg),
          direct: true,
          cue: { start: toks[k].s, end: toks[k].e },
          cueText: ':',
          kind: 'speech',
          source: span,
          mode: 'np',
          relays: [],
          at: toks[k].s,
        });
        return;
      }
    }
  }

  /** "Bakanlıktan yapılan açıklamada, … belirtildi.": a body's statement in the passive */
  private passive(): void {
    const a = passiveStatement({
      text: this.text,
      toks: this.toks,
      input: this.input,
      unit: this.unit,
      unitIndex: this.unitIndex,
      memory: this.memory,
      subjectBefore: (upTo) => this.subjectBefore(upTo),
    });
    if (a && !this.out.some((o) => o.content.start < a.content.end && a.content.start < o.content.end))
      this.out.push(a);
  }

  /** relay phrases read by findRelays ("Anadolu Ajansı'na konuşarak"): the medium and the phrase */
  private readonly relayPhrases: Span[] = [];

  /** "X, AA'ya konuşarak …nı söyledi": the relay phrase opening the content is not the content. */
  private contentAfterRelayPhrases(): void {
    for (const a of this.out) {
      for (const p of this.relayPhrases) {
        if (p.start < a.content.start || p.end >= a.content.end) continue;
        if (!/^[\s,]*$/.test(this.text.slice(a.content.start, p.start))) continue;
        // the comma closing the relay phrase ("… yaptığı açıklamada, projenin …") is not content
        let from = p.end;
        while (from < a.content.end && /[\s,]/.test(this.text[from])) from++;
        a.content = trimSpan(this.text, from, a.content.end);
      }
      // "X, yerel basına yaptığı açıklamada soruşturmanın …", "X, yaptığı yazılı açıklamada …":
      // the occasion of the statement opens the content without a medium or a comma; it is not
      // what was said
      const head = TR_OCCASION.exec(this.text.slice(a.content.start, a.content.end));
      if (head && head[0].length < a.content.end - a.content.start)
        a.content = trimSpan(this.text, a.content.start + head[0].length, a.content.end);
    }
  }

  private cues(): Cue[] {
    const idx = turkishCueIndex();
    // "ifade etti", "dile getirdi", "altını çizdi": cues of up to three words; "aktardı" (conveyed)
    // after reported content is its subject's statement ("Peskov, … ziyaret edeceğini aktardı"),
    // as "bildirdi" is ("X'in aktardığına göre" stays a relay phrase, read in findRelays)
    return scanCues(
      this.toks,
      (k) => {
        const e = idx.get(k);
        return e && e.kind === 'report' && e.lemma === 'aktarmak' ? { ...e, kind: 'speech' } : e;
      },
      3,
    );
  }

  private cue(c: Cue): void {
    const { toks } = this;
    const prev = toks[c.i - 1];
    // "X, Y'yi “kabul edilemez” olarak nitelendirdi/değerlendirdi": the words in quotation marks
    // before "olarak" (as) are the speaker's characterisation, a direct quotation
    const prevQ =
      prev && prev.kind === 'q'
        ? prev
        : prev && (prev.t === ',' || prev.l === 'olarak') && toks[c.i - 2]?.kind === 'q'
          ? toks[c.i - 2]
          : null;
    if (c.entry.form === 'participle') {
      // "“…” diyen Erdoğan, …" / "…-dığını vurgulayan Erdoğan, …": the name after speaks
      const np = this.npAfter(c.j + 1);
      if (!np) return;
      this.named = np;
      if (prevQ) this.push(c, this.segInner(prevQ.seg), true, np);
      else {
        const content = this.nominalBefore(c.i);
        if (content) this.push(c, content, false, np);
      }
      // "…-dığını söyleyen Erdoğan, “…”": the quotation right after the named speaker is theirs,
      // whatever verb (or none, in a cut text) follows it
      let k = toks.findIndex((t) => t.e === np.end) + 1;
      if (k > 0 && toks[k]?.t === ',') k++;
      const q = k > 0 ? toks[k] : undefined;
      if (q && q.kind === 'q' && q.seg !== undefined) {
        this.push(c, this.segInner(q.seg), true, np);
        this.claimed.add(q.seg);
      }
      return;
    }
    if (prevQ) {
      if (prevQ.seg !== undefined && this.claimed.has(prevQ.seg)) return;
      // "X, “…” dedi." — the subject before the quotation, or the one a participle named;
      // "“…”, dedi Bekov.": else a name closing the sentence after the verb
      const qi = toks.indexOf(prevQ);
      const src =
        this.subjectBefore(qi) ??
        (qi === 0 ? this.nameClosing(c.j + 1) : null) ??
        this.named ??
        this.nameClosing(c.j + 1);
      this.push(c, this.segInner(prevQ.seg), true, src);
      return;
    }
    // "“…”, TASS bildirdi.", "“…”, Fidan dedi.": the subject between the quotation and its verb
    const between = this.nameAfterQuote(c.i);
    if (between) {
      this.push(c, this.segInner(between.q.seg), true, between.name);
      return;
    }
    // "X şunları söyledi: “…”" / "X şöyle konuştu: …"
    const next = toks[c.j + 1];
    if (next && next.t === ':') {
      const n = toks[c.j + 2];
      if (n && n.kind === 'q')
        this.push(c, this.segInner(n.seg), true, this.subjectBefore(c.i) ?? this.named);
      return;
    }
    if (c.entry.form === 'gerund') {
      // "…-dığını belirterek, …": the main clause's subject
      const content = this.nominalBefore(c.i);
      if (!content) return;
      const src = this.subjectBefore(c.i) ?? this.named ?? this.mainSubjectAfter(c.j + 1);
      this.push(c, content, false, src);
      return;
    }
    // "X, …-dığını söyledi."
    const content = this.nominalBefore(c.i);
    if (!content) return;
    const subject = this.subjectBefore(c.i) ?? this.named;
    if (this.reportOfReport(c, content, subject)) return;
    this.push(c, content, false, subject);
  }

  /**
   * "“…”, TASS bildirdi.", "“…”, Dışişleri Bakanı Fidan dedi.": capitalised words (a mention, with
   * its title) right before the cue at `ci`, after a quotation and its comma. Null otherwise.
   */
  private nameAfterQuote(ci: number): { q: Tok & { seg: number }; name: Span } | null {
    const { toks } = this;
    let k = ci - 1;
    while (k >= 0 && toks[k].kind === 'w' && toks[k].cap && !/['’]/u.test(toks[k].t) && ci - k <= 6) k--;
    if (k === ci - 1 || k < 0) return null;
    const q = toks[k].t === ',' ? toks[k - 1] : toks[k];
    if (!q || q.kind !== 'q' || q.seg === undefined || this.claimed.has(q.seg)) return null;
    const name = trimSpan(this.text, toks[k + 1].s, toks[ci - 1].e);
    if (!this.input.mentionAt(name.start, name.end)) return null;
    return { q: q as Tok & { seg: number }, name };
  }

  /** "… dedi Bekov.": a capitalised name (a mention) from token k to the end of the unit. */
  private nameClosing(k: number): Span | null {
    const { toks } = this;
    // "… dedi AA muhabirine konuşan Bakan Yardımcısı X.": the relay's participle phrase stands
    // between the verb and the name
    for (let p = k; p < Math.min(toks.length - 1, k + 4); p++) {
      if (toks[p].kind !== 'w') break;
      if (RELAY_PARTICIPLE.test(toks[p].l) && toks[p + 1].cap) {
        k = p + 1;
        break;
      }
    }
    let e = k;
    while (e < toks.length && toks[e].kind === 'w' && toks[e].cap && e - k < 8) e++;
    if (e === k || (e < toks.length && !/^[.!?…]$/u.test(toks[e].t))) return null;
    // the name with its title ("Yatırım Bakan Yardımcısı Laziz Kudratov"), else the name alone
    const whole = trimSpan(this.text, toks[k].s, toks[e - 1].e);
    if (e - k <= 5 && this.input.mentionAt(whole.start, whole.end)) return whole;
    for (let s = k + 1; s < e; s++) {
      const name = trimSpan(this.text, toks[s].s, toks[e - 1].e);
      if (this.input.personAt(name.start, name.end)) return name;
    }
    return null;
  }

  /**
   * "TASS, Kremlin Sözcüsü Peskov'un “…” dediğini bildirdi", "AA, Fidan'ın görüşmelerin süreceğini
   * söylediğini aktardı": the report of a statement. The name in the genitive opening the reported
   * clause said it (with the verb of saying nominalised before the outer cue); the outer subject
   * passes it on (a relay). True when it was read so.
   */
  private reportOfReport(c: Cue, content: Span, subject: Span | null): boolean {
    const { toks } = this;
    const forms = nominalSpeechForms();
    let v = c.i - 1;
    if (!toks[v] || toks[v].kind !== 'w') return false;
    if (!forms.has(toks[v].l)) {
      if (v < 1 || !forms.has(`${toks[v - 1].l} ${toks[v].l}`)) return false;
      v--;
    }
    // the speaker: the capitalised phrase (title and name) opening the content, in the genitive
    const first = toks.findIndex((t) => t.s >= content.start);
    let g = first;
    while (g < v && toks[g].kind === 'w' && toks[g].cap && !GENITIVE_NAME.test(toks[g].t) && g - first < 6)
      g++;
    if (g >= v || toks[g].kind !== 'w' || !toks[g].cap || !GENITIVE_NAME.test(toks[g].t)) return false;
    // the name without its case ending ("Peskov'un" → "Peskov")
    const source = trimSpan(this.text, toks[first].s, toks[g].s + toks[g].t.search(/['’]/u));
    if (!this.input.mentionAt(source.start, source.end) || g + 1 >= v) return false;
    const only = toks[g + 1];
    const direct = g + 2 === v && only.kind === 'q' && only.seg !== undefined;
    const said = direct ? this.segInner(only.seg!) : trimSpan(this.text, toks[g + 1].s, toks[v - 1].e);
    if (said.end - said.start < 3) return false;
    if (direct) this.claimed.add(only.seg!);
    this.out.push({
      content: said,
      direct,
      cue: { start: toks[v].s, end: toks[c.i - 1].e },
      cueText: this.text.slice(toks[v].s, toks[c.i - 1].e).toLocaleLowerCase('tr'),
      kind: 'speech',
      source,
      mode: 'np',
      relays: subject ? [{ ...subject, mediaOnly: true }] : [],
      at: source.start,
    });
    return true;
  }

  /** "X'e göre, …", "X'in açıklamasına göre …", "X'in verdiği bilgiye göre …": the words after are X's. */
  private gore(): void {
    const { toks } = this;
    for (let i = 1; i < toks.length - 1; i++) {
      if (toks[i].l !== 'göre') continue;
      let e = i - 1;
      if (REPORT_BEFORE_GORE.has(toks[i - 1].l)) {
        // "TASS'ın haberine göre, …": the outlet relays the unit's statement (read in findRelays);
        // when nobody else speaks in the unit, the report is the outlet's own
        if (this.out.length) continue;
        e = i - 2;
        if (e < 0 || !/(?:[ıiuü]n|n[ıiuü]n|['’]\p{L}+)$/u.test(toks[e].l)) continue;
      } else {
        // the statement nouns between the source and "göre"
        while (e > 0 && INFO_WORDS.test(toks[e].l)) e--;
        const p = toks[e];
        // a common role noun takes its dative without an apostrophe ("sözcüye", "lidere")
        const source = GORE_SOURCE.test(p.l) || (/(?:y[ae]|[ae])$/u.test(p.l) && !!trRoleNounOf(p.l));
        if (e === i - 1 ? !source : !/(?:[ıiuü]n|n[ıiuü]n|['’]\p{L}+)$/u.test(p.l)) continue;
      }
      let s = e;
      while (
        s > 0 &&
        toks[s - 1].kind === 'w' &&
        (toks[s - 1].cap ||
          /^(?:rus|türk|kazak|kırgız|özbek|tacik|azerbaycan|ermeni)$/.test(toks[s - 1].l)) &&
        e - s < 5
      )
        s--;
      const src = trimSpan(this.text, toks[s].s, toks[e].e);
      let k = i + 1;
      if (toks[k]?.t === ',') k++;
      if (k >= toks.length) continue;
      // "Rus basınına göre, Peskov … söyledi": the sentence names its own speaker after the phrase,
      // which relays the statement
      if (
        s === 0 &&
        this.out.some((a) => a.source && a.source.start >= toks[k].s && a.cue && a.cue.start > toks[i].e)
      ) {
        this.relays.push({ ...src, mediaOnly: false });
        continue;
      }
      let content = trimSpan(this.text, toks[k].s, this.unit.end, /[\s.;:,]/);
      if (content.end - content.start < 10) continue;
      // "Yeni plan, Fidan'a göre, eskisinden farklı": interjected after the sentence's first
      // words, which belong to the content; one span holds both sides
      if (s >= 2 && toks[s - 1].t === ',') {
        const before = toks.slice(0, s - 1);
        const words = before.filter((t) => t.kind === 'w').length;
        if (words <= 8 && before.every((t) => t.kind !== 'q' && t.t !== ','))
          content = { start: before[0].s, end: content.end };
      }
      // "Türkmen sözcüye göre", "Kazak liderin açıklamasına göre": an office refers back to its holder
      if (!this.input.mentionAt(src.start, src.end) && !trRoleNounOf(this.text.slice(src.start, src.end)))
        continue;
      this.out.push({
        content,
        direct: false,
        cue: { start: toks[i].s, end: toks[i].e },
        cueText: 'göre',
        kind: 'speech',
        source: src,
        mode: 'np',
        relays: [],
        at: src.start,
        mediaMaySpeak: true,
      });
    }
  }

  /**
   * "X'in belirttiği gibi, …", "X'in dile getirdiği gibi, …" ("as X noted, …"): the clause after
   * the comma is X's. The cue is the relative participle of a verb of saying before "gibi".
   */
  private asSaid(): void {
    const { toks } = this;
    for (let i = 1; i + 2 < toks.length; i++) {
      if (toks[i + 1].l !== 'gibi' || toks[i + 2].t !== ',') continue;
      if (!AS_SAID.test(toks[i].l)) continue;
      let e = i - 1;
      // "ifade ettiği", "dile getirdiği": the noun of a two-word verb
      if (/^(?:ettiği|getirdiği)$/.test(toks[i].l)) {
        if (!/^(?:ifade|dile|not)$/.test(toks[e].l)) continue;
        e--;
      }
      if (e < 0 || !/(?:[ıiuü]n|n[ıiuü]n)$/u.test(toks[e].l)) continue;
      let s = e;
      while (s > 0 && toks[s - 1].kind === 'w' && toks[s - 1].cap && e - s < 5) s--;
      const src = trimSpan(this.text, toks[s].s, toks[e].e);
      if (!this.input.mentionAt(src.start, src.end)) continue;
      const k = i + 3;
      if (k >= toks.length || toks[k].kind === 'q') continue;
      const content = trimSpan(this.text, toks[k].s, this.unit.end, /[\s.;:,]/);
      if (content.end - content.start < 10) continue;
      this.out.push({
        content,
        direct: false,
        cue: { start: toks[e + 1].s, end: toks[i + 1].e },
        cueText: this.text.slice(toks[e + 1].s, toks[i + 1].e).toLowerCase(),
        kind: 'speech',
        source: src,
        mode: 'np',
        relays: [],
        at: src.start,
      });
    }
  }

  /** "AA muhabirine konuşan X", "X'a açıklama yapan Y", "X'ın haberine göre". */
  private findRelays(): void {
    const { toks } = this;
    const joined = (i: number, n: number) =>
      toks
        .slice(i, i + n)
        .map((t) => t.l)
        .join(' ');
    for (let i = 1; i < toks.length; i++) {
      for (const phrase of [...TR_RELAY.hearerAfterDative, ...TR_RELAY.reportGenitive]) {
        const n = phrase.split(' ').length;
        if (joined(i, n) !== phrase) continue;
        let s = i - 1;
        const isReporter = TR_RELAY.reporterNouns.includes(
          toks[s].l as (typeof TR_RELAY.reporterNouns)[number],
        );
        let e = isReporter ? s - 1 : s;
        if (isReporter) s--;
        // "France 24'e": a case ending after a digit is split off its word ("24", "'", "e")
        if (s >= 2 && /^['’]$/u.test(toks[s - 1].t) && toks[s - 2].kind === 'w' && /^\d/u.test(toks[s - 2].t))
          e = s = s - 2;
        while (s > 0 && toks[s - 1].kind !== 'p' && e - s < 5 && (toks[s - 1].cap || toks[s - 1].t === '('))
          s--;
        if (s < 0 || e < s) continue;
        this.relays.push({
          ...trimSpan(this.text, toks[s].s, toks[e].e),
          mediaOnly: phrase.includes('göre') ? false : true,
        });
        this.relayPhrases.push({ start: toks[s].s, end: toks[i + n - 1].e });
      }
    }
  }

  // ------------------------------------------------------------------ pieces

  private push(c: Cue, content: Span, direct: boolean, source: Span | null): void {
    if (content.end - content.start < 3) return;
    const t = this.toks;
    this.out.push({
      content,
      direct,
      cue: { start: t[c.i].s, end: t[c.j].e },
      cueText: c.text,
      kind: c.entry.kind === 'thought' ? 'thought' : 'speech',
      source,
      mode: source ? 'np' : 'implicit',
      relays: [],
      at: source ? Math.min(source.start, t[c.i].s) : t[c.i].s,
    });
  }

  /** Reported content ending in a nominalised verb right before the cue, after the subject's comma. */
  private nominalBefore(ci: number): Span | null {
    const { toks } = this;
    const lastWord = toks[ci - 1];
    if (
      !lastWord ||
      lastWord.kind !== 'w' ||
      (!NOMINAL.test(lastWord.l) && !NOMINAL.test(`${toks[ci - 2]?.l ?? ''} ${lastWord.l}`))
    )
      return null;
    // content starts after the subject: the first comma, else the unit start (after a relay phrase)
    let k = 0;
    const from = this.afterLeadingGore(ci);
    const comma = toks.findIndex((t, i) => i >= from && i < ci && t.t === ',');
    const pc = this.participleSubjectComma(ci);
    const role = this.roleSubject(ci);
    if (pc >= 0 && pc < ci - 1) k = pc + 1;
    else if (comma >= 0 && comma < ci - 1 && this.input.mentionAt(toks[from].s, toks[comma].s)) k = comma + 1;
    // "Diplomatik kaynaklar, …", "Üst düzey bir yetkili, …": an unnamed source's phrase before the comma
    else if (comma >= 0 && comma < ci - 1 && comma - from <= 4 && TR_SOURCE_NOUN.test(toks[comma - 1].l))
      k = comma + 1;
    else if (role) k = role.next;
    else {
      const name = this.nameSubject(ci);
      if (name) k = name.next;
    }
    // an earlier attribution in the unit ends where this content starts
    for (const a of this.out)
      if (a.cue && a.cue.end <= lastWord.s) k = Math.max(k, toks.findIndex((t) => t.s >= a.cue!.end) + 1);
    if (k >= ci) return null;
    const span = trimSpan(this.text, toks[k].s, lastWord.e);
    return span.end - span.start >= 8 ? span : null;
  }

  /**
   * "Rus basınına göre, Kremlin Sözcüsü Peskov, … söyledi": a "… göre," phrase opening the unit
   * before a subject of its own says who relays the statement; the subject comes after its comma.
   * The index of the first token after that comma, else 0.
   */
  private afterLeadingGore(upTo: number): number {
    const { toks } = this;
    for (let i = 1; i < Math.min(upTo, 7); i++) {
      if (toks[i].kind !== 'w') return 0;
      if (toks[i].l === 'göre') return toks[i + 1]?.t === ',' && i + 2 < upTo ? i + 2 : 0;
    }
    return 0;
  }

  /** The subject at the head of the unit: a mention ending before the first comma, else the first mention before `upTo`. */
  private subjectBefore(upTo: number): Span | null {
    const { toks } = this;
    const pc = this.participleSubjectComma(upTo);
    if (pc >= 0) return this.nameBefore(pc);
    const from = this.afterLeadingGore(upTo);
    const comma = toks.findIndex((t, i) => i >= from && i < upTo && t.t === ',');
    let end = comma >= 0 ? comma : upTo;
    // "… Devlet Komitesi (UGDK), …": an acronym in parentheses after the subject is no part of it
    let acronym: Span | null = null;
    if (end >= 3 && toks[end - 1].t === ')') {
      for (let k = end - 2; k >= Math.max(1, end - 4); k--) {
        if (toks[k].t === '(') {
          if (k + 1 < end - 1) acronym = trimSpan(this.text, toks[k + 1].s, toks[end - 2].e);
          end = k;
          break;
        }
      }
    }
    // the phrase right before the comma: "Cumhurbaşkanı Erdoğan," / "Bakan Fidan,"
    let s = end - 1;
    while (
      s >= from &&
      toks[s].kind === 'w' &&
      end - s <= 8 &&
      (toks[s].cap ||
        (/^(?:ve)$/.test(toks[s].l) === false && s === end - 1) ||
        // "Avrupa Güvenlik ve İşbirliği Teşkilatı,": "ve" inside a capitalised name
        (toks[s].l === 've' &&
          s < end - 1 &&
          toks[s + 1].cap &&
          s > 0 &&
          toks[s - 1].kind === 'w' &&
          toks[s - 1].cap))
    )
      s--;
    s++;
    // "Görüşmede Erdoğan,": the noun in a case opening the sentence is no part of the subject
    if (s === 0 && end - s > 1 && this.caseOpener(0)) s++;
    // without a comma, a phrase ending in a lower-case word or a case ending before the quotation
    // is its object ("X ise AB'nin açıklamalarını “…” olarak nitelendirdi"), not the subject
    const lastWord = toks[end - 1];
    const object =
      comma < 0 &&
      !!lastWord &&
      ((!lastWord.cap && !SUBJECT_PARTICLES.test(lastWord.l)) || /['’]\p{L}+$/u.test(lastWord.t));
    if (s < end && !object) {
      // "… Mülteciler Yüksek Komiserliği (UNHCR), …": the acronym in parentheses names the whole
      // subject, where the long name may be known only in part ("Birleşmiş Milletler")
      if (acronym && this.input.mentionAt(acronym.start, acronym.end)) return acronym;
      const span = trimSpan(this.text, toks[s].s, toks[end - 1].e);
      if (this.input.mentionAt(span.start, span.end)) return span;
    }
    // "Reuters'a konuşan bir yetkili, …": an unnamed person speaks (the resolver keeps it null)
    const last = toks[end - 1];
    if (comma >= 0 && last?.kind === 'w' && TR_UNNAMED_PEOPLE.test(last.l)) {
      const from = end >= 2 && toks[end - 2].l === 'bir' ? end - 2 : end - 1;
      return trimSpan(this.text, toks[from].s, last.e);
    }
    return this.roleSubject(upTo)?.span ?? this.nameSubject(upTo)?.span ?? null;
  }

  /**
   * "Aliyev de …-dığını belirtti", "Cumhurbaşkanı Erdoğan ise …", "Lavrov …-dığını söyledi": a name
   * (after an optional title) opening the unit without a comma is the subject when a particle or
   * a lower-case word follows it (not "ve"/"ile", which join it to another name, and not a case
   * ending after an apostrophe, which makes it an object). The clause starts after the particles.
   * The title may be long ("Ermenistan Dışişleri Bakanı Ararat Mirzoyan ise …", "ABD Dışişleri
   * Bakanlığı Sözcüsü X da …"), and a relative clause may open the unit before the name
   * ("Forumda konuşan X ise …", "Toplantıya katılan X de …": the participle's noun is the subject).
   */
  private nameSubject(upTo: number): { span: Span; next: number } | null {
    const { toks } = this;
    const lower = (i: number) => toks[i]?.l.toLocaleLowerCase('tr') ?? '';
    // "Interfax ajansının haberine göre, Novak da …": the subject comes after the relay phrase
    let from = this.afterLeadingGore(upTo);
    const rel = from ? -1 : this.leadingRelative(upTo);
    if (rel > 0) from = rel;
    // "Görüşmede Erdoğan ise …": the noun in a case opening the sentence is no part of the subject
    if (from === 0 && toks[1]?.cap && this.caseOpener(0)) from = 1;
    let first = from;
    if (TR_ROLE_NOUNS[lower(from)] && toks[from + 1]?.cap) first = from + 1;
    let end = first;
    while (end < upTo && end - first < 8 && toks[end].kind === 'w' && toks[end].cap) end++;
    for (; end > first; end--) {
      const span = trimSpan(this.text, toks[first].s, toks[end - 1].e);
      if (/['’]/u.test(this.text.slice(span.start, span.end))) continue;
      if (this.input.mentionAt(span.start, span.end)) break;
    }
    if (end <= first) return null;
    const after = toks[end];
    if (!after || after.kind !== 'w' || after.cap || /^(?:ve|ile|veya|ya)$/u.test(lower(end))) return null;
    let next = end;
    while (next < upTo && toks[next].kind === 'w' && SUBJECT_PARTICLES.test(lower(next))) next++;
    if (toks[next]?.t === ',') next++;
    if (next >= upTo) return null;
    // after a relative clause the name must be a person's ("… konuşan Kallas ise"), not a place
    // the clause went on about ("… gelen Türkiye ekonomisi")
    const span = trimSpan(this.text, toks[from].s, toks[end - 1].e);
    if (rel > 0 && !this.input.personAt(toks[first].s, toks[end - 1].e)) return null;
    return { span, next };
  }

  /** "Görüşmede", "Konuşmasında": a common noun in a case opening the unit, before a name (mentions-tr.ts) */
  private caseOpener(i: number): boolean {
    const t = this.toks[i];
    return (
      t?.kind === 'w' &&
      t.cap &&
      !/['’]/u.test(t.t) &&
      turkishCaseOpener(fold(t.t)) &&
      !this.input.mentionAt(t.s, t.e)
    );
  }

  /**
   * "Forumda konuşan …", "Ankara'ya gelen …": the index of the capitalised word after a relative
   * participle (-An) among the unit's first words, with no comma before it; else -1.
   */
  private leadingRelative(upTo: number): number {
    const { toks } = this;
    for (let i = 1; i < Math.min(upTo, 8); i++) {
      const t = toks[i];
      if (t.kind !== 'w') return -1;
      if (!t.cap && RELATIVE_PARTICIPLE.test(t.l) && toks[i + 1]?.kind === 'w' && toks[i + 1].cap)
        return i + 1;
    }
    return -1;
  }

  /**
   * "Bakan ayrıca …-dığını açıkladı", "Sözcü, …": a role noun opening the unit, with no name after
   * it, is the subject (the resolver finds its holder); the clause starts after it, its particles
   * ("ayrıca", "da", "ise") and its comma. A nationality before the noun is part of the subject
   * ("Özbek lider şunları söyledi", "Azerbaycanlı Bakan ise …"). Null when the unit opens otherwise.
   */
  private roleSubject(upTo: number): { span: Span; next: number } | null {
    const { toks } = this;
    const lower = (i: number) => toks[i]?.l.toLocaleLowerCase('tr') ?? '';
    // "Özbek lider", "Rus Bakan": a capitalised word the text names (a country's adjective) first
    const from =
      toks.length > 2 && toks[0].cap && !TR_ROLE_NOUNS[lower(0)] && this.input.mentionAt(toks[0].s, toks[0].e)
        ? 1
        : 0;
    let end = -1;
    if (toks.length > from + 1 && TR_ROLE_NOUNS[`${lower(from)} ${lower(from + 1)}`]) end = from + 2;
    else if (toks.length > from && TR_ROLE_NOUNS[lower(from)]) end = from + 1;
    // "Bakanlık, …", "Hükümet ise …": a body noun alone stands for the body of that kind named before
    else if (
      BARE_BODY.test(lower(0)) &&
      (toks[1]?.t === ',' || (toks[1]?.kind === 'w' && SUBJECT_PARTICLES.test(lower(1))))
    )
      end = 1;
    if (end < 0 || toks[end]?.cap) return null;
    let next = end;
    while (next < upTo && toks[next].kind === 'w' && SUBJECT_PARTICLES.test(lower(next))) next++;
    if (toks[next]?.t === ',') next++;
    if (next >= upTo) return null;
    return { span: trimSpan(this.text, toks[0].s, toks[end - 1].e), next };
  }

  /**
   * "…'a imza atan Erdoğan, …-dığını söyledi": a name after a relative participle (-An) and before
   * a comma is the subject, however many commas the participle's own clause holds. The comma's index, or -1.
   */
  private participleSubjectComma(upTo: number): number {
    const { toks } = this;
    for (let c = upTo - 1; c > 1; c--) {
      if (toks[c].t !== ',') continue;
      const name = this.nameBefore(c);
      if (!name) continue;
      const first = toks.findIndex((t) => t.s === name.start);
      const before = toks[first - 1];
      if (before && before.kind === 'w' && !before.cap && RELATIVE_PARTICIPLE.test(before.l)) return c;
    }
    return -1;
  }

  /** The capitalised phrase (a mention) ending right before token `end`. */
  private nameBefore(end: number): Span | null {
    const { toks } = this;
    let s = end - 1;
    while (s >= 0 && toks[s].kind === 'w' && toks[s].cap && end - s <= 5) s--;
    s++;
    if (s >= end) return null;
    const span = trimSpan(this.text, toks[s].s, toks[end - 1].e);
    return this.input.mentionAt(span.start, span.end) ? span : null;
  }

  private mainSubjectAfter(k: number): Span | null {
    const { toks } = this;
    let j = k;
    if (toks[j]?.t === ',') j++;
    const np = this.npAfter(j);
    return np && this.input.mentionAt(np.start, np.end) ? np : null;
  }

  /** A name after a participle: capitalised words up to a comma. */
  private npAfter(k: number): Span | null {
    const { toks } = this;
    let e = k - 1;
    for (let j = k; j < toks.length && j - k < 6; j++) {
      const t = toks[j];
      if (t.kind !== 'w' || (!t.cap && j > k)) break;
      e = j;
    }
    if (e < k) return null;
    return trimSpan(this.text, toks[k].s, toks[e].e);
  }

  private segInner(seg: number): Span {
    const g = this.input.segs[seg];
    return trimSpan(this.text, g.open + 1, g.close, /[\s,;:]/);
  }

  colonIntro(found: Attribution[]): ColonIntro | null {
    const { toks } = this;
    const idx = turkishCueIndex();
    const k = colonIntroCue(this.input, this.unitIndex, toks, found, (t) => {
      if (idx.has(t.l) || SPEECH_NOUNS.test(t.l)) return true;
      // a cue of several words ending here: "X, şöyle devam etti:", "sözlerini şöyle sürdürdü:"
      const i = toks.indexOf(t);
      for (let n = 2; n <= 3 && i - n + 1 >= 0; n++) {
        const words = toks.slice(i - n + 1, i + 1);
        if (words.every((w) => w.kind === 'w') && idx.has(words.map((w) => w.l).join(' '))) return true;
      }
      return false;
    });
    if (k < 0) return null;
    const t = toks[k];
    // "Erdoğan'ın açıklamalarından satır başları:" — the genitive name before the noun
    // "Özbek lider şunları söyledi:": a role noun (after a nationality) opening the unit
    let src: Span | null = this.roleSubject(k)?.span ?? null;
    for (let j = k - 1; j >= 0 && !src; j--) {
      const w = toks[j];
      if (w.kind !== 'w') break;
      if (this.input.personAt(w.s, w.e + 6) || this.input.mentionAt(w.s, w.e)) {
        let s = j;
        while (s > 0 && toks[s - 1].kind === 'w' && toks[s - 1].cap) s--;
        src = trimSpan(this.text, toks[s].s, w.e);
        break;
      }
    }
    if (!src) src = this.subjectBefore(k);
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
