/**
 * Line-level boilerplate that survives container selection: share prompts, "Related" and
 * "Read more" teasers, subscription prompts, cookie and copyright notices, photo credits,
 * bylines and date lines. Only short paragraphs are tested, so article prose is safe.
 */
import { type Block, nonWs } from './html-blocks.js';
import { turkishProbe } from './boilerplate.js';

const SOCIAL =
  '(?:share|tweet|email|e-mail|print|facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|telegram|messenger|flipboard|copy link|comment|comments|save|google\\+?)';
const SHARE_LINE = new RegExp(
  `^(?:${SOCIAL}(?:\\s*(?:this|on|via|article|story|page|post))*[\\s|·•/,:]*)+$`,
  'i',
);

const BOILERPLATE: RegExp[] = [
  /^(?:advertisement|advertisements|advertising|ad|ads|sponsored|sponsored content|paid content|promoted)$/i,
  /^(?:story|article) continues below/i,
  /^(?:continue reading|scroll (?:down )?to continue|read (?:the )?full (?:story|article))\b/i,
  /^(?:related|related (?:articles?|stories|content|coverage|posts|links|topics|news|reading)|more (?:from|on|about|stories|news)\b.*|recommended(?: for you)?|you (?:may|might) (?:also )?like\b.*|also read\b.*|see also\b.*|most (?:read|popular|viewed|shared)|trending(?: now)?|read more|read next|up next|what to read next|editor'?s picks|top stories|latest news|more stories)\s*:?$/i,
  /^(?:read more|related|see also|also read|also see|read also|more|watch|listen|recommended|read next)\s*:\s*\S.{0,160}$/i,
  /^(?:sign up|subscribe|get|join|register)\b.{0,120}\b(?:newsletter|inbox|email|e-mail|updates|alerts|digest|briefing)s?\b.{0,60}$/i,
  /\b(?:newsletter|subscribe now|subscribe to our|already a subscriber|create (?:a free |an )?account|log ?in to|sign in to)\b/i,
  /\bcookies?\b.{0,120}\b(?:use|accept|consent|policy|settings|browsing|experience)\b/i,
  /(?:©|\(c\)|copyright)\s*(?:\d{4}|[\p{L}]).{0,150}$/iu,
  /\ball rights reserved\b/i,
  /^(?:photo|photos|image|images|picture|pictures|video|credit|source|graphic|illustration)s?\s*(?::|by\b|credit\b|courtesy\b)/i,
  /\((?:photo|image|picture|credit|getty|ap|reuters|afp|epa|shutterstock)[^)]{0,80}\)\s*$/i,
  /\b(?:getty images|shutterstock|ap photo|reuters\/|afp via getty|epa-efe|associated press photo)\b/i,
  /^(?:follow|like) (?:us|me|him|her|them)\b.{0,80}$/i,
  /^(?:previous|next|older|newer)(?: (?:post|article|story|entry|page|image|slide))?s?\s*[»›>]?$/i,
  /^[«‹<]?\s*(?:previous|next|older|newer)[^\p{L}]{0,8}$/iu,
  /^(?:advert|advertisment|anzeige|publicité|publicidad|реклама)$/i,
  /^this slideshow requires javascript/i,
  /^\[\w+[^\]]*\].*\[\/\w+\]$/,
  /\bsubject to copyright\b/i,
  /^citation\s*:/i,
  /^(?:loading|please enable javascript|javascript is (?:disabled|required)|your browser does not support)\b/i,
  /^(?:image|photo|slide)\s+\d+\s+(?:of|\/)\s+\d+/i,
  /^\d+\s*(?:of|\/)\s*\d+$/,
  /^(?:\d+\s+)?(?:comments?|replies|responses)\s*(?:\(\d+\))?$/i,
  /^(?:leave|post|add|write|view|show|hide|load) (?:a |your |all |more )?(?:comments?|reply|replies|response)\b/i,
  /^(?:published|updated|posted|last updated|first published|created|modified)(?: on| at)?\s*:?\s*.{0,60}\d.{0,40}$/i,
  /^(?:tags?|topics?|filed under|categories|category|keywords)\s*:/i,
  /^(?:share (?:this|on|via)|share)\b.{0,40}$/i,
  /^(?:this (?:article|story|post|content) (?:is|was) (?:only )?available\b)/i,
  /^(?:we've noticed|it looks like you(?:'re| are) using an ad ?blocker)/i,
  // Labels of tag and topic lists whose links were removed ("Tags", "Теги").
  /^(?:tags?|topics?|keywords|categories|filed under|etiketler|anahtar kelimeler|теги|метки|ключевые слова)\s*:?$/iu,
  /\b(?:support (?:our|independent|quality) journalism|donate (?:today|now)|become a (?:member|supporter|patron))\b/i,
];

// "Read also", "İlgili Haber", "Читайте также": a label that turns the link after it into a teaser.
const TEASER_LABEL =
  /^(?:read (?:also|more|next)|also read|see also|related(?: (?:article|story|news))?|more on this|ilgili haber(?:ler)?|bunu da okuyun|ayrıca (?:bakınız|okuyun)|читайте (?:также|тоже)|смотрите также|по теме)\s*[:|»›>-]?\s*/iu;

// "By Jane Doe, Reuters" — a byline left inside the container. Lines ending like sentences are
// kept ("By Monday, the troops had left.").
const BYLINE =
  /^(?:[Bb]y|BY|[Ww]ritten [Bb]y|[Ww]ords [Bb]y|[Rr]eported [Bb]y)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|,|de|van|von|da|del|al|el|bin))*\s*(?:[,|·•-]\s*.{0,60})?$/u;

/** Whether a short paragraph is site chrome rather than article text. */
export function isBoilerplate(raw: string): boolean {
  if (raw.length > 220) return false;
  const text = turkishProbe(raw);
  if (SHARE_LINE.test(text)) return true;
  for (const re of BOILERPLATE) if (re.test(text)) return true;
  // Nothing but punctuation, digits or a single short token: bullets, counters, "|".
  if (!/\p{L}{2}/u.test(text)) return true;
  if (BYLINE.test(text) && !/[.!?]$/.test(text)) return true;
  return false;
}

/** Whether `b` is a link-only teaser (a headline link standing alone in the text). */
export function isLinkLine(b: Block): boolean {
  if (b.nws === 0 || b.text.length >= 200) return false;
  if (b.linkNws / b.nws > 0.8 && b.text.length < 160 && !/[.!?…"”»]$/.test(b.text)) return true;
  // A teaser label followed by a linked headline: the label is plain text, the rest a link.
  const label = TEASER_LABEL.exec(turkishProbe(b.text));
  if (!label || label[0].length === b.text.length) return false;
  return b.linkNws / Math.max(1, b.nws - nonWs(label[0])) > 0.8;
}
