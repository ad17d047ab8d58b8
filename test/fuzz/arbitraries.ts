/**
 * fast-check generators for hostile article input, and the invariant checks every fuzz test
 * shares. The generators mix plausible news prose with the things that break text pipelines:
 * zero-width and bidi controls, unclosed quotation marks in several scripts, impossible dates,
 * Cyrillic-only text, very long lines, markup fragments.
 */
import fc from 'fast-check';
import { ERRORS } from '../../src/errors.js';

export const KNOWN_CODES = new Set(Object.keys(ERRORS));

const WORDS = [
  'Kazakhstan',
  'Turkey',
  'officials',
  'met',
  'in',
  'Baku',
  'on',
  'Monday',
  'said',
  'the',
  'minister',
  'President',
  'Tokayev',
  'CSTO',
  'talks',
  'border',
  'gas',
  'Astana',
  'according',
  'to',
  'Reuters',
  'told',
  'reporters',
  'agreement',
  'signed',
  'of',
  'and',
  'Armenia',
  'Azerbaijan',
  'Moscow',
  'Beijing',
  'SCO',
  '2022',
  '$5 billion',
  '40%',
  'Mr.',
  'Dr.',
  'U.S.',
  'e.g.',
];
const CYRILLIC = [
  'Переговоры',
  'в',
  'Бишкеке',
  'министр',
  'заявил',
  'что',
  'Казахстан',
  'и',
  'Россия',
  'подписали',
  'соглашение',
  'по',
  'словам',
  '«Мы',
  'готовы»',
  'ОДКБ',
  'марта',
  '2022',
  'года',
  'Токаев',
];
/** Characters that must never confuse offsets: zero-width, bidi controls, BOM, soft hyphen, odd spaces. */
export const INVISIBLE = [
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '\u00AD',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u00A0',
  '\u2028',
  '\u2029',
  '\u3000',
];
const QUOTES = ['"', '“', '”', '„', '«', '»', '‹', '›', '‘', '’', "'", '「', '」'];
const DATES = [
  '31.02.2022',
  '30 February 2023',
  '2022-13-45',
  '29.02.2023',
  '00.00.0000',
  '32/01/2021',
  'February 31, 2022',
  '31 апреля 2022 года',
  '9999-99-99',
  '12.03.2022',
  'March 5, 2023',
  'yesterday',
  'last week',
  '1 January 1900',
  '2100-01-01',
];
const MARKUP = [
  '<script>alert(1)</script>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:void(0)" onclick="x()">link</a>',
  '&amp;',
  '&#0;',
  '&#xD800;',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '</p>',
  '<p>',
  '<div',
  '>',
];

const token = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...CYRILLIC) },
  { weight: 2, arbitrary: fc.constantFrom(...QUOTES) },
  { weight: 2, arbitrary: fc.constantFrom(...INVISIBLE) },
  { weight: 2, arbitrary: fc.constantFrom(...DATES) },
  { weight: 1, arbitrary: fc.constantFrom(...MARKUP) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('.', ',', '!', '?', ':', ';', '—', '…', '\n', '\n\n', '\t', '(', ')'),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);

/** Newsy text with hostile characters sprinkled in. */
export const hostileText = fc.array(token, { minLength: 0, maxLength: 120 }).map((ts) => ts.join(' '));

/** Cyrillic-only prose (no Latin letters at all). */
export const cyrillicText = fc
  .array(fc.constantFrom(...CYRILLIC, '.', ',', '\n\n'), { minLength: 5, maxLength: 80 })
  .map((ts) => ts.join(' '));

/** HTML built from hostile fragments: scripts, iframes, event handlers, unclosed tags. */
export const hostileHtml = fc
  .tuple(
    fc.array(
      fc.tuple(
        fc.constantFrom(
          'p',
          'div',
          'span',
          'article',
          'h1',
          'li',
          'a',
          'b',
          'table',
          'td',
          'section',
          'font',
        ),
        hostileText,
        fc.boolean(),
        fc.constantFrom(
          '',
          ' onclick="alert(1)"',
          ' onmouseover=evil()',
          ' style="display:none"',
          ' class="article-body"',
          ' hidden',
        ),
      ),
      { maxLength: 25 },
    ),
    fc.boolean(),
  )
  .map(([parts, wrap]) => {
    const body = parts
      .map(([tag, text, close, attr]) => `<${tag}${attr}>${text}${close ? `</${tag}>` : ''}`)
      .join('\n');
    return wrap
      ? `<!doctype html><html><head><title>T</title><script>document.cookie</script></head><body>${body}</body></html>`
      : body;
  });

/** Bytes that stress the decoder: random, truncated UTF-8, mixed legacy encodings. */
export const hostileBytes = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }),
  hostileText.map((s) => {
    const b = Buffer.from(s, 'utf8');
    return new Uint8Array(b.subarray(0, Math.max(0, b.length - 1))); // cut inside a multi-byte character
  }),
  fc
    .tuple(cyrillicText, hostileText)
    .map(
      ([ru, en]) =>
        new Uint8Array(
          Buffer.concat([
            Buffer.from(ru, 'latin1'),
            Buffer.from(en, 'utf8'),
            Buffer.from([0xc0, 0xff, 0xfe]),
          ]),
        ),
    ),
  fc
    .tuple(
      fc.constantFrom(
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from([0xff, 0xfe]),
        Buffer.from([0xfe, 0xff]),
        Buffer.alloc(0),
      ),
      hostileText,
    )
    .map(([bom, s]) => new Uint8Array(Buffer.concat([bom, Buffer.from(s, 'utf8')]))),
);

/** True for "YYYY", "YYYY-MM", "YYYY-MM-DD" (real calendar dates), optionally with a time part. */
export function isValidIsoDate(v: string): boolean {
  const m =
    /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/i.exec(
      v,
    );
  if (!m) return false;
  const y = Number(m[1]);
  if (m[2] === undefined) return true;
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return false;
  if (m[3] === undefined) return true;
  const d = Number(m[3]);
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

/** Problems with a list of spans over `text` (empty list = all in range and, with `text` fields, exact). */
export function spanProblems(
  text: string,
  spans: { start: number; end: number; text?: string }[],
  what: string,
): string[] {
  const out: string[] = [];
  for (const s of spans) {
    if (
      !Number.isInteger(s.start) ||
      !Number.isInteger(s.end) ||
      s.start < 0 ||
      s.end < s.start ||
      s.end > text.length
    ) {
      out.push(`${what} [${s.start}, ${s.end}) out of range 0..${text.length}`);
    } else if (s.text !== undefined && text.slice(s.start, s.end) !== s.text) {
      out.push(
        `${what} [${s.start}, ${s.end}) text ${JSON.stringify(s.text)} != ${JSON.stringify(text.slice(s.start, s.end))}`,
      );
    }
  }
  return out;
}

/** Fuzz runs per property; FUZZ_RUNS=2000 for a longer local session. */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
