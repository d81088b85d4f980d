// Printable ASCII and the whitespace \s folds: no letter in it changes but by case.
const PLAIN_ASCII = /^[\t\n\v\f\r\x20-\x7e]*$/;

/**
 * Folds text for matching and sorting: lower case, accents and other combining
 * marks removed, whitespace collapsed. "Nguyễn" → "nguyen", "José" → "jose",
 * "Müller" → "muller", "Αθηνά" → "αθηνα". Letters with no decomposition that people
 * still type without their mark are mapped too (ø, đ, ł, æ, œ, ß).
 */
export function foldText(text: string): string {
  // Plain ASCII has nothing to decompose or strip: the same result, several times faster (most emails and many names).
  if (PLAIN_ASCII.test(text)) return text.toLowerCase().replace(/\s+/g, ' ').trim();
  return text
    .normalize('NFKD')
    .replace(DIACRITICS, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[øđłæœß]/g, (ch) => SPECIAL_LETTERS[ch] ?? ch)
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Marks people leave out when they type a name: Latin/Greek/Cyrillic accents,
 * Arabic harakat, Hebrew niqqud. Not every combining mark: Thai and Devanagari
 * vowel signs are letters of the word, and stripping them would change the name.
 */
// The ranges hold combining marks on purpose: they are what is removed.
// eslint-disable-next-line no-misleading-character-class
const DIACRITICS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u064b-\u065f\u0670\u0591-\u05c7]/g;

const SPECIAL_LETTERS: Record<string, string> = {
  ø: 'o',
  đ: 'd',
  ł: 'l',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
};

/** The directory sort key of a person: folded "family given". */
export function personSortKey(givenName: string, familyName: string): string {
  return foldText(`${familyName} ${givenName}`);
}

/** Email keys for duplicate look-ups: trimmed, lower-cased, empty ones dropped, no repeats. */
export function emailKeys(emails: readonly string[]): string[] {
  return [...new Set(emails.map((e) => e.trim().toLowerCase()).filter((e) => e.length > 0))];
}
