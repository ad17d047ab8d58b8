/**
 * The grammatical gender a personal name signals, as data, for agreeing pronouns ("he", "she",
 * "она") and Russian verb endings ("заявила") with the person they stand for.
 *
 * Two sources, both general knowledge:
 *  - given names common in the region's news (Russian, Central Asian, Caucasian, Turkish) and in
 *    international politics, in Latin and Cyrillic script;
 *  - surname morphology: Slavic and Central Asian feminine endings (-ova, -eva, -ina, -aya,
 *    -ская, -ова …) against their masculine pairs (-ov, -ev, -in, -sky).
 * A name that tells nothing gives `null`: the resolver then does not use gender at all.
 */
import type { Gender } from './speaker-roles.js';
import { englishGivenGender } from './given-names-en.js';

const words = (s: string): string[] => s.trim().split(/\s+/).filter(Boolean);

const MALE = words(`
vladimir dmitry dmitri sergey sergei alexander aleksandr alexei alexey andrei andrey mikhail nikolai nikolay ivan pavel peter pyotr
yuri yury yuriy viktor oleg igor boris anatoly vyacheslav maxim maksim konstantin grigory valery vasily leonid gennady evgeny yevgeny
kassym kasym jomart nursultan askar karim marat yerlan erlan bakhyt bakytzhan murat daniyar timur arman aidos serik roman beibut
sadyr almazbek kurmanbek sooronbay akylbek adylbek kamchybek emomali rustam shavkat islam abdulaziz bakhtiyor
gurbanguly serdar rashid ilham ramiz jeyhun hikmet mukhtar elmar nikol serzh robert levon ararat armen ruben vahagn irakli giorgi
mikheil bidzina zurab levan david
recep tayyip mevlut mevlüt hakan hulusi ahmet mehmet mustafa kemal devlet binali fuat yaşar yasar omer ömer ibrahim ali
abdullah süleyman suleyman numan
shalva grigol nikoloz zviad eduard mamuka kakha kakhaber tengiz vakhtang otar gela gocha merab archil lasha shota zaza tornike
mher tigran ashot gagik samvel vardan hovhannes arayik seyran edmon suren artur alen davit vahe hrant andranik armen arsen
shahin elnur farid ramil anar vugar mubariz fuad hikmat elchin ogtay novruz ziyad ceyhun bayram azer
nurlan kairat yerzhan azamat galym bauyrzhan aibek askhat saparbek talant kubanychbek ruslan dzhenish almasadam mukhtar
sanjar jamshid bakhodir ulugbek sardor farkhod akmal dilshod otabek sherzod zokirjon javlon anvar
ismail hasan hüseyin huseyin osman özgür ozgur kenan bülent bulent ekrem mansur yilmaz yılmaz
richard william paul stephen steven daniel mark andrew christopher kevin jonathan jeffrey thomas tom kurt antonio antónio pedro
friedrich frank walter matthew rex samuel
joe joseph donald barack george bill john james michael antony anthony mike marco jake lloyd jens emmanuel olaf boris keir rishi
xi wang li narendra shehbaz imran ebrahim hassan masoud abbas bashar benjamin volodymyr petro dmytro andriy josep charles
владимир дмитрий сергей александр алексей андрей михаил николай иван павел петр пётр юрий виктор олег игорь борис анатолий вячеслав
максим константин григорий валерий василий леонид геннадий евгений касым нурсултан аскар карим марат ерлан бахыт бакытжан мурат
даниияр тимур садыр алмазбек курманбек сооронбай акылбек адылбек камчыбек эмомали рустам шавкат бахтиёр гурбангулы сердар ильхам
рамиз джейхун хикмет никол серж роберт левон арарат армен ираклий георгий михаил бидзина реджеп тайип мевлют хакан хулуси джо
дональд барак эммануэль олаф
`);

const FEMALE = words(`
maria mariya elena yelena olga tatiana tatyana natalia natalya svetlana irina anna ekaterina yekaterina valentina lyudmila ludmila
galina nadezhda veronika marina oksana yulia julia viktoria victoria alina dinara aigerim gulnara dariga aida zhanna roza kamila
saida shirin sevil mehriban leyla leila zara anahit tatevik salome nino tea ursula kaja annalena giorgia kamala hillary nancy
angela theresa liz condoleezza madeleine samantha linda antonia kristalina christine
meral tansu emine ayşe ayse fatma zeynep elif
tamar tinatin ketevan eka nana maia khatia natia sopho lilit gayane mariam lusine zaruhi arpine shushan naira
sahiba gunel könül konul nigar aynur madina saule asel gulnar aliya zhanar dilnoza gulnora nodira feruza malika shakhnoza
zhyldyz tammy kristi karoline marta tulsi federica sophie catherine kathleen sarah jennifer elizabeth margaret susan kristin
julie mary magdalena kaja gülşen sibel hülya nilüfer
мария елена ольга татьяна наталья светлана ирина анна екатерина валентина людмила галина надежда вероника марина оксана юлия
виктория алина динара айгерим гульнара дарига аида жанна роза камила саида мехрибан лейла анаит саломе нино урсула камала
`);

const GIVEN = new Map<string, Gender>([
  ...MALE.map((n) => [n, 'm'] as const),
  ...FEMALE.map((n) => [n, 'f'] as const),
]);

/** Feminine and masculine surname endings (lower case, Latin transliterations and Cyrillic). */
const SURNAME_F = /(?:ova|eva|yeva|iyeva|ina|yna|skaya|tskaya|aya|ова|ева|ёва|ина|ына|ская|цкая|ая)$/;
const SURNAME_M = /(?:ov|ev|yev|iyev|in|yn|sky|skiy|skii|tsky|ов|ев|ёв|ин|ын|ский|цкий|ий)$/;

/**
 * Gender a person's name signals, or null. A known given name decides; otherwise a Slavic or
 * Central Asian surname ending does (only for multi-letter words that look like surnames).
 */
export function genderOfName(name: string): Gender | null {
  const parts = name
    .toLowerCase()
    .normalize('NFC')
    .split(/[\s-]+/)
    .filter(Boolean);
  // the first word is the given name: "Cheryl Alexander" is a woman whatever "Alexander" says
  const first = parts.length ? GIVEN.get(parts[0]) : undefined;
  if (first) return first;
  // an English given name counts in first place only ("Kelly Ross", not the surname of "Ross Kelly")
  const english = parts.length > 1 && /^\p{L}/u.test(name) ? englishGivenGender(parts[0]) : null;
  if (english) return english;
  for (const p of parts) {
    const g = GIVEN.get(p);
    if (g) return g;
  }
  const last = parts[parts.length - 1];
  if (!last || last.length < 5) return null;
  if (SURNAME_F.test(last)) return 'f';
  if (SURNAME_M.test(last)) return 'm';
  return null;
}
