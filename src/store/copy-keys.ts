/**
 * How the copy detector's index keys are stored: as one integer each, not as their text.
 *
 * src/link/minhash.ts makes two kinds of keys: whole-document band keys `b<band>:<12 hex>` (band
 * 0–31, a 48-bit hash) and passage keys `p<band>:<8 hex>` (band 0–5, a 32-bit hash). Both fit in
 * a JavaScript safe integer without loss: band keys as band·2⁴⁸ + hash (0 … 2⁵³−1), passage keys
 * as −(band·2³² + hash) − 1 (negative). The mapping is one-to-one, so a posting list of the
 * integer is exactly the posting list of the text key. An integer key and a document sequence
 * number make an index entry of 16 bytes of data instead of about 50 (the key text and a
 * 32-character document id), compared as machine words instead of strings (migration 19).
 * `orbit_copy_key` (SQL, migration 19) is the same function, for the rows stored as text before.
 */

const BAND_SPAN = 2 ** 48;
const PASSAGE_SPAN = 2 ** 32;
const KEY = /^([bp])(\d{1,7}):([0-9a-f]{1,12})$/;

/** The stored integer of a copy key; throws on a key minhash.ts does not make. */
export function copyKeyNumber(key: string): number {
  const m = KEY.exec(key);
  if (m) {
    const band = Number(m[2]);
    const hash = parseInt(m[3]!, 16);
    if (m[1] === 'b' && band < 32) return band * BAND_SPAN + hash;
    if (m[1] === 'p' && m[3]!.length <= 8 && band < 2 ** 20) return -(band * PASSAGE_SPAN + hash) - 1;
  }
  throw new Error(`not a copy key: ${JSON.stringify(key)}`);
}
