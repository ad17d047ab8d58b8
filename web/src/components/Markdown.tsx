/** Renders parsed Markdown (lib/markdown) as React elements: text stays text. */
import type { ReactNode } from 'react';
import { parseMarkdown, type Block, type Inline } from '../lib/markdown';

function inlines(list: Inline[], key = ''): ReactNode[] {
  return list.map((n, i) => {
    const k = `${key}${i}`;
    switch (n.kind) {
      case 'text':
        return n.text;
      case 'code':
        return <code key={k}>{n.text}</code>;
      case 'em':
        return <em key={k}>{inlines(n.children, `${k}.`)}</em>;
      case 'strong':
        return <strong key={k}>{inlines(n.children, `${k}.`)}</strong>;
      case 'link': {
        // A briefing's citation is a link whose text is the bracketed [title, “sentence”].
        const first = n.children[0];
        const cite = first?.kind === 'text' && first.text.startsWith('[');
        const external = /^https?:/i.test(n.href);
        return (
          <a
            key={k}
            href={n.href}
            className={cite ? 'cite' : undefined}
            {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
          >
            {inlines(n.children, `${k}.`)}
          </a>
        );
      }
    }
  });
}

function block(b: Block, i: number): ReactNode {
  switch (b.kind) {
    case 'heading': {
      const H = `h${Math.min(6, b.level)}` as 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
      return <H key={i}>{inlines(b.children)}</H>;
    }
    case 'para':
      return <p key={i}>{inlines(b.children)}</p>;
    case 'list': {
      const L = b.ordered ? 'ol' : 'ul';
      return (
        <L key={i}>
          {b.items.map((item, j) => (
            <li key={j}>{inlines(item, `${j}.`)}</li>
          ))}
        </L>
      );
    }
  }
}

export function Markdown(props: { text: string; className?: string; testId?: string }) {
  return (
    <div className={props.className} data-testid={props.testId}>
      {parseMarkdown(props.text).map(block)}
    </div>
  );
}
