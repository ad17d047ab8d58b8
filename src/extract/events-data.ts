/**
 * Loads and validates the event trigger and cue data (data/events/*.json) and compiles its regexes
 * once per process. The data, not the code, says which words signal which PLOVER event; the schema
 * is documented in docs/events.md. A malformed data file is a project bug: `loadEventData` throws an
 * OrbitError (ORBIT_E_MALFORMED) listing every issue, like the gazetteer loader.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { OrbitError } from '../errors.js';
import { PLOVER_TYPES, type EventMode, type PloverType } from '../model/index.js';
import type { ModalityCues } from './events-modality.js';

const Plover = z.enum(PLOVER_TYPES);
const Mode = z.enum(['asserted', 'negated', 'hypothetical', 'intended', 'offered']);
const RegexSource = z
  .string()
  .min(1)
  .refine((s) => {
    try {
      new RegExp(s, 'iu');
      return true;
    } catch {
      return false;
    }
  }, 'not a valid JavaScript regular expression');

const TriggerSchema = z.strictObject({
  id: z.string().min(1),
  type: Plover,
  pattern: RegexSource,
  intensity: z.number().min(-10).max(10).optional(),
  mode: Mode.optional(),
  noun: z.boolean().optional(),
  needs: z.enum(['any', 'both', 'actor', 'target']).optional(),
  locationSuffices: z.boolean().optional(),
  placeTarget: z.boolean().optional(),
  /** a journey ("travelled to X"): the meeting its purpose names in the sentence is the same event */
  journey: z.boolean().optional(),
  /**
   * a talk's topic ("met in Almaty to discuss trade with X"): after a meeting or visit verb whose
   * purpose infinitive it is, it is that meeting's topic, not a second, planned meeting
   */
  meetingTopic: z.boolean().optional(),
  /** "welcomed the deal between X and Y": the pair after "between" are the deed's parties, the targets */
  partiesTarget: z.boolean().optional(),
  yieldsTo: z.array(Plover).optional(),
  ownerRole: z.enum(['actor', 'target']).optional(),
  objectAdjacent: z.boolean().optional(),
  /** Russian/Turkish passive ("задержан X", "X tutuklandı"): the clause's subject was acted on, so it is the target */
  passive: z.boolean().optional(),
  /** a judgement ("… harm relations"): the speaker accuses; the subject or the relations' other side is accused */
  judgedBySpeaker: z.boolean().optional(),
  /** the language the pattern is written in (default en): it runs only on texts in that language */
  language: z
    .string()
    .regex(/^[a-z]{2}$/)
    .optional(),
  /** entity types a target may have ("froze its participation in X": an organization) */
  targetTypes: z
    .array(z.enum(['person', 'country', 'organization', 'location', 'media', 'group', 'event_name', 'other']))
    .min(1)
    .optional(),
  summary: z.string().min(1),
});

const TriggerFileSchema = z.strictObject({
  $comment: z.union([z.string(), z.array(z.string())]).optional(),
  typeIntensity: z.record(Plover, z.number().min(-10).max(10)),
  modeScale: z.strictObject({
    asserted: z.number(),
    offered: z.number(),
    intended: z.number(),
    hypothetical: z.number(),
    negated: z.number(),
    refusal: z.number(),
  }),
  triggers: z.array(TriggerSchema).min(1),
});

const CueSlots = z.strictObject({
  negated: RegexSource.optional(),
  hypothetical: RegexSource.optional(),
  offered: RegexSource.optional(),
  intended: RegexSource.optional(),
  hedged: RegexSource.optional(),
});
const ModalitySchema = z.strictObject({
  before: CueSlots,
  after: CueSlots,
  word: CueSlots,
  /** the rest of the trigger's word with the words after it (Turkish "imzalanması için") */
  joined: CueSlots.optional(),
  prefix: CueSlots,
  condition: RegexSource.nullable(),
  question: RegexSource.nullable(),
  notCue: RegexSource.nullable(),
  /** the clause head up to the trigger ends inside a demand's complement: asked for, not done */
  mandate: RegexSource.nullable().optional(),
});

const CueFileSchema = z.strictObject({
  $comment: z.union([z.string(), z.array(z.string())]).optional(),
  modality: z
    .record(z.string().regex(/^[a-z]{2}$/), ModalitySchema)
    .refine((m) => !!m.en, 'modality.en is required (the fallback language)'),
  groupNouns: RegexSource,
  countryAnaphors: RegexSource,
  sameDay: RegexSource,
  dateAnaphora: RegexSource,
  opinion: RegexSource,
  subordinators: RegexSource,
  inferredWindowDays: z.number().int().min(0).max(3650),
});

export type TriggerSpec = z.infer<typeof TriggerSchema>;

export type CompiledTrigger = TriggerSpec & { re: RegExp; index: number };

export type EventData = {
  triggers: CompiledTrigger[];
  typeIntensity: Record<PloverType, number>;
  modeScale: Record<EventMode | 'refusal', number>;
  /** modality cues per language (ISO 639-1), English the fallback */
  modality: Record<string, ModalityCues>;
  /** triggers per language (ISO 639-1); `en` also serves languages without triggers of their own */
  triggersByLanguage: Record<string, CompiledTrigger[]>;
  /** demonym word followed by a group noun: "the Turkish side" (group 1 = the demonym) */
  demonymGroup: RegExp;
  countryAnaphor: RegExp;
  sameDay: RegExp;
  dateAnaphora: RegExp;
  opinion: RegExp;
  /** words that open a new clause: a verb trigger's subject is not searched across them */
  subordinators: RegExp;
  inferredWindowDays: number;
};

/** data/events next to the package root (src/extract or dist/extract are two levels below it). */
export function defaultEventDataDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const direct = resolve(here, '..', '..', 'data', 'events');
  if (existsSync(direct)) return direct;
  let dir = here;
  for (let i = 0; i < 8; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'data', 'events')))
      return join(dir, 'data', 'events');
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return direct;
}

function issuesOf(file: string, err: z.ZodError): string[] {
  return err.issues.map((i) => `${file}: ${i.path.join('.')}: ${i.message}`);
}

/** Validates raw JSON values (already parsed) and compiles them. Throws OrbitError on any issue. */
export function compileEventData(triggerJson: unknown, cueJson: unknown): EventData {
  const problems: string[] = [];
  const t = TriggerFileSchema.safeParse(triggerJson);
  if (!t.success) problems.push(...issuesOf('triggers.json', t.error));
  const c = CueFileSchema.safeParse(cueJson);
  if (!c.success) problems.push(...issuesOf('cues.json', c.error));
  if (t.success) {
    const seen = new Set<string>();
    for (const tr of t.data.triggers) {
      if (seen.has(tr.id)) problems.push(`triggers.json: duplicate trigger id ${tr.id}`);
      seen.add(tr.id);
    }
    for (const ty of PLOVER_TYPES)
      if (t.data.typeIntensity[ty] === undefined)
        problems.push(`triggers.json: typeIntensity.${ty}: missing`);
  }
  if (problems.length || !t.success || !c.success) {
    throw new OrbitError(
      'ORBIT_E_MALFORMED',
      `Event data is invalid:\n${problems.join('\n')}`,
      'Fix data/events/*.json and run the events tests.',
    );
  }
  const cues = c.data;
  // Without the u flag V8 scans ASCII-only patterns several times faster; \p{..} needs it.
  const triggers = t.data.triggers.map((tr, index) => ({
    ...tr,
    index,
    re: new RegExp(tr.pattern, /\\[pPu]\{/.test(tr.pattern) ? 'giu' : 'gi'),
  }));
  return {
    triggers,
    triggersByLanguage: groupByLanguage(triggers),
    typeIntensity: t.data.typeIntensity as Record<PloverType, number>,
    modeScale: t.data.modeScale,
    modality: Object.fromEntries(
      Object.entries(cues.modality).map(([lang, m]) => [lang, compileModality(m)]),
    ),
    demonymGroup: new RegExp(`\\b(\\p{Lu}[\\p{L}'’-]+)\\s+(?:${cues.groupNouns})\\b`, 'gu'),
    countryAnaphor: new RegExp(cues.countryAnaphors, 'gi'),
    sameDay: new RegExp(cues.sameDay, 'iu'),
    dateAnaphora: new RegExp(cues.dateAnaphora, 'gi'),
    opinion: new RegExp(cues.opinion, 'u'),
    subordinators: new RegExp(cues.subordinators, 'iu'),
    inferredWindowDays: cues.inferredWindowDays,
  };
}

const flagsOf = (src: string) => (/\\[pPu]\{|[^\x00-\x7f]/.test(src) ? 'iu' : 'i');
const compileSlots = (slots: z.infer<typeof CueSlots>): ModalityCues['before'] =>
  Object.fromEntries(
    Object.entries(slots)
      .filter(([, v]) => !!v)
      .map(([k, v]) => [k, new RegExp(v!, flagsOf(v!))]),
  );

function compileModality(m: z.infer<typeof ModalitySchema>): ModalityCues {
  const re = (src: string | null) => (src ? new RegExp(src, flagsOf(src)) : null);
  return {
    before: compileSlots(m.before),
    after: compileSlots(m.after),
    word: compileSlots(m.word),
    joined: compileSlots(m.joined ?? {}),
    prefix: compileSlots(m.prefix),
    condition: re(m.condition),
    question: re(m.question),
    notCue: m.notCue ? new RegExp(m.notCue, `g${flagsOf(m.notCue)}`) : null,
    mandate: re(m.mandate ?? null),
  };
}

function groupByLanguage(triggers: CompiledTrigger[]): Record<string, CompiledTrigger[]> {
  const out: Record<string, CompiledTrigger[]> = {};
  for (const tr of triggers) (out[tr.language ?? 'en'] ??= []).push(tr);
  return out;
}

const cache = new Map<string, EventData>();

/** Loads data/events (cached per directory). Throws OrbitError(ORBIT_E_MALFORMED) on invalid data. */
export function loadEventData(dir?: string): EventData {
  const d = resolve(dir ?? defaultEventDataDir());
  const hit = cache.get(d);
  if (hit) return hit;
  const read = (name: string): unknown => {
    try {
      return JSON.parse(readFileSync(join(d, name), 'utf8')) as unknown;
    } catch (e) {
      throw new OrbitError(
        'ORBIT_E_MALFORMED',
        `Event data ${join(d, name)} is unreadable: ${(e as Error).message}`,
      );
    }
  };
  const data = compileEventData(read('triggers.json'), read('cues.json'));
  cache.set(d, data);
  return data;
}
