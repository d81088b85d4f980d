/**
 * Folds text for matching and sorting: lower case, accents and other combining
 * marks removed, whitespace collapsed. "Nguyễn" → "nguyen", "José" → "jose",
 * "Müller" → "muller", "Αθηνά" → "αθηνα". Letters with no decomposition that people
 * still type without their mark are mapped too (ø, đ, ł, æ, œ, ß).
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[øđłæœß]/g, (ch) => SPECIAL_LETTERS[ch] ?? ch)
    .replace(/\s+/g, ' ')
    .trim();
}

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
