/** Short hand-written fixtures shared by the link tests (no text from any real source). */
export const ORIGINAL = [
  'The foreign ministers of Norland and Estavia met in Varsk on Tuesday to discuss the new border treaty.',
  'Norland Foreign Minister Petra Kalvani said the talks had been constructive and that a draft would be ready by March 14.',
  'Estavian officials confirmed that 1,200 troops would leave the disputed valley before the summer.',
  'The agreement follows three years of tension over grazing rights and water from the Oren river.',
  'Observers from the regional security council will monitor the withdrawal, according to a statement.',
  'Kalvani added that trade between the two countries could double once the treaty is signed.',
].join(' ');

export const UNRELATED = [
  'Heavy rain flooded parts of the coastal city of Dramport overnight, closing schools and two hospitals.',
  'The weather office warned that another storm front would reach the harbour district by Friday evening.',
  'Emergency crews pumped water from underground car parks while volunteers filled sandbags near the old market.',
  'The mayor said repair costs could exceed 40 million crowns and asked the national government for help.',
].join(' ');

export const FILLER = [
  'Regional analysts have long argued that small states in the area balance between larger neighbours.',
  'Our commentary this week looks at what the latest diplomatic moves mean for investors and for ordinary families.',
  'Several economists we spoke to expect little change in tariffs before the elections next year.',
  'In the meantime, the question of energy transit remains unresolved and politically sensitive.',
].join(' ');

/** A paraphrase of ORIGINAL: synonym swaps, reordered and dropped sentences, garbled names. */
export const REWRITE = [
  'Norland Foreign Minister Petra Kalvani stated the negotiations had been constructive and that a draft would be ready by March 14.',
  'The foreign ministers of Norland and Estavia gathered in Varsk on Tuesday to talk about the new border treaty.',
  'Estavian authorities confirmed that 1,200 soldiers would leave the disputed valley before the summer.',
  'Observers from the regional security council are going to monitor the pullout, according to a statement.',
  'Kalvanni added that commerce between the two nations could double once the treaty is signed.',
].join(' ');

/**
 * Two stories filled into one template: the same sentence frames, other issuers, figures and
 * managers. Nothing is copied from one to the other, so neither may be linked as a copy.
 */
export const TEMPLATE_A = [
  'Brennick Water Corp is raising 85 mln dlrs through an offering of convertible subordinated debentures due 2011 with a 6-1/4 pct coupon, said lead manager Oslen Hart and Co.',
  "The debentures are convertible into the company's common stock at 31.50 dlrs per share, a premium of 22.4 pct over the stock price when terms were set.",
  'Non-callable for three years, the issue is rated B-2 by Corvex Ratings and BB by Lindqvist Analytics.',
  'The offering was raised from an initial 70 mln dlrs because of strong demand from institutions.',
].join(' ');

export const TEMPLATE_B = [
  'Tamsell Foods Inc is raising 40 mln dlrs through an offering of convertible subordinated debentures due 2012 with a 7 pct coupon, said lead manager Pruitt Gale Securities.',
  "The debentures are convertible into the company's common stock at 18.25 dlrs per share, a premium of 25.1 pct over the stock price when terms were set.",
  'Non-callable for two years, the issue is rated Ba-3 by Corvex Ratings and B-plus by Lindqvist Analytics.',
  'The offering was raised from an initial 30 mln dlrs because of strong demand from institutions.',
].join(' ');

/** A daily notice and the next day's: one frame, other figures. */
export const NOTICE_A =
  'The central bank of Norland entered the money market to arrange 1.5 billion crowns of repurchase agreements, a bank spokesman said. Dealers said overnight funds were trading at 6-3/16 pct when the bank began its temporary supply of reserves to the banking system.';
export const NOTICE_B =
  'The central bank of Norland entered the money market to arrange two billion crowns of repurchase agreements, a bank spokesman said. Dealers said overnight funds were trading at 6-1/8 pct when the bank began its temporary supply of reserves to the banking system.';
