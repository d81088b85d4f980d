import { cleanName } from '../domain/person-rules';
import { foldText } from '../domain/text';
import type { CountryCode } from '../domain/types';

/**
 * Splitting a "full name" column into given and family names. The words are
 * never changed (no case change, no accent added or removed): the split only
 * decides where the cut falls. The rules, first that applies wins:
 *
 * 1. `comma`: "GARCÍA LÓPEZ, María José" is family, then given. This is also
 *    how a user forces a split when editing a cell.
 * 2. `single`: one word ("Sukarno", "王小明") is a mononym, kept as the given name.
 * 3. `capitals`: when some words are in capitals and others not, the words in
 *    capitals at the start or end are the family name, with any particle just
 *    before them ("DIALLO Aminata", "María José GARCÍA LÓPEZ", "Ludwig van
 *    BEETHOVEN"): the administrative convention of French and Spanish lists.
 * 4. `family-first`: Vietnamese names put the family name first ("Nguyễn Văn
 *    An"): when the country is VN, or the first word is a common Vietnamese
 *    family name and the name looks Vietnamese (its letters or tone marks, a
 *    middle "Văn"/"Thị", or a family name no other language shares). With VN and
 *    a common family name last ("An Nguyen"), the name was already turned round.
 * 5. `particle`: a particle after the first word starts the family name: "Jean-Marc
 *    Le Goff", "Maria da Silva", "Mohamed El Amrani", "José Ortega y Gasset" ("y"
 *    joins two surnames). Spanish given names with "del"/"de los" ("María del
 *    Carmen", "María de los Ángeles") stay given names.
 * 6. `two-surnames`: four words: the last two are the surnames ("María José
 *    García López"); three words with a Spanish-speaking country: the last two
 *    ("Gabriel García Márquez").
 * 7. `last-word`: otherwise the last word is the family name ("Αθηνά Παπαδοπούλου",
 *    "Mary Jane Smith").
 */
export type NameSplitRule = 'empty' | 'comma' | 'single' | 'capitals' | 'family-first' | 'particle' | 'two-surnames' | 'last-word';

/** A full name cut in two, and the rule that cut it (the UI may show guesses for checking). */
export type NameSplit = { givenName: string; familyName: string; rule: NameSplitRule };

const PARTICLES: ReadonlySet<string> = new Set([
  'de', 'del', 'della', 'delle', 'der', 'den', 'di', 'da', 'das', 'do', 'dos', 'du', 'des', 'la', 'le', 'les', 'lo',
  'van', 'von', 'ter', 'ten', 'zu', 'al', 'el', 'bin', 'ibn', 'bint', 'st', 'saint', 'y',
]);

// Given names completed by "del …"/"de los …", mostly Marian: María del Carmen.
const GIVEN_CONTINUATIONS: ReadonlySet<string> = new Set([
  'del carmen', 'del pilar', 'del rosario', 'del mar', 'del socorro', 'del consuelo', 'del sol', 'del rocio',
  'de los angeles', 'de las mercedes', 'de la luz', 'de la paz', 'de lourdes', 'de jesus', 'de fatima', 'de guadalupe', 'de los remedios',
]);

const VIETNAMESE_FAMILY: ReadonlySet<string> = new Set([
  'nguyen', 'tran', 'le', 'pham', 'hoang', 'huynh', 'phan', 'vu', 'vo', 'dang', 'bui', 'do', 'ho', 'ngo', 'duong', 'ly',
  'truong', 'dinh', 'lam', 'mai', 'trinh', 'doan', 'luong', 'cao', 'ta', 'luu', 'quach', 'ha', 'chu', 'kieu', 'la', 'thai', 'tang',
]);
// Family names that are Vietnamese whatever the letters ("Nguyen" typed without its tone mark).
const VIETNAMESE_ONLY: ReadonlySet<string> = new Set(['nguyen', 'tran', 'pham', 'hoang', 'huynh', 'phan', 'dang', 'bui', 'duong', 'truong', 'dinh', 'trinh', 'doan', 'luong', 'quach']);
// ă â đ ê ô ơ ư, or a tilde, hook above or dot below on a letter (NFD).
const VIETNAMESE_LETTERS = /[ăâđêôơưĂÂĐÊÔƠƯ]|[\p{L}][\u0300-\u036f]*[\u0303\u0309\u0323]/u;

const SPANISH_SPEAKING: ReadonlySet<CountryCode> = new Set([
  'ES', 'MX', 'GT', 'HN', 'SV', 'NI', 'CR', 'PA', 'CU', 'DO', 'PR', 'CO', 'VE', 'EC', 'PE', 'BO', 'CL', 'AR', 'UY', 'PY', 'GQ',
]);

const fold = (word: string): string => foldText(word).replace(/[.'’]/g, '');

/** Splits a full name into given and family names by the rules above; words are kept exactly as written. */
export function splitFullName(text: string, countryHint?: CountryCode): NameSplit {
  const name = cleanName(text);
  if (name === '') return { givenName: '', familyName: '', rule: 'empty' };
  const comma = name.indexOf(',');
  if (comma >= 0) {
    return { familyName: cleanName(name.slice(0, comma)), givenName: cleanName(name.slice(comma + 1)), rule: 'comma' };
  }
  const words = name.split(' ');
  if (words.length === 1) return { givenName: name, familyName: '', rule: 'single' };
  return byCapitals(words) ?? vietnamese(words, name, countryHint) ?? byParticle(words) ?? byCount(words, countryHint);
}

const cut = (words: readonly string[], at: number, rule: NameSplitRule): NameSplit => ({
  givenName: words.slice(0, at).join(' '),
  familyName: words.slice(at).join(' '),
  rule,
});

/** A word written in capitals: at least two cased letters, none in lower case. */
function inCapitals(word: string): boolean {
  const cased = [...word].filter((ch) => ch.toLowerCase() !== ch.toUpperCase());
  return cased.length >= 2 && word === word.toUpperCase();
}

function byCapitals(words: readonly string[]): NameSplit | undefined {
  const caps = words.map(inCapitals);
  if (caps.every(Boolean) || !caps.some(Boolean)) return undefined;
  const leading = caps.indexOf(false);
  if (caps.slice(leading).every((c) => !c)) {
    // "DIALLO Aminata": family first.
    return { familyName: words.slice(0, leading).join(' '), givenName: words.slice(leading).join(' '), rule: 'capitals' };
  }
  let start = caps.lastIndexOf(false) + 1;
  if (caps.slice(0, start).some(Boolean) || start === 0) return undefined;
  while (start > 1 && PARTICLES.has(fold(words[start - 1] ?? ''))) start--;
  return cut(words, start, 'capitals');
}

function vietnamese(words: readonly string[], name: string, country?: CountryCode): NameSplit | undefined {
  const first = fold(words[0] ?? '');
  const last = fold(words[words.length - 1] ?? '');
  if (country === 'VN') {
    const turned = !VIETNAMESE_FAMILY.has(first) && VIETNAMESE_FAMILY.has(last);
    return turned ? cut(words, words.length - 1, 'family-first') : familyFirst(words);
  }
  if (!VIETNAMESE_FAMILY.has(first)) return undefined;
  const middle = words.length >= 3 && ['van', 'thi'].includes(fold(words[1] ?? ''));
  return VIETNAMESE_ONLY.has(first) || middle || VIETNAMESE_LETTERS.test(name.normalize('NFD')) ? familyFirst(words) : undefined;
}

function familyFirst(words: readonly string[]): NameSplit {
  return { familyName: words[0] ?? '', givenName: words.slice(1).join(' '), rule: 'family-first' };
}

function byParticle(words: readonly string[]): NameSplit | undefined {
  let i = 1;
  while (i < words.length - 1) {
    const word = fold(words[i] ?? '');
    if (!PARTICLES.has(word)) {
      i++;
      continue;
    }
    const continuation = [2, 3].find((n) => GIVEN_CONTINUATIONS.has(words.slice(i, i + n).map(fold).join(' ')));
    if (continuation !== undefined) {
      // "María del Carmen …": the given name goes on, and all that follows is the
      // family name, particles included ("… Pérez de la Cruz").
      const at = i + continuation;
      return at < words.length ? cut(words, at, 'particle') : { givenName: words.join(' '), familyName: '', rule: 'single' };
    }
    // "y" joins two surnames: "Ortega y Gasset" starts one word before it.
    const start = word === 'y' ? i - 1 : i;
    if (start < 1) return undefined;
    return cut(words, start, 'particle');
  }
  return undefined;
}

function byCount(words: readonly string[], country?: CountryCode): NameSplit {
  if (words.length === 4) return cut(words, 2, 'two-surnames');
  if (words.length === 3 && country !== undefined && SPANISH_SPEAKING.has(country)) return cut(words, 1, 'two-surnames');
  return cut(words, words.length - 1, 'last-word');
}
