/**
 * Word lists the mention and role patterns use. All entries are folded lower-case keys.
 * They describe English news prose in general (titles, organisation heads, speech verbs),
 * never particular articles; some lists carry the Turkish words of the same kind, folded
 * ("Başkan Yardımcısı" deputy head, "Dışişleri" foreign, "Komitesi" committee).
 */

const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Capitalised words that start sentences or headings but never begin a name. */
export const STOP_CAP = set(`
a an the this that these those there here it its it's he she they we you i his her their our my your
in on at by for from to of with without into onto over under after before during since until while
and or but nor yet so if then than as because although though however meanwhile moreover furthermore
also thus therefore hence still even only just already now today yesterday tomorrow
what which who whom whose when where why how whether not no yes all any some many most much more
each every both either neither other another such one two three first second third last next
according according based despite unlike like about around against among between through within
mr mrs ms dr prof sir madam sayin господин госпожа
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
said says told asked added noted stressed
read more related latest breaking top share spread follow subscribe comment comments reply leave
image photo video credit credits representative source sources updated created published posted
advertisement sponsored please click tap here page email print download login sign
such several once during dear earlier later overall separately elsewhere instead currently previously
initially finally recently additionally following
в во на по о об и а но как что это он она они мы я при после перед для из за от до с со к у же также
по-прежнему между кроме около однако между глава министр президент премьер-министр министры
bir bu su o ve ile ama fakat ancak da de icin gibi gore sonra once ayrica taraflar bakanlar
`);

/** Honorifics: the name starts after them, even inside a capitalised run ("Toplantıda Sayın Kemal Arıkan"). */
export const HONORIFICS = set(`mr mrs ms dr prof sir madam sayin господин госпожа`);

/** Generic capitalised nouns that may sit before a name but are not part of it ("to the Republic Ahmet Dogan"). */
export const GENERIC_CAP = set(`
republic federation kingdom state states government country nation region city capital
administration parliament ministry cabinet presidency office council
`);

/**
 * Heads of person titles: a capitalised run that ends in one of these before a name makes the
 * run a title ("Defense Minister", "Colonel-General", "Ambassador").
 */
export const TITLE_HEADS = set(`
president vice-president premier minister ministers chancellor ambassador envoy consul secretary commissioner
secretary-general general colonel-general lieutenant-general major-general colonel lieutenant major
captain admiral marshal commander chief chairman chairwoman chairperson chair speaker governor
mayor senator congressman congresswoman deputy mp king queen prince princess emperor sultan emir sheikh
ayatollah patriarch pope cardinal bishop imam rabbi judge prosecutor attorney director head leader
spokesman spokeswoman spokesperson mr mrs ms miss dr prof professor sir lord lady dame
journalist correspondent columnist editor analyst expert researcher counterpart colleague
officer official representative adviser advisor aide coordinator ombudsman akim hokim justice
ceo ombudswoman ombudsperson archbishop metropolitan catholicos mufti
bakan bakani cumhurbaskani cumhurbaskan basbakan basbakani baskan baskani sozcusu sozcu buyukelcisi
buyukelci sekreteri genelkurmay komutani mevkidasi yardimcisi temsilcisi danismani mustesari valisi
elcisi baskonsolosu komiseri muduru milletvekili lider lideri baskomutani
президент министр премьер-министр глава председатель посол генсек генерал спикер
пресс-секретарь представитель спецпредставитель постпред полпред помощник советник заместитель
вице-премьер вице-президент директор руководитель губернатор аким мэр депутат сенатор омбудсмен
экс-президент экс-премьер экс-министр экс-глава экс-депутат вице-спикер замглавы замминистра госсекретарь
генпрокурор прокурор судья полковник подполковник командующии командир хоким канцлер консул генконсул
журналист журналистка корреспондент обозреватель редактор главред политолог аналитик эксперт экономист
историк социолог востоковед правозащитник правозащитница активист активистка адвокат юрист блогер
блогерша оппозиционер оппозиционерка писатель писательница бизнесмен предприниматель
предпринимательница профессор академик политик ученыи исследователь исследовательница
муфтий имам патриарх митрополит ректор дипломат конгрессмен лидер
`);

/** Words that can precede a title head inside a title ("Foreign", "Defense", "Prime", "Deputy"). */
export const TITLE_MODIFIERS = set(`
foreign defense defence prime deputy first vice acting interim former ex-president ex late
interior finance economy economic trade energy justice education health culture agriculture
emergency emergencies transport labour labor digital industry development environment
internal external security intelligence national state general chief senior executive press
assistant special presidential parliamentary permanent supreme top military army navy naval
treasury crown
air force forces armed staff foreign-affairs
devlet disisleri savunma icisleri ozel meclis genel iletisim milli hazine maliye ticaret enerji adalet
ekonomi
`);

/** Nouns that end a ministerial portfolio ("Minister of Foreign Affairs", "of Emergency Situations"). */
export const PORTFOLIO_WORDS = set(`
affairs situations relations resources protection communications communication information investment
investments policy planning international partnerships partnership enlargement neighbourhood neighborhood
cooperation integration ecology natural water sport sports youth tourism science innovation innovations
technology technologies infrastructure construction social labour labor population migration climate
mining geology trade economy energy digital development transport agriculture industry finance justice
`);

/**
 * Portfolios of ministries that many states have, for a ministry written in lower case after its
 * country ("Iran's foreign ministry", "the Turkish defence ministry", "the ministry of foreign affairs").
 */
export const MINISTRY_PORTFOLIOS = set(`
foreign defense defence interior internal finance justice economy economic energy health education
agriculture emergency emergencies transport culture trade labour labor environment digital industry
`);

/** Lower-case role nouns for appositives ("X, director of ...", "X is a journalist"). */
export const ROLE_NOUNS = set(`
director head chairman chairwoman chair president vice-president supervisor researcher analyst expert
professor editor editor-in-chief journalist correspondent columnist reporter spokesman spokeswoman
spokesperson secretary minister ambassador commander founder co-founder ceo leader member adviser
advisor envoy representative chief deputy lecturer fellow scholar economist politician lawmaker
governor mayor official diplomat author writer blogger historian scientist political observer
commentator activist general officer coordinator manager executive partner associate lawyer
judge prosecutor senator mp speaker premier counterpart colleague aide consul commissioner
`);

/** Adjectives that may open an appositive role ("senior researcher", "first deputy head"). */
export const ROLE_ADJ = set(`
senior chief first deputy vice leading executive former acting interim principal lead associate
assistant general managing political independent military foreign defense defence press editor
prime top special current new incumbent outgoing longtime long-time
`);

/** Heads of organisation names. */
export const ORG_HEADS = set(`
agency agencies center centre institute institution ministry party union forces force council committee club
organization organisation association foundation bank university academy service services office
administration assembly parliament army navy company corporation corp group fund commission chamber
chambers exchange exchanges department bureau authority court federation alliance league front movement
coalition guard guards police directorate inspectorate secretariat cabinet government duma majlis
mazhilis senate congress kurultai jogorku kenesh community board trust society institute school
college network consortium holding holdings inc ltd llc plc airlines railways enterprise
international resources airways markets industries systems technologies partners capital securities
investments petroleum motors electric foods pharmaceuticals communications telecom hotels inns stores
lp ag sa nv gmbh co
staff troops nation nations associations federations unions councils
institut confederation conseil centrale ordre societe regie caisse syndicat regroupement ministere agence
banque chambre
ajansi komitesi bakanligi partisi meclisi konseyi kurulu teskilati orgutu birligi bankasi sirketi
universitesi enstitusu vakfi dernegi federasyonu odasi mahkemesi baskanligi mudurlugu kurumu
komisyonu sekreterligi ordusu kuvvetleri cumhurbaskanligi valiligi buyukelciligi konsoloslugu
akademisi merkezi asamblesi servisi hizmeti
`);

/**
 * Heads of companies' and agencies' names that a country's name may open ("Uzbekistan Airways",
 * "Kazakhstan Stock Exchange", "Uzbekistan Investment Agency"); the heads of ministries,
 * councils, committees and services are not here ("Kazakhstan Foreign Ministry" keeps its country).
 */
export const COMPANY_HEADS = set(`
airways airlines railways railway corporation company exchange holding holdings bank petroleum
motors telecom consortium shipping pipeline agency fund foundation authority association federation
institute university academy
`);

/** Capitalised common nouns that never occur in a person's name ("Human Rights Watch called …"). */
export const NON_NAME_NOUNS = set(`
rights human watch freedom freedoms house democracy justice peace reporters borders transparency crisis
amnesty initiative foundation fund council committee union group institute center centre bank
international national federal republic people citizens workers youth women party movement front
beverages cinema cinemas motors electric dynamics foods mills power energy oil gas steel airways
pictures systems applications technologies resources stores markets market futures exchange trading
port shipping insurance investments capital securities holdings industries products services
communications entertainment pharmaceuticals chemicals metals construction development ventures
corporation company enterprises association
resorts casino casinos gaming gambling mining minerals logistics
`);

/**
 * Last words of company names that the first word alone stands for at a second mention ("Crown
 * Resorts" … "Crown", "Allur Group" … "Allur's president").
 */
export const CORPORATE_TAILS = set(`
group holding holdings resorts airlines airways motors mining minerals resources industries energy
logistics corporation corp company inc ltd plc
`);

/** Last words of capitalised place names ("International Airport", "Independence Square"). */
/**
 * Fields a national agency or federation is named by before its country ("Statistics Canada",
 * "Global Affairs Canada", "Public Health England", "Hockey Canada"): the last word before the
 * country. Directions and regions ("Atlantic", "Northern", "Western") are no fields.
 */
export const AGENCY_FIELDS = set(`
statistics health transport elections parks services service affairs environment change citizenship
development heritage oceans resources safety sport tourism revenue equality infrastructure communities
innovation justice finance industry agriculture agri-food procurement archives immigration employment
destination export hockey soccer football tennis athletics swimming curling skate golf cycling rugby
basketball volleyball baseball rowing skiing gymnastics
`);

export const LOCATION_HEADS = set(`
airport square street avenue boulevard prospekt bridge seaport station stadium park dam reservoir canal
highway motorway checkpoint crossing pipeline
`);

/** Heads of media names. */
export const MEDIA_HEADS = set(`
gazeta gazette news times post journal daily herald tribune telegraph tv radio press novosti pravda
izvestia kommersant vedomosti review observer monitor chronicle magazine weekly courier express
insider today channel broadcasting media newspaper
`);

/** Words that introduce a media outlet before it. */
export const MEDIA_CUE_BEFORE = set(`
newspaper daily agency channel outlet publication magazine weekly tabloid broadcaster website portal
tv radio
`);

/** Speech / reporting verbs after a subject. */
export const SPEECH_VERBS = set(`
said says told tells added adds stressed stresses noted notes explained explains stated states argued
argues warned warns emphasized emphasised emphasizes emphasises recalled recalls announced announces
declared declares believes believed thinks thought suggested suggests promised promises signaled
signalled signals wrote writes commented comments claimed claims insisted insists urged urges replied
asked asks continued concluded admitted admits confirmed confirms denied denies pointed assured
underlined underlines highlighted highlights mentioned mentions reported reports met visited
called calls praised criticized criticised condemned accused hopes hoped expects expected
заявил заявила сказал сказала отметил отметила подчеркнул подчеркнула сообщил сообщила добавил
добавила пояснил пояснила указал указала заверил заверила призвал призвала считает
dedi soyledi acikladi belirtti vurguladi ifade kaydetti aktardi bildirdi
`);

/** Verbs after a name that point to a media outlet rather than a person. */
export const MEDIA_VERBS_AFTER = set(
  `reported reports wrote writes quoted quotes cited cites published publishes`,
);

/** Heads of event names ("Shusha Declaration"). */
export const EVENT_HEADS = set(`
declaration summit treaty agreement accord accords conference forum war games olympics revolution
initiative pact protocol charter talks process format day week
`);

/**
 * Heads of the names of laws, treaties and other instruments ("Fifth Amendment", "Budapest
 * Memorandum", "Treaty of Kars", "Inflation Reduction Act"): such a name is an event name, never
 * a person, a place or a body, even when a place opens it.
 */
export const LAW_HEADS = set(`
amendment amendments act treaty treaties agreement agreements accord accords memorandum convention
conventions protocol protocols charter pact doctrine
`);

/** Lower-case place-type words after a capitalised name ("Batken region", "Osh oblast"). */
export const PLACE_SUFFIX = set(
  `region district province oblast county village city town valley governorate prefecture municipality raion rayon`,
);

/** Capitalised all-caps tokens that are not organisations (time zones, units, shouting, "the NGO", "an MP"). */
export const ACRONYM_STOP = set(`
ist utc gmt est pst cet msk am pm tv ceo cfo uav uavs gdp vat usd eur rub kzt faq pdf id ok ngo ngos mp mps
`);

/** Title words compatible with a title-only anaphor ("the minister", "the Kyrgyz leader"). */
export const ANAPHOR_TITLES: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    minister: ['minister'],
    president: ['president', 'head'],
    leader: ['president', 'leader', 'head', 'prime minister', 'premier', 'chairman'],
    premier: ['prime minister', 'premier'],
    general: ['general', 'commander'],
    commander: ['commander', 'general'],
    ambassador: ['ambassador'],
    diplomat: ['minister', 'ambassador', 'envoy', 'diplomat'],
    expert: ['researcher', 'expert', 'analyst', 'director', 'professor', 'scientist', 'fellow', 'head'],
    analyst: ['researcher', 'expert', 'analyst', 'director', 'professor', 'scientist', 'fellow'],
    spokesman: ['spokesman', 'spokesperson', 'spokeswoman', 'press secretary'],
    spokeswoman: ['spokesman', 'spokesperson', 'spokeswoman', 'press secretary'],
    spokesperson: ['spokesman', 'spokesperson', 'spokeswoman', 'press secretary'],
    journalist: ['journalist', 'correspondent', 'columnist', 'editor', 'reporter', 'supervisor'],
    chairman: ['chairman', 'president', 'head'],
    'head of state': ['president', 'king', 'emir', 'sultan', 'head of state'],
    'head of government': ['prime minister', 'premier', 'chairman of the cabinet', 'head of government'],
  }),
);
