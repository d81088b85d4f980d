import { nameKey, type NameKey } from './person-names';
import { emailKeys, foldText } from './text';
import type { Id, Person } from './types';

/**
 * What the matcher needs of a person: a stored Person, or one row of a partner's
 * spreadsheet before it becomes one (which has no id yet, or derived fields).
 */
export type MatchInput = Pick<Person, 'givenName' | 'familyName' | 'emails'> &
  Partial<Pick<Person, 'id' | 'country' | 'organisationId' | 'institution'>>;

/** A person folded once for matching: every comparison reads these, never the raw text. */
export type MatchProfile = {
  id: Id | undefined;
  name: NameKey;
  emails: readonly string[];
  /** E-mail domains that say where someone works: free mail (gmail.com…) is left out. */
  domains: readonly string[];
  country: string | undefined;
  /** `org:<id>` and `txt:<folded institution>`: either one shared is "the same institution". */
  institutions: readonly string[];
};

/**
 * A blocking key and the finer keys used instead when its bucket is crowded
 * (everyone named Nguyễn in VN). Finer keys are only ever built under their
 * coarse key, so they are stored as `coarse#fine`.
 */
export type MatchBlock = { coarse: string; fine: readonly string[] };

/**
 * Mail providers anyone can sign up with: sharing one says nothing about two
 * people, so they never count as "the same e-mail domain". A short list of the
 * providers seen in member lists, not an exhaustive one.
 */
const FREE_MAIL: ReadonlySet<string> = new Set([
  'gmail.com', 'googlemail.com', 'yahoo.com', 'yahoo.fr', 'yahoo.es', 'yahoo.co.uk', 'yahoo.co.jp', 'ymail.com',
  'hotmail.com', 'hotmail.fr', 'hotmail.es', 'outlook.com', 'outlook.fr', 'outlook.es', 'live.com', 'live.fr',
  'msn.com', 'icloud.com', 'me.com', 'aol.com', 'proton.me', 'protonmail.com', 'gmx.de', 'gmx.net', 'web.de',
  'orange.fr', 'free.fr', 'laposte.net', 'wanadoo.fr', 'yandex.ru', 'mail.ru', 'qq.com', '163.com', '126.com',
  'naver.com', 'daum.net', 'rediffmail.com', 'uol.com.br', 'bol.com.br', 'terra.com.br',
]);

/**
 * Folds an institution as typed for comparison: case, accents, and punctuation
 * or dashes between words ("Musée du quai Branly – Jacques Chirac" and
 * "Musee du Quai Branly - Jacques Chirac"). Combining marks that foldText keeps
 * (Thai, Devanagari vowel signs) are letters of the word and stay.
 */
export function institutionKey(institution: string): string {
  return foldText(institution)
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
    .trim();
}

/**
 * Remembers folded names and institutions while an index is built: a directory
 * repeats them (thousands of María, of "Museo Nacional de Antropología"), and
 * folding is the costly part of building. Lives only as long as one build.
 */
export type FoldMemo = { names: Map<string, NameKey>; institutions: Map<string, string> };

/** An empty memo for one index build. */
export function newFoldMemo(): FoldMemo {
  return { names: new Map(), institutions: new Map() };
}

/** Folds a person once for matching (with `memo`, repeated texts are folded once). */
export function matchProfile(person: MatchInput, memo?: FoldMemo): MatchProfile {
  const emails = emailKeys(person.emails);
  const domains = new Set<string>();
  for (const email of emails) {
    const domain = email.slice(email.lastIndexOf('@') + 1);
    if (email.includes('@') && domain !== '' && !FREE_MAIL.has(domain)) domains.add(domain);
  }
  const institutions: string[] = [];
  const org = person.organisationId?.trim();
  if (org) institutions.push(`org:${org}`);
  const text = person.institution === undefined ? '' : memoised(memo?.institutions, person.institution, institutionKey);
  if (text !== '') institutions.push(`txt:${text}`);
  const country = person.country?.trim().toUpperCase();
  return {
    id: person.id,
    name: memoised(memo?.names, `${person.givenName}\u0000${person.familyName}`, () =>
      nameKey(person.givenName, person.familyName),
    ),
    emails,
    domains: [...domains],
    country: country ? country : undefined,
    institutions,
  };
}

/**
 * The buckets a person goes into. Each one is exact for the reason it serves,
 * so two people who match for a reason always share at least one bucket:
 * - `e|<email>`: same-email; crowded (a shared mailbox) → by family name;
 * - `n|<country>|<family>|<given>`, with the family without particles and with
 *   them joined: same-name-country; crowded (a common full name) → by institution;
 * - `s|<country or @domain>|<all words sorted>`: swapped-names; crowded → by institution;
 * - `i|<institution>|<family word>`, for each family word without particles and
 *   for the whole family joined with and without particles: name-variant-same-institution; crowded → by
 *   each given word (a variant shares at least one whole given word, see
 *   givenCompatible), and by the given name joined.
 * Keys hold folded user text; two texts that happen to make the same key only
 * cost a comparison, since every pair is checked in full afterwards.
 */
export function matchBlocks(p: MatchProfile): MatchBlock[] {
  const blocks = new Map<string, readonly string[]>();
  const add = (coarse: string, fine: readonly string[]) => {
    if (!blocks.has(coarse)) blocks.set(coarse, fine);
  };
  const { name } = p;
  const byInstitution = p.institutions;

  for (const email of p.emails) add(`e|${email}`, [name.familyCoreCompact]);

  const hasName = name.givenCompact !== '' || name.familyCompact !== '';
  if (hasName && p.country !== undefined) {
    add(`n|${p.country}|${name.familyCoreCompact}|${name.givenCompact}`, byInstitution);
    add(`n|${p.country}|${name.familyCompact}|${name.givenCompact}`, byInstitution);
    add(`s|${p.country}|${name.allSorted}`, byInstitution);
  }
  if (hasName) for (const domain of p.domains) add(`s|@${domain}|${name.allSorted}`, byInstitution);

  if (hasName) {
    const givenWords = unique([...name.given, name.givenCompact]);
    const familyWords = unique([...name.familyCore, name.familyCoreCompact, name.familyCompact]);
    for (const institution of p.institutions) {
      for (const word of familyWords) add(`i|${institution}|${word}`, givenWords);
    }
  }
  return [...blocks].map(([coarse, fine]) => ({ coarse, fine }));
}

function memoised<T>(cache: Map<string, T> | undefined, key: string, make: (key: string) => T): T {
  if (!cache) return make(key);
  let value = cache.get(key);
  if (value === undefined) {
    value = make(key);
    cache.set(key, value);
  }
  return value;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
