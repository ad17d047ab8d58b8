/**
 * Entity facts as an analyst reads them: relations as sentences in the direction they hold
 * ("Berik Uali is press secretary of Kazakhstan", on either entity's page), roles merged when
 * they differ only in case or in a missing date, and periods in words.
 */
import type { RelationView, RoleView } from '../api';

export type Period = { from: string | null; to: string | null };

export type MergedRole = { title: string; of: string | null; ofName: string | null; periods: Period[] };

/** The title as it reads inside a sentence: "Foreign Minister" → "foreign minister"; acronyms ("EU", "OSCE") stay. */
export function titleInSentence(title: string): string {
  return title
    .trim()
    .split(/\s+/)
    .map((w) => (/\p{Lu}.*\p{Lu}/u.test(w) ? w : w.toLowerCase()))
    .join(' ');
}

const key = (title: string, of: string | null | undefined) =>
  `${titleInSentence(title).toLowerCase()}\u0000${of ?? ''}`;

/**
 * One entry per (title, of), case-insensitively: an undated role is dropped when the same role
 * has a dated one; distinct dated periods of one role are kept, oldest first. Current roles
 * (open-ended or undated) come first, then the rest by their latest period.
 */
export function mergeRoles(roles: RoleView[] | null | undefined): MergedRole[] {
  const by = new Map<string, MergedRole>();
  for (const r of Array.isArray(roles) ? roles : []) {
    if (!r || typeof r.title !== 'string' || !r.title.trim()) continue;
    const k = key(r.title, r.of);
    const cur = by.get(k) ?? {
      title: titleInSentence(r.title),
      of: r.of ?? null,
      ofName: r.ofName ?? null,
      periods: [],
    };
    if (!cur.ofName && r.ofName) cur.ofName = r.ofName;
    const p = { from: r.from ?? null, to: r.to ?? null };
    if (!cur.periods.some((x) => x.from === p.from && x.to === p.to)) cur.periods.push(p);
    by.set(k, cur);
  }
  const out = [...by.values()].map((m) => {
    const dated = m.periods.filter((p) => p.from || p.to);
    const periods = (dated.length ? dated : [{ from: null, to: null }]).sort((a, b) =>
      (a.from ?? '').localeCompare(b.from ?? ''),
    );
    return { ...m, periods };
  });
  const current = (m: MergedRole) => m.periods.some((p) => !p.to);
  const latest = (m: MergedRole) =>
    m.periods
      .map((p) => p.to ?? p.from ?? '')
      .sort()
      .pop() ?? '';
  return out.sort(
    (a, b) =>
      Number(current(b)) - Number(current(a)) ||
      latest(b).localeCompare(latest(a)) ||
      a.title.localeCompare(b.title),
  );
}

/** A period in words: "since 2019-03-20", "1994-10 – 1999-03", "until 2007", or "" when undated. */
export function periodText(p: Period): string {
  if (p.from && p.to) return `${p.from} – ${p.to}`;
  if (p.from) return `since ${p.from}`;
  if (p.to) return `until ${p.to}`;
  return '';
}

export function periodsText(ps: Period[]): string {
  const parts = ps.map(periodText).filter(Boolean);
  return parts.length <= 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** Relation phrases, present and past: "<from> is a member of <to>". */
const VERB: Record<string, [string, string]> = {
  member_of: ['is a member of', 'was a member of'],
  observer_of: ['is an observer of', 'was an observer of'],
  holds_role: ['holds a role of', 'held a role of'],
  ally_of: ['is an ally of', 'was an ally of'],
  partner_of: ['is a partner of', 'was a partner of'],
  in_conflict_with: ['is in conflict with', 'was in conflict with'],
  located_in: ['is in', 'was in'],
  part_of: ['is part of', 'was part of'],
  affiliated_with: ['is affiliated with', 'was affiliated with'],
};

export type RelationSentence = {
  subject: { id: string; name: string };
  verb: string;
  object: { id: string; name: string };
  /** when the relation holds, in words ("since 1991-12-21"), or "" */
  when: string;
  /** which side this page's entity is */
  selfIs: 'subject' | 'object';
};

/**
 * The relation as a sentence with its stated subject first, whichever page shows it. A role
 * relation names the role when the API sent the person's titles for it (`roles`).
 */
export function relationSentence(
  r: RelationView,
  self: string,
  today = new Date().toISOString().slice(0, 10),
): RelationSentence {
  const past = !!r.validTo && r.validTo.slice(0, 10) < today;
  const [present, was] = VERB[r.type] ?? [
    `is ${r.type.replace(/_/g, ' ')}`,
    `was ${r.type.replace(/_/g, ' ')}`,
  ];
  let verb = past ? was : present;
  let when = periodText({ from: r.validFrom ?? null, to: r.validTo ?? null });
  if (r.type === 'holds_role') {
    const roles = mergeRoles((r.roles ?? []).map((x) => ({ ...x, of: r.to })));
    if (roles.length) {
      const names = roles.map((x) => x.title);
      const list =
        names.length <= 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
      const current = roles.some((x) => x.periods.some((p) => !p.to));
      verb = `${current ? 'is' : 'was'} ${list} of`;
      if (!when && roles.length === 1) when = periodsText(roles[0].periods);
    }
  }
  return {
    subject: { id: r.from, name: r.fromName || r.from },
    verb,
    object: { id: r.to, name: r.toName || r.to },
    when,
    selfIs: r.from === self ? 'subject' : 'object',
  };
}

/** Headings for relation groups on an entity page, by type and by which side the entity is. */
export function relationGroup(type: string, selfIs: 'subject' | 'object'): string {
  switch (type) {
    case 'member_of':
    case 'observer_of':
      return selfIs === 'subject' ? 'Memberships' : 'Members';
    case 'holds_role':
      return selfIs === 'subject' ? 'Roles' : 'People in office';
    case 'ally_of':
    case 'partner_of':
      return 'Allies and partners';
    case 'in_conflict_with':
      return 'Conflicts';
    case 'located_in':
    case 'part_of':
      return selfIs === 'subject' ? 'Where it is' : 'Places in it';
    default:
      return 'Other relations';
  }
}
