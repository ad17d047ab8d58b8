/**
 * A small bilingual (English / Russian / Turkish) lexicon of general news vocabulary: the words a
 * headline and a lead use for what happened (summit, talks, signed, border, embassy, froze,
 * sanctions…). Each concept lists word stems (a trailing "*" matches any ending) or whole words
 * per language. General vocabulary only — no names: names meet through entity resolution and
 * transliteration. Stems are folded like the words they match (lower case, no diacritics).
 */
import { foldWord } from './normalize.js';

const CONCEPTS: Record<string, string[]> = {
  summit: ['summit*', 'саммит*', 'zirve*'],
  meeting: ['meeting*', 'meet', 'meets', 'met', 'встреч*', 'görüşme*', 'görüştü*'],
  talks: ['talks', 'negotiat*', 'переговор*', 'müzakere*'],
  visit: ['visit*', 'визит*', 'посетил*', 'посещени*', 'ziyaret*'],
  agreement: [
    'agreement*',
    'treaty',
    'treaties',
    'accord',
    'accords',
    'deal',
    'договор*',
    'соглашени*',
    'anlaşma*',
    'antlaşma*',
    'mutabakat*',
  ],
  sign: ['sign', 'signs', 'signed', 'signing', 'signature*', 'подписа*', 'подписан*', 'подпись', 'imza*'],
  border: ['border*', 'frontier*', 'границ*', 'пограничн*', 'sınır*'],
  peace: ['peace*', 'мир', 'мира', 'миру', 'мирн*', 'barış*'],
  war: ['war', 'wars', 'войн*', 'savaş*'],
  military: ['military', 'militar*', 'военн*', 'askeri*'],
  embassy: ['embass*', 'посольств*', 'büyükelçilik*', 'elçilik*'],
  reopen: ['reopen*', 'resum*', 'возобнов*', 'yeniden'],
  open: ['open', 'opens', 'opened', 'opening', 'открыл*', 'открыти*', 'открыт'],
  freeze: [
    'freez*',
    'froze',
    'frozen',
    'suspend*',
    'suspension*',
    'заморо*',
    'приостанов*',
    'dondur*',
    'askıya',
  ],
  withdraw: ['withdraw*', 'exit', 'leave', 'leaving', 'выход*', 'выйти', 'выйдет', 'çekil*', 'ayrıl*'],
  outside: ['outside', 'вне', 'dışında'],
  interview: ['interview*', 'интервью', 'röportaj*', 'mülakat*'],
  sanctions: ['sanction*', 'санкци*', 'yaptırım*'],
  warn: ['warn*', 'предупре*', 'uyar*'],
  law: ['law', 'laws', 'bill', 'legislation', 'закон*', 'законопроект*', 'yasa*', 'kanun*'],
  constitution: ['constitution*', 'конституци*', 'anayasa*'],
  amendment: ['amend*', 'поправк*', 'değişiklik*'],
  election: ['election*', 'выбор*', 'seçim*'],
  phone: ['phone*', 'telephone*', 'телефон*', 'telefon*'],
  conversation: ['conversation*', 'разговор*', 'беседа', 'беседы', 'беседе'],
  venue: ['venue*', 'platform*', 'площадк*'],
  host: ['host', 'hosts', 'hosted', 'hosting', 'принять', 'принимать', 'ev sahipliği'],
  president: ['president*', 'президент*', 'cumhurbaşkan*', 'başkan*'],
  prime_minister: ['premier*', 'премьер*', 'başbakan*'],
  minister: ['minister*', 'министр*', 'bakan*'],
  foreign: ['foreign', 'иностранн*', 'dışişleri*'],
  agent: ['agent', 'agents', 'агент*', 'ajan*'],
  protest: ['protest*', 'протест*'],
  organization: ['organization*', 'organisation*', 'организаци*', 'teşkilat*', 'örgüt*'],
  security: ['security', 'безопасност*', 'güvenlik*'],
  alliance: ['alliance*', 'bloc', 'blocs', 'альянс*', 'блок*', 'ittifak*'],
  declaration: ['declaration*', 'деклараци*', 'bildiri*'],
  cooperation: ['cooperat*', 'co-operat*', 'сотрудничеств*', 'işbirliği*'],
  trade: ['trade', 'trading', 'торгов*', 'ticaret*'],
  goods: ['goods', 'товар*'],
  dual_use: ['dual', 'двойного', 'çift'],
  energy: ['energy', 'энерг*', 'enerji*'],
  gas: ['gas', 'газ', 'газа', 'газом', 'doğalgaz*'],
  oil: ['oil', 'нефт*', 'petrol*'],
  attack: ['attack*', 'assault*', 'атак*', 'нападени*', 'saldırı*'],
  killed: ['killed', 'kill', 'kills', 'убит*', 'погиб*', 'öldür*', 'öldü'],
  earthquake: ['earthquake*', 'quake*', 'землетрясени*', 'deprem*'],
  ceasefire: ['ceasefire*', 'truce*', 'перемири*', 'ateşkes*'],
  speech: ['speech*', 'address', 'выступлени*', 'выступил*', 'речь', 'konuşma*'],
  parliament: ['parliament*', 'парламент*', 'meclis*'],
  vote: ['vote*', 'voted', 'голосовани*', 'проголосова*', 'oylama*'],
  election_win: ['won', 'win', 'wins', 'победил*', 'победа', 'kazandı*'],
  arrest: ['arrest*', 'detain*', 'задержа*', 'арест*', 'gözaltı*', 'tutukla*'],
  court: ['court*', 'суд', 'суда', 'суде', 'судом', 'mahkeme*'],
  protest_rally: ['rally', 'rallies', 'митинг*', 'miting*'],
  investment: ['invest*', 'инвестиц*', 'yatırım*'],
  loan: ['loan*', 'кредит*', 'kredi*'],
  pipeline: ['pipeline*', 'трубопровод*', 'boru hattı'],
  railway: ['railway*', 'railroad*', 'железн*', 'demiryolu*'],
  corridor: ['corridor*', 'коридор*', 'koridor*'],
  refugee: ['refugee*', 'беженц*', 'mülteci*'],
  prisoner: ['prisoner*', 'пленн*', 'заключенн*', 'esir*', 'mahkum*'],
  exercise: ['exercise*', 'drill', 'drills', 'учени*', 'tatbikat*'],
  troops: ['troops', 'soldiers', 'войск*', 'военнослужащ*', 'asker*'],
  base: ['base', 'bases', 'база', 'базы', 'üssü'],
  recognition: ['recogni*', 'признани*', 'признал*'],
  membership: ['membership*', 'member', 'members', 'членств*', 'член', 'членом', 'üyelik*', 'üye*'],
  participation: ['participat*', 'участи*', 'katılım*'],
};

const exact = new Map<string, string>();
const prefix = new Map<string, string>();
for (const [concept, forms] of Object.entries(CONCEPTS)) {
  for (const f of forms) {
    if (f.includes(' ')) continue; // multi-word forms are documentation only: words are matched one at a time
    const star = f.endsWith('*');
    const key = foldWord(star ? f.slice(0, -1) : f);
    if (!key) continue;
    if (star) {
      if (!prefix.has(key)) prefix.set(key, concept);
    } else if (!exact.has(key)) exact.set(key, concept);
  }
}
const MIN_PREFIX = 2;

/** The concept of a folded word ("signed" → "sign", "подписали" → "sign", "imzaladı" → "sign"), or null. */
export function conceptOf(folded: string): string | null {
  const e = exact.get(folded);
  if (e) return e;
  for (let i = folded.length; i >= MIN_PREFIX; i--) {
    const p = prefix.get(folded.slice(0, i));
    if (p) return p;
  }
  return null;
}

/** Every concept name (for tests and documentation). */
export const NEWS_CONCEPTS: readonly string[] = Object.keys(CONCEPTS);
