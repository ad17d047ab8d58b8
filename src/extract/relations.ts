/**
 * Relations stated in one document's text, each with its sentence as evidence:
 * - member_of / observer_of: "of which Kazakhstan is a member", "X, Y and Z are founding members",
 *   "Kazakhstan is a member of the CSTO", "X, a member of the CSTO", "X joined the SCO";
 * - ally_of / partner_of: "Russia is our main ally", "its strategic partner Kazakhstan",
 *   "X and Y are strategic partners" ("our"/"its" resolve to the speaker or the clause subject);
 * - ally_of / partner_of also: "X remains a strategic partner and ally of Y", "the partnership
 *   between X and Y", "X-Y relations of strategic partnership and alliance", "Y, which X views as
 *   its ally";
 * - in_conflict_with: "the conflict/war/tensions between X and Y", "X is at war with Y", "X began
 *   its assault in Y", "X's war against Y", "Y, which X views as its enemy";
 * - member_of a party: "X, from the ruling Y party", "X, a member of the Y party";
 * - holds_role: from DocEntity.roles (person → the country or organization of the role);
 * - located_in / part_of: "Almaty, Kazakhstan"; "the Chon-Alai district of Osh region".
 * Participants are the same candidates events use (mentions, demonym phrases, country anaphors;
 * capitals stand for their country).
 */
import { tryLoadGazetteer, type Gazetteer } from '../resolve/gazetteer.js';
import type { RelationType } from '../model/index.js';
import { loadEventData } from './events-data.js';
import { buildCandidates, type Candidate } from './events-participants.js';
import { firstStartingAfter, lastEndingBefore, moreRelations } from './relations-more.js';
import type { DocEntity, DocMention, DocRelation, Sentence } from '../model/index.js';

const MEMBER_OF_WHICH =
  /\bof\s+which\s+([^.;:()]{1,160}?)\s+(?:is|are|was|were|has\s+been|have\s+been|became|become)\s+(?:an?\s+|the\s+)?(?:founding\s+|full\s+|full-fledged\s+|permanent\s+|associate\s+)?(members?|observers?)\b/gi;
const MEMBER_IS =
  /\b(?:is|are|was|were|became|becomes|remains|remain|has\s+been|have\s+been)\s+(?:now\s+|still\s+|also\s+)?(?:an?\s+|the\s+)?(?:founding\s+|full\s+|full-fledged\s+|permanent\s+|associate\s+)?(members?|observers?)\s+(?:states?\s+|countr(?:y|ies)\s+|nations?\s+)?(?:of|in|to)\s+(?:the\s+)?/gi;
const MEMBER_APPOS =
  /,\s+(?:an?\s+|the\s+|both\s+|all\s+)?(?:founding\s+|full\s+|permanent\s+)?(members?|observers?)\s+(?:states?\s+|countr(?:y|ies)\s+)?(?:of|in)\s+(?:the\s+)?/gi;
/**
 * A second membership predicate of the same subject after the first one's organisations: "is an
 * observer of the EAEU and a member of the OTS", "a member of the CSTO and an observer in the SCO".
 */
const MEMBER_AND_ALSO =
  /^\s*,?\s*(?:and|as\s+well\s+as)\s+(?:also\s+)?(?:an?\s+|the\s+)?(?:founding\s+|full\s+|full-fledged\s+|permanent\s+|associate\s+)?(members?|observers?)\s+(?:states?\s+|countr(?:y|ies)\s+|nations?\s+)?(?:of|in|to)\s+(?:the\s+)?$/iu;
const CLAUSE_VERB_AFTER =
  /^\s+(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|said|says|\p{Ll}+ed)\b/u;
/** "Tajikistan, which hosts a Russian base, remains …": the subject before a relative clause */
const RELATIVE_BEFORE =
  /^\s*,\s+(?:which|who|whose|that)\s[^,;()]{1,140},\s*(?:(?:also|still|now|long)\s+)?$/iu;
/**
 * "Uzbekistan joined the CSTO", "completed its accession to the WTO". A bare "accession to" is a
 * process ("launching the process of accession to the EU") and states no membership; nor does
 * a negated join ("has not joined", "never joined", "is yet to join").
 */
const JOINED =
  /\b(?:joined|joins|acceded\s+to|(?:completed|completion\s+of|finali[sz]ed)\s+(?:its\s+|their\s+|the\s+)?accession\s+to)\s+(?:the\s+)?/gi;
const JOIN_NEGATED = /\b(?:not|never|n[’']t|yet\s+to)\s+(?:\w+\s+)?$/iu;
const ALLY_POSSESSIVE =
  /\b(our|its|their|his|her)\s+(?:main|closest|key|strategic|reliable|principal|natural|most\s+important|important|long-standing|major|traditional|trusted|close|only)?\s*(?:and\s+)?(?:[\p{L}-]+\s+){0,3}?(ally|allies|partner|partners)\b/giu;
/** "Russia and China are strategic partners", "Tashkent and Astana have been strategic partners" */
const PAIR_ARE =
  /\b(?:are|were|remain|remained|became|have\s+(?:long\s+|always\s+)?(?:been|become))\s+(?:\w+\s+){0,2}?(allies|partners)\b/gi;
const CONFLICT_BETWEEN =
  /\b(?:conflicts?|war|wars|hostilities|confrontation|clashes|dispute|tensions)\s+between\s+(?:the\s+)?/gi;
const AT_WAR = /\b(?:is|are|was|were)\s+at\s+war\s+with\s+(?:the\s+)?/gi;
/** "Astana was and remains a reliable strategic partner and ally of Moscow" */
const PARTNER_OF =
  /\b(?:is|are|was|were|remains|remain|remained|became|becomes)\s+(?:and\s+(?:is|remains|will\s+remain)\s+)?(?:still\s+|also\s+)?(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,3}?(ally|allies|partner|partners)(?:\s+and\s+(?:an?\s+)?(?:[\p{L}-]+\s+){0,2}?(ally|allies|partner|partners))?\s+of\s+(?:the\s+)?/giu;
/** "the strategic partnership between Uzbekistan and China", "an alliance between X and Y" */
const PARTNERSHIP_BETWEEN = /\b(partnership|alliance)\s+between\s+(?:the\s+)?/giu;
/** "Kazakh-Russian relations of strategic partnership and alliance" (a hyphenated pair before) */
const PAIR_RELATIONS_OF =
  /\b(?:relations|ties|relationship)\s+of\s+(?:[\p{L}-]+\s+){0,2}?(partnership|alliance)(?:\s+and\s+(?:[\p{L}-]+\s+){0,2}?(partnership|alliance))?\b/giu;
/** "Israel, which Tehran views as its top regional enemy": the relative clause's subject's view */
const VIEWS_AS =
  /,\s+(?:which|whom|who)\s+([^,;]{1,60}?)\s+(?:views?|viewed|considers?|considered|sees|saw|regards?|regarded|calls?|called)\s+(?:as\s+)?(?:its|their|his|her)\s+(?:[\p{L}-]+\s+){0,3}?(ally|allies|partner|partners|enemy|enemies|adversary|adversaries|foe|foes|rival|rivals)\b/giu;
/** "Russia began its assault in Ukraine", "Russia's war against Ukraine" (an owner before the noun) */
const OWN_WAR =
  /\b(its|their|[\p{L}-]+[’']s)\s+(?:full-scale\s+|ongoing\s+|military\s+)?(?:war|invasion|assault|aggression|offensive|military\s+(?:campaign|operation))\s+(?:against|in|on|of)\s+(?:the\s+)?/giu;
/** "Kobakhidze, from the ruling Georgian Dream party", "X, a member of the Y party" */
const PARTY_APPOS =
  /,\s+(?:an?\s+(?:senior\s+|leading\s+)?(?:member|leader|lawmaker|MP)\s+(?:of|from)|from)\s+(?:the\s+)?(?:ruling\s+|governing\s+|opposition\s+)?/giu;
const ENEMY = /^(?:enem|advers|foe|rival)/i;
/** cheap prefilter: a sentence without any of these words states no membership, alliance or conflict */
const RELATION_WORD =
  /member|observer|join|acce|входит|входят|входил|состав|all(?:y|ies|iance|ied)|partner|war\b|wars\b|conflict|hostilit|confront|clash|dispute|tension|enem|advers|\bfoes?\b|rival|invasion|assault|aggression|offensive|campaign|operation|\bparty\b|fought|fighting|союз|партн[её]р|конфликт|войн|противосто|столкнов|напряж|вражд|член|наблюдат|müttefik|ortak|ortağ|savaş|çatışma|gerginli|ihtilaf|anlaşmazl|üye|gözlemci|ittifak|katıl/iu;
const PART_OF =
  /^\s*(?:region|district|province|oblast|county|city|village|town|governorate|municipality)?\s*of\s+(?:the\s+)?$/iu;
const ATTRIBUTION =
  /^[\s,.]*[”"»]?[\s,]*(?:[\p{L}-]+\s+){0,6}?(?:said|says|stressed|noted|added|told|declared|stated)\b/iu;

export type ExtractRelationsOptions = { gaz?: Gazetteer | null };

export function extractRelations(
  text: string,
  sentences: Sentence[],
  entities: DocEntity[],
  mentions: DocMention[],
  opts: ExtractRelationsOptions = {},
): DocRelation[] {
  if (typeof text !== 'string' || !text || !Array.isArray(sentences) || !Array.isArray(entities)) return [];
  const gaz = opts.gaz === undefined ? tryLoadGazetteer() : opts.gaz;
  const byRef = new Map(entities.map((e) => [e.ref, e]));
  const allCands = buildCandidates(text, sentences, entities, mentions ?? [], gaz, loadEventData());
  const cands = allCands.filter((c) => !c.modifier);
  const out: DocRelation[] = [];
  const seen = new Set<string>();
  const add = (type: RelationType, fromRef: string, toRef: string, ev: { start: number; end: number }) => {
    if (!fromRef || !toRef || fromRef === toRef) return;
    const k = `${type}|${fromRef}|${toRef}|${ev.start}`;
    if (seen.has(k)) return;
    seen.add(k);
    out.push({ type, fromRef, toRef, evidence: { start: ev.start, end: ev.end } });
  };
  const typeOf = (ref: string) => byRef.get(ref)?.type;
  const isOrg = (c: Candidate) => typeOf(c.actorRef) === 'organization';
  const isState = (c: Candidate) => typeOf(c.actorRef) === 'country' || typeOf(c.actorRef) === 'organization';

  const personCountry = (ref: string) =>
    byRef.get(ref)?.roles.find((r) => r.ofRef && typeOf(r.ofRef) === 'country')?.ofRef ?? null;
  const isParty = (c: Candidate) => {
    const e = byRef.get(c.actorRef);
    if (!e) return false;
    if (/\b(?:party|partiya|parti(?:si)?)\b|парти/iu.test(e.name)) return true;
    if (e.gazetteerId && gaz?.byId(e.gazetteerId)?.kind === 'party') return true;
    // the mention may hold the word ("Civil Contract party") or stand before it ("Georgian Dream party")
    return (
      /\bparty$/iu.test(text.slice(c.start, c.end)) || /^\s+party\b/iu.test(text.slice(c.end, c.end + 8))
    );
  };

  let ci = 0;
  let ai = 0;
  for (const s of sentences) {
    while (ci < cands.length && cands[ci].start < s.start) ci++;
    while (ai < allCands.length && allCands[ai].start < s.start) ai++;
    const inS: Candidate[] = [];
    for (let j = ci; j < cands.length && cands[j].start < s.end; j++) inS.push(cands[j]);
    if (!inS.length) continue;
    const st = text.slice(s.start, s.end);
    const ev = trimSpan(text, s);
    const cued = RELATION_WORD.test(st);
    const at = (re: RegExp, fn: (m: RegExpExecArray, abs: number) => void) => {
      if (!cued) return;
      re.lastIndex = 0;
      for (let m = re.exec(st); m; m = re.exec(st)) fn(m, s.start + m.index);
    };
    // the nearest candidate on either side, within `maxGap` characters, when `pred` holds of it
    const nearestLeft = (pos: number, maxGap = 40, pred: (c: Candidate) => boolean = isState) => {
      const c = lastEndingBefore(inS, pos);
      return c && pos - c.end <= maxGap && pred(c) ? c : null;
    };
    const firstRight = (pos: number, maxGap = 12, pred: (c: Candidate) => boolean = isOrg) => {
      const c = firstStartingAfter(inS, pos);
      return c && c.start - pos <= maxGap && pred(c) ? c : null;
    };
    const relType = (word: string): RelationType => (/^observer/i.test(word) ? 'observer_of' : 'member_of');
    /** the country before a relative clause that ends right before `pos` ("X, which …, remains") */
    const subjectBeforeRelative = (pos: number): Candidate | null => {
      for (let k = inS.length - 1; k >= 0; k--) {
        const c = inS[k];
        if (c.end > pos || typeOf(c.actorRef) !== 'country') continue;
        if (RELATIVE_BEFORE.test(text.slice(c.end, pos))) return c;
      }
      return null;
    };
    /**
     * Each member joins each organisation of the coordinated list starting at `org` ("of the CSTO,
     * the SCO and the EAEU"), and of a second predicate after it ("… and an observer in the OTS").
     */
    const addMemberships = (type: RelationType, members: readonly Candidate[], org: Candidate) => {
      let cur: Candidate | null = org;
      let t = type;
      while (cur) {
        for (const c of members) add(t, c.actorRef, cur.actorRef, ev);
        const next = firstStartingAfter(inS, cur.end);
        if (!next || !isOrg(next)) break;
        const gap = text.slice(cur.end, next.start);
        const also = MEMBER_AND_ALSO.exec(gap);
        if (also) t = relType(also[1]);
        else if (!/^\s*(?:,|and|,\s*and)\s+(?:the\s+)?$/iu.test(gap)) break;
        // "a member of the SCO and the EU imposed …": a new clause's subject, not a second body
        if (!also && CLAUSE_VERB_AFTER.test(text.slice(next.end, next.end + 24))) break;
        cur = next;
      }
    };

    // "ORG (of which A, B and C are founding members)"
    at(MEMBER_OF_WHICH, (m, abs) => {
      const org = nearestLeft(abs, 6, isOrg);
      if (!org) return;
      const listStart = abs + m[0].indexOf(m[1]);
      const listEnd = listStart + m[1].length;
      for (const c of inS)
        if (c.start >= listStart && c.end <= listEnd && isState(c))
          add(relType(m[2]), c.actorRef, org.actorRef, ev);
    });
    // "Kazakhstan is a member of the CSTO", "Russia and China are members of the SCO"
    at(MEMBER_IS, (m, abs) => {
      const org = firstRight(abs + m[0].length);
      if (!org) return;
      const leftText = text.slice(s.start, abs);
      let members = leftGroup(text, inS, abs, isState, leftText);
      if (!members.length) {
        const subj = subjectBeforeRelative(abs);
        if (subj) members = [subj];
      }
      addMemberships(relType(m[1]), members, org);
    });
    // "Kazakhstan, a member of the CSTO", "Kyrgyzstan and Tajikistan, both members of the CSTO and the SCO,"
    at(MEMBER_APPOS, (m, abs) => {
      const org = firstRight(abs + m[0].length);
      if (!org) return;
      const isCountry = (c: Candidate) => typeOf(c.actorRef) === 'country';
      const members = /s$/i.test(m[1])
        ? leftGroup(text, inS, abs, isCountry, '')
        : [nearestLeft(abs, 0, isCountry)].filter((c): c is Candidate => !!c);
      addMemberships(relType(m[1]), members, org);
    });
    // "Uzbekistan joined the CSTO"
    at(JOINED, (m, abs) => {
      if (JOIN_NEGATED.test(text.slice(Math.max(s.start, abs - 30), abs))) return;
      const org = firstRight(abs + m[0].length, 2);
      const member = nearestLeft(abs, 12, (c) => typeOf(c.actorRef) === 'country');
      if (org && member) add('member_of', member.actorRef, org.actorRef, ev);
    });
    // Possessive alliance / partnership
    at(ALLY_POSSESSIVE, (m, abs) => {
      const type: RelationType = /^all/i.test(m[2]) ? 'ally_of' : 'partner_of';
      const end = abs + m[0].length;
      const after = inS.find((c) => c.start >= end && c.start - end <= 3 && typeOf(c.actorRef) === 'country');
      let other: Candidate | null = after ?? null;
      if (!other) {
        // "Russia is our main ally": the subject right before "is"
        const beforeText = text.slice(s.start, abs);
        if (/\b(?:is|are|was|were|remains)\s+$/iu.test(beforeText))
          other = nearestLeft(abs, 16, (c) => typeOf(c.actorRef) === 'country');
      }
      if (!other) return;
      let owner: string | null = null;
      if (/^our$/i.test(m[1])) owner = speakerCountry(text, s, abs, cands, byRef);
      else {
        const subj = inS.find((c) => c.end <= abs && typeOf(c.actorRef) === 'country' && c !== other);
        owner = subj?.actorRef ?? null;
      }
      if (!owner || owner === other.actorRef) return;
      add(type, owner, other.actorRef, ev);
      // "our strategic partner and ally": the second noun holds too
      const second = /^\s+and\s+(?:an?\s+)?(?:[\p{L}-]+\s+)?(ally|allies|partner|partners)\b/iu.exec(
        text.slice(end, Math.min(s.end, end + 40)),
      );
      if (second) add(/^all/i.test(second[1]) ? 'ally_of' : 'partner_of', owner, other.actorRef, ev);
    });
    // "Russia and China are strategic partners"
    at(PAIR_ARE, (m, abs) => {
      const g = leftGroup(text, inS, abs, (c) => typeOf(c.actorRef) === 'country', text.slice(s.start, abs));
      if (g.length === 2)
        add(/^all/i.test(m[1]) ? 'ally_of' : 'partner_of', g[0].actorRef, g[1].actorRef, ev);
    });
    // Conflicts
    at(CONFLICT_BETWEEN, (m, abs) => {
      const end = abs + m[0].length;
      const first = inS.find((c) => c.start >= end && c.start - end <= 4 && isState(c));
      if (!first) return;
      const idx = inS.indexOf(first);
      const second = inS[idx + 1];
      // "between Armenia and neighbouring Azerbaijan": one word may qualify the second party
      if (
        second &&
        /^\s*and\s+(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+)?$/u.test(text.slice(first.end, second.start)) &&
        isState(second)
      )
        add('in_conflict_with', first.actorRef, second.actorRef, ev);
    });
    at(AT_WAR, (m, abs) => {
      const other = firstRight(abs + m[0].length, 2, isState);
      const subj = nearestLeft(abs, 4, isState);
      if (other && subj) add('in_conflict_with', subj.actorRef, other.actorRef, ev);
    });
    // "X is/remains a strategic partner and ally of Y"
    at(PARTNER_OF, (m, abs) => {
      // "is not an ally of Moscow", "is no longer a partner of": a denied tie
      if (/\b(?:not|never|no)\b|n['’]t\b/iu.test(m[0])) return;
      const other = firstRight(abs + m[0].length, 2, (c) => typeOf(c.actorRef) === 'country');
      // the subject right before the verb (a quotation mark may open between: 'Kazakhstan “remains')
      const first =
        nearestLeft(abs, 4, (c) => typeOf(c.actorRef) === 'country') ?? subjectBeforeRelative(abs);
      const subj = first ? [first] : [];
      if (!other) return;
      for (const w of [m[1], m[2]].filter(Boolean))
        for (const c of subj) add(/^all/i.test(w) ? 'ally_of' : 'partner_of', c.actorRef, other.actorRef, ev);
    });
    // "the strategic partnership between X and Y"
    at(PARTNERSHIP_BETWEEN, (m, abs) => {
      const end = abs + m[0].length;
      const first = inS.find((c) => c.start >= end && c.start - end <= 4 && typeOf(c.actorRef) === 'country');
      const second = first ? inS[inS.indexOf(first) + 1] : undefined;
      if (
        first &&
        second &&
        typeOf(second.actorRef) === 'country' &&
        /^\s*and\s+(?:the\s+)?$/iu.test(text.slice(first.end, second.start))
      )
        add(/^all/i.test(m[1]) ? 'ally_of' : 'partner_of', first.actorRef, second.actorRef, ev);
    });
    // "Kazakh-Russian relations of strategic partnership and alliance"
    at(PAIR_RELATIONS_OF, (m, abs) => {
      const left = inS.filter((c) => c.end <= abs);
      const b = left[left.length - 1];
      const a = left[left.length - 2];
      if (!a || !b || typeOf(a.actorRef) !== 'country' || typeOf(b.actorRef) !== 'country') return;
      if (!/^[-–]$/u.test(text.slice(a.end, b.start)) || !/^\s*$/u.test(text.slice(b.end, abs))) return;
      for (const w of [m[1], m[2]].filter(Boolean))
        add(/^all/i.test(w) ? 'ally_of' : 'partner_of', a.actorRef, b.actorRef, ev);
    });
    // "Israel, which Tehran views as its top regional enemy"
    at(VIEWS_AS, (m, abs) => {
      const viewed = nearestLeft(abs, 0, (c) => typeOf(c.actorRef) === 'country');
      const from = abs + m[0].indexOf(m[1]);
      const viewer = inS.find(
        (c) => c.start >= from && c.end <= from + m[1].length && typeOf(c.actorRef) === 'country',
      );
      if (!viewed || !viewer) return;
      const type: RelationType = ENEMY.test(m[2])
        ? 'in_conflict_with'
        : /^all/i.test(m[2])
          ? 'ally_of'
          : 'partner_of';
      add(type, viewer.actorRef, viewed.actorRef, ev);
    });
    // "Russia began its assault in Ukraine", "Russia's war against Ukraine"
    at(OWN_WAR, (m, abs) => {
      const other = firstRight(abs + m[0].length, 2, (c) => typeOf(c.actorRef) === 'country');
      if (!other) return;
      let owner: Candidate | null = null;
      if (/^(?:its|their)$/i.test(m[1])) {
        // "its": the nearest country before it in the sentence (the clause's subject)
        owner = nearestLeft(abs, 200, (c) => typeOf(c.actorRef) === 'country');
      } else {
        owner = inS.find((c) => c.start === abs && typeOf(c.actorRef) === 'country') ?? null;
      }
      if (owner && owner.actorRef !== other.actorRef)
        add('in_conflict_with', owner.actorRef, other.actorRef, ev);
    });
    // "Kobakhidze, from the ruling Georgian Dream party": a person's party
    at(PARTY_APPOS, (m, abs) => {
      const person = nearestLeft(abs, 0, (c) => typeOf(c.actorRef) === 'person');
      const party = firstRight(abs + m[0].length, 0, isOrg);
      if (!person || !party) return;
      if (
        !/^\s+party\b/iu.test(text.slice(party.end, party.end + 8)) &&
        !/\bparty$/iu.test(text.slice(party.start, party.end))
      )
        return;
      add('member_of', person.actorRef, party.actorRef, ev);
    });
    if (cued) {
      const all: Candidate[] = [];
      for (let j = ai; j < allCands.length && allCands[j].start < s.end; j++) all.push(allCands[j]);
      moreRelations({
        text,
        sentence: s,
        inS,
        all,
        typeOf,
        personCountry,
        isParty,
        add: (type, from, to) => add(type, from, to, ev),
      });
    }
    // Places: "Almaty, Kazakhstan"; "the Chon-Alai district of Osh region"
    for (let k = 0; k + 1 < inS.length; k++) {
      const a = inS[k];
      const b = inS[k + 1];
      const ta = typeOf(a.ref);
      const tb = typeOf(b.ref);
      if (ta !== 'location') continue;
      const gap = text.slice(a.end, b.start);
      if (
        tb === 'country' &&
        /^,\s*$/.test(gap) &&
        !/^,\s*$/.test(text.slice(b.end, b.end + 2)) &&
        !/^\s*and\b/.test(text.slice(b.end, b.end + 5))
      )
        add('located_in', a.ref, b.ref, ev);
      else if ((tb === 'location' || tb === 'country') && PART_OF.test(gap)) add('part_of', a.ref, b.ref, ev);
    }
  }

  // Roles: a person holds a role of a country or organization.
  for (const e of entities) {
    if (e.type !== 'person') continue;
    for (const r of e.roles ?? []) {
      if (!r.ofRef || !byRef.has(r.ofRef) || !r.evidence) continue;
      const si = sentences.findIndex((x) => r.evidence.start >= x.start && r.evidence.start < x.end);
      const span = si >= 0 ? trimSpan(text, sentences[si]) : { start: r.evidence.start, end: r.evidence.end };
      add('holds_role', e.ref, r.ofRef, span);
    }
  }
  return out;
}

function trimSpan(text: string, s: Sentence): { start: number; end: number } {
  const t = text.slice(s.start, s.end);
  const lead = t.length - t.trimStart().length;
  return { start: s.start + lead, end: s.start + t.trimEnd().length };
}

/** The coordinated group of candidates ending right before `pos` ("Russia and China are ..."). */
function leftGroup(
  text: string,
  inS: readonly Candidate[],
  pos: number,
  pred: (c: Candidate) => boolean,
  _leftText: string,
): Candidate[] {
  const left = inS.filter((c) => c.end <= pos);
  if (!left.length) return [];
  let k = left.length - 1;
  const gap = text.slice(left[k].end, pos);
  if (!/^\s*(?:,\s*)?(?:\w+\s+){0,2}?$/u.test(gap) || !pred(left[k])) return [];
  const g = [left[k]];
  for (k = k - 1; k >= 0; k--) {
    // "Both countries are members …": a plural anaphor stands for several names over one span
    const sameSpan = left[k].start === left[k + 1].start && left[k].end === left[k + 1].end;
    if (
      (!sameSpan &&
        !/^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$/iu.test(text.slice(left[k].end, left[k + 1].start))) ||
      !pred(left[k])
    )
      break;
    g.unshift(left[k]);
  }
  return g;
}

/**
 * Whose "our" is it? The speaker named in the attribution after the quotation ("..., the Kyrgyz
 * leader said"): a person's country (from their role) or a country / demonym phrase.
 */
function speakerCountry(
  text: string,
  s: Sentence,
  from: number,
  cands: readonly Candidate[],
  byRef: Map<string, DocEntity>,
): string | null {
  // the closing mark after "our" (a straight mark opening the sentence is no closing one)
  const close = text.slice(from, Math.min(text.length, s.end + 600)).search(/[”"»]/u);
  if (close < 0) return null;
  const closeAbs = from + close;
  const tail = text.slice(closeAbs, closeAbs + 120);
  if (!ATTRIBUTION.test(tail)) return null;
  const c = cands.find((x) => x.start > closeAbs && x.start - closeAbs < 80);
  if (!c) return null;
  const e = byRef.get(c.actorRef);
  if (!e) return null;
  if (e.type === 'country') return e.ref;
  if (e.type === 'person') {
    const of = e.roles.find((r) => r.ofRef && byRef.get(r.ofRef)?.type === 'country');
    return of?.ofRef ?? null;
  }
  return null;
}
