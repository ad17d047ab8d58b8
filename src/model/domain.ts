/** The export contract: ../shared/spec/export-v1.md, field for field. */
import type { Span } from './records.js';

import type { EntityType, PloverType } from './vocabulary.js';

export type { EntityType, PloverType };

export type ExportDocument = {
  id: string;
  source: string;
  title: string | null;
  published: string | null;
  author: string | null;
  outlet: string | null;
  originalSource: string | null;
  language: string;
  text: string;
};

export type Role = { title: string; of?: string | null; from?: string | null; to?: string | null };

export type Entity = {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  roles?: Role[];
  country?: string | null;
};

export type Mention = Span & { entity: string };

export type Quote = {
  id: string;
  document: string;
  text: string;
  start: number;
  end: number;
  direct: boolean;
  speaker: string | null;
  reportedBy: string[];
  cue?: string | null;
  /** the phrase naming the source in the text ("a senior official"), kept when the speaker is unknown */
  speakerText?: string | null;
  /** `thought` for attributed beliefs and intentions; `speech` otherwise */
  kind?: 'speech' | 'thought';
};

export type EventMode = 'asserted' | 'negated' | 'hypothetical' | 'intended' | 'offered';

export type OrbitEvent = {
  id: string;
  type: PloverType;
  mode?: EventMode;
  /** reported without the report vouching for it ("reportedly", "allegedly"); absent = false */
  hedged?: boolean;
  summary: string;
  actors: string[];
  targets: string[];
  location?: string | null;
  /** ISO dates, inclusive. `inferred: true`: no date in the event's own clause — a window that
   *  ends at the publication of the earliest report, read as "by <end>", never as a stated date */
  date: { start: string | null; end: string | null; inferred?: boolean };
  evidence: Span[];
};

/**
 * One document's event with its participants resolved to corpus entities, before cross-document
 * coreference merges reports of the same event (resolve produces it, analyze consumes it).
 */
export type ResolvedDocEvent = { docId: string; event: OrbitEvent; intensity: number; mode: string };

export type RelationType =
  | 'member_of'
  | 'observer_of'
  | 'holds_role'
  | 'ally_of'
  | 'partner_of'
  | 'in_conflict_with'
  | 'located_in'
  | 'part_of'
  | 'affiliated_with';

export type Relation = {
  type: RelationType;
  from: string;
  to: string;
  validFrom?: string | null;
  validTo?: string | null;
  evidence: Span[];
  source?: 'text' | 'gazetteer';
};

export type LinkType = 'duplicate' | 'syndicated' | 'rewrite' | 'excerpt' | 'same_story';

export type DocLink = { from: string; to: string; type: LinkType; score: number };

export type Story = { id: string; documents: string[]; title: string };

export type AlignmentScore = {
  entity: string;
  bloc: string;
  period: string;
  score: number;
  evidence: Span[];
};

export type Export = {
  version: 1;
  generatedAt: string;
  documents: ExportDocument[];
  entities: Entity[];
  mentions: Mention[];
  quotes: Quote[];
  events: OrbitEvent[];
  relations: Relation[];
  links: DocLink[];
  stories: Story[];
  alignment: AlignmentScore[];
};
