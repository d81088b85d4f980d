import { foldText } from './text';

/**
 * Name normalisation for MATCHING only. Names are stored and shown exactly as
 * typed (types.ts); what is here decides whether two spellings may be the same
 * person, and is never written back.
 */

/**
 * What separates the words of a name: spaces, hyphens ("Jean-Marc", "Al-Sayed"),
 * apostrophes straight and curly ("O'Connor", "D’Angelo"), and the dots and
 * commas of initials ("M. J."). Partner spreadsheets mix all of them.
 */
const SEPARATORS = /[\s\-\u2010\u2011'\u2018\u2019\u02bc.,]+/u;

/**
 * Particles that attach to the family name they precede. They are kept as
 * tokens (they are part of the name), but a comparison ignores them when they
 * stand before another word, so "de la Cruz" and "Cruz", "van der Berg" and
 * "Berg", "Al-Sayed" and "Sayed" compare equal. `d` and `l` are elided
 * forms (D’Angelo, L’Hermite). Deliberately absent: "ben" and "abu" (also given
 * names and parts of compound names), "o" (O'Connor is not Connor), "mac".
 */
const PARTICLES: ReadonlySet<string> = new Set([
  'de', 'del', 'della', 'delle', 'dei', 'degli', 'dell', 'di', 'da', 'das', 'do', 'dos', 'du', 'des', 'd', 'l',
  'la', 'le', 'les', 'lo', 'y', 'e',
  'van', 'von', 'der', 'den', 'ter', 'ten', 'te', 'zu', 'af', 'av',
  'bin', 'ibn', 'bint', 'binti', 'al', 'el',
]);

/**
 * Folds a name and splits it into words for matching: foldText (case, accents,
 * Arabic harakat), then a few letters people type both ways are made one:
 * Greek final sigma (ς/σ: a name typed in capitals and lower-cased by hand ends
 * either way), Arabic alef wasla, alef maqsura/ya, ta marbuta/ha and the
 * tatweel used only to stretch words. Particles are kept as tokens.
 */
export function nameTokens(name: string): string[] {
  return foldText(name)
    .replace(SAME_LETTER, (ch) => SAME_LETTERS[ch] ?? ch)
    .split(SEPARATORS)
    .filter((token) => token.length > 0);
}

/** ς → σ; ٱ → ا; ى → ي; ة → ه; tatweel removed. */
const SAME_LETTERS: Readonly<Record<string, string>> = {
  '\u03c2': '\u03c3',
  '\u0671': '\u0627',
  '\u0649': '\u064a',
  '\u0629': '\u0647',
  '\u0640': '',
};
const SAME_LETTER = /[\u03c2\u0671\u0649\u0629\u0640]/g;

/** True when `token` is a name particle ("de", "van", "al"…). */
export function isNameParticle(token: string): boolean {
  return PARTICLES.has(token);
}

/**
 * The words that carry a family name: particles are dropped when they stand
 * before another word. The last word always stays, because a particle in last
 * place is not a particle: the Vietnamese family name Lê folds to "le" and
 * "Nguyen Van" (a middle name typed into the family column) ends in "van".
 */
export function familyCore(tokens: readonly string[]): string[] {
  return tokens.filter((token, i) => i === tokens.length - 1 || !PARTICLES.has(token));
}

/** A person's name, folded and split once, in the shapes the comparisons need. */
export type NameKey = {
  given: readonly string[];
  /** Given words joined without spaces: "Jean-Marc", "Jean Marc" and "Jeanmarc" meet. */
  givenCompact: string;
  family: readonly string[];
  familyCore: readonly string[];
  familyCoreCompact: string;
  /** Every family word joined, particles included: "Le Goff" and "Legoff" meet. */
  familyCompact: string;
  /** All words of the name, sorted: the same words whatever the order or the column. */
  allSorted: string;
};

/** Folds and splits a given and a family name once, for all the comparisons. */
export function nameKey(givenName: string, familyName: string): NameKey {
  const given = nameTokens(givenName);
  const family = nameTokens(familyName);
  const core = familyCore(family);
  return {
    given,
    givenCompact: given.join(''),
    family,
    familyCore: core,
    familyCoreCompact: core.join(''),
    familyCompact: family.join(''),
    allSorted: [...given, ...family].sort().join(' '),
  };
}

/**
 * The same name: given names equal (spaces, hyphens and case aside) and family
 * names equal but for particles or spacing ("de la Cruz" = "Cruz",
 * "Le Goff" = "Legoff"). Particles count in given names ("María de los Ángeles"),
 * where they are words of the name, not attached prefixes. Two empty names are
 * not the same name: there is nothing to compare.
 */
export function sameName(a: NameKey, b: NameKey): boolean {
  if (a.givenCompact === '' && a.familyCompact === '') return false;
  return a.givenCompact === b.givenCompact && familyEqual(a, b);
}

function familyEqual(a: NameKey, b: NameKey): boolean {
  return a.familyCoreCompact === b.familyCoreCompact || a.familyCompact === b.familyCompact;
}

/**
 * The same words in another order or split differently between the columns:
 * 王 伟 / 伟 王, "Nagy Ferenc" / "Ferenc Nagy", "Nguyễn | Văn An" / "Nguyen Van | An".
 */
export function sameWords(a: NameKey, b: NameKey): boolean {
  return a.allSorted !== '' && a.allSorted === b.allSorted;
}

/**
 * Given names that may belong to one person: equal, or the words of one appear
 * in order in the other ("José" / "José Luis", "An" / "Văn An", "María José" /
 * "M. José"). Words match whole, or an initial matches a word it begins: a
 * prefix inside a word does not count, so "José" is not "Josefina" (a different
 * name, not a short form). At least one whole word must be shared, so a bare
 * initial ("J.") is not enough. Nicknames (Pepe for José) are not known.
 */
export function givenCompatible(a: NameKey, b: NameKey): boolean {
  if (a.givenCompact === b.givenCompact) return true;
  if (a.given.length === 0 || b.given.length === 0) return false;
  const [short, long] = a.given.length <= b.given.length ? [a.given, b.given] : [b.given, a.given];
  if (!isSubsequence(short, long, wordOrInitial)) return false;
  return short.some((word) => !isInitial(word) && long.includes(word));
}

/**
 * Family names that may belong to one person: equal (see sameName), or the
 * words of one appear in order in the other: a second surname left out
 * ("García" / "García López"), or the first one left out, as Portuguese and
 * Brazilian colleagues often go by their last surname ("Silva" / "Ferreira da Silva").
 */
export function familyCompatible(a: NameKey, b: NameKey): boolean {
  if (familyEqual(a, b)) return true;
  if (a.familyCore.length === 0 || b.familyCore.length === 0) return false;
  const [short, long] =
    a.familyCore.length <= b.familyCore.length ? [a.familyCore, b.familyCore] : [b.familyCore, a.familyCore];
  return isSubsequence(short, long, (x, y) => x === y);
}

/** Both parts of the name may belong to one person (a variant or the same name). */
export function namesCompatible(a: NameKey, b: NameKey): boolean {
  if (a.givenCompact === '' && a.familyCompact === '') return false;
  return givenCompatible(a, b) && familyCompatible(a, b);
}

function wordOrInitial(x: string, y: string): boolean {
  if (x === y) return true;
  if (isInitial(x)) return y.startsWith(x);
  if (isInitial(y)) return x.startsWith(y);
  return false;
}

/**
 * One letter of a cased script (Latin, Greek, Cyrillic…): an initial. A single
 * Chinese or Korean character is a whole given name (伟), never an initial, and
 * those scripts have no case, which is how they are told apart.
 */
function isInitial(word: string): boolean {
  return [...word].length === 1 && word.toUpperCase() !== word;
}

/**
 * Whether `short` appears in `long` in order. Taking the earliest match for each
 * word is never worse than a later one, so one greedy pass decides it.
 */
function isSubsequence(
  short: readonly string[],
  long: readonly string[],
  match: (x: string, y: string) => boolean,
): boolean {
  let j = 0;
  for (const word of short) {
    while (j < long.length && !match(word, long[j] as string)) j += 1;
    if (j === long.length) return false;
    j += 1;
  }
  return true;
}
