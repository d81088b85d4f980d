import { foldText } from '../domain/text';
import type { Confidence } from './sheet-types';

/** The fields a spreadsheet column can fill: a person's, plus the enrolment's (appliedOn, status, role). */
export const IMPORT_FIELDS = [
  'givenName',
  'familyName',
  'fullName',
  'email',
  'phone',
  'country',
  'institution',
  'position',
  'languages',
  'gender',
  'membershipNumber',
  'committee',
  'tags',
  'notes',
  'dietaryNeeds',
  'accessibilityNeeds',
  'visaLetter',
  'appliedOn',
  'status',
  'role',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/**
 * Fields that may come from several columns; their values are joined in column
 * order: two email columns (work, personal), tag or note columns, two language
 * columns, and names split over columns ("Primer apellido | Segundo apellido",
 * "First name | Middle name"). Every other field takes one column only.
 */
export const MULTI_COLUMN_FIELDS: ReadonlySet<ImportField> = new Set<ImportField>([
  'givenName',
  'familyName',
  'email',
  'languages',
  'tags',
  'notes',
]);

/** True when `value` is one of IMPORT_FIELDS (a saved mapping read back from storage is untrusted). */
export function isImportField(value: unknown): value is ImportField {
  return typeof value === 'string' && (IMPORT_FIELDS as readonly string[]).includes(value);
}

// Header synonyms in English, French and Spanish, compared after headerKey().
// Written as people type them; "(s)" and plural -s are folded away by headerKey.
const SYNONYMS: readonly (readonly [ImportField, readonly string[]])[] = [
  ['givenName', ['First name', 'Firstname', 'Given name', 'Given names', 'Forename', 'Middle name', 'Prénom', 'Prénoms', 'Second prénom', 'Nombre(s)', 'Nombres', 'Primer nombre', 'Segundo nombre']],
  ['familyName', ['Surname', 'Last name', 'Lastname', 'Family name', 'Nom', 'Nom de famille', 'Apellido(s)', 'Apellidos', 'Primer apellido', 'Segundo apellido', 'Apellido paterno', 'Apellido materno']],
  ['fullName', ['Full name', 'Name', 'Names', 'Participant', 'Participant name', 'Name and surname', 'First and last name', 'Nom complet', 'Nom et prénom', 'Prénom et nom', 'Nom prénom', 'Prénom nom', 'Nom du participant', 'Participante', 'Nombre completo', 'Nombre y apellido(s)', 'Apellido(s) y nombre(s)', 'Nombre del participante']],
  ['email', ['E-mail', 'Email', 'Mail', 'Email address', 'Courriel', 'Adresse électronique', 'Adresse e-mail', 'Adresse mail', 'Mél', 'Correo', 'Correo electrónico', 'Dirección de correo', 'Dirección de correo electrónico']],
  ['phone', ['Phone', 'Telephone', 'Tel', 'Mobile', 'Mobile phone', 'Cell phone', 'Cellphone', 'Phone number', 'WhatsApp', 'Téléphone', 'Tél', 'Portable', 'Numéro de téléphone', 'Teléfono', 'Celular', 'Móvil', 'Número de teléfono']],
  ['country', ['Country', 'Country of residence', 'Pays', 'Pays de résidence', 'País', 'País de residencia']],
  ['institution', ['Institution', 'Organisation', 'Organization', 'Museum', 'Employer', 'Affiliation', 'Établissement', 'Musée', 'Organisme', 'Structure', 'Employeur', 'Institución', 'Organización', 'Museo', 'Entidad', 'Empleador']],
  ['position', ['Position', 'Job title', 'Title', 'Occupation', 'Profession', 'Fonction', 'Poste', 'Titre du poste', 'Cargo', 'Puesto', 'Ocupación']],
  ['languages', ['Languages', 'Language', 'Working languages', 'Languages spoken', 'Langues', 'Langue', 'Langues de travail', 'Langues parlées', 'Idiomas', 'Idioma', 'Lenguas', 'Idiomas hablados']],
  ['gender', ['Gender', 'Sex', 'Genre', 'Sexe', 'Género', 'Sexo']],
  ['membershipNumber', ['Membership no.', 'Membership number', 'Member number', 'Member ID', 'Membership ID', 'N° de membre', 'Numéro de membre', "Numéro d'adhérent", 'N° adhérent', 'Número de miembro', 'N° de miembro', 'Número de socio']],
  ['committee', ['National committee', 'Committee', 'International committee', 'Comité national', 'Comité', 'Comité international', 'Comité nacional', 'Comité internacional']],
  ['tags', ['Tags', 'Labels', 'Keywords', 'Étiquettes', 'Mots-clés', 'Etiquetas', 'Palabras clave']],
  ['notes', ['Notes', 'Comments', 'Remarks', 'Remarques', 'Commentaires', 'Observations', 'Observaciones', 'Comentarios', 'Notas']],
  ['dietaryNeeds', ['Diet', 'Dietary needs', 'Dietary requirements', 'Dietary restrictions', 'Régime alimentaire', 'Régime', 'Besoins alimentaires', 'Dieta', 'Restricciones alimentarias', 'Alimentación']],
  ['accessibilityNeeds', ['Accessibility', 'Accessibility needs', 'Special needs', 'Accessibilité', "Besoins d'accessibilité", 'Besoins particuliers', 'Accesibilidad', 'Necesidades de accesibilidad', 'Necesidades especiales']],
  ['visaLetter', ['Visa letter', 'Visa invitation letter', 'Invitation letter', 'Visa', "Lettre d'invitation pour visa", "Lettre d'invitation", 'Lettre visa', 'Carta de invitación para visado', 'Carta de invitación para visa', 'Carta de invitación', 'Visado']],
  ['appliedOn', ['Date of application', 'Application date', 'Applied on', 'Submission date', 'Timestamp', 'Date de candidature', "Date d'inscription", 'Horodateur', 'Fecha de solicitud', 'Fecha de inscripción', 'Fecha de postulación', 'Marca temporal']],
  ['status', ['Status', 'Application status', 'Selection', 'Statut', 'Statut de la candidature', 'Sélection', 'Estado', 'Estado de la solicitud', 'Selección']],
  ['role', ['Role', 'Rôle', 'Rol', 'Participant role', 'Type de participant', 'Tipo de participante']],
];

// Columns partners often add that the import does not take: recognising them
// stops content detection from guessing (a birth-date column is not appliedOn,
// a row-number column is not a phone).
const UNUSED_HEADERS: readonly string[] = [
  'Date of birth', 'Birth date', 'Date de naissance', 'Fecha de nacimiento', 'Age', 'Âge', 'Edad',
  'City', 'Ville', 'Ciudad', 'Address', 'Postal address', 'Adresse', 'Adresse postale', 'Dirección', 'Postal code', 'Code postal', 'Código postal',
  'No.', 'N°', '#', 'Number', 'Numéro', 'Número', 'Signature', 'Firma', 'Civilité', 'Salutation', 'Tratamiento',
];

/** Words that say little on their own ("Nom de l'institution" is an institution, not a name). */
const GENERIC_WORDS: ReadonlySet<string> = new Set(['name', 'nom', 'nombre', 'number', 'date', 'fecha', 'adresse', 'address', 'direccion', 'participant', 'participante']);

const STOP_WORDS: ReadonlySet<string> = new Set([
  'de', 'du', 'des', 'd', 'l', 'la', 'le', 'les', 'el', 'los', 'las', 'del', 'of', 'the', 'a', 'and', 'et', 'y', 'e', 'or', 'ou', 'o', 'for', 'pour', 'para', 'por', 'en', 'in',
]);

// Abbreviations of "number" in the three languages: N°, Nº, No., Nr., Núm., Nro.
const NUMBER_WORDS: ReadonlySet<string> = new Set(['n', 'no', 'nr', 'nro', 'num', 'numero', 'number']);

/**
 * The comparable form of a header: folded (case, accents), "(s)"/"(e)" removed,
 * "e-mail" made "email", punctuation dropped, small words dropped, plural -s
 * removed, abbreviations of "number" made one. "Apellido(s)" and "Apellidos",
 * "N° de membre" and "Numéro de membre", "E-mail" and "Email" meet.
 */
export function headerWords(text: string): string[] {
  const folded = foldText(text)
    .replace(/\(\s*[a-z]{1,2}\s*\)/g, '')
    .replace(/\be[\s-]?mail\b/g, 'email')
    .replace(/#/g, ' number ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ');
  return folded
    .split(' ')
    .filter((word) => word !== '' && !STOP_WORDS.has(word))
    .map((word) => (NUMBER_WORDS.has(word) ? 'number' : word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word));
}

/** headerWords joined: the key a header is looked up by. */
export function headerKey(text: string): string {
  return headerWords(text).join(' ');
}

type Synonym = { field: ImportField | null; words: readonly string[] };

const EXACT = new Map<string, ImportField | null>();
const ENTRIES: Synonym[] = [];
for (const [field, names] of SYNONYMS) {
  for (const name of names) {
    const words = headerWords(name);
    EXACT.set(words.join(' '), field);
    ENTRIES.push({ field, words });
  }
}
for (const name of UNUSED_HEADERS) {
  const key = headerKey(name);
  if (!EXACT.has(key)) EXACT.set(key, null);
}

/**
 * Joins the two levels of a two-row header ("Name" over "First | Last" gives
 * "Name › First"): a sign people do not type, so a header written "Nom / Prénom"
 * in one cell (a full name) is not mistaken for "Prénom" under "Nom".
 */
export const HEADER_LEVEL_SEPARATOR = ' › ';

/** A header recognised: the field it names (null for a known column the import does not take). */
export type HeaderMatch = { field: ImportField | null; confidence: Confidence };

/**
 * The field a header names, or undefined when it is not recognised.
 * - exact (after headerKey), or the same words in another order ("Name / First"
 *   is "First name"): high;
 * - the header contains every word of a synonym and the synonym is at least a
 *   third of it ("Email address (work)", "Pays de résidence actuelle"): medium;
 *   generic words (name, nom, date…) count less, so "Nom de l'institution" is an
 *   institution;
 * - a typo (one edit, two in long words) of a synonym: low.
 * For a two-row header (HEADER_LEVEL_SEPARATOR) the lower level is tried first.
 * Lookups go through a Map: a header "__proto__" or "constructor" is only text.
 */
export function matchHeader(text: string): HeaderMatch | undefined {
  const level = text.lastIndexOf(HEADER_LEVEL_SEPARATOR);
  if (level >= 0) {
    // Two-row header: the lower level decides ("Nom › Prénom"), else both ("Name › First").
    const lower = matchWords(text.slice(level + HEADER_LEVEL_SEPARATOR.length));
    if (lower?.field) return lower;
  }
  return matchWords(text);
}

function matchWords(text: string): HeaderMatch | undefined {
  const words = headerWords(text);
  if (words.length === 0) return undefined;
  const key = words.join(' ');
  const exact = EXACT.get(key);
  if (exact !== undefined) return { field: exact, confidence: 'high' };
  const sorted = [...words].sort().join(' ');
  for (const entry of ENTRIES) {
    if (entry.words.length === words.length && [...entry.words].sort().join(' ') === sorted) {
      return { field: entry.field, confidence: 'high' };
    }
  }
  return containedSynonym(words) ?? nearSynonym(key);
}

function containedSynonym(words: readonly string[]): HeaderMatch | undefined {
  if (words.length > 6) return undefined;
  const present = new Set(words);
  let best: { field: ImportField | null; score: number } | undefined;
  let tie = false;
  for (const entry of ENTRIES) {
    if (entry.words.length * 3 < words.length || !entry.words.every((word) => present.has(word))) continue;
    const score = entry.words.reduce((sum, word) => sum + (GENERIC_WORDS.has(word) ? 0.4 : 1), 0);
    if (entry.words.every((word) => GENERIC_WORDS.has(word)) && words.length > entry.words.length) continue;
    if (!best || score > best.score) {
      best = { field: entry.field, score };
      tie = false;
    } else if (score === best.score && entry.field !== best.field) {
      tie = true;
    }
  }
  return best && !tie ? { field: best.field, confidence: 'medium' } : undefined;
}

function nearSynonym(key: string): HeaderMatch | undefined {
  const compact = key.replace(/ /g, '');
  if (compact.length < 5) return undefined;
  const limit = compact.length > 7 ? 2 : 1;
  const fields = new Set<ImportField>();
  for (const entry of ENTRIES) {
    const other = entry.words.join('');
    if (entry.field && other.length >= 5 && editDistance(compact, other, limit) <= limit) fields.add(entry.field);
  }
  const [only] = fields;
  return fields.size === 1 && only ? { field: only, confidence: 'low' } : undefined;
}

/**
 * Edit distance between two strings (Levenshtein with swaps of neighbours as one
 * edit: "Emial" is one edit from "Email"), stopping early once it exceeds
 * `limit` (then returns limit + 1). Compares UTF-16 units: callers pass folded text.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length] ?? limit + 1, limit + 1);
}
