/**
 * A small Markdown reader for the briefings the server writes: headings, bullet and numbered
 * lists, paragraphs, and inline links, *emphasis*, **strong** and `code`. It builds a tree that the page
 * renders as React elements, so no text ever becomes markup; backslash escapes are honoured and
 * links keep only addresses inside the app or on http(s).
 */

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'em' | 'strong'; children: Inline[] }
  | { kind: 'code'; text: string }
  | { kind: 'link'; href: string; children: Inline[] };

export type Block =
  | { kind: 'heading'; level: number; children: Inline[] }
  | { kind: 'para'; children: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] };

const ESCAPABLE = /[\\`*_{}[\]()#+\-.!|<>"'~]/;

/** An address the UI may follow: its own routes (hash or root-hash) or http(s). Null otherwise. */
export function safeHref(raw: string): string | null {
  const url = raw.trim();
  if (/^\/?#\//.test(url)) return url.replace(/^\//, '');
  if (/^https?:\/\/[^\s]+$/i.test(url)) return url;
  return null;
}

/** Parses inline Markdown. Unclosed markers stay literal text. */
export function parseInline(src: string): Inline[] {
  const out: Inline[] = [];
  let buf = '';
  const flush = () => {
    if (buf) out.push({ kind: 'text', text: buf });
    buf = '';
  };
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === '\\' && i + 1 < src.length && ESCAPABLE.test(src[i + 1])) {
      buf += src[i + 1];
      i += 2;
      continue;
    }
    if (ch === '`') {
      const close = src.indexOf('`', i + 1);
      if (close > i) {
        flush();
        out.push({ kind: 'code', text: src.slice(i + 1, close) });
        i = close + 1;
        continue;
      }
    }
    if (ch === '[') {
      const close = matchBracket(src, i);
      if (close > 0 && src[close + 1] === '(') {
        const end = src.indexOf(')', close + 2);
        if (end > 0) {
          const href = safeHref(src.slice(close + 2, end));
          const children = parseInline(src.slice(i + 1, close));
          flush();
          if (href) out.push({ kind: 'link', href, children });
          else out.push(...children);
          i = end + 1;
          continue;
        }
      }
    }
    // Emphasis is "*" only: "_" is a letter in names and identifiers (the server escapes both).
    if (ch === '*') {
      const strong = src[i + 1] === ch;
      const marker = strong ? ch + ch : ch;
      const close = findClose(src, i + marker.length, marker);
      // Emphasis must hug its text ("*a*", not "* a *").
      const hugs =
        close > i + marker.length && !/\s/.test(src[i + marker.length]) && !/\s/.test(src[close - 1]);
      if (close > 0 && hugs) {
        flush();
        out.push({
          kind: strong ? 'strong' : 'em',
          children: parseInline(src.slice(i + marker.length, close)),
        });
        i = close + marker.length;
        continue;
      }
    }
    buf += ch;
    i++;
  }
  flush();
  return out;
}

/** Index of the "]" closing the "[" at `open`, skipping escaped and nested brackets; -1 if none. */
function matchBracket(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    if (src[i] === '\\') {
      i++;
      continue;
    }
    if (src[i] === '[') depth++;
    else if (src[i] === ']' && --depth === 0) return i;
  }
  return -1;
}

function findClose(src: string, from: number, marker: string): number {
  for (let i = from; i < src.length; i++) {
    if (src[i] === '\\') {
      i++;
      continue;
    }
    if (src.startsWith(marker, i)) return i;
  }
  return -1;
}

/** Parses block Markdown: headings, lists, paragraphs separated by blank lines. */
export function parseMarkdown(md: string | null | undefined): Block[] {
  const lines = (typeof md === 'string' ? md : '').replace(/\r\n?/g, '\n').split('\n');
  const out: Block[] = [];
  let para: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  const endPara = () => {
    if (para.length) out.push({ kind: 'para', children: parseInline(para.join(' ')) });
    para = [];
  };
  const endList = () => {
    if (list) out.push({ kind: 'list', ordered: list.ordered, items: list.items.map(parseInline) });
    list = null;
  };
  for (const line of lines) {
    const h = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    const bullet = /^\s{0,3}[-*+]\s+(.*)$/.exec(line);
    const numbered = /^\s{0,3}\d{1,9}[.)]\s+(.*)$/.exec(line);
    if (h) {
      endPara();
      endList();
      out.push({ kind: 'heading', level: h[1].length, children: parseInline(h[2]) });
    } else if (bullet || numbered) {
      endPara();
      const ordered = !bullet;
      if (list && list.ordered !== ordered) endList();
      if (!list) list = { ordered, items: [] };
      list.items.push((bullet ?? numbered)![1]);
    } else if (line.trim() === '') {
      endPara();
      endList();
    } else if (list && /^\s{2,}\S/.test(line)) {
      list.items[list.items.length - 1] += ` ${line.trim()}`;
    } else {
      endList();
      para.push(line.trim());
    }
  }
  endPara();
  endList();
  return out;
}
