/**
 * Companies in business copy, read from the words around a name rather than from the name:
 *
 *  - a legal form closing the name ("Fiat SpA", "Coca-Cola Co", "Sony Corp") makes it a company,
 *    and the bare name elsewhere in the document ("Fiat managing director …", "Coca-Cola
 *    shares rose") is the same company: one entity, whatever the NER model says of the bare word;
 *  - a company noun right before the name ("carmaker Fiat", "its aerospace unit Dasa",
 *    "electronics group Philips", "analysts at Mediobanca"), or a single word closing in
 *    "bank" ("Commerzbank");
 *  - a body noun right after a single word that is no common word ("Philips shares",
 *    "Petrobras shares").
 *
 * Why: the NER model knows few company names and types a lone unknown word by its shape and
 * neighbours (a location after "in", a person at a sentence start); these cues are the ones a
 * business reader uses, and each is specific to companies.
 */
import { GAP, type Tokens } from './mentions-tokens.js';

/**
 * Legal forms written after a company's name, as printed (case matters: "Co", not "co"; "AB"
 * and "SA", not "Ab" or "Sa").
 */
export const LEGAL_FORMS = new Set(
  'AG SE JSC PJSC OJSC CJSC Inc Ltd PLC plc LLC LLP Corp Co Cos NV BV SA SpA Spa GmbH ASA AB Oyj AŞ KK TOO АО ПАО ОАО ЗАО ООО ТОО'.split(
    ' ',
  ),
);

/** Is the token a legal form ("Co." with its dot too)? */
export const isLegalForm = (raw: string): boolean => LEGAL_FORMS.has(raw.replace(/\.$/, ''));

/**
 * A company's name without the legal form closing it: "Coca-Cola Co" → "Coca-Cola",
 * "Philips Electronics NV" → "Philips Electronics"; other names unchanged.
 */
export function withoutLegalForm(name: string): string {
  const m = /^(.*\S)[\s,]+(\S+)$/u.exec(name.trim());
  return m && isLegalForm(m[2]) ? m[1] : name;
}

/**
 * Lower-case nouns that name what kind of company the next name is ("carmaker Fiat", "the
 * group's aerospace unit Dasa"). Nouns that also stand before people ("rival", "producer",
 * "miner", "carrier" of aircraft) are left out.
 */
const COMPANY_NOUNS = new Set(
  `company firm group conglomerate concern giant bank lender insurer reinsurer brokerage broker
  airline carmaker automaker chipmaker steelmaker drugmaker toymaker truckmaker shipbuilder brewer
  distiller bottler retailer wholesaler distributor supplier manufacturer refiner exporter importer
  utility subsidiary unit affiliate`
    .split(/\s+/)
    .filter(Boolean),
);

/** People of the markets who work at a bank or a broker ("analysts at Mediobanca"). */
const MARKET_PEOPLE = new Set(
  'analyst analysts economist economists strategist strategists dealer dealers trader traders'.split(' '),
);

/**
 * Is the word right before token `a` (in the same clause) a company noun, or are the two words
 * before it a market person "at" ("analysts at Mediobanca")?
 */
export function companyNounBefore(t: Tokens, a: number): boolean {
  if (a > 0 && t.gap[a] === 0 && !t.cap[a - 1] && COMPANY_NOUNS.has(t.key[a - 1])) return true;
  return (
    a > 1 && t.gap[a] === 0 && t.gap[a - 1] === 0 && t.key[a - 1] === 'at' && MARKET_PEOPLE.has(t.key[a - 2])
  );
}

/** One word closing in "bank" ("Commerzbank", "Rabobank", "Sberbank"): a bank's name. */
export const bankWord = (raw: string): boolean => /^\p{Lu}\p{Ll}{2,}bank$/u.test(raw);

/**
 * Nouns after a single name that make it a company's ("Philips shares"). A person has a
 * spokesman, a chairman's seat or supporters too ("Clinton spokesman Nick Merrill"): only what
 * a company alone has counts.
 */
const SINGLE_FOLLOWERS = new Set('shares shareholders stock subsidiary subsidiaries'.split(' '));

/**
 * A single word followed by a company-body noun ("Petrobras shares fell"); the word must be no
 * common word (`common`: words the training text writes in lower case), so "Technology shares"
 * or "Bank shares" at a sentence start are not companies.
 */
export function bodyNounAfter(t: Tokens, a: number, common: ReadonlySet<string> | null): boolean {
  const b = a + 1;
  if (b >= t.n || t.gap[b] !== 0 || t.poss[a] || t.cap[b] || !SINGLE_FOLLOWERS.has(t.key[b])) return false;
  return !common || !common.has(t.key[a]);
}

/** Words of a time adverbial between a speech verb and what was said ("said on Tuesday it"). */
const WHEN_WORDS = new Set(
  'on late early this last in a statement yesterday today tonight monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night week'.split(
    ' ',
  ),
);

/**
 * "Carlyle said its profit rose", "Blackstone announced on Tuesday that its fund closed": the
 * name before a speech verb is taken up by "its" opening what was said, so it names a body, not
 * a person (whose would be "his" or "her"). A bare "it" proves nothing ("Smith said it was a
 * mistake"). `b` is the token after the name; `speech` tells whether a token is a speech verb.
 */
export function itAfterSpeech(t: Tokens, b: number, speech: (key: string) => boolean): boolean {
  if (b >= t.n || t.gap[b] !== 0 || t.poss[b - 1] || !speech(t.key[b])) return false;
  let j = b + 1;
  while (j < t.n && j - b <= 4 && t.gap[j] === 0 && WHEN_WORDS.has(t.key[j])) j++;
  if (j < t.n && t.gap[j] === 0 && t.key[j] === 'that') j++;
  return j < t.n && t.gap[j] === 0 && !t.cap[j] && t.key[j] === 'its';
}

/** Gap flags that end the phrase a legal form may close. */
const BREAK = GAP.STOP | GAP.NEWLINE | GAP.COLON | GAP.OPEN_PAREN | GAP.CLOSE_PAREN | GAP.QUOTE;

/** Is token `j` a legal form closing the capitalised name before it ("Sony Corp", "Fiat SpA")? */
export function legalFormAt(t: Tokens, j: number): boolean {
  return j > 0 && t.cap[j - 1] && (t.gap[j] & BREAK) === 0 && !t.poss[j - 1] && isLegalForm(t.raw[j]);
}
