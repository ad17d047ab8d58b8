/**
 * The closed vocabularies of the export contract as values, not only types: the server validates
 * against them and the web UI lists them (filters, legends), so both read this one file. Pure
 * data with no imports, which is what lets the browser bundle import it too.
 */

/** PLOVER event types, in the order the UI lists them (cooperation first, force last). */
export const PLOVER_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;

export type PloverType = (typeof PLOVER_TYPES)[number];

/** Entity types; `other` is what the UI shows for anything outside the list. */
export const ENTITY_TYPES = [
  'person',
  'country',
  'organization',
  'location',
  'media',
  'group',
  'event_name',
  'other',
] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];
