import { canonicalLanguageTag } from '../domain/languages';
import { foldText } from '../domain/text';
import type { EnrolmentRole, EnrolmentStatus, Gender, LanguageTag } from '../domain/types';
import { cellText, type Normalised } from './import-normalise';
import type { Cell, ImportMessage } from './sheet-types';

/**
 * Values chosen from a list (gender, languages, enrolment status and role),
 * written by partners in English, French or Spanish. Anything not recognised is
 * left out with a warning rather than stopping the row: the person can still be
 * imported, and the value set by hand.
 */

const message = (key: ImportMessage['key'], value: string): ImportMessage => ({ key, params: { value } });

/** Folded, punctuation made spaces: "Non-binaire" → "non binaire", "No se presentó" → "no se presento". */
const choiceKey = (text: string): string =>
  foldText(text)
    .replace(/\(\s*[a-z]{1,2}\s*\)/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function table<T>(entries: readonly (readonly [T, readonly string[]])[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, names] of entries) for (const name of names) map.set(choiceKey(name), value);
  return map;
}

/** Looks a key up, then without a French feminine -e or with the Spanish -a made -o ("acceptée", "aceptada"). */
function lookUp<T>(map: ReadonlyMap<string, T>, key: string): T | undefined {
  return map.get(key) ?? (key.endsWith('e') ? map.get(key.slice(0, -1)) : undefined) ?? (key.endsWith('a') ? map.get(`${key.slice(0, -1)}o`) : undefined);
}

const GENDER_NAMES = table<Gender>([
  ['female', ['f', 'female', 'woman', 'w', 'femme', 'feminin', 'féminine', 'femenino', 'femenina', 'mujer', 'fem']],
  ['male', ['m', 'male', 'man', 'h', 'homme', 'masculin', 'masculine', 'masculino', 'hombre', 'masc']],
  ['non-binary', ['non-binary', 'nonbinary', 'nb', 'x', 'non binaire', 'non-binaire', 'no binario', 'no binaria', 'no binarie']],
  ['undisclosed', ['undisclosed', 'prefer not to say', 'not disclosed', 'préfère ne pas répondre', 'ne souhaite pas répondre', 'non communiqué', 'prefiero no decir', 'prefiero no responder', 'no especificado']],
]);

/**
 * Reads one column's single letters: H and M with no F is the Spanish
 * "hombre / mujer", where M is a woman; otherwise M is male (English M/F,
 * French "masculin"), and H is "homme"/"hombre".
 */
export function mMeansWoman(values: readonly Cell[]): boolean {
  const letters = new Set(values.map((value) => choiceKey(cellText(value))));
  return letters.has('h') && letters.has('m') && !letters.has('f');
}

/** A gender (one of GENDERS) from F/M/H/X or a word in the three languages; `mIsWoman` from mMeansWoman. */
export function normaliseGender(cell: Cell, mIsWoman = false): Normalised<Gender> {
  const text = cellText(cell);
  if (text === '') return { value: undefined };
  const key = choiceKey(text);
  if (key === 'm' && mIsWoman) return { value: 'female' };
  const value = lookUp(GENDER_NAMES, key);
  return value ? { value } : { value: undefined, warning: message('import.warnings.genderUnknown', text) };
}

// Languages people list, by tag; their names come from Intl in English, French,
// Spanish and the language itself ("English", "anglais", "inglés", "español").
const LANGUAGE_TAGS = `en fr es pt ar ru zh de it ja ko nl sw ha yo ig am hi bn ur fa tr vi th id ms tl el he pl uk ro cs hu
sv da nb no fi ca eu gl wo ln rw mg so zu xh af sq hy ka az kk uz mn ne si km lo my sr hr bs sl sk bg mk et lv lt is ga cy mt
qu gn ay ht ff tw ak ee om ti rn ny sn st tn ps ku ta te ml mr gu pa bo ky tg tk lb sm to fj mi ber kg lu fon bm`
  .trim()
  .split(/\s+/);

const LANGUAGE_ALIASES: readonly (readonly [LanguageTag, readonly string[]])[] = [
  ['zh', ['Mandarin', 'Mandarin Chinese', 'mandarín', 'chinois mandarin']],
  ['fa', ['Farsi', 'Persan']],
  ['es', ['Castellano', 'Castilian', 'Espagnol', 'Spanish']],
  ['sw', ['Kiswahili']],
  ['tl', ['Filipino', 'Pilipino']],
  ['ar', ['Arabe', 'Arabic', 'Árabe']],
];

let languageNames: Map<string, LanguageTag> | undefined;

function languageIndex(): Map<string, LanguageTag> {
  if (languageNames) return languageNames;
  const names = table<LanguageTag>(LANGUAGE_ALIASES);
  for (const lang of ['en', 'fr', 'es']) {
    const display = new Intl.DisplayNames([lang], { type: 'language', fallback: 'none' });
    for (const tag of LANGUAGE_TAGS) {
      const name = display.of(tag);
      if (name && !names.has(choiceKey(name))) names.set(choiceKey(name), tag);
    }
  }
  for (const tag of LANGUAGE_TAGS) {
    const own = new Intl.DisplayNames([tag], { type: 'language', fallback: 'none' }).of(tag);
    if (own && !names.has(choiceKey(own))) names.set(choiceKey(own), tag);
  }
  languageNames = names;
  return names;
}

/** A well-formed BCP 47 tag of two or three letters (and subtags), canonical ("pt-br" → "pt-BR"). */
function languageCode(text: string): LanguageTag | undefined {
  if (!/^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i.test(text)) return undefined;
  return canonicalLanguageTag(text.replace(/_/g, '-'));
}

/** The text with "(…)" notes removed, in one pass (no regex to backtrack on a hostile cell). */
function withoutBrackets(text: string): string {
  let depth = 0;
  let out = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
    else if (depth === 0) out += ch;
  }
  return out;
}

/**
 * Languages as BCP 47 tags, from names in English, French, Spanish or the
 * language itself, or from tags ("EN/FR", "pt-BR"), separated by commas,
 * slashes, "and"/"et"/"y". "(fluent)" and other notes in brackets are ignored.
 * Unknown names are left out, with a warning naming them.
 */
export function normaliseLanguages(cell: Cell): Normalised<LanguageTag[]> {
  const text = cellText(cell);
  if (text === '') return { value: undefined };
  const names = languageIndex();
  const tags: LanguageTag[] = [];
  const unknown: string[] = [];
  // Whitespace runs made one character first, so the split never backtracks over a long run.
  const tidy = withoutBrackets(text).replace(/\s+/g, (run) => (run.includes('\n') ? '\n' : ' '));
  for (const piece of tidy.split(/[,;/|+&\n]|\s+(?:and|et|y|e)\s+/i)) {
    const trimmed = piece.trim();
    if (trimmed === '') continue;
    const tag = names.get(choiceKey(trimmed)) ?? languageCode(trimmed);
    if (tag === undefined) unknown.push(trimmed);
    else if (!tags.includes(tag)) tags.push(tag);
  }
  const result: Normalised<LanguageTag[]> = { value: tags.length > 0 ? tags : undefined };
  if (unknown.length > 0) result.warning = message('import.warnings.languageUnknown', unknown.join(', '));
  return result;
}

const STATUS_NAMES = table<EnrolmentStatus>([
  ['applied', ['applied', 'application', 'applicant', 'candidate', 'pending', 'submitted', 'registered', 'candidat', 'candidature', 'inscrit', 'en attente', 'soumis', 'postulado', 'solicitado', 'solicitud', 'pendiente', 'inscrito']],
  ['shortlisted', ['shortlisted', 'shortlist', 'présélectionné', 'preseleccionado', 'liste restreinte', 'lista corta']],
  ['accepted', ['accepted', 'selected', 'approved', 'accepté', 'sélectionné', 'retenu', 'admis', 'approuvé', 'aceptado', 'seleccionado', 'admitido', 'aprobado']],
  ['waitlisted', ['waitlisted', 'waitlist', 'waiting list', 'wait list', 'reserve', "liste d'attente", "en liste d'attente", 'lista de espera', 'en lista de espera']],
  ['rejected', ['rejected', 'not selected', 'refused', 'denied', 'refusé', 'rejeté', 'non retenu', 'non sélectionné', 'rechazado', 'no seleccionado', 'denegado']],
  ['confirmed', ['confirmed', 'confirmé', 'confirmado']],
  ['attended', ['attended', 'present', 'participated', 'présent', 'a participé', 'asistió', 'presente', 'participó']],
  ['no-show', ['no-show', 'no show', 'did not attend', 'absent', 'ausente', 'no se presentó', 'no asistió']],
  ['withdrawn', ['withdrawn', 'withdrew', 'declined', 'cancelled', 'canceled', 'désisté', 'désistement', 'retiré', 'annulé', 'retirado', 'desistió', 'cancelado', 'renunció']],
]);

const ROLE_NAMES = table<EnrolmentRole>([
  ['participant', ['participant', 'participants', 'attendee', 'trainee', 'participante', 'stagiaire', 'alumno']],
  ['trainer', ['trainer', 'facilitator', 'speaker', 'instructor', 'expert', 'formateur', 'formatrice', 'intervenant', 'facilitateur', 'expert', 'formador', 'formadora', 'ponente', 'facilitador', 'experto', 'instructeur']],
  ['organiser', ['organiser', 'organizer', 'staff', 'organisateur', 'organisatrice', 'organizador', 'organizadora', 'équipe', 'equipo']],
  ['observer', ['observer', 'observateur', 'observatrice', 'observador', 'observadora']],
]);

/** An enrolment status (ENROLMENT_STATUSES) from its name in the three languages, masculine or feminine. */
export function normaliseStatus(cell: Cell): Normalised<EnrolmentStatus> {
  const text = cellText(cell);
  if (text === '') return { value: undefined };
  const value = lookUp(STATUS_NAMES, choiceKey(text));
  return value ? { value } : { value: undefined, warning: message('import.warnings.statusUnknown', text) };
}

/** An enrolment role (ENROLMENT_ROLES) from its name in the three languages. */
export function normaliseRole(cell: Cell): Normalised<EnrolmentRole> {
  const text = cellText(cell);
  if (text === '') return { value: undefined };
  const value = lookUp(ROLE_NAMES, choiceKey(text));
  return value ? { value } : { value: undefined, warning: message('import.warnings.roleUnknown', text) };
}
