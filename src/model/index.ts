/**
 * The domain model every layer shares: pipeline records (RawDocument, Article), per-document
 * annotations (DocEntity, DocQuote, DocEvent…) and the corpus facts of the export contract
 * (Entity, Quote, OrbitEvent, Relation, Story, DocLink…), and the closed vocabularies as values
 * (vocabulary.ts). Imports nothing outside this folder.
 */
export type * from './records.js';
export type * from './domain.js';
export type * from './annotations.js';
export * from './vocabulary.js';
