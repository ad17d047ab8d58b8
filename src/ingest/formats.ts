/** Which reader an input needs: decided from the file extension, then from the content. */
import type { InputFormat } from '../model/index.js';

const BY_EXTENSION: Record<string, InputFormat> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.rss': 'rss',
  '.atom': 'atom',
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
};

/**
 * The name of the root element of an XML text (lowercased input), after the prolog: an XML
 * declaration, comments, processing instructions and a DOCTYPE (with or without an internal
 * subset, `<!DOCTYPE rss [ <!ENTITY …> ]>`). Null when the text does not start like XML.
 */
function xmlRoot(lower: string): string | null {
  const m =
    /^(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!doctype\s[^[>]*(?:\[[\s\S]*?\]\s*)?>\s*)*<([a-z][\w:.-]*)[\s>/]/.exec(
      lower,
    );
  return m ? m[1] : null;
}

export function detectFormat(path: string, text: string): InputFormat {
  const head = text.slice(0, 2048).trimStart();
  const lower = head.toLowerCase();
  const ext = /\.[a-z0-9]+$/i.exec(path)?.[0]?.toLowerCase() ?? '';
  const byExt = BY_EXTENSION[ext];
  if (byExt === 'rss' || byExt === 'atom') return /<feed[\s>]/.test(lower) ? 'atom' : 'rss';
  if (ext === '.xml' || byExt === undefined || byExt === 'text') {
    const root = xmlRoot(lower);
    if (root === 'rss' || root === 'rdf:rdf' || /<rdf:rdf[\s>]/.test(lower)) return 'rss';
    if (root === 'feed') return 'atom';
  }
  if (byExt) return byExt;
  if (/^<!doctype html|^<html[\s>]|^<head[\s>]|^<body[\s>]/.test(lower)) return 'html';
  if (head.startsWith('{') || head.startsWith('[')) {
    // one object per line → JSON Lines; otherwise a JSON document
    const firstLine = head.split('\n', 1)[0].trim();
    if (head.startsWith('{') && firstLine.endsWith('}') && text.trim().split('\n').length > 1) return 'jsonl';
    return 'json';
  }
  if (/<(p|div|article|h1)[\s>]/.test(lower) && /<\/(p|div|article|h1)>/.test(lower)) return 'html';
  return 'text';
}

/** Text that is HTML markup rather than prose (feed and JSON bodies can be either). */
/** A closing tag, a line break or a paragraph/image tag: "<Strong Point Inc>" in wire copy is no markup. */
export const looksLikeHtml = (s: string): boolean =>
  /<\/(p|div|span|a|strong|em|b|i|h[1-6]|ul|ol|li|blockquote|figure|table)>|<br\s*\/?>|<p>|<p\s+\w+=|<img\s/i.test(
    s,
  );
