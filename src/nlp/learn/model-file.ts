/**
 * One file format for every trained model in data/models: a gzip of
 *   "ORBM" · uint32 header length · UTF-8 JSON header · named binary blocks back to back,
 * where the header records the model kind, its format version, its metadata (label sets,
 * feature settings, training data and date) and the byte length of each named block.
 * Loading checks kind and version, so a stale or foreign file fails with a clear message.
 */
import { gzipSync } from 'node:zlib';
import { gunzipWhole } from '../../buffers.js';

export type ModelHeader = {
  kind: string;
  version: number;
  meta: Record<string, unknown>;
  blocks: { name: string; bytes: number }[];
};

export type ModelFile = {
  kind: string;
  version: number;
  meta: Record<string, unknown>;
  blocks: Map<string, Uint8Array>;
};

const MAGIC = 'ORBM';

export function packModel(
  kind: string,
  version: number,
  meta: Record<string, unknown>,
  blocks: Record<string, Uint8Array>,
): Uint8Array {
  const names = Object.keys(blocks);
  const header: ModelHeader = {
    kind,
    version,
    meta,
    blocks: names.map((name) => ({ name, bytes: blocks[name]!.byteLength })),
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const total = 8 + headerBytes.byteLength + names.reduce((n, name) => n + blocks[name]!.byteLength, 0);
  const out = new Uint8Array(total);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(4, headerBytes.byteLength, true);
  out.set(headerBytes, 8);
  let at = 8 + headerBytes.byteLength;
  for (const name of names) {
    out.set(blocks[name]!, at);
    at += blocks[name]!.byteLength;
  }
  // level 9 and no timestamp in the gzip header: the same weights give the same bytes
  return gzipSync(out, { level: 9 });
}

export class ModelFormatError extends Error {
  readonly code = 'ORBIT_E_MODEL';
}

export function unpackModel(gz: Uint8Array, expectKind: string, expectVersion: number): ModelFile {
  let raw: Buffer;
  try {
    raw = gunzipWhole(gz);
  } catch {
    throw new ModelFormatError(`model file for ${expectKind} is not gzip data`);
  }
  if (raw.byteLength < 8 || raw.subarray(0, 4).toString('latin1') !== MAGIC) {
    throw new ModelFormatError(`model file for ${expectKind} has no ORBM header`);
  }
  const headerLength = raw.readUInt32LE(4);
  const header = JSON.parse(raw.subarray(8, 8 + headerLength).toString('utf8')) as ModelHeader;
  if (header.kind !== expectKind)
    throw new ModelFormatError(`expected a ${expectKind} model, found ${header.kind}`);
  if (header.version !== expectVersion) {
    throw new ModelFormatError(
      `${expectKind} model format ${header.version}, this code reads ${expectVersion}: run npm run train`,
    );
  }
  const blocks = new Map<string, Uint8Array>();
  let at = 8 + headerLength;
  for (const b of header.blocks) {
    if (at + b.bytes > raw.byteLength)
      throw new ModelFormatError(`${expectKind} model is truncated in block ${b.name}`);
    blocks.set(b.name, new Uint8Array(raw.buffer, raw.byteOffset + at, b.bytes));
    at += b.bytes;
  }
  return { kind: header.kind, version: header.version, meta: header.meta, blocks };
}
