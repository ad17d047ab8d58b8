/**
 * Per-document annotations: what the annotate stage finds in one cleaned article before
 * corpus-level resolution. Entities here are document-local (`ref`), linked to the gazetteer
 * when possible; src/resolve merges them across documents into export entities.
 */
import type { EntityType, EventMode, PloverType, RelationType } from './domain.js';

/** A sentence of the cleaned text. */
export type Sentence = { start: number; end: number };

/** A document-local entity: every mention in one article that refers to the same thing. */
export type DocEntity = {
  ref: string; // unique within the document, e.g. "e3"
  type: EntityType;
  name: string; // best full surface form in this document (or gazetteer canonical name)
  aliases: string[]; // every surface form seen in this document
  gazetteerId: string | null; // id in data/gazetteer when resolved there
  roles: DocRole[];
  /** why mentions were grouped together, for `orbit entity NAME --why` */
  reasons: string[];
};

export type DocRole = {
  title: string; // "Defense Minister", "director", "counterpart"
  ofRef: string | null; // DocEntity.ref of the country/organization the role is of
  evidence: { start: number; end: number };
};

/** One mention of a DocEntity: text.slice(start, end) is the surface. */
export type DocMention = { ref: string; start: number; end: number; text: string };

export type TimeExpression = {
  start: number;
  end: number;
  text: string;
  /** ISO date (YYYY-MM-DD, YYYY-MM or YYYY) or null when it cannot be anchored */
  value: { start: string | null; end: string | null };
  kind: 'date' | 'range' | 'relative' | 'since' | 'vague' | 'duration' | 'time';
  vague: boolean;
};

export type Amount = {
  start: number;
  end: number;
  text: string;
  value: number;
  unit: string | null; // ISO 4217 currency code, or a noun ("people", "terrorists"), or null
};

export type DocQuote = {
  start: number; // span of the quoted words, without quotation marks
  end: number;
  text: string;
  direct: boolean;
  speakerRef: string | null;
  reportedByRefs: string[]; // nearest first
  cue: string | null;
  /** the phrase the text names the source with ("he", "the head of state", "a source"), when there is one */
  source?: { start: number; end: number } | null;
  /** text of `source`: kept for the reader when the speaker stays unresolved */
  speakerText?: string | null;
  /** `thought`: an attributed belief or intention ("believes", "hopes", "считает"), not a statement */
  kind?: 'speech' | 'thought';
};

export type DocEvent = {
  type: PloverType;
  mode: EventMode;
  /** reported without the report vouching for it ("reportedly", "allegedly", "якобы", "iddiaya göre") */
  hedged?: boolean;
  summary: string;
  actorRefs: string[];
  targetRefs: string[];
  locationRef: string | null;
  /** `inferred`: not stated in the event's clause; a window ending at publication ("by <end>") */
  date: { start: string | null; end: string | null; inferred?: boolean };
  intensity: number; // documented cooperation (+) .. conflict (-) scale
  evidence: { start: number; end: number };
  trigger: string;
};

export type DocRelation = {
  type: RelationType;
  fromRef: string;
  toRef: string;
  evidence: { start: number; end: number };
};

export type Annotations = {
  sentences: Sentence[];
  entities: DocEntity[];
  mentions: DocMention[];
  times: TimeExpression[];
  amounts: Amount[];
  quotes: DocQuote[];
  events: DocEvent[];
  relations: DocRelation[];
};
