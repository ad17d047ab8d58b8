/** Unit tests for the UI's document, timeline, network and entity helpers (no browser). */
import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown, safeHref } from '../../web/src/lib/markdown';

describe('parseMarkdown', () => {
  it('reads headings, bullet lists and paragraphs', () => {
    const blocks = parseMarkdown('# Title\n\n## Key events\n\n- one\n- two\n\nNothing in this period.\n');
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'heading', 'list', 'para']);
    expect(blocks[1]).toMatchObject({ kind: 'heading', level: 2 });
    expect(blocks[2]).toMatchObject({ kind: 'list', ordered: false });
    expect(blocks[2].kind === 'list' && blocks[2].items.length).toBe(2);
  });

  it('keeps escaped characters literal and markup as text', () => {
    expect(parseInline('a \\*b\\* \\<script\\> \\[x\\]')).toEqual([
      { kind: 'text', text: 'a *b* <script> [x]' },
    ]);
    expect(parseInline('<img src=x onerror=alert(1)>')).toEqual([
      { kind: 'text', text: '<img src=x onerror=alert(1)>' },
    ]);
  });

  it('reads a briefing citation: escaped brackets inside the link text, the reader address as href', () => {
    const [link] = parseInline('[\\[Leaders \\<b\\>meet, “They met.”\\]](/#/doc/abc?at=3-9)');
    expect(link).toEqual({
      kind: 'link',
      href: '#/doc/abc?at=3-9',
      children: [{ kind: 'text', text: '[Leaders <b>meet, “They met.”]' }],
    });
  });

  it('drops links to anything but the app and http(s), keeping their text', () => {
    expect(parseInline('[click](javascript:alert(1))')).toEqual([
      { kind: 'text', text: 'click' },
      { kind: 'text', text: ')' },
    ]);
    expect(safeHref('data:text/html,x')).toBeNull();
    expect(safeHref('https://example.org/a')).toBe('https://example.org/a');
    expect(safeHref('#/entity/x')).toBe('#/entity/x');
  });

  it('reads emphasis, strong and code, and leaves unclosed markers as text', () => {
    expect(parseInline('*a* **b** `c` * d snake_case_name')).toEqual([
      { kind: 'em', children: [{ kind: 'text', text: 'a' }] },
      { kind: 'text', text: ' ' },
      { kind: 'strong', children: [{ kind: 'text', text: 'b' }] },
      { kind: 'text', text: ' ' },
      { kind: 'code', text: 'c' },
      { kind: 'text', text: ' * d snake_case_name' },
    ]);
  });

  it('survives empty and non-string input', () => {
    expect(parseMarkdown('')).toEqual([]);
    expect(parseMarkdown(null)).toEqual([]);
  });
});
