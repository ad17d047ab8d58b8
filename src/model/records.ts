/**
 * Records that flow between pipeline stages. Every stage is a pure function over these types;
 * only src/store does database I/O. The export shapes (./domain.ts) follow
 * ../shared/spec/export-v1.md exactly.
 */

/** A character range in a document's cleaned text (UTF-16 offsets, end exclusive). */
export type Span = { document: string; start: number; end: number; text?: string };

/** What a cleaning or extraction stage reports about one document without failing the batch. */
export type Diagnostic = {
  code: string; // stable ORBIT_E_... / ORBIT_W_... code
  message: string;
  path?: (string | number)[];
};

/** Input formats the ingest stage recognises. */
export type InputFormat = 'text' | 'html' | 'json' | 'jsonl' | 'rss' | 'atom';

/** Metadata that structured inputs (JSON, feeds) state explicitly; cleaning prefers it. */
export type MetadataHints = {
  title?: string | null;
  published?: string | null;
  author?: string | null;
  url?: string | null;
  outlet?: string | null;
  language?: string | null;
};

/**
 * One document as ingest produced it: decoded, NFC-normalised text plus the format that tells
 * cleaning how to read it. `id` is the SHA-256 (hex, first 32 chars) of the exact input bytes
 * (for an item inside a feed or JSON array: of the item's canonical serialisation).
 */
export type RawDocument = {
  id: string;
  source: string; // file path or URI as given to ingest (feed items: "feed.xml#3")
  format: 'text' | 'html'; // how `body` must be read by cleaning
  body: string; // decoded text (HTML source for format=html)
  encoding: string; // detected encoding of the input bytes
  bytes: number; // size of the input in bytes
  hints: MetadataHints;
};

/** A paragraph of the cleaned text. */
export type Paragraph = { start: number; end: number };

/** A cleaned article: main text without site chrome, with metadata. Unknown stays null. */
export type Article = {
  id: string;
  source: string;
  title: string | null;
  /** ISO-8601: with offset when the page states a zone, local time without one, date only when only the day is known. */
  published: string | null;
  author: string | null;
  outlet: string | null; // the site that published this copy
  originalSource: string | null; // the agency/outlet the copy says it carries
  dateline: string | null; // "Ankara", "SALVADOR"
  language: string; // ISO 639-1, "und" when undetermined
  text: string;
  paragraphs: Paragraph[];
  diagnostics: Diagnostic[];
};
