/**
 * Argument frames for languages that mark roles on the noun rather than by word order alone:
 * Russian (prepositions + free word order) and Turkish (case suffixes, verb last).
 *
 * Each participant candidate in the trigger's clause gets a role from what marks it:
 * - Russian: the preposition right before it — "с/со" (with) and "к/против/для" make a target,
 *   "между" (between) a pair, "в/во/на" before a place the location, any other preposition ("при
 *   участии Трампа", "по словам") no role; an unmarked candidate before
 *   the trigger is the subject (the nearest group), one after the trigger the object.
 * - Turkish: the suffix after the name — "'la/'le" or a following "ile" (with), dative "'a/'e/'ya",
 *   accusative "'ı/'i/'yı" make a target; locative "'da/'de/'ta/'te" (or a following
 *   "kentinde/şehrinde") a place; genitive "'ın/'in/'nın" (or "X hükümetinin") only qualifies the
 *   next word — except before an event noun with a possessive suffix ("İsrail hükümetinin …
 *   saldırıları", Israel's attacks), whose agent it is when no nominative subject is there; an
 *   unmarked (nominative) candidate is the subject, or the noun right after a subject participle
 *   ("… imza atan Erdoğan", Erdoğan who signed); a coordination carries its case on the last
 *   member only ("Lübnan ve Suriye ile": both with).
 * Coordinated subjects ("A ve B", "A и B", "A, B") stay one group; a symmetric event
 * (CONSULT/AGREE/COOPERATE/ASSAULT) with a plural subject and no target becomes "A with B".
 * This is the no-parser fallback for ru/tr; English frames live in events.ts.
 */
import type { PloverType } from '../model/index.js';
import type { Candidate } from './events-participants.js';
import { RU_MONTH_GEN, RU_MONTH_PREP } from '../nlp/lexicon/months.js';

export type CaseRole = 'subject' | 'object' | 'target' | 'pair' | 'location' | 'genitive' | 'agent' | 'none';
export type CaseFrame = { actors: Candidate[]; targets: Candidate[]; location: Candidate | null };

const SYMMETRIC: ReadonlySet<PloverType> = new Set(['CONSULT', 'AGREE', 'COOPERATE', 'ASSAULT']);
const RU_TARGET_PREP = /(?<![\p{L}])(?:с|со|к|ко|против|для|перед|у|от)\s+(?:[\p{Ll}-]+\s+){0,3}$/iu;
/** a time word ending a prepositional phrase right before a name ("в январе ", "на прошлой неделе ") */
const RU_TIME_WORD_END = new RegExp(
  `(?<![\\p{L}])(?:${RU_MONTH_PREP}|${RU_MONTH_GEN}|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|неделе|году|месяце|выходные)\\s+$`,
  'iu',
);
/** any preposition right before a word ("с ", "между ") */
const RU_PREP_ADJACENT =
  /(?<![\p{L}])(?:с|со|к|ко|против|для|перед|у|от|между|в|во|на|из|под|при|по|о|об|про|без|до|после|через|за|над)\s+$/iu;
const RU_BETWEEN = /(?<![\p{L}])между\s+(?:[\p{Ll}-]+\s+){0,3}$/iu;
const RU_PLACE_PREP_ADJACENT = /(?<![\p{L}])(?:в|во|на|из|под)\s+$/iu;
const RU_PLACE_PREP = /(?<![\p{L}])(?:в|во|на|из|под)\s+(?:[\p{Ll}-]+\s+){0,2}$/iu;
/**
 * "обсудили ситуацию в Сирии", "урегулирование на Ближнем Востоке", "конфликта вокруг Газы": a
 * place after a noun for a state of affairs is what is talked about, not where the deed happens
 */
const RU_TOPIC_PLACE =
  /(?<![\p{L}])(?:ситуаци|обстановк|положени|конфликт|кризис|событи|урегулировани|войн|безопасност|стабильност|перемири|напряж[её]нност|эскалаци|противостояни|боев\p{L}+\s+действи)\p{L}*\s+(?:в|во|на|вокруг)\s+(?:[\p{Ll}-]+\s+){0,2}$/iu;
const RU_OTHER_PREP =
  /(?<![\p{L}])(?:при|по|о|об|обо|про|без|до|после|через|за|над|около|вокруг|среди|вместо|кроме|ради|благодаря|согласно|вопреки|насчет|насчёт|относительно)\s+(?:[\p{Ll}-]+\s+){0,2}$/iu;
/** deeds whose possessed noun names the doer before it ("İsrail saldırısı", "ABD yaptırımları") */
const OWNER_DOES: ReadonlySet<PloverType> = new Set([
  'ASSAULT',
  'SANCTION',
  'THREATEN',
  'COERCE',
  'MOBILIZE',
]);
/** demands, reproaches, refusals and threats: aimed at someone even when only their deed is named */
const OWNER_AIMED: ReadonlySet<PloverType> = new Set(['REQUEST', 'ACCUSE', 'REJECT', 'THREATEN']);
/** a lower-case noun right before the name: the name is its genitive owner ("конституции Армении") */
const RU_GENITIVE_OWNER = /(?<![\p{L}])\p{Ll}{3,}\s+$/u;
const RU_AND = /^\s*(?:,\s*)?(?:и|а\s+также|,)\s*(?:[\p{Ll}-]+\s+){0,3}$/iu;
const TR_WITH_AFTER = /^\s+ile(?![\p{L}])/iu;
/** postpositions taking a name in the nominative: via, about, like, for, through, across */
const TR_POSTPOSITION_AFTER =
  /^\s+(?:üzerinden|hakkında|gibi|aracılığıyla|vasıtasıyla|boyunca|konusunda)(?![\p{L}])/u;
/**
 * "…'a taşınmasını öngören anlaşmaya imza attı": a relative participle (-(y)An) and its head noun
 * between a name and the trigger close a relative clause; the name is that clause's, not the verb's
 */
const TR_RELATIVE_BETWEEN =
  /(?<![\p{L}])\p{Ll}{2,}(?:y[ae]n|[^\sdtıiuüaeoö][ae]n|eden|olan|giden)\s+(?!(?:et|ed|yap|kıl)\p{L}*)\p{Ll}+/u;
/** "X tarafından": by X, the agent of a passive verb */
const TR_AGENT_AFTER = /^\s+tarafından(?![\p{L}])/u;
/** from "tarafından" to a passive verb right after it: at most three lower-case words ("tarafından sert bir dille") */
const TR_AGENT_TO_VERB = /^\s+tarafından\s+(?:\p{Ll}+\s+){0,3}$/u;
const TR_PLACE_AFTER =
  /^(?:['’]\p{L}*)?\s+(?:kent|şehir|şehr|ilçe|bölge|başkent|vadi|eyalet|köy|liman)\p{L}*?(?:nde|nda|de|da|te|ta)(?![\p{L}])/iu;
const TR_AND = /^(?:['’]\p{L}*)?\s*(?:ve|ile|,)\s*$/iu;
const TR_VE = /^\s+(?:ve|veya|ya\s+da)\s+$/iu;
/**
 * "Cumhurbaşkanı Erdoğan ve Özbekistan Cumhurbaşkanı Mirziyoyev": after "ve" the second member's
 * own office (its country, a modifier, and title words, all capitalised) stands before its name
 */
const TR_VE_TITLED = /^(?:['’]\p{L}*)?\s+ve\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,4}$/u;
/** "Türk Devletleri Teşkilatı (TDT) Devlet Başkanları Konseyi": a body named after its parent */
const TR_APPOSITION = /^\s*(?:\(\p{L}+\)\s*)?$/u;
const TR_SUFFIX: [RegExp, CaseRole][] = [
  [/^(?:y?l[ae])$/iu, 'target'], // 'la/'le/'yla/'yle: with
  [/^(?:n?[dt][ae])$/iu, 'location'], // 'da/'de/'ta/'te/'nda: in
  [/^(?:n?[dt][ae]n)$/iu, 'none'], // ablative: from
  [/^(?:n?[ıiuü]n|[ıiuü]n)$/iu, 'genitive'], // genitive: of
  [/^(?:y?[ae]|n[ae])$/iu, 'target'], // dative: to
  [/^(?:y?[ıiuü]|n[ıiuü])$/iu, 'target'], // accusative
  [/^(?:[ıiuü]?n[ıiuü]n|[ıiuü]n)$/iu, 'genitive'],
];
/** from a genitive to the verb: lower-case words closed by a possessed noun in the accusative ("… talebini (ise) ") */
const TR_OWNS_OBJECT =
  /^['’]\p{L}+\s+(?:\p{Ll}+\s+){0,3}\p{Ll}+(?:s[ıiuü]n[ıiuü]|[ıiuü]n[ıiuü]|l[ae]r[ıi]n[ıi])\s+(?:(?:ise|de|da|da\s+artık)\s+)?$/u;
/** "X ile Y": "ile" between two names (Y's office may come between: "ile Rusya Devlet Başkanı Putin") */
const TR_ILE_GAP = /^\s+ile\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}$/u;
/** a verb nominalised for a reported clause: -DIğI(nI), -AcAğI(nI), -DIklArI(nI), -mAsInI */
const TR_NOMINAL_CLAUSE =
  /(?:[dt][ıiuü]ğ[ıiuü]|[ae]c[ae]ğ[ıiuü]|(?:[dt][ıiuü]k|[ae]c[ae]k)l[ae]r[ıi]|m[ae]s[ıi])(?:n[ıiuü]n?|n[ae])?$/u;

/** "ziyaret etmeyi planladığını", "imzalamak istediğini": the trigger's verb an infinitive object of a nominalised verb */
function infinitiveOfNominal(text: string, end: number): boolean {
  const verb = verbWordOf(text, end);
  if (!/m[ae](?:y[ıi]|k)$/u.test(verb)) return false;
  const at = text.indexOf(verb, Math.max(0, end - 30));
  const next = at < 0 ? null : /^\s+(\p{L}+)/u.exec(text.slice(at + verb.length, at + verb.length + 40))?.[1];
  return !!next && TR_NOMINAL_CLAUSE.test(next);
}

/**
 * The verb word of a trigger ending at `end`: the rest of the word the match ends inside ("ziyaret
 * et|meyeceğini"), else the next word (the light verb after a noun: "ziyaret gerçekleştireceğini").
 */
function verbWordOf(text: string, end: number): string {
  const inside = /^\p{L}+/u.exec(text.slice(end, end + 30))?.[0];
  if (inside) return (/\p{L}*$/u.exec(text.slice(Math.max(0, end - 30), end))?.[0] ?? '') + inside;
  return /^\s+(\p{L}+)/u.exec(text.slice(end, end + 40))?.[1] ?? '';
}

/**
 * A name's compound head naming its government, side or people, in the accusative, dative or
 * with "ile" ("Gürcistan hükümetini", "Ermeni tarafına", "Rusya yönetimiyle"; its companies,
 * banks, diplomats, soldiers or citizens too: "Rus şirketlerine yaptırım"), or, in a speaker's
 * words, "our partners/brothers" of a people ("Kazak ortaklarımızla", "Tacik kardeşlerimize");
 * group 1 or 2 is set for a postposition after a dative ("… tarafına yönelik": aimed at, a
 * qualifier, not the verb's target).
 */
const TR_COMPOUND_HEAD =
  /^\s+(?:(?:hükümet|yönetim|taraf|ordu|parlamento|meclis|halk|heyet|rejim|makamlar|yetkililer|liderler|güçler|kuvvetler|(?:şirket|kuruluş|firma|banka|diplomat|asker|vatandaş)(?:l[ae]r)?)(?:s?[ıiuü])?(?:n[ıiuü]|n[ae](\s+(?:yönelik|ilişkin|dair))?|yl[ae])|(?:ortak|kardeş|dost|müttefik|komşu|meslektaş)(?:l[ae]r)?[ıiuü]m[ıiuü]z(?:[ıiuü]|[ae](\s+(?:yönelik|ilişkin|dair))?|l[ae]))(?![\p{L}])/u;

/** A meeting noun compounded with the name before it, in the locative: "… zirvesinde", "… forumunda". */
const TR_SETTING_AFTER =
  /^\s+(?:zirve|toplantı|forum|konferans|oturum|kongre|tören|fuar)(?:s[ıiuü]|[ıiuü])n?[dt][ae](?![\p{L}])/u;
/** An office after a country, in the possessive (up to "Dışişleri Bakanı", "Kırgız mevkidaşı"), its case still to come. */
const TR_TITLE_AFTER =
  /^\s+(?:\p{Lu}\p{L}*\s+){0,2}(?:Bakan|Cumhurbaşkan|Başbakan|Başkan|Sözcüs|Büyükelçis|Temsilcis|Yardımcıs|Danışman|Sekreter|Komutan|Lider|lider|mevkidaş|meslektaş)[ıiuü]/u;

/** "İsrail hükümetinin": a name and its compound head noun in the genitive ("the Israeli government's") */
const TR_GENITIVE_HEAD = /^\s+\p{Ll}+[ıiuü]n[ıiuü]n(?![\p{L}])/u; // compound head (-(s)I) + genitive (-nIn), not "yarın"
/**
 * A Turkish event noun with a possessive suffix ("saldırıları" its attacks, "ziyareti" his visit):
 * the genitive before it ("İsrail hükümetinin … saldırıları") is whose deed it is.
 */
const TR_POSSESSED_NOUN = /(?:s[ıiuü]|[ıiuü]|l[ae]r[ıiuü])$/u;

/** Postpositions after a dative that make it a qualifier of a noun ("X'e yönelik", "X'e ilişkin"). */
const TR_ABOUT_AFTER = /^\s*(?:\([^)]{1,20}\)\s*)?(?:yönelik|ilişkin|dair)(?![\p{L}])/u;
/** "Rusya'ya yönelik yeni …": a dative and "yönelik" before the noun phrase the trigger opens */
const TR_AIMED_AT = /^['’](?:y?[ae]|n[ae])\s+yönelik\s+(?:[\p{L}\p{N}'’.]+\s+){0,3}$/u;
/** Events whose other side a Turkish ablative names: "Aliyev'den özür diledi", "Rusya'dan talep etti". */
const TR_ABLATIVE_TARGET: ReadonlySet<PloverType> = new Set(['CONCEDE', 'REQUEST']);
const TR_ABLATIVE = /^['’](?:n?[dt][ae]n)(?![\p{L}])/iu;

/** a dative after the apostrophe, then the trigger (one lower-case word between at most, no infinitive: "'ya resmi davet") */
const TR_DATIVE_BEFORE_VERB = /^['’](?:y?[ae]|n[ae])\s+(?:(?!\p{Ll}*m[ae]k)\p{Ll}+\s+)?$/u;
/** a lower-case noun with a possessive and an accusative after a name ("KGAÖ teklifini", "NATO zirvesini") */
const TR_IZAFET_OBJECT = /^\s+\p{Ll}+(?:s[ıiuü]|[ıiuü])n[ıiuü](?![\p{L}])/u;
/** an accusative after the apostrophe ("Aliyev'i", "Rusya'yı", "KGAÖ'nü") */
const TR_ACCUSATIVE = /^['’](?:y?[ıiuü]|n[ıiuü])(?![\p{L}])/u;

/** The role a Turkish candidate's suffix (after an apostrophe, or attached) gives it. */
export function turkishRole(text: string, c: Candidate): CaseRole {
  const after = text.slice(c.end, c.end + 40);
  if (TR_WITH_AFTER.test(after)) return 'target';
  if (TR_AGENT_AFTER.test(after)) return 'agent';
  if (TR_PLACE_AFTER.test(after)) return 'location';
  if (TR_GENITIVE_HEAD.test(after)) return 'genitive';
  // "Özbekistan üzerinden", "Rusya hakkında", "Türkiye gibi": a postposition governs the name
  if (TR_POSTPOSITION_AFTER.test(after)) return 'none';
  // "Gürcistan hükümetini kınadı", "Ermeni tarafını suçladı", "Rusya yönetimine çağrı": the name
  // compounded with the noun for its government or side is marked by that noun's case
  // "Avrupa Siyasi Topluluğu zirvesinde … görüştü": the body whose meeting is the setting in the
  // locative is neither who met nor whom
  if (TR_SETTING_AFTER.test(after)) return 'none';
  const head = TR_COMPOUND_HEAD.exec(after);
  if (head) return head[1] || head[2] ? 'none' : 'target';
  // "Gürcistan Dışişleri Bakanı ile görüştü", "Kırgız mevkidaşıyla": a country before an office
  // held by nobody named is that unnamed official, marked by the case after the title
  const title = TR_TITLE_AFTER.exec(after);
  if (title) {
    const rest = after.slice(title[0].length);
    if (TR_WITH_AFTER.test(rest)) return 'target';
    const sfx = /^['’]?(\p{L}+)/u.exec(rest)?.[1];
    if (!sfx) return 'subject';
    for (const [re, role] of TR_SUFFIX) if (re.test(sfx)) return role;
    return 'none';
  }
  const m = /^['’]?(\p{L}+)/u.exec(after);
  const suffix = m && (after[0] === "'" || after[0] === '’') ? m[1] : '';
  if (!suffix) return 'subject';
  // "KGAÖ'ye yönelik tutumu" (its stance towards the CSTO): the dative belongs to the postposition
  if (/^(?:y?[ae]|n[ae])$/iu.test(suffix) && TR_ABOUT_AFTER.test(after.slice(m![0].length))) return 'none';
  // possessive + case ("Azerbaycan'ın", "Rusya'yla"): the first matching rule
  for (const [re, role] of TR_SUFFIX) if (re.test(suffix)) return role;
  // plural / other suffixes: a copula ("Rusya'dır") or a compound — no role
  return 'none';
}

/** The role a Russian candidate gets from the preposition before it and its side of the trigger. */
export function russianRole(text: string, c: Candidate, clauseStart: number, trigger: number): CaseRole {
  const before = text.slice(Math.max(clauseStart, c.start - 40), c.start);
  // "в январе Кыргызстан и Таджикистан подписали": the preposition governs the time word, the
  // name after it is unmarked
  if (RU_TIME_WORD_END.test(before)) return c.start < trigger ? 'subject' : 'object';
  // "В ходе встречи стороны обсудили": a plural anaphor is marked only by a preposition right
  // before it; the words between a preposition and it are that preposition's own object
  if (c.kind === 'anaphor' && !RU_PREP_ADJACENT.test(before)) return c.start < trigger ? 'subject' : 'object';
  // "В Москве Путин встретился …", "С Пашиняном встретился Путин": a preposition governs the name
  // right after it; a name in the nominative after that phrase, or after the verb, is unmarked
  if (ruOutsidePhrase(text, c, before, trigger)) return c.start < trigger ? 'subject' : 'object';
  if (RU_BETWEEN.test(before)) return 'pair';
  if (RU_TOPIC_PLACE.test(before) && (c.place || c.type === 'location' || c.type === 'country'))
    return 'none';
  // "встретился с Арменом Гаспаряном в Москве": the preposition right before the name governs it;
  // the "с" further back governs the person in between (the case-insensitive word class of
  // RU_TARGET_PREP lets capitalised names through)
  if (RU_PLACE_PREP_ADJACENT.test(before))
    return c.place || c.type === 'location' || c.type === 'country' ? 'location' : 'none';
  if (RU_TARGET_PREP.test(before)) return 'target';
  if (RU_PLACE_PREP.test(before))
    return c.place || c.type === 'location' || c.type === 'country' ? 'location' : 'none';
  // any other preposition: "при участии Трампа" (with Trump taking part), "по словам Х" — no subject
  if (RU_OTHER_PREP.test(before)) return 'none';
  // "Токаеву позвонил президент X", "Китаю направлена нота": a name in the dative before the verb
  // is whom it is done to, never its subject
  if (c.start < trigger && ruDative(text.slice(c.start, c.end), c.type)) return 'target';
  return c.start < trigger ? 'subject' : 'object';
}

/** the last preposition before a name and the words between them (up to three) */
const RU_LAST_PREP =
  /(?<![\p{L}])(?:с|со|к|ко|против|для|перед|у|от|между|в|во|на|из|под|при|по|о|об|обо|про|без|до|после|через|за|над|около|вокруг|среди)\s+((?:[\p{L}-]+\s+){1,3})$/iu;
/** a name's word in an oblique case (or a feminine/indeclinable form that may be one) */
const RU_OBLIQUE_WORD = /(?:ом|ем|ём|ым|им|ой|ей|ою|ею|ого|его|ому|ему|[аяуюеиыо])$/u;

/**
 * A person's or country's name that is nominative by its form: every word starts with a capital
 * and ends in a consonant ("Путин", "Ильхам Алиев", "Касым-Жомарт Токаев", "Казахстан") or an
 * adjective ending "-ий/-ый" ("Зеленский"); capitals-only ("США") and vowel endings
 * ("Захарова", "Шойгу": maybe oblique) are not known to be nominative.
 */
export function ruNominative(surface: string, type: string): boolean {
  if (type !== 'person' && type !== 'country') return false;
  const words = surface.trim().split(/\s+/);
  return words.every((w) => /^\p{Lu}[\p{Ll}-]+$/u.test(w) && !RU_OBLIQUE_WORD.test(w.toLowerCase()));
}

/**
 * Whether a name in the nominative stands outside the prepositional phrase before it: the phrase
 * already has its own capitalised noun right after the preposition ("В Москве Путин", "С
 * Пашиняном Путин"), or the verb comes between ("С Пашиняном встретился Путин").
 */
function ruOutsidePhrase(text: string, c: Candidate, before: string, trigger: number): boolean {
  const m = RU_LAST_PREP.exec(before);
  if (!m) return false;
  const prepStart = c.start - before.length + m.index;
  const crossesVerb = prepStart < trigger && trigger < c.start;
  if (!crossesVerb && !/^\p{Lu}/u.test(m[1])) return false;
  return ruNominative(text.slice(c.start, c.end), c.type);
}

/**
 * A man's name in the accusative: the surname (last word) ends in -а/-я after a consonant
 * ("Фидана", "Лаврова", "Пашиняна", "Алиева"). A woman's nominative ends so too ("Захарова"): the
 * caller asks for a masculine verb and a nominative on its other side.
 */
function ruAccusative(surface: string): boolean {
  const words = surface.trim().split(/\s+/);
  const last = words[words.length - 1].toLowerCase();
  return (
    words.length <= 3 &&
    words.every((w) => /^\p{Lu}[\p{Ll}-]+$/u.test(w)) &&
    /[бвгджзклмнпрстфхцчшщ][ая]$/u.test(last)
  );
}

/** Nominatives ending like a dative: indeclinable names ("Шойгу", "Перу", "Баку"). */
const RU_INDECLINABLE_U = /(?:гу|перу|тувалу|науру|баку)$/u;

/**
 * A Russian person's or country's name in the dative: the last word ends in -у/-ю after a
 * consonant ("Токаеву", "Вучичу", "Пашиняну", "Казахстану") or in "-ому/-ему" ("Зеленскому");
 * a name written in capitals or an indeclinable one ("Шойгу") is none.
 */
export function ruDative(surface: string, type: string): boolean {
  if (type !== 'person' && type !== 'country') return false;
  const last = (surface.trim().split(/\s+/).pop() ?? '').replace(/[»"”]+$/u, '');
  if (last.length < 5 || !/^\p{Lu}[\p{Ll}-]+$/u.test(last)) return false;
  const low = last.toLowerCase();
  if (RU_INDECLINABLE_U.test(low)) return false;
  return (
    /[бвгджзклмнпрстфхцчшщ]у$/u.test(low) ||
    /(?:ому|ему)$/u.test(low) ||
    (type === 'country' && /[аи]ю$/u.test(low))
  );
}

function coordinated(text: string, a: Candidate, b: Candidate, lang: 'ru' | 'tr'): boolean {
  // "Стороны", "İki lider": one plural anaphor stands for both sides at the same span
  if (a.start === b.start && a.end === b.end) return true;
  const gap = text.slice(a.end, b.start);
  return lang === 'ru'
    ? RU_AND.test(gap)
    : TR_AND.test(gap) || TR_APPOSITION.test(gap) || (b.type === 'person' && TR_VE_TITLED.test(gap));
}

/**
 * The frame of one trigger from the candidates of its clause. `cands` are the usable candidates
 * (no qualifying modifiers) of the clause, in text order.
 */
export function caseFrame(
  lang: 'ru' | 'tr',
  text: string,
  cands: readonly Candidate[],
  clauseStart: number,
  trigger: number,
  triggerEnd: number,
  type: PloverType,
  journey = false,
): CaseFrame {
  const roles = cands.map((c) =>
    lang === 'tr' ? turkishRole(text, c) : russianRole(text, c, clauseStart, trigger),
  );
  // "обсудили поставки казахстанской нефти": a country's adjective after a meeting verb belongs to
  // the topic, not to the other side
  if (lang === 'ru' && type === 'CONSULT')
    cands.forEach((c, i) => {
      if (c.start >= triggerEnd && (c.kind === 'demonym' || /^\p{Ll}/u.test(text.slice(c.start, c.end))))
        roles[i] = 'none';
    });
  if (lang === 'tr') {
    for (let i = 0; i < cands.length; i++) {
      // "Örgütü'ne (KGAÖ)": an acronym in parentheses after a name is that name again
      if (i > 0 && /^(?:['’]\p{L}*)?\s*\($/u.test(text.slice(cands[i - 1].end, cands[i].start)))
        roles[i] = roles[i - 1] === 'subject' ? 'subject' : 'none';
      else if (TR_ABLATIVE_TARGET.has(type) && TR_ABLATIVE.test(text.slice(cands[i].end, cands[i].end + 8)))
        roles[i] = 'target';
    }
  }
  // Turkish marks the case of a coordination once, on its last member ("Lübnan ve Suriye ile":
  // with Lebanon and Syria): an unmarked member before "ve"/a comma takes the marked one's role
  // (a comma joins only inside such a list, "A, B ve C'yle": after a subject it is a topic comma)
  if (lang === 'tr') {
    const carried = new Set<number>();
    for (let i = cands.length - 2; i >= 0; i--) {
      const gap = text.slice(cands[i].end, cands[i + 1].start);
      const joins = TR_VE.test(gap) || (carried.has(i + 1) && /^\s*,\s*$/u.test(gap));
      if (roles[i] === 'subject' && roles[i + 1] !== 'subject' && joins) {
        roles[i] = roles[i + 1];
        carried.add(i);
      }
    }
  }
  // "Rutte, Ankara'da Erdoğan tarafından kabul edildi", "Bildiri, liderler tarafından imzalandı":
  // the agent of a passive verb right after "tarafından" did it, and the nominative is whom it was
  // done to; an agent further back belongs to a participle of its own ("X tarafından düzenlenen …")
  if (lang === 'tr') {
    const agentOfVerb = cands.some(
      (c, i) => roles[i] === 'agent' && c.end <= trigger && TR_AGENT_TO_VERB.test(text.slice(c.end, trigger)),
    );
    let done = 0;
    for (let i = 0; i < cands.length; i++) {
      if (roles[i] === 'agent') roles[i] = agentOfVerb ? 'subject' : 'none';
      else if (agentOfVerb && roles[i] === 'subject' && cands[i].end <= trigger) {
        roles[i] = 'object';
        done++;
      }
    }
    // "Aliyev'i Ankara'ya davet etti", "heyeti Bakü'ye gönderdi": beside an accusative object, a
    // place in the dative right before the verb is where to, not whom (the invitee is the object),
    // and not where the deed was done either
    if (
      cands.some(
        (c, i) =>
          roles[i] === 'target' && c.end <= trigger && TR_ACCUSATIVE.test(text.slice(c.end, c.end + 6)),
      )
    )
      cands.forEach((c, i) => {
        if (
          roles[i] === 'target' &&
          (c.place || c.type === 'location' || c.type === 'country' || c.ref !== c.actorRef) &&
          c.end <= trigger &&
          TR_DATIVE_BEFORE_VERB.test(text.slice(c.end, trigger))
        )
          roles[i] = 'none';
      });
    // ("Bildiri, A ve B tarafından kabul edildi": adopted by both; received is said of a visitor
    // only, so no meeting of A with B)
    if (agentOfVerb && !done && type === 'CONSULT') return { actors: [], targets: [], location: null };
    // "Y'ye yönelik (yeni) yaptırım paketini …": the sanctions are aimed at Y
    if (type === 'SANCTION')
      cands.forEach((c, i) => {
        if (roles[i] === 'none' && c.end <= trigger && TR_AIMED_AT.test(text.slice(c.end, trigger)))
          roles[i] = 'target';
      });
  }
  // "Министра Фидана принял президент Мирзиёев": a person in the accusative (a surname in -а/-я)
  // before a masculine verb, and a name in the nominative after it, is object-first word order
  if (lang === 'ru' && /^\p{L}*л(?:ся)?(?![\p{L}])/u.test(text.slice(trigger, trigger + 30))) {
    const obj = cands.findIndex((c, i) => roles[i] === 'object' && c.start >= triggerEnd);
    const subjects = cands.flatMap((c, i) => (roles[i] === 'subject' ? [i] : []));
    if (
      obj >= 0 &&
      subjects.length === 1 &&
      cands[subjects[0]].type === 'person' &&
      cands[subjects[0]].kind === 'mention' &&
      cands[obj].type === 'person' &&
      ruAccusative(text.slice(cands[subjects[0]].start, cands[subjects[0]].end)) &&
      ruNominative(text.slice(cands[obj].start, cands[obj].end), cands[obj].type)
    ) {
      // (the nominative after the verb is then taken as the subject, below)
      roles[subjects[0]] = 'target';
    }
  }
  // "X'in … saldırıları": the genitive owns a possessed event noun, so X did it
  const triggerWord = /^\p{L}*/u.exec(text.slice(trigger, trigger + 40))?.[0] ?? '';
  // a noun: the trigger's match takes the whole word ("saldırıları"); a verb's stops at its stem
  // ("saldır|dı"), so a past tense "-dı" is never read as a possessive
  const isNoun = triggerEnd >= trigger + triggerWord.length;
  // a verb nominalised with -mA + possessive ("Fredonya'nın … imzalaması", Freedonia's signing)
  // takes its subject in the genitive the same way
  // and so does a reported clause nominalised with -DIk/-AcAk ("Bekov'un Silvanya'yı ziyaret
  // edeceğini/etmeyeceğini söyledi", "… ziyaret gerçekleştirdiğini"): the verb is the word the
  // trigger ends in, or the light verb right after a noun trigger
  // ("Putin'in Astana'yı ziyaret etmeyi planladığını": an infinitive object of a nominalised
  // verb of intending has that verb's subject)
  const nominalised =
    /m[ae]s[ıi]$/u.test(triggerWord) ||
    (lang === 'tr' && TR_NOMINAL_CLAUSE.test(verbWordOf(text, triggerEnd))) ||
    (lang === 'tr' && infinitiveOfNominal(text, triggerEnd));
  const possessed = lang === 'tr' && ((isNoun && TR_POSSESSED_NOUN.test(triggerWord)) || nominalised);
  // "zirvemizin teması" (our summit's theme): an event noun in the genitive qualifies the next
  // noun; the sentence is about the theme, not a report that the summit took place
  const fullWord = triggerWord + (/^['’]\p{L}+/u.exec(text.slice(trigger + triggerWord.length))?.[0] ?? '');
  if (
    lang === 'tr' &&
    isNoun &&
    /(?:[ıiuü]n|n[ıiuü]n)$/u.test(fullWord) &&
    !/^['’]/u.test(fullWord.slice(-4))
  )
    return { actors: [], targets: [], location: null };
  // "Erdoğan, … Türk Konseyi 8. Zirvesi'nde konuştu": the name compounded with a possessed meeting
  // noun owns the meeting (the council's summit), so with another subject before it, that one
  // took part and the owner is the meeting's other side
  if (possessed) {
    const before = cands.map((c, i) => ({ c, i })).filter(({ c }) => c.end <= trigger);
    const owner = before[before.length - 1];
    if (
      owner &&
      roles[owner.i] === 'subject' &&
      /^\s*(?:\d+\s*(?:['’.]\s*\p{L}*)?\s*)?$/u.test(text.slice(owner.c.end, trigger)) &&
      before.some(({ c, i }) => i !== owner.i && roles[i] === 'subject' && !c.place && c.type !== 'location')
    ) {
      // "Türkiye, İsrail saldırısını kınadı": the owner of a hostile deed's noun did it (Israel's
      // attack), and the subject of the verb around it is no party to it
      if (OWNER_DOES.has(type))
        for (const { i } of before)
          roles[i] = i === owner.i ? 'subject' : roles[i] === 'subject' ? 'none' : roles[i];
      else roles[owner.i] = 'target';
    }
  }
  // "Ermenistan, KGAÖ teklifini reddetti": a name compounded with a possessed noun in the
  // accusative (the CSTO proposal) owns the object; with another subject before it and a comma
  // between, it is no second subject ("Rusya tatbikatını başlattı" alone stays Russia's)
  if (lang === 'tr') {
    for (let i = 1; i < cands.length; i++) {
      const c = cands[i];
      if (roles[i] !== 'subject' || c.end > trigger || !TR_IZAFET_OBJECT.test(text.slice(c.end, c.end + 40)))
        continue;
      const first = cands.findIndex((x, k) => k < i && roles[k] === 'subject');
      if (first >= 0 && /,\s*$/u.test(text.slice(cands[first].end, c.start))) roles[i] = 'genitive';
    }
  }
  if (lang === 'tr')
    cands.forEach((c, i) => {
      if (roles[i] === 'target' && c.end <= trigger && TR_RELATIVE_BETWEEN.test(text.slice(c.end, trigger)))
        roles[i] = 'none';
    });
  const actors: Candidate[] = [];
  const targets: Candidate[] = [];
  let location: Candidate | null = null;
  // Subject: the nearest unmarked (nominative) group before the trigger; Russian also puts it
  // after the verb ("Подпишет ли Фридония …"): then the first unmarked noun after the trigger.
  // (a seat of power is no mere place: "Пекин призвал Вашингтон …" is Beijing's, i.e. China's, call)
  const actorLike = (c: Candidate) => !c.place;
  const subjects = cands
    .map((c, i) => ({ c, i }))
    .filter(({ c, i }) => roles[i] === 'subject' && c.end <= trigger && actorLike(c));
  if (!subjects.length && lang === 'ru') {
    const i = roles.findIndex((r, k) => r === 'object' && actorLike(cands[k]));
    // ("В Баку прибыл министр X": after a journey verb, the one who came, with the place before)
    const other = (r: CaseRole, k: number) =>
      k !== i && (r === 'target' || r === 'object' || (journey && r === 'location'));
    if (i >= 0 && roles.some(other)) {
      roles[i] = 'subject';
      subjects.push({ c: cands[i], i });
    }
  }
  // "… Karar'a imza atan Erdoğan": a subject participle (-(y)An, the verb's match stops inside the
  // word) describes the noun after it, which is who did it
  const restOfVerb = /^\p{L}*/u.exec(text.slice(triggerEnd, triggerEnd + 20))?.[0] ?? '';
  if (lang === 'tr' && restOfVerb && /[ae]n$/u.test(restOfVerb)) {
    const verbEnd = triggerEnd + restOfVerb.length;
    const k = cands.findIndex(
      (c, i) =>
        c.start >= verbEnd &&
        roles[i] === 'subject' &&
        actorLike(c) &&
        /^\s*(?:\p{Lu}\p{L}*\s+){0,2}$/u.test(text.slice(verbEnd, c.start)),
    );
    if (k >= 0) subjects.splice(0, subjects.length, { c: cands[k], i: k });
  }
  // "Bekov, Fredonya'nın Silvanya'ya saldırması …": a verb nominalised with -mA + possessive has
  // its own subject in the genitive; the nominative before it is the subject of the main verb
  if (lang === 'tr' && nominalised && subjects.length) {
    const last = subjects[subjects.length - 1].c;
    const gen = roles.findIndex(
      (r, k) =>
        r === 'genitive' &&
        cands[k].start > last.end &&
        cands[k].end <= trigger &&
        actorLike(cands[k]) &&
        // "Bakü'nün anayasa değişikliği talebini kabul etmediklerini": a genitive that owns a
        // possessed object noun is that noun's owner, not the verb's subject
        !TR_OWNS_OBJECT.test(text.slice(cands[k].end, trigger)),
    );
    if (gen >= 0) {
      for (const { i } of subjects) roles[i] = 'none';
      roles[gen] = 'subject';
      subjects.splice(0, subjects.length, { c: cands[gen], i: gen });
    }
  }
  if (!subjects.length && possessed) {
    const i = roles
      .map((r, k) => (r === 'genitive' && cands[k].end <= trigger ? k : -1))
      .filter((k) => k >= 0)[0];
    if (i !== undefined && actorLike(cands[i])) {
      roles[i] = 'subject';
      subjects.push({ c: cands[i], i });
    }
  }
  // "Erdoğan ile Putin telefonda görüştü": with no subject before it, a name joined by "ile" to the
  // subject after it opens a coordinated subject (X and Y met), so X is named first, as the actor
  if (lang === 'tr' && subjects.length === 1 && SYMMETRIC.has(type)) {
    const y = subjects[0];
    const x = y.i > 0 ? y.i - 1 : -1;
    if (
      x >= 0 &&
      roles[x] === 'target' &&
      actorLike(cands[x]) &&
      TR_ILE_GAP.test(text.slice(cands[x].end, cands[y.i].start)) &&
      !cands.some((c, i) => i < x && roles[i] === 'subject')
    ) {
      roles[x] = 'subject';
      roles[y.i] = 'target';
      subjects.splice(0, 1, { c: cands[x], i: x });
    }
  }
  if (subjects.length) {
    const pick = subjects[subjects.length - 1].i;
    actors.push(cands[pick]);
    for (
      let j = pick - 1;
      j >= 0 && coordinated(text, cands[j], cands[j + 1], lang) && roles[j] === 'subject';
      j--
    )
      actors.unshift(cands[j]);
    for (
      let j = pick + 1;
      j < cands.length &&
      cands[j].end <= trigger &&
      coordinated(text, cands[j - 1], cands[j], lang) &&
      roles[j] === roles[pick];
      j++
    )
      actors.push(cands[j]);
  }
  cands.forEach((c, i) => {
    if (actors.includes(c)) return;
    const r = roles[i];
    if (r === 'location' && !location && !(c.end <= trigger && newClauseBetween(text, c.end, trigger)))
      location = c;
    else if (r === 'pair') targets.push(c);
    else if ((r === 'target' || r === 'object') && !c.place) {
      // a Russian object after the trigger must be close to it: a later noun is someone else's
      if (lang === 'ru' && c.start > triggerEnd && c.start - triggerEnd > 80) return;
      targets.push(c);
    }
  });
  // "требует убрать из конституции Армении …": a demand or reproach with no addressee is aimed at
  // the owner (a genitive after a noun) of what it is about, named right after the verb
  if (lang === 'ru' && !targets.length && OWNER_AIMED.has(type)) {
    const owner = cands.find(
      (c) =>
        c.start >= triggerEnd &&
        c.start - triggerEnd <= 60 &&
        !actors.includes(c) &&
        actorLike(c) &&
        RU_GENITIVE_OWNER.test(text.slice(triggerEnd, c.start)),
    );
    if (owner) {
      targets.push(owner);
      if (location === owner) location = null;
    }
  }
  // "X, Ermenistan'ın … tutumunu eleştirdi": a reproach or demand with no addressee is aimed at
  // the owner (a genitive) of what it is about, between the subject and the verb
  if (lang === 'tr' && !targets.length && OWNER_AIMED.has(type) && actors.length) {
    const from = Math.max(...actors.map((a) => a.end));
    const owner = cands.find(
      (c, i) =>
        roles[i] === 'genitive' &&
        c.start >= from &&
        c.end <= trigger &&
        actorLike(c) &&
        !actors.some((a) => a.actorRef === c.actorRef),
    );
    if (owner) targets.push(owner);
  }
  // "X, Y'nin … talebini kabul etti/etmedi": accepting (or refusing) someone's demand or offer is
  // agreeing with its owner
  if (lang === 'tr' && !targets.length && type === 'AGREE' && actors.length) {
    const owner = cands.find(
      (c, i) =>
        roles[i] === 'genitive' &&
        c.end <= trigger &&
        actorLike(c) &&
        !actors.some((a) => a.actorRef === c.actorRef) &&
        TR_OWNS_OBJECT.test(text.slice(c.end, trigger)),
    );
    if (owner) targets.push(owner);
  }
  if (!targets.length && actors.length >= 2 && SYMMETRIC.has(type)) targets.push(...actors.splice(1));
  // a capital or place as the only target of a visit is where it happened, the country is the target
  const uniq = <T>(xs: T[]) => [...new Set(xs)];
  return {
    actors: uniq(actors),
    targets: uniq(targets.filter((t) => !actors.some((a) => a.actorRef === t.actorRef))),
    location,
  };
}

/**
 * "… held talks in Tbilisi, and Ankara signed a deal …", "… in Nakhchivan, while Russia condemned …",
 * «… в Тбилиси, а Анкара подписала …»:
 * a coordinated or contrasted clause with a subject of its own starts between the place and the
 * trigger, so the place is where the other clause happened. ("met in Baku and signed" shares one
 * subject: the place carries over.)
 */
export function newClauseBetween(text: string, from: number, to: number): boolean {
  const between = text.slice(from, to);
  if (between.includes(';')) return true;
  const m =
    /,\s*(?:and|but|while|whereas|although|though|as|и|а|но|тогда как|в то время как)\s+([^,;]*)$/u.exec(
      between,
    );
  return !!m && /(?:^|\s)(?:\p{Lu}|(?:the|its|his|her|their)\s)/u.test(m[1]);
}
