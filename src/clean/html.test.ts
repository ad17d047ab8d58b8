import { describe, expect, it } from 'vitest';
import { extractHtml } from './html.js';
import { normaliseDate, stripSiteName, titleAffixes } from './html-meta.js';
import { isBoilerplate } from './html-filter.js';

// Project-written fixtures (invented text), shaped like real news pages.
const P1 =
  'Foreign ministers from five Central Asian states met in Almaty on Tuesday, agreeing to expand rail transit, share water data and hold another round of talks before the end of the year.';
const P2 =
  'The joint statement, released after six hours of talks, said the ministers would ask their governments to fund a feasibility study for a new freight corridor across the Caspian Sea.';
const P3 =
  'Officials from two delegations said privately that disagreements over tariffs remained, and that the next meeting, planned for Tashkent, could slip into the spring.';

const NEWS_PAGE = `<!DOCTYPE html>
<html lang="en-GB"><head>
<title>Ministers agree rail plan | The Steppe Courier</title>
<meta property="og:site_name" content="The Steppe Courier">
<meta property="og:title" content="Ministers agree rail plan">
<meta name="description" content="Five ministers met in Almaty.">
<meta property="article:published_time" content="2024-03-05T14:20:00+06:00">
<meta name="author" content="Aigerim Sadykova">
<style>.x{color:red}</style><script>var ads = "Subscribe now to read more";</script>
</head><body>
<header class="site-header"><a href="/">Home</a> <a href="/world">World</a></header>
<nav><ul><li><a href="/politics">Politics</a></li><li><a href="/economy">Economy</a></li></ul></nav>
<div class="layout">
 <article class="article-body">
  <h1>Ministers agree rail plan</h1>
  <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
  <p class="byline">By Aigerim Sadykova</p>
  <figure><img src="a.jpg"><figcaption>The ministers in Almaty. Photo: Courier staff</figcaption></figure>
  <p>${P1}</p>
  <p>${P2}</p>
  <div class="ad-slot">Advertisement</div>
  <h2>Next steps</h2>
  <p>${P3}</p>
  <p>Read more: <a href="/other">Another story about trains</a></p>
  <div class="related-articles"><h3>Related articles</h3><ul>
   <li><a href="/a">Kazakhstan signs pipeline memorandum with neighbours</a></li>
   <li><a href="/b">Kyrgyz parliament debates new media law for months</a></li></ul></div>
 </article>
 <aside class="sidebar"><h3>Most read</h3><p><a href="/c">Celebrity news item</a></p></aside>
</div>
<section id="comments" class="comments"><h3>Comments</h3>
 <div class="comment"><p>This is a reader comment that is long enough to look like a paragraph of text, with commas, clauses, and opinions.</p></div>
</section>
<div class="newsletter-signup"><p>Sign up for our daily newsletter to get the news in your inbox.</p></div>
<div class="cookie-banner"><p>We use cookies to improve your experience. By continuing you accept our cookie policy.</p></div>
<footer><p>© 2024 The Steppe Courier. All rights reserved.</p></footer>
</body></html>`;

describe('extractHtml: news page with chrome', () => {
  const r = extractHtml(NEWS_PAGE, { url: 'https://www.steppecourier.example/world/rail' });

  it('keeps the article paragraphs and subheadings in order', () => {
    expect(r.text).toContain(P1);
    expect(r.text).toContain(P2);
    expect(r.text).toContain(P3);
    expect(r.text.indexOf(P1)).toBeLessThan(r.text.indexOf(P2));
    expect(r.text).toContain('Next steps');
  });

  it('drops navigation, share, related, comment, newsletter, cookie, caption and footer chrome', () => {
    for (const junk of [
      'Politics',
      'Share on Facebook',
      'Related articles',
      'Kazakhstan signs pipeline',
      'reader comment',
      'newsletter',
      'cookies',
      'All rights reserved',
      'Photo: Courier staff',
      'Advertisement',
      'Read more',
      'Most read',
      'By Aigerim',
      'var ads',
    ]) {
      expect(r.text).not.toContain(junk);
    }
    // The headline is metadata, not body text.
    expect(r.text.startsWith('Ministers agree rail plan')).toBe(false);
  });

  it('reports paragraph offsets that slice the text exactly', () => {
    expect(r.paragraphs.length).toBe(4);
    for (const p of r.paragraphs) {
      const s = r.text.slice(p.start, p.end);
      expect(s).toBe(s.trim());
      expect(s.length).toBeGreaterThan(0);
    }
    expect(r.paragraphs.map((p) => r.text.slice(p.start, p.end)).join('\n\n')).toBe(r.text);
  });

  it('reads the metadata', () => {
    expect(r.title).toBe('Ministers agree rail plan');
    expect(r.published).toBe('2024-03-05T14:20:00+06:00');
    expect(r.author).toBe('Aigerim Sadykova');
    expect(r.siteName).toBe('The Steppe Courier');
    expect(r.language).toBe('en');
    expect(r.description).toBe('Five ministers met in Almaty.');
  });
});

describe('extractHtml: JSON-LD metadata', () => {
  const page = `<html><head>
  <title>Border talks resume - Caspian Wire</title>
  <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
    {"@type":"WebSite","name":"Caspian Wire"},
    {"@type":"NewsArticle","headline":"Border talks resume","datePublished":"2023-11-20T09:00:00Z",
     "author":[{"@type":"Person","name":"Rustam Aliyev"},{"@type":"Person","name":"Nino Beridze"}],
     "publisher":{"@type":"Organization","name":"Caspian Wire"},"inLanguage":"az"}]}</script>
  <script type="application/ld+json">{ this is not json </script>
  </head><body><main><p>${P1}</p><p>${P2}</p></main></body></html>`;
  const r = extractHtml(page);

  it('takes date, authors, publisher and language from JSON-LD, tolerating a broken block', () => {
    expect(r.published).toBe('2023-11-20T09:00:00Z');
    expect(r.author).toBe('Rustam Aliyev, Nino Beridze');
    expect(r.siteName).toBe('Caspian Wire');
    expect(r.language).toBe('az');
    expect(r.title).toBe('Border talks resume');
    expect(r.text).toBe(`${P1}\n\n${P2}`);
  });

  it('falls back to <time datetime> and leaves unknowns null', () => {
    const t = extractHtml(
      `<html><body><article><time datetime="2022-07-01">1 July</time><p>${P1}</p><p>${P3}</p></article></body></html>`,
    );
    expect(t.published).toBe('2022-07-01');
    expect(t.author).toBeNull();
    expect(t.siteName).toBeNull();
    expect(t.language).toBeNull();
    expect(t.description).toBeNull();
  });
});

describe('extractHtml: bad input', () => {
  it('never throws on broken HTML and still finds text', () => {
    const broken = `<html><body><div class="content"><p>${P1}<p>${P2} <b>bold <i>open</div></span></td>&bogus; &amp; <<>> <p>${P3}`;
    const r = extractHtml(broken);
    expect(r.text).toContain(P1);
    expect(r.text).toContain(P3);
  });

  it('returns an empty extraction for empty, non-string and binary-looking input', () => {
    for (const bad of ['', '<', '<<<>>>', '\u0000\u0001\u0002', null, undefined, 42] as unknown[]) {
      const r = extractHtml(bad as string);
      expect(r.text).toBe('');
      expect(r.paragraphs).toEqual([]);
    }
  });

  it('survives 10,000-deep nesting without a stack overflow', () => {
    const deep =
      '<html><body>' +
      '<div>'.repeat(10000) +
      `<p>${P1}</p><p>${P2}</p>` +
      '</div>'.repeat(10000) +
      '</body></html>';
    expect(extractHtml(deep).text).toBe(`${P1}\n\n${P2}`);
    const unclosed = '<html><body>' + '<div><span>'.repeat(6000) + `<p>${P1}</p>`;
    expect(() => extractHtml(unclosed)).not.toThrow();
  });

  it('handles a multi-megabyte page', () => {
    const paras = Array.from({ length: 20000 }, (_, i) => `<p>Paragraph ${i}: ${P2}</p>`).join('');
    const big = `<html><body><nav>${'<a href="/x">Link</a>'.repeat(5000)}</nav><article>${paras}</article></body></html>`;
    expect(big.length).toBeGreaterThan(3_000_000);
    const r = extractHtml(big);
    expect(r.paragraphs.length).toBe(20000);
    expect(r.text).not.toContain('Link');
  });

  it('returns empty text for a page with no article', () => {
    const index = `<html><head><title>Home | Site</title></head><body><header><a href="/">Logo</a></header>
      <nav>${['World', 'Politics', 'Business', 'Sport'].map((s) => `<a href="/${s}">${s}</a>`).join(' ')}</nav>
      <div class="teasers"><ul>${Array.from({ length: 12 }, (_, i) => `<li><a href="/s${i}">Headline number ${i} about events somewhere</a></li>`).join('')}</ul></div>
      <footer>© 2024 Site</footer></body></html>`;
    const r = extractHtml(index);
    expect(r.text).toBe('');
    expect(r.paragraphs).toEqual([]);
    expect(r.title).toBe('Home');
  });
});

describe('extractHtml: text handling', () => {
  it('splits on <br>, keeps table rows as lines, normalises whitespace and NFC', () => {
    const page = `<html><body><div class="post-content"><p>${P1}<br>${P2}</p>
      <p>Caf\u0065\u0301 owners\u00a0 in   Baku said ${P3.toLowerCase()}</p>
      <table><tr><td>Kazakhstan</td><td>12.5</td></tr><tr><td>Uzbekistan</td><td>9.1</td></tr></table></div></body></html>`;
    const r = extractHtml(page);
    expect(r.text).toContain(`${P1}\n\n${P2}`);
    expect(r.text).toContain('Caf\u00e9 owners in Baku said');
    expect(r.text).toContain('Kazakhstan 12.5\n\nUzbekistan 9.1');
  });

  it('keeps embedded posts that quote people', () => {
    const page = `<html><body><article><p>${P1}</p><div class="social-media-embed"><blockquote class="twitter-tweet"><p>We will open the new border crossing next week, the minister wrote.</p>— Minister (@minister) March 1, 2024</blockquote></div><p>${P2}</p></article></body></html>`;
    expect(extractHtml(page).text).toContain('We will open the new border crossing next week');
  });
});

describe('extractHtml: CMS details', () => {
  it('follows JSON-LD @id references and prefers the WebSite name to the legal publisher', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Organization', '@id': '#org', name: 'Steppe Media Group LLC' },
        { '@type': 'WebSite', '@id': '#site', name: 'Steppe Review', publisher: { '@id': '#org' } },
        {
          '@type': 'NewsArticle',
          headline: 'Talks stall',
          author: { '@id': '#p1' },
          publisher: { '@id': '#org' },
          datePublished: '2026-01-05T10:00:00+05:00',
        },
        { '@type': 'Person', '@id': '#p1', name: 'Dana Kemelova' },
      ],
    });
    const r = extractHtml(
      `<html><head><script type="application/ld+json">${ld}</script></head><body><article><p>${P1}</p><p>${P2}</p></article></body></html>`,
    );
    expect(r.author).toBe('Dana Kemelova');
    expect(r.siteName).toBe('Steppe Review');
    expect(r.published).toBe('2026-01-05T10:00:00+05:00');
  });

  it('does not take the logo heading for the headline', () => {
    const page = (h: string) =>
      `<html><head><title>Talks stall over tariffs | Caspian Wire</title></head><body>${h}<div class="post"><h2>Talks stall over tariffs</h2><p>${P1}</p><p>${P2}</p></div></body></html>`;
    expect(extractHtml(page('<div id="header"><h1>Caspian Wire</h1></div>')).title).toBe(
      'Talks stall over tariffs',
    );
    expect(extractHtml(page('<h1><a href="/">Caspian Wire</a></h1>')).title).toBe('Talks stall over tariffs');
    expect(extractHtml(page('<div role="banner"><h1>Caspian Wire</h1></div>')).title).toBe(
      'Talks stall over tariffs',
    );
    // an article's own header keeps its h1
    expect(extractHtml(page('<div class="entry-header"><h1>Talks stall over tariffs</h1></div>')).title).toBe(
      'Talks stall over tariffs',
    );
  });

  it('lists the page lines around the article for the metadata heuristics', () => {
    const page = `<html><body><nav><a href="/">Home</a></nav><div class="meta"><span class="by">Dana Kemelova</span><span class="date">23.11.2026 14:05</span></div>
      <div class="text"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div><div class="foot">© 2026 Steppe Review</div></body></html>`;
    const r = extractHtml(page, { pageLines: true });
    expect(r.pageLines).toContainEqual({ text: 'Dana Kemelova 23.11.2026 14:05', where: 'before' });
    expect(r.pageLines).toContainEqual({ text: '© 2026 Steppe Review', where: 'after' });
    expect(r.pageLines?.some((l) => l.text === P1)).toBe(false);
    expect(extractHtml(page).pageLines).toBeUndefined();
  });

  it('drops a teaser label with its link and a list title with its links', () => {
    const page = `<html><body><div class="text"><p>${P1}</p><div class="inline"><span>İlgili Haber</span> <a href="/x">Özbek pamuğuna talep artıyor</a></div><p>${P2}</p>
      <p>Rubrics</p><p><a href="/a">Politics</a></p><p><a href="/b">Economy</a></p><p>${P3}</p></div></body></html>`;
    const t = extractHtml(page).text;
    expect(t).toContain(P2);
    expect(t).toContain(P3);
    expect(t).not.toContain('İlgili');
    expect(t).not.toContain('Rubrics');
  });

  it('treats a table cell of <br>-separated lines as a layout cell', () => {
    const page = `<html><body><table><tr><td><b>Menu</b><br><a href="/a">Politics</a><br><a href="/b">Society</a></td>
      <td><b>Talks stall</b><br><br>${P1}<br><br>${P2}<br><br>${P3}</td></tr></table></body></html>`;
    const t = extractHtml(page).text;
    expect(t).toContain(P1);
    expect(t).not.toContain('Society Talks stall');
  });
});

describe('metadata helpers', () => {
  it('normalises stated dates and keeps their offset', () => {
    expect(normaliseDate('2019-11-18T12:34:56.000+0000')).toBe('2019-11-18T12:34:56+00:00');
    expect(normaliseDate('2019-11-18 08:05')).toBe('2019-11-18T08:05:00');
    expect(normaliseDate('Mon, 18 Nov 2019 14:05:00 GMT')).toBe('2019-11-18T14:05:00Z');
    expect(normaliseDate('November 18, 2019')).toBe('2019-11-18');
    expect(normaliseDate('yesterday')).toBeNull();
    expect(normaliseDate('2019-13-45')).toBeNull();
  });

  it('strips site names from titles but keeps real headline dashes', () => {
    expect(stripSiteName('Talks stall - Caspian Wire', 'Caspian Wire', null)).toBe('Talks stall');
    expect(stripSiteName('World | Talks stall over tariffs in Baku', null, null)).toBe(
      'Talks stall over tariffs in Baku',
    );
    expect(stripSiteName('Baku - Tbilisi rail link reopens after repairs', null, null)).toBe(
      'Baku - Tbilisi rail link reopens after repairs',
    );
  });

  it('finds what the <title> adds around the headline', () => {
    expect(titleAffixes('Talks stall - Caspian Wire', 'Talks stall')).toEqual(['Caspian Wire']);
    expect(titleAffixes('World | Talks stall | Caspian Wire', 'Talks stall')).toEqual([
      'Caspian Wire',
      'World',
    ]);
    expect(titleAffixes('Caspian Wire :: Talks stall', 'Talks stall')).toEqual(['Caspian Wire']);
    expect(titleAffixes('Talks stall', 'Talks stall')).toEqual([]);
    expect(titleAffixes('Something else entirely', 'Talks stall')).toEqual([]);
  });

  it('recognises chrome lines but not prose', () => {
    expect(isBoilerplate('Share this article')).toBe(true);
    expect(isBoilerplate('By Jane Doe, Reuters')).toBe(true);
    expect(isBoilerplate('By Monday, the troops had left.')).toBe(false);
    expect(isBoilerplate(P1)).toBe(false);
  });
});
