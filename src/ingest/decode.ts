/**
 * Bytes → text. Encoding detection with BOMs first, then strict UTF-8, then the HTML/XML
 * declared charset, then chardet's statistical guess among the legacy encodings that matter
 * for the region's press (windows-1251, KOI8-R, ISO-8859-x, UTF-16 without BOM).
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { ErrorCode } from '../errors.js';

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; code: ErrorCode; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Share of bytes that are control characters other than tab/newline/CR/form feed. */
function controlRatio(buf: Uint8Array, limit = 65536): number {
  const n = Math.min(buf.length, limit);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) bad++;
  }
  return n ? bad / n : 0;
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
  const best = w.lower - w.upper >= k.lower - k.upper ? { enc: 'windows-1251', ...w } : { enc: 'koi8-r', ...k };
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
    if (controlRatio(buf) > 0.02) {
      return { ok: false, code: 'ORBIT_E_BINARY', message: 'binary data (control bytes found), not a text document' };
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
  if (text.includes('\u0000') || controlRatio(Buffer.from(text.slice(0, 65536), 'utf8')) > 0.02) {
    return { ok: false, code: 'ORBIT_E_BINARY', message: `binary data after decoding as ${encoding}` };
  }
  const replacement = (text.match(/\uFFFD/g) ?? []).length;
  if (replacement > 0 && replacement / text.length > 0.05) {
    return { ok: false, code: 'ORBIT_E_DECODE', message: `undecodable: ${replacement} invalid byte sequences` };
  }
  return { ok: true, text: text.replace(/^\uFEFF/, '').normalize('NFC'), encoding };
}
