/**
 * Common Turkish given names, as general knowledge: the first word of a Turkish person's name in
 * news copy (officials, experts, residents quoted by the press). Evidence only, read with a
 * context that a person fits (a speech clause after the name): an unknown capitalised pair whose
 * first word is here is likely a person. Names that are also ordinary words a sentence may open
 * with ("Barış", "Deniz", "Umut", "Güneş", "Onur") are left out.
 */
import { fold } from '../../resolve/fold.js';

const NAMES = `
ahmet mehmet mustafa ali hasan huseyin ibrahim ismail osman yusuf murat omer fatih kemal hakan
emre burak kerem cem can serkan tuncay gokhan volkan levent sinan tolga orhan selim kadir halil
cengiz erkan oguz yasin furkan enes berk arda alper koray taner tarik kaan mert ozan baris emin
erhan erdal ercan ersin ertugrul fikret haluk hilmi irfan kenan koksal metin necati nihat oktay
recep rifat sedat selcuk semih serdar sukru tamer tayfun tevfik turgut ugur vedat yavuz yilmaz
zafer abdullah bulent cihan cuneyt eren faruk gurkan hamza harun ilker kursat mahmut nazim onder
ozgur polat ramazan riza saban sahin salih suleyman tahsin umit veli yakup yunus zeki
kivanc tarkan taylan cagri cagatay batuhan berkay atakan caner ilhan nail taha yigit
ayse fatma emine hatice zeynep elif meryem esra merve kubra busra gamze tugba ozlem aylin sule
hande filiz yasemin ebru ceren cansu burcu seda didem ezgi gizem nazli irem melike rabia havva
sevim nermin nurcan songul gulay sevda selin asli ayten belgin betul canan demet dilara ece
eda ela esin feride gulsen hacer hulya ipek leyla meral neslihan nilufer oya pelin serap sibel
tulay yeliz zehra zuhal hilal sena tansu melek
`;

const KEYS = new Set(NAMES.split(/\s+/).filter(Boolean));

/** Is the word (any case, with or without Turkish letters) a common Turkish given name? */
export function isTurkishGivenName(word: string): boolean {
  return KEYS.has(fold(word.toLocaleLowerCase('tr')));
}
