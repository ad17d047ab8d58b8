/**
 * Site chrome that browsers copy along with an article: menus, share buttons, subscription
 * prompts, comment rules, archive calendars, captions, copyright and cookie lines. The rules are
 * data — arrays of patterns, each with the reason it exists — and are written for the kinds of
 * chrome news sites share, not for any one site. English first, with Russian and Turkish forms.
 *
 * Every test runs on one normalised line (see `normalizeLine`): whitespace collapsed, trimmed,
 * leading bullets removed.
 */

/** How a chrome line affects the search for the article body. */
export type ChromeKind =
  /** drop the line; the body may continue after it */
  | 'drop'
  /** drop the line; it usually follows the article (related links, tags), so it weighs more */
  | 'tail'
  /** drop the line; nothing after it belongs to the article (comment forms, feed disclaimers) */
  | 'end';

export type ChromeRule = {
  re: RegExp;
  kind: ChromeKind;
  /** only lines up to this many characters (long lines are prose that merely mention the words) */
  maxLen?: number;
  why: string;
};

const SOCIAL =
  'twitter|x|facebook|fb|instagram|youtube|telegram|tiktok|vk|vkontakte|ok|odnoklassniki|whatsapp|viber|linkedin|' +
  'pinterest|reddit|rss|e-?mail|mail|skype|threads|dzen|zen|yandex ?zen|google news|apple store|app store|' +
  'play market|google play|flipboard|tumblr|messenger|line|wechat|weibo|print|copy link|share|mastodon|bluesky';

/** Whole-line chrome patterns. Order does not matter; the first match decides the kind. */
export const CHROME_RULES: ChromeRule[] = [
  // --- navigation and widgets --------------------------------------------------------------
  {
    re: new RegExp(`^(?:(?:${SOCIAL})(?:\\s*[,|/·•]\\s*|\\s+)?)+$`, 'i'),
    kind: 'drop',
    maxLen: 120,
    why: 'share-button and app-store labels, alone or in a row',
  },
  {
    re: /^(?:back to top(?: button)?|scroll to top|to top|go to top|наверх|read more|read also|also read|see also|more news|tweet|email|print version|font size|размер шрифта|версия для печати|load more|show more|next|previous|prev|home|menu|main menu|search|close|open|skip to (?:main )?content|loading\.*|advertisement|advertising|ads?|sponsored|реклама|reklam|night[_ ]?theme|dark mode|light mode|a\+|a-|aa|print|copy link|subscribe|подписаться|login|log in|sign in|register|войти|вход|giriş|en son|latest|breaking|главная|ana sayfa)$/i,
    kind: 'drop',
    why: 'single navigation words and widget labels',
  },
  {
    re: /^(?:(?:click|tap) here to share(?: (?:on|via) social media| this (?:article|story))?|share\s*\d+|(?:previous|next|prev) (?:news|article|story|post|item)|предыдущ(?:ая|ий) (?:новость|материал|статья)|следующ(?:ая|ий) (?:новость|материал|статья)|önceki (?:haber|yazı)|sonraki (?:haber|yazı)|purchase licensing rights(?:, opens new tab)?|suggested topics\s*:?|перейти в (?:фото|медиа)банк|(?:go to|open) (?:the )?photo ?bank)$/i,
    kind: 'drop',
    why: 'share counters, previous/next-story links and licensing and photo-bank buttons ("share2", "Next news", "Purchase Licensing Rights", "Перейти в фотобанк")',
  },
  {
    re: /^(?:(?:save|share\d*|(?:click|tap) here to share(?: (?:on|via) social media)?|bookmark|comments?|copy)\s*[|·•]?\s*){2,}$/i,
    kind: 'drop',
    maxLen: 120,
    why: 'rows of article-tool labels run together ("Save Click here to share on social media share2 Share")',
  },
  {
    re: /^copy\/?\s*paste the (?:\w+ )?(?:video )?embed (?:link|code)\b|^(?:copy|embed)$/i,
    kind: 'drop',
    maxLen: 120,
    why: 'embed-code widgets ("Copy/paste the article video embed link below:")',
  },
  {
    re: /^(?:what are you looking for|type (?:here )?to search|search (?:for|here)|enter (?:your )?(?:search|keywords?)|поиск(?: по сайту)?|что вы ищете|ara|aramak için)\s*[?.:…]*$/i,
    kind: 'drop',
    why: 'search box prompts',
  },
  {
    re: /^(?:(?:en|eng|ru|rus|tr|kz|kk|kaz|ky|kg|kyr|uz|uzb|az|aze|am|arm|hy|ka|ge|geo|tj|tg|tk|uk|ua|de|fr|es|ar|fa|zh|cn|english|русский|türkçe|қазақша|казахский|o['‘’]?zbek(?:cha)?|ўзбекча|кыргызча|azərbaycan(?:ca)?|հայերեն|ქართული|тоҷикӣ|türkmen(?:çe)?|українська)(?:\s*[|/·•,]\s*|\s+)?)+$/i,
    kind: 'drop',
    maxLen: 80,
    why: 'language switchers ("ru", "arm", "EN | RU | KZ")',
  },
  {
    // "ENG | РУС | ՀԱՅ | AZƏ", "EN  RU  UZ": short upper-case codes in any script, nothing else
    re: /^(?:\p{Lu}{2,4}(?:\s*[|/·•,]\s*|\s+))+\p{Lu}{2,4}$/u,
    kind: 'drop',
    maxLen: 40,
    why: 'language switchers written in several scripts',
  },
  {
    re: /^(?:listen to (?:this |the )?(?:article|story|audio)|reading time|read time|estimated reading time|время (?:на )?чтения|okuma süresi)\b[\s:(\d–-]*(?:min(?:ute)?s?|мин(?:ут[аы]?)?|dk|dakika)?\.?\)?\s*(?:read)?$/i,
    kind: 'drop',
    maxLen: 60,
    why: 'audio-player and reading-time widgets',
  },
  {
    re: /^\d{1,3}\s*(?:min(?:ute)?s?|мин(?:ут[аы]?)?|dk)\.?\s*(?:read|чтения|okuma)$/i,
    kind: 'drop',
    why: '"4 min read" labels',
  },
  {
    re: /^(?:ссылка скопирована|link copied|copied|bağlantı kopyalandı|скопировано)!?$/i,
    kind: 'drop',
    why: 'clipboard confirmations of share widgets',
  },
  // --- sharing and following -----------------------------------------------------------------
  // "Share on" only before a network or alone: prose says "cts per share on revenues of ...".
  {
    re: /\b(?:spread the love|share (?:it|this|the story|the article)\b|share on(?:\s+(?:facebook|twitter|x|telegram|whatsapp|viber|vk|vkontakte|linkedin|reddit|pinterest|odnoklassniki|e-?mail)\b|:?\s*$)|liked? (?:the|this) (?:story|article)|follow us\b|join us on|like us on|share this (?:article|story|post)|share or comment on this (?:article|story)|поделиться|поделитесь|подписывайтесь на нас|paylaş|bizi takip edin|(?:google news['’]?(?:te|ta|de|da)\s+)?takip et$)/i,
    kind: 'drop',
    maxLen: 140,
    why: 'share and follow prompts',
  },
  {
    re: new RegExp(
      `^(?:read|follow|читайте|следите за|takip edin)\\s+(?:us|\\S+(?:\\s\\S+){0,2})\\s+(?:on|in|в|на)\\s+(?:${SOCIAL})\\b(?:\\s+(?:and|и|or|и в)\\s+\\S+)?(?:\\s+and never miss\\b.*)?[.!]?$`,
      'iu',
    ),
    kind: 'drop',
    maxLen: 120,
    why: 'follow prompts naming the site ("Читайте РБК в Telegram", "Follow X on Telegram and never miss the news!")',
  },
  {
    re: /(?:^(?:subscribe|sign up|подпишитесь|подписывайтесь|abone ol(?:un)?)\b|\bsubscribe to\b.{0,80}\b(?:news|channel|newsletter|updates|feed)|\bsign up for (?:our|the) newsletter\b|\bнаш (?:telegram|телеграм)[- ]канал)/i,
    kind: 'drop',
    maxLen: 300,
    why: 'subscription prompts ("Subscribe to X news at ...")',
  },
  {
    re: /^(?:get|receive)\b.{0,60}\b(?:newsletters?|briefing|digest)\b[^.]*$|\bour (?:free |daily |weekly )?newsletters?\b|\bnewsletter\b.{0,80}\binbox\b|\b(?:straight|right|directly|delivered|sent)\s+(?:to|into)\s+your\s+(?:inbox|e-?mail)\b|^stay (?:ahead|informed|updated|in the loop|connected) with\b/i,
    kind: 'drop',
    maxLen: 300,
    why: 'newsletter boxes ("Get the daily briefing", "… straight to your inbox")',
  },
  {
    re: /\b(?:support (?:(?:our|open|independent|quality),?\s+)+journalism|donate (?:today|now)|become a (?:member|supporter|patron)|subscribe on a (?:monthly|yearly|annual) basis|(?:have|get|enjoy) full digital access)\b/i,
    kind: 'drop',
    maxLen: 300,
    why: 'donation prompts inside articles',
  },
  // --- comments -------------------------------------------------------------------------------
  {
    re: /^(?:leave a (?:reply|comment)|post a comment|add (?:a )?comment|write a comment|your email address will not be published|required fields are marked|you must be logged in|(?:log ?in|sign in|register) to (?:post |leave |add |write )?(?:a )?comments?|cancel reply|оставьте комментарий|добавить комментарий|оставить комментарий|yorum (?:yap|yaz|ekle)|yorumlar)\b/i,
    kind: 'end',
    why: 'comment forms: nothing after them is article text',
  },
  {
    re: /^(?:comments?|\d+\s+comments?|comments?\s*\(\d+\)|комментарии(?:\s*\(\d+\))?|\d+\s+комментари\w*|yorum(?:lar)?\s*\(\d+\))$/i,
    kind: 'end',
    why: 'comment section headers',
  },
  {
    re: /\b(?:publish(?:ing)?|post(?:ing)?|leav(?:e|ing)|writ(?:e|ing))\s+comments?\b.{0,120}\b(?:rules?|prohibited|forbidden|tightened|moderated)\b|\bcomments?\s+(?:policy|rules|moderation)\b|\bcomments?\b.{0,160}\b(?:are |is |will be )?(?:prohibited|forbidden|not allowed|deleted without|moderated|tightened)\b|\b(?:prohibited|forbidden) (?:from|for) publication\b|\bdelete comments\b|\bblock (?:user )?accounts\b|комментари\w*.{0,160}(?:запрещ|удаля|ужесточ|модерац)|(?:запрещ|ужесточ)\w*.{0,120}комментари|yorum\w*.{0,160}(?:yasak|kurallar|silin)/i,
    kind: 'tail',
    maxLen: 400,
    why: 'comment rules and moderation notices (tail, not end: a news sentence may mention comments)',
  },
  {
    re: /\b(?:site administration|the administration|the editors?|администрация сайта|редакция)\b.{0,80}\b(?:reserves? the right|has the right|right to delete|вправе|оставляет за собой право)/i,
    kind: 'tail',
    maxLen: 300,
    why: 'moderation rights notices',
  },
  {
    re: /\blinks? to third[- ]party (?:resources|sites|websites)\b|ссылки на сторонние ресурсы/i,
    kind: 'tail',
    maxLen: 200,
    why: 'link-posting rules in comment sections',
  },
  {
    re: /\bbloggers like this\b|^like this:?$|^like loading/i,
    kind: 'end',
    why: 'blog-platform like widgets',
  },
  // --- error reports, feedback ----------------------------------------------------------------
  {
    re: /\bif you (?:find|found|notice|noticed|see|spot) (?:an? )?(?:error|mistake|typo)|\bctrl\s*\+\s*enter\b|нашли ошибку|заметили ошибку|выделите (?:ее|её|его|фрагмент)|hata (?:bulursanız|gördüyseniz)/i,
    kind: 'end',
    maxLen: 300,
    why: 'error-report widgets ("select the text and press Ctrl + Enter")',
  },
  {
    re: /^(?:give feedback|send feedback|feedback|report an? (?:error|issue|correction|typo)|now the editors? (?:are|is) aware\b.*|thank you!?|спасибо!?|teşekkürler!?)$/i,
    kind: 'tail',
    why: 'feedback buttons and their confirmation messages',
  },
  // --- syndication disclaimers, copyright, cookies ------------------------------------------
  {
    re: /\b(?:has|have) not been edited by\b.{0,60}\bstaff\b|\bauto-?generated from a syndicated feed\b|\bpublished from a (?:syndicated|wire|news agency) feed\b|\bheadline\b.{0,40}\bnot been edited\b/i,
    kind: 'end',
    maxLen: 400,
    why: 'feed disclaimers on aggregators',
  },
  {
    re: /^©?\s*(?:photo|image|picture|фото|foto|fotoğraf)\b|(?:photo|image|фото|foto)\s*:?\s*©|^©\s*[\p{L}.\s]{1,40}\/\s*[\p{L}.\s]{1,40}$/iu,
    kind: 'drop',
    maxLen: 200,
    why: 'photo credits carry © but sit inside articles: cheap to cross, unlike copyright footers',
  },
  {
    re: /^©\s*[\p{L}\p{N}][\p{L}\p{N}.&'’\s-]{0,40}$/u,
    kind: 'drop',
    why: 'a bare "© Name" without a year is the credit of a picture above it, not the page footer',
  },
  {
    re: /©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b|все права защищены|tüm hakları saklıdır/i,
    kind: 'tail',
    maxLen: 250,
    why: 'copyright lines ("X © 2025")',
  },
  {
    re: /\b(?:use|reprint|reproduction|copying|republication|citing)\s+of\s+(?:the\s+)?(?:site\s+)?materials?\b|\bhyperlink to\b|\bactive (?:hyper)?link\b|использование материалов|при (?:цитировании|использовании|перепечатке)|гиперссылк|materyallerin? (?:kullanımı|izinsiz)/i,
    kind: 'tail',
    maxLen: 300,
    why: 'reuse conditions ("Any use of materials is allowed only if there is a hyperlink to X")',
  },
  {
    re: /\bcookies?\b.{0,120}\b(?:use|uses|accept|policy|consent|agree|settings)\b|\b(?:accept|agree to)\b.{0,40}\bcookies?\b|файлы? cookie|çerez/i,
    kind: 'drop',
    maxLen: 300,
    why: 'cookie banners',
  },
  {
    re: /^(?:this (?:web)?site uses cookies|we use cookies|we and our (?:partners|vendors) (?:use|store)|our (?:web)?site uses cookies|by (?:continuing|using|browsing)\b.{0,60}\bcookies|(?:strictly )?(?:necessary|analytics?|performance|functional|advertisement|marketing|non-necessary) cookies\b|any cookies that)/i,
    kind: 'tail',
    maxLen: 1200,
    why: 'cookie consent texts, which can be paragraph-long',
  },
  {
    re: /^(?:accept|accept all|reject all|got it|i agree|agree|ok|manage (?:cookies|preferences))$/i,
    kind: 'drop',
    why: 'banner buttons',
  },
  {
    re: /^(?:privacy policy|terms of (?:use|service)|about us|contact us|contacts|advertise with us|editorial policy|политика конфиденциальности|контакты|о нас|gizlilik politikası|iletişim|künye)$/i,
    kind: 'tail',
    why: 'footer links',
  },
  // --- counters, tags, related --------------------------------------------------------------
  {
    // "Курс валют: USD 498.12 EUR 540.36", "USD 12 915.47 • EUR 14 010.22": a rates ticker
    re: /^(?:[\p{L} ]{2,30}:\s*)?(?:(?:USD|EUR|RUB|KZT|UZS|KGS|TJS|AZN|AMD|GEL|TRY|GBP|CNY|JPY|CHF|BTC|Brent|WTI|Нефть|Oil|Gold|Altın|Dolar|Euro|Sterlin|BIST(?: 100)?)(?:\s+(?:ЦБ|CB))?\s*[:=]?\s*[$€₽₸]?\s*\d{1,3}(?:[\s.,]\d{3})*(?:[.,]\d+)?\s*[%▲▼↑↓+−-]?\s*(?:[•·|,;/]\s*)?){2,}$/iu,
    kind: 'drop',
    maxLen: 200,
    why: 'currency and market tickers ("Курс валют: USD 498.12 EUR 540.36 RUB 5.62")',
  },
  {
    re: /^(?:views?|просмотр(?:ов|ы)?|görüntülenme|okunma|reads?|hits)\s*[:\-–]?\s*[\d\s.,]+[kкm]?$|^[\d\s.,]+[kкm]?\s*(?:views?|просмотр\w*|görüntülenme|okunma|reads)$/i,
    kind: 'drop',
    why: 'view counters ("Views: 4656")',
  },
  {
    re: /^(?:tags?|теги|метки|ключевые слова|etiketler|anahtar kelimeler|keywords|topics|filed under)\s*(?::|$)/i,
    kind: 'tail',
    why: 'tag lines',
  },
  {
    re: /^(?:related (?:articles|posts|news|stories|topics)|you (?:may|might) also like|recommended(?: for you)?|more (?:from|on) (?:this|the)\b.*|more stories|popular(?: news)?|most (?:read|popular|viewed)|trending(?: now)?|latest news|other news|читайте также|смотрите также|по теме|другие новости|популярное|ilgili haberler|benzer haberler|diğer haberler|haberle ilgili daha fazlası)\s*:?$/i,
    kind: 'tail',
    why: 'related-links blocks',
  },
  {
    re: /^(?:read (?:also|more|next)|also read|see also|related|читайте (?:также|тоже)|смотрите также|ayrıca (?:bakınız|okuyun)|ilgili)\s*[:|-]\s*\S.{0,200}$/i,
    kind: 'drop',
    why: 'inline "Read also: <other headline>" links inside an article',
  },
  {
    re: /^(?:read also|also read|see also|ilgili haber(?:ler)?|bunu da okuyun|читайте (?:также|тоже)|смотрите также)\s*[:|»-]?\s+\S[^.!?…]{0,160}$/iu,
    kind: 'drop',
    why: 'the same teaser with its label and headline run together ("İlgili Haber <headline>")',
  },
  {
    re: /^(?:[Bb]y|BY|[Ww]ritten by|[Aa]uthors?:|Автор:?|Авторы:?|Yazar:?|(?:Text|Reporter|Текст|Корреспондент|Haber|Muhabir|Hazırlayan|Editör)\s*:)\s+[\p{Lu}][\p{L}'’./-]+\s+[\p{Lu}][\p{L}'’.-]+(?:\s+(?:[\p{Lu}][\p{L}'’.-]+|and|и|ve|&))*(?:\s*[,|/•·–—]\s*.{0,60})?$/u,
    kind: 'drop',
    maxLen: 100,
    why: 'bylines ("By Jane Roe, Reuters", "By RFE/RL\'s Kyrgyz Service", "Текст: X", "Haber: X"; two capitalised words, so "By Tuesday, ..." stays) are metadata',
  },
  {
    re: /^(?:the\s+)?[\p{Lu}][\p{L}\p{N}.&'’ -]{1,50}\s+is an? (?:(?:independent|global|leading|non-?profit|international|world['’]s largest|multimedia)[\s,]+)*(?:news (?:organi[sz]ation|agency|provider)|media (?:outlet|organi[sz]ation))\b|^our standards\s*:/iu,
    kind: 'tail',
    maxLen: 300,
    why: 'an outlet\'s description of itself under its stories ("X is an independent global news organization …", "Our Standards: …")',
  },
  {
    re: /^\(?(?:reporting|additional reporting|writing|editing) by\b.{0,200}\)?$/i,
    kind: 'drop',
    why: 'wire credit lines ("(Reporting by X; Editing by Y)") are credits, not text',
  },
  {
    re: /^(?:about the author|об авторе|yazar hakkında)\s*:?$/i,
    kind: 'tail',
    why: 'author-bio headers',
  },
  // --- images ------------------------------------------------------------------------------
  {
    re: /(?:^|[.!?]\s+|\()\s*(?:photo|photograph|image|picture|фото|foto|fotoğraf)\s*(?::|by\b|©|credit\b|via\b|courtesy(?: of)?\b)\s*[^.]{1,60}\)?\.?$/iu,
    kind: 'drop',
    maxLen: 250,
    why: 'captions that end with their photo credit ("A ferry at the port. Photo: X", "… Image via X.")',
  },
  {
    re: /^(?:[\p{L}-]+\s+){0,2}(?:photo|image|picture|фото|foto|fotoğraf|görsel)\s*:\s*\S/iu,
    kind: 'drop',
    maxLen: 160,
    why: 'photo credits with a word before them ("cover Photo: X", "Main photo: X")',
  },
  {
    re: /^\S.{2,}\s\/\s*(?:[\p{L}\p{N}-]+\.)+\p{Ll}{2,12}$|^\S.{2,}\s\/\s*(?:AFP|Reuters|AP|EPA|Getty Images|Sputnik|TASS|ТАСС|РИА Новости|Anadolu|AA|Shutterstock|Xinhua)$/u,
    kind: 'drop',
    maxLen: 250,
    why: 'captions that end with the picture credit after a slash ("Ministers in Astana / site.kz")',
  },
  {
    re: /^[\p{Lu}][\p{L}'’.-]+(?:\s[\p{Lu}][\p{L}'’.-]+){1,2}\s*\/\s*(?:[\p{Lu}][\p{L}\p{N}.-]*\s+){0,3}(?:News Agency|Agency|Images|Photos?|Pictures|Press|Pool|Агентство|Ajansı)$/u,
    kind: 'drop',
    maxLen: 100,
    why: 'a photographer\'s credit alone on a line ("Jane Roe / Example News Agency")',
  },
  {
    re: /\b(?:image|photo|picture|pic|video|graphic|illustration)\s*(?:credits?|courtesy|source)\s*:|^(?:representative image|file (?:photo|image|picture)|photo|image|фото|фотография|источник фото|fotoğraf|görsel)\s*[:.|/-]/i,
    kind: 'drop',
    maxLen: 200,
    why: 'image captions and credits ("Representative Image . Image Credit: X")',
  },
  {
    re: /[[(](?:(?:file|photo|image|фото|foto|fotoğraf)(?:\s+photo)?\s*:\s*)?[^()[\]]{0,60}\/\s*(?:AFP|Reuters|AP|EPA(?:-EFE)?|Getty Images|Sputnik|TASS|ТАСС|РИА Новости|Anadolu(?: Agency| Ajansı)?|AA|DHA|İHA|Shutterstock|Xinhua|Bloomberg|Pool)[)\]]\.?$|[[(](?:file|file photo|archive photo|photo|фото|архивное фото)\s*:[^()[\]]{1,80}[)\]]\.?$|\((?:AP|AFP|AA|Reuters|EPA)\s+Photo\b[^()]{0,60}\)\.?$/iu,
    kind: 'drop',
    maxLen: 300,
    why: 'captions closed by their bracketed credit ("X [File: Jane Roe/Reuters]", "X (AP Photo/Jane Roe)")',
  },
  {
    // "Item 1 of 2 X attends a meeting … REUTERS/Jane Roe/File Photo", "[1/2] X … REUTERS/Jane Roe"
    re: /^(?:item \d+ of \d+\b|\[\d+\/\d+\])|(?:^|[.!?]["”]?\s+)(?:REUTERS|AFP|EPA(?:-EFE)?|AP)\/[\p{Lu}][\p{L}'’.-]*(?:\s[\p{Lu}][\p{L}'’.-]*){0,3}(?:\/(?:File Photo|Pool|Handout))?(?: Purchase Licensing Rights(?:, opens new tab)?)?$/u,
    kind: 'drop',
    maxLen: 400,
    why: 'photo captions of wire galleries ("Item 1 of 2 …", "[1/2] …") and captions closed by a wire photographer\'s credit ("… REUTERS/Jane Roe/File Photo")',
  },
  {
    re: /(?:^|[.!?]\s+|\s[-–—]\s)(?:фото из архива|архивное фото|иллюстративное фото|фото иллюстративное|file photo|archive photo|arşiv(?: fotoğrafı| fotoğraf)?|temsili (?:fotoğraf|görsel))\.?\)?$/iu,
    kind: 'drop',
    maxLen: 250,
    why: 'captions marked as archive or illustrative pictures ("Activists in Almaty. File photo")',
  },
  {
    re: /^(?:Getty Images|(?:AFP|AP|EPA|Reuters|Anadolu Agency|AA|Bloomberg|NurPhoto|SOPA Images)(?:\/[\p{L} .-]{1,40})?\s+via\s+Getty Images|Shutterstock|Alamy|iStock(?:photo)?|PA Media|EPA-EFE(?:\/[\p{L} .-]{1,40})?)$/iu,
    kind: 'drop',
    why: 'picture-bank credits alone on a line ("Getty Images", "AFP via Getty Images")',
  },
  {
    re: /^save (?:articles?|stories|this (?:article|story)) (?:to read later|for later)\b/i,
    kind: 'drop',
    maxLen: 160,
    why: 'reading-list prompts ("Save articles to read later and create your own reading list.")',
  },
  {
    re: /^an? (?:message|note|letter|word) from (?:the )?[\p{L}][^:]{1,50}:$/iu,
    kind: 'end',
    why: 'appeals of the site to its readers under the story ("A Message from X:")',
  },
  {
    re: /\babonelere sunulan haberler\b|\bözetlenerek yayımlanmaktadır\b|\bonly a portion of the news stories offered to subscribers\b/i,
    kind: 'end',
    maxLen: 400,
    why: 'agency-site disclaimers that close the story ("… HAS üzerinden abonelere sunulan haberler, özetlenerek yayımlanmaktadır")',
  },
];

/**
 * A reporter's role under a byline ("South Caucasus correspondent, Tbilisi", "Senior Editor"): a
 * few words closed by the role, a place after a comma at most.
 */
const ROLE_LINE =
  /^(?:[\p{L}.-]+\s+){0,4}(?:correspondent|reporter|editor|writer|analyst|columnist|корреспондент|обозреватель|редактор|muhabiri?|editörü?)(?:,\s*[\p{L} .-]{2,40})?$/iu;
export const isRoleLine = (line: string): boolean => line.length <= 80 && ROLE_LINE.test(line);

/** A picture's credit or caption line (the chrome rules about photos, images and captions). */
export function isPictureCredit(line: string): boolean {
  const rule = matchChrome(line);
  return !!rule && rule.kind === 'drop' && /\b(?:photo|picture|image|caption)/i.test(rule.why);
}

/** Month and weekday words used by archive calendars. */
const CAL_MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|' +
  'январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь|' +
  'ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık';
const CAL_WEEKDAYS =
  'mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|' +
  'пн|вт|ср|чт|пт|сб|вс|pzt|sal|çar|per|cum|cmt|paz|total|итого';

/** Archive-calendar lines: what a month widget looks like once copied as text. */
export const CALENDAR_RULES: { re: RegExp; why: string }[] = [
  {
    re: new RegExp(`^[«"<‹(\\[]*\\s*(?:${CAL_MONTHS})(?:\\s+\\d{4})?\\s*[»">›)\\]]*$`, 'iu'),
    why: 'month headers and previous/next month links',
  },
  { re: new RegExp(`^(?:(?:${CAL_WEEKDAYS})\\.?\\s*){3,}$`, 'iu'), why: 'weekday header rows' },
  { re: /^[\d\s]+$/, why: 'day-number runs ("12345", "6789101112")' },
];

/** A normalised line: no-break and odd spaces unified, collapsed, trimmed, bullets removed. */
const NEEDS_NORMALIZING = /[\u00A0\u2000-\u200B\u202F\u205F\u3000\t\r\n\f\v]| {2}|^\s|\s$|^[•·▪►▸◦‣∙*]/;

export function normalizeLine(line: string): string {
  if (!NEEDS_NORMALIZING.test(line)) return line; // the common case: nothing to do
  return line
    .replace(/[\u00A0\u2000-\u200B\u202F\u205F\u3000\t]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:[•·▪►▸◦‣∙*]\s*)+/, '')
    .trim();
}

/** The chrome rule a line matches, or null. */
export function matchChrome(line: string): ChromeRule | null {
  const probe = turkishProbe(line);
  for (const rule of CHROME_RULES) {
    if (rule.maxLen !== undefined && line.length > rule.maxLen) continue;
    if (rule.re.test(probe)) return rule;
  }
  return null;
}

/**
 * The line as case-insensitive patterns can read it: JavaScript's /i does not fold Turkish "İ"
 * to "i", so "İlgili Haberler" or "İLETİŞİM" would escape every Turkish rule. Same length, so
 * positions stay valid.
 */
export function turkishProbe(line: string): string {
  return line.includes('İ') ? line.replace(/İ/g, 'I') : line;
}

/** Whether a line is part of a copied archive calendar. */
export function isCalendarLine(line: string): boolean {
  if (line.length > 60) return false;
  return CALENDAR_RULES.some((r) => r.re.test(line));
}

/** A line with no letters at all: separators ("====", "* * *"), stray punctuation. */
export function isSeparatorLine(line: string): boolean {
  return line.length > 0 && !/[\p{L}\p{N}]/u.test(line);
}

/**
 * A tag or category list: several short comma-separated items and no sentence
 * ("Author column, Politics, Russia, Turkey").
 */
export function isTagList(line: string): boolean {
  if (line.length > 200 || /[.!?]$/.test(line)) return false;
  const items = line.split(/\s*[,;|]\s*/).filter(Boolean);
  if (items.length < 4) return false;
  return items.every((it) => it.split(' ').length <= 3 && /^[\p{Lu}\p{N}#]/u.test(it));
}

const BIO_ROLE =
  'journalist|reporter|writer|correspondent|editor|columnist|contributor|analyst|author|blogger|freelancer|' +
  'researcher|expert|political scientist|commentator|observer|student|professor|fellow|director';
/**
 * An author bio after the text: "Jane Roe is a journalist at ...", "He writes about ...".
 * The optional `name` is the line just above (bios repeat the author's first or last name).
 */
export const BIO_RE = new RegExp(
  `^(?:[\\p{Lu}][\\p{L}'’-]+(?:\\s+[\\p{Lu}][\\p{L}'’-]+){0,3}|He|She|They)\\s+(?:is|was|has been|works as|writes)\\s+(?:(?:a|an|the)\\s+)?(?:[\\p{L}-]+\\s+){0,4}?(?:${BIO_ROLE})s?(?![\\p{L}])`,
  'u',
);

/** "Fraser covers Turkey for The Associated Press.": a reporter's beat, closing a wire story. */
const BEAT_RE =
  /^(?:[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){0,3}|He|She)\s+(?:covers|reports on|writes about)\s+.{2,80}\s+for\s+(?:the\s+)?[\p{Lu}][^.]{1,60}\.?$/u;

export function isBioLine(line: string): boolean {
  return line.length <= 600 && (BIO_RE.test(line) || BEAT_RE.test(line));
}
