/** The key stored in entities.name_fold for fuzzy name search: lowercase, no diacritics. */
export const fold = (s: string): string =>
  s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/ı/g, 'i').replace(/\s+/g, ' ').trim();
