/**
 * Bytes → text. Encoding detection with BOMs first, then strict UTF-8, then the HTML/XML
 * declared charset, then chardet's statistical guess among the legacy encodings that matter
 * for the region's press (windows-1251, KOI8-R, ISO-8859-x, UTF-16 without BOM).
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { ErrorCode } from '../errors.js';

export type Decoded =
  { ok: true; text: string; encoding: string } | { ok: false; code: ErrorCode; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Share of control characters (other than tab, newline, CR, form feed) above which input is binary. */
export const BINARY_THRESHOLD = 0.02;
/**
 * The share is checked over the whole input and over every block of this many units, so that
 * prose followed by a binary blob (64 KB of text, then 1 MB of junk) is refused too, while a
 * stray NUL in a long text is not.
 */
export const BINARY_BLOCK = 65536;

const isControl = (c: number): boolean => c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12;

/**
 * True when more than BINARY_THRESHOLD of the units (bytes of a buffer, UTF-16 code units of a
 * string) are control characters, over the whole input or within any one BINARY_BLOCK. One pass.
 */
function looksBinary(input: Uint8Array | string): boolean {
  const n = input.length;
  const at = typeof input === 'string' ? (i: number) => input.charCodeAt(i) : (i: number) => input[i];
  let total = 0;
  for (let start = 0; start < n; start += BINARY_BLOCK) {
    const end = Math.min(n, start + BINARY_BLOCK);
    let bad = 0;
    for (let i = start; i < end; i++) if (isControl(at(i))) bad++;
    total += bad;
    // a short last block is judged on the whole input only: 2 bad units in 50 are no binary file
    if (end - start === BINARY_BLOCK && bad / BINARY_BLOCK > BINARY_THRESHOLD) return true;
  }
  return n > 0 && total / n > BINARY_THRESHOLD;
}

/** UTF-16 without a BOM shows up as NUL in every other byte of ASCII-range text. */
function sniffUtf16(buf: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(buf.length - (buf.length % 2), 4096);
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenNul++;
    if (buf[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul / pairs > 0.4 && evenNul / pairs < 0.05) return 'utf-16le';
  if (evenNul / pairs > 0.4 && oddNul / pairs < 0.05) return 'utf-16be';
  return null;
}

const DECLARED = /<meta[^>]+charset\s*=\s*["']?([\w-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i;

function declaredCharset(buf: Uint8Array): string | null {
  const head = Buffer.from(buf.subarray(0, 4096)).toString('latin1');
  const m = DECLARED.exec(head);
  const name = (m?.[1] ?? m?.[2])?.toLowerCase() ?? null;
  return name && iconv.encodingExists(name) ? name : null;
}

/** Cyrillic-heavy single-byte text: chardet confuses windows-1251 and KOI8-R on short inputs,
 * so pick the one whose decoding has more lowercase than uppercase Cyrillic letters (normal prose). */
function pickCyrillic(buf: Uint8Array): string | null {
  const score = (enc: string) => {
    const s = iconv.decode(Buffer.from(buf.subarray(0, 65536)), enc);
    let lower = 0;
    let upper = 0;
    for (const ch of s) {
      if (ch >= 'а' && ch <= 'я') lower++;
      else if (ch >= 'А' && ch <= 'Я') upper++;
    }
    return { lower, upper };
  };
  const w = score('windows-1251');
  const k = score('koi8-r');
  const best =
    w.lower - w.upper >= k.lower - k.upper ? { enc: 'windows-1251', ...w } : { enc: 'koi8-r', ...k };
  return best.lower > 20 && best.lower > best.upper ? best.enc : null;
}

export function decodeBytes(buf: Uint8Array): Decoded {
  if (buf.length === 0) return { ok: false, code: 'ORBIT_E_EMPTY', message: 'file is empty (0 bytes)' };
  let text: string | null = null;
  let encoding = 'utf-8';
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    encoding = 'utf-8-bom';
    text = Buffer.from(buf.subarray(3)).toString('utf8');
  } else if (buf[0] === 0xff && buf[1] === 0xfe) {
    encoding = 'utf-16le';
    text = iconv.decode(Buffer.from(buf.subarray(2)), 'utf-16le');
  } else if (buf[0] === 0xfe && buf[1] === 0xff) {
    encoding = 'utf-16be';
    text = iconv.decode(Buffer.from(buf.subarray(2)), 'utf-16be');
  } else {
    const u16 = sniffUtf16(buf);
    if (u16) {
      encoding = u16;
      text = iconv.decode(Buffer.from(buf), u16);
    }
  }
  if (text === null) {
    if (looksBinary(buf)) {
      return {
        ok: false,
        code: 'ORBIT_E_BINARY',
        message: 'binary data (control bytes found), not a text document',
      };
    }
    try {
      text = utf8.decode(buf);
      encoding = 'utf-8';
    } catch {
      const declared = declaredCharset(buf);
      const guessed = declared ?? pickCyrillic(buf) ?? chardet.detect(buf)?.toLowerCase() ?? null;
      if (!guessed || !iconv.encodingExists(guessed)) {
        return { ok: false, code: 'ORBIT_E_DECODE', message: 'not valid UTF-8 and no known encoding fits' };
      }
      encoding = guessed;
      text = iconv.decode(Buffer.from(buf), guessed);
    }
  }
  if (looksBinary(text)) {
    return { ok: false, code: 'ORBIT_E_BINARY', message: `binary data after decoding as ${encoding}` };
  }
  // Below the threshold a stray NUL is dropped: PostgreSQL text cannot hold it.
  if (text.includes('\u0000')) text = text.replace(/\u0000/g, '');
  const replacement = (text.match(/\uFFFD/g) ?? []).length;
  if (replacement > 0 && replacement / text.length > 0.05) {
    return {
      ok: false,
      code: 'ORBIT_E_DECODE',
      message: `undecodable: ${replacement} invalid byte sequences`,
    };
  }
  return { ok: true, text: text.replace(/^\uFEFF/, '').normalize('NFC'), encoding };
}
