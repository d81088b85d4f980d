import { describe, expect, it } from 'vitest';
import {
  applySavedMapping,
  fieldByContent,
  saveMapping,
  savedMappingFit,
  setColumnField,
  suggestMapping,
  type SavedMapping,
} from '../../../shared/io/import-mapping';
import { headerKey, IMPORT_FIELDS, matchHeader } from '../../../shared/io/import-synonyms';

const fieldsOf = (headers: string[], sample: (string | number | null)[][] = []) => suggestMapping(headers, sample).map((m) => m.field);

describe('header synonyms', () => {
  it.each([
    // English
    ['Surname', 'familyName'], ['Last name', 'familyName'], ['Family name', 'familyName'],
    ['First name', 'givenName'], ['Given name', 'givenName'],
    ['Full name', 'fullName'], ['Name', 'fullName'], ['Participant', 'fullName'],
    ['E-mail', 'email'], ['Email', 'email'], ['Email address (work)', 'email'],
    ['Country', 'country'], ['Institution', 'institution'], ['Organisation', 'institution'],
    ['Position', 'position'], ['Job title', 'position'], ['Title', 'position'],
    ['Phone', 'phone'], ['Telephone', 'phone'], ['Mobile', 'phone'], ['Phone number', 'phone'],
    ['Languages', 'languages'], ['Gender', 'gender'], ['Sex', 'gender'],
    ['Membership no.', 'membershipNumber'], ['National committee', 'committee'], ['Diet', 'dietaryNeeds'],
    ['Accessibility', 'accessibilityNeeds'], ['Visa letter', 'visaLetter'], ['Date of application', 'appliedOn'],
    ['Status', 'status'], ['Role', 'role'], ['Notes', 'notes'], ['Tags', 'tags'],
    // French
    ['Nom', 'familyName'], ['Nom de famille', 'familyName'], ['Prénom', 'givenName'], ['Nom complet', 'fullName'],
    ['Courriel', 'email'], ['Adresse électronique', 'email'], ['Adresse e-mail', 'email'], ['Pays', 'country'],
    ['Établissement', 'institution'], ['Musée', 'institution'], ["Nom de l'institution", 'institution'],
    ['Fonction', 'position'], ['Poste', 'position'], ['Téléphone', 'phone'], ['Portable', 'phone'],
    ['Langues', 'languages'], ['Genre', 'gender'], ['Sexe', 'gender'], ['N° de membre', 'membershipNumber'],
    ['Comité national', 'committee'], ['Régime alimentaire', 'dietaryNeeds'], ['Accessibilité', 'accessibilityNeeds'],
    ["Lettre d'invitation pour visa", 'visaLetter'], ['Date de candidature', 'appliedOn'], ['Statut', 'status'],
    ['Rôle', 'role'], ['Remarques', 'notes'], ['Horodateur', 'appliedOn'],
    // Spanish
    ['Apellido(s)', 'familyName'], ['Apellidos', 'familyName'], ['Nombre(s)', 'givenName'], ['Nombres', 'givenName'],
    ['Nombre completo', 'fullName'], ['Correo', 'email'], ['Correo electrónico', 'email'], ['País', 'country'],
    ['Institución', 'institution'], ['Organización', 'institution'], ['Museo', 'institution'],
    ['Cargo', 'position'], ['Puesto', 'position'], ['Teléfono', 'phone'], ['Celular', 'phone'], ['Móvil', 'phone'],
    ['Idiomas', 'languages'], ['Género', 'gender'], ['Sexo', 'gender'], ['Número de miembro', 'membershipNumber'],
    ['Comité nacional', 'committee'], ['Dieta', 'dietaryNeeds'], ['Accesibilidad', 'accessibilityNeeds'],
    ['Carta de invitación para visado', 'visaLetter'], ['Fecha de solicitud', 'appliedOn'], ['Estado', 'status'],
    ['Rol', 'role'], ['Observaciones', 'notes'],
  ])('%s → %s', (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
  });

  it('is tolerant of case, accents, punctuation, "(s)" and plurals', () => {
    expect(headerKey('APELLIDO(S)')).toBe(headerKey('Apellidos'));
    expect(headerKey('E-MAIL')).toBe(headerKey('email'));
    expect(headerKey('Nº de membre')).toBe(headerKey('Numéro de membre'));
    expect(matchHeader('  PRÉNOM : ')?.confidence).toBe('high');
  });

  it('takes a typo with low confidence', () => {
    expect(matchHeader('Emial')).toEqual({ field: 'email', confidence: 'low' });
    expect(matchHeader('Countyr')).toEqual({ field: 'country', confidence: 'low' });
  });

  it('recognises columns the import does not take, so content never claims them', () => {
    expect(matchHeader('Date of birth')).toEqual({ field: null, confidence: 'high' });
    expect(matchHeader('Fecha de nacimiento')?.field).toBeNull();
  });

  it('leaves a header it does not know unmatched', () => {
    expect(matchHeader('Favourite colour')).toBeUndefined();
    expect(matchHeader('')).toBeUndefined();
  });
});

describe('suggestMapping', () => {
  it('maps French, Spanish and English headers, by header, with the column and header kept', () => {
    const mapping = suggestMapping(['Prénom', 'Apellidos', 'E-mail'], []);
    expect(mapping).toEqual([
      { column: 0, header: 'Prénom', field: 'givenName', confidence: 'high', by: 'header' },
      { column: 1, header: 'Apellidos', field: 'familyName', confidence: 'high', by: 'header' },
      { column: 2, header: 'E-mail', field: 'email', confidence: 'high', by: 'header' },
    ]);
  });

  it('finds emails, countries, phones and dates by content when the header says nothing', () => {
    const sample = [
      ['ana@example.pt', 'Portugal', '+351 910 000 000', '21/11/2022', 'blue'],
      ['li@example.cn', 'Chine', 2348030000000, '2022-11-22', 'green'],
      ['ola@example.no', 'NOR', '0047 000 00 000', '23 nov. 2022', 'red'],
    ];
    const mapping = suggestMapping(['Contact', '', 'Col 3', 'Col 4', 'Col 5'], sample);
    expect(mapping.map((m) => [m.field, m.by])).toEqual([
      ['email', 'content'],
      ['country', 'content'],
      ['phone', 'content'],
      ['appliedOn', 'content'],
      [null, 'header'],
    ]);
  });

  it('gives a field to one column only, except emails, tags and names that allow several', () => {
    expect(fieldsOf(['Country', 'Pays', 'Email', 'Courriel', 'Tags', 'Étiquettes'])).toEqual([
      'country', null, 'email', 'email', 'tags', 'tags',
    ]);
    expect(fieldsOf(['Primer apellido', 'Segundo apellido', 'Nombre'])).toEqual(['familyName', 'familyName', 'givenName']);
  });

  it('keeps a surer header match over content for the same field', () => {
    const sample = [['x@example.org', 'y@example.org'], ['z@example.org', 'w@example.org']];
    // Only one content column may join a multi-column field, never a second.
    expect(fieldsOf(['Email', 'Col 2'], sample)).toEqual(['email', null]);
  });

  it('reads "Name | Surname" as given and family names', () => {
    expect(fieldsOf(['Name', 'Surname', 'Email'])).toEqual(['givenName', 'familyName', 'email']);
  });

  it('reads a French "Nom" column of full names, with no "Prénom" column, as full names', () => {
    const sample = [['Aminata Diallo'], ['Moussa Traoré'], ['Awa Ouédraogo']];
    expect(fieldsOf(['Nom'], sample)).toEqual(['fullName']);
    expect(fieldsOf(['Nom'], [['Diallo'], ['Traoré']])).toEqual(['familyName']);
  });

  it('does not guess a birth-date column as the application date', () => {
    expect(fieldsOf(['Date of birth'], [['01/02/1980'], ['03/04/1975']])).toEqual([null]);
  });

  it('does not take a column of language codes for countries', () => {
    expect(fieldContent([['fr'], ['es'], ['en']])).toBeUndefined();
  });
});

function fieldContent(rows: string[][]) {
  return fieldByContent(rows.map((row) => row[0] ?? null));
}

describe('setColumnField', () => {
  it('moves a single-column field from the column that held it', () => {
    const mapping = suggestMapping(['Country', 'Pays de résidence'], []);
    const moved = setColumnField(mapping, 1, 'country');
    expect(moved.map((m) => [m.field, m.by])).toEqual([
      [null, 'user'],
      ['country', 'user'],
    ]);
  });
});

describe('saved mappings', () => {
  it('round-trips: saved from one file, applied to the next with columns moved and spelled differently', () => {
    const first = setColumnField(suggestMapping(['Nom', 'Prénom', 'Courriel', 'Remarques internes'], []), 3, 'notes');
    const saved = saveMapping(' ICOM Nigeria list ', first);
    expect(saved).toEqual({
      name: 'ICOM Nigeria list',
      columns: [
        { header: 'Nom', field: 'familyName' },
        { header: 'Prénom', field: 'givenName' },
        { header: 'Courriel', field: 'email' },
        { header: 'Remarques internes', field: 'notes' },
      ],
    });
    const next = applySavedMapping(['COURRIEL', 'Remarques internes', 'PRENOM', 'Nom'], saved);
    expect(next.map((m) => [m.header, m.field, m.by])).toEqual([
      ['COURRIEL', 'email', 'saved'],
      ['Remarques internes', 'notes', 'saved'],
      ['PRENOM', 'givenName', 'saved'],
      ['Nom', 'familyName', 'saved'],
    ]);
    expect(savedMappingFit(['COURRIEL', 'Remarques internes', 'PRENOM', 'Nom'], saved)).toBe(1);
  });

  it('suggests the columns the saved mapping does not know, when given a sample', () => {
    const saved: SavedMapping = { name: 'x', columns: [{ header: 'Email', field: 'email' }] };
    const applied = applySavedMapping(['Email', 'Country', 'Extra'], saved, [['a@example.org', 'Peru', 'q']]);
    expect(applied.map((m) => [m.field, m.by])).toEqual([
      ['email', 'saved'],
      ['country', 'header'],
      [null, 'saved'],
    ]);
    expect(savedMappingFit(['Country'], saved)).toBe(0);
  });

  it('pairs repeated headers in order and refuses fields that are not import fields', () => {
    const saved: SavedMapping = {
      name: 'tampered',
      columns: [
        { header: 'Email', field: 'email' },
        { header: 'Email', field: 'notes' },
        { header: '__proto__', field: '__proto__' },
        { header: 'constructor', field: 'constructor' },
      ],
    };
    const applied = applySavedMapping(['Email', 'Email', '__proto__', 'constructor'], saved);
    expect(applied.map((m) => m.field)).toEqual(['email', 'notes', null, null]);
    expect(IMPORT_FIELDS).not.toContain('__proto__');
  });
});
