import type { PersonSearchEntry } from './person-search';
import { foldText } from './text';
import type { Person } from './types';

/**
 * The words a person is found by, for the directory's search index: folded as
 * foldText folds (case and accents gone: "Nguyễn" → "nguyen"), cut on anything
 * but letters, marks and digits. Fast where it matters at 100,000 people:
 * ASCII needs no Unicode normalisation, and names, institutions and positions
 * recur, so their words are remembered.
 */

// Printable ASCII and the usual whitespace: text that needs no Unicode normalisation.
const ASCII = /^[\t\n\r\x20-\x7e]*$/;
const WORD_ONLY = /^[\p{L}\p{N}\p{M}]+$/u;
const WORD_GLOBAL = /[\p{L}\p{N}\p{M}]+/gu;
const MEMO_LIMIT = 200_000;

const foldMemo = new Map<string, string>();
const fieldMemo = new Map<string, readonly string[]>();

/** foldText, with an ASCII fast path and a bounded memo. */
export function fold(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase().replace(/\s+/g, ' ').trim();
  let out = foldMemo.get(text);
  if (out === undefined) {
    if (foldMemo.size > MEMO_LIMIT) foldMemo.clear();
    out = foldText(text);
    foldMemo.set(text, out);
  }
  return out;
}

/** The words of a query or a field: folded, split on anything but letters, marks and digits. */
export function searchWords(text: string): string[] {
  return fold(text).match(WORD_GLOBAL) ?? [];
}

/**
 * The words of folded text, plus each punctuated word joined ("o'connor" also
 * as "oconnor", "jean-pierre" as "jeanpierre"), unless `join` is false (emails:
 * "an.nguyen@museum.example" joined is no word anyone types).
 */
function wordsOfFolded(folded: string, join = true): string[] {
  const words: string[] = [];
  for (const chunk of folded.split(' ')) {
    if (WORD_ONLY.test(chunk)) {
      words.push(chunk);
      continue;
    }
    const parts = chunk.match(WORD_GLOBAL) ?? [];
    words.push(...parts);
    if (join && parts.length > 1) words.push(parts.join(''));
  }
  return words;
}

function fieldWords(text: string): readonly string[] {
  let words = fieldMemo.get(text);
  if (words === undefined) {
    if (fieldMemo.size > MEMO_LIMIT) fieldMemo.clear();
    words = wordsOfFolded(fold(text));
    fieldMemo.set(text, words);
  }
  return words;
}

function addAll(into: string[], words: readonly string[]): void {
  for (const word of words) if (!into.includes(word)) into.push(word);
}

/** A person as the index holds them: the entry, its words, and the folded keys orders sort by. */
export type IndexedPerson = {
  entry: PersonSearchEntry;
  words: readonly string[];
  /** Folded "given family", for the given-name order. */
  givenKey: string;
  /** Folded institution; "\uffff" (after everything) when there is none. */
  institutionKey: string;
  /** updatedAt in ms since 1970. */
  updated: number;
};

/**
 * Indexes one entry. Words come from the given and family names, institution,
 * position and emails; the whole name, family first, is also one word
 * ("nguyenvanan", "王秀英", "garcialopezmariajose"), so names in scripts written
 * without spaces, and people who type names without spaces, still match.
 */
export function indexPerson(entry: PersonSearchEntry): IndexedPerson {
  const words: string[] = [];
  const given = fold(entry.givenName);
  const family = fold(entry.familyName);
  addAll(words, fieldWords(entry.givenName));
  addAll(words, fieldWords(entry.familyName));
  if (entry.institution) addAll(words, fieldWords(entry.institution));
  if (entry.position) addAll(words, fieldWords(entry.position));
  for (const email of entry.emails) addAll(words, wordsOfFolded(fold(email), false));
  const g = given.match(WORD_GLOBAL)?.join('');
  const f = family.match(WORD_GLOBAL)?.join('');
  if (g && f) addAll(words, [f + g]);
  return {
    entry,
    words,
    givenKey: `${given} ${family}`.trim(),
    institutionKey: entry.institution ? fold(entry.institution) : '\uffff',
    updated: Date.parse(entry.updatedAt) || 0,
  };
}

/** The directory entry of a stored person; `organisationName` is the name of their organisation, if linked. */
export function searchEntry(person: Person, organisationName?: string): PersonSearchEntry {
  const entry: PersonSearchEntry = {
    id: person.id,
    givenName: person.givenName,
    familyName: person.familyName,
    emails: person.emails,
    languages: person.languages,
    tags: person.tags,
    updatedAt: person.updatedAt,
    sortKey: person.sortKey,
  };
  const institution = organisationName ?? person.institution;
  if (institution !== undefined) entry.institution = institution;
  for (const key of ['phone', 'country', 'organisationId', 'position', 'membershipNumber'] as const) {
    const value = person[key];
    if (value !== undefined) entry[key] = value;
  }
  return entry;
}
