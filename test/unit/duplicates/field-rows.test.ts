import { describe, expect, it } from 'vitest';
import { planMerge } from '../../../shared/domain/person-merge';
import { translate } from '../../../shared/i18n';
import {
  COMPARED_FIELDS,
  defaultChoice,
  fieldRows,
  mergeChoices,
  type FieldPicks,
  type FieldRow,
  type Side,
} from '../../../renderer/features/duplicates/field-rows';
import { fieldText } from '../../../renderer/features/duplicates/field-text';
import { person } from '../domain/person-fixtures';

const NOW = '2026-05-04T10:00:00.000Z';

const left = person('01HZX0000000000000000000AA', 'Päivi', 'Mäkelä', {
  emails: ['paivi.makela@vapriikki.example'],
  country: 'FI',
  phone: '+358 40 123 4567',
  position: 'Amanuenssi',
  languages: ['fi', 'en'],
  gender: 'female',
  tags: ['alumni'],
  notes: 'Vegetarian.',
  needs: { diet: 'Vegetarian' },
});
const right = person('01HZX0000000000000000000BB', 'Paivi', 'Makela', {
  emails: ['Paivi.Makela@VAPRIIKKI.example', 'paivi@example.net'],
  country: 'FI',
  position: 'Museum educator',
  membershipNumber: '123456',
  languages: ['fi', 'sv'],
  tags: ['speaker'],
  notes: 'Asked for a visa letter in 2019.',
  createdAt: '2026-05-01T08:00:00.000Z',
});

function rows(keep: Side, picks: FieldPicks, lang: 'en' | 'fr' = 'en'): FieldRow[] {
  const [kept, other] = keep === 'left' ? [left, right] : [right, left];
  const merged = planMerge(kept, other, mergeChoices(picks, keep), { enrolments: [], grants: [] }, { now: NOW }).person;
  const text = fieldText({ lang, t: (key, params) => translate(lang, key, params), organisationName: () => undefined });
  return fieldRows(left, right, keep, picks, merged, text);
}

const row = (list: FieldRow[], field: string) => list.find((r) => r.field === field) as FieldRow;

describe('field rows of the comparison', () => {
  it('show every field of both people, in reading order, names as stored', () => {
    const list = rows('left', {});
    expect(list.map((r) => r.field)).toEqual([...COMPARED_FIELDS]);
    expect(row(list, 'givenName')).toMatchObject({ left: 'Päivi', right: 'Paivi', mode: 'choose' });
    expect(row(list, 'emails').right).toBe('Paivi.Makela@VAPRIIKKI.example\npaivi@example.net');
    expect(row(list, 'country')).toMatchObject({ left: 'Finland', right: 'Finland', same: true, choices: [] });
    expect(row(list, 'languages').left).toBe('Finnish\nEnglish');
    expect(row(list, 'gender')).toMatchObject({ left: 'Female', right: '' });
    expect(row(list, 'needs').left).toBe('Diet: Vegetarian');
    expect(row(list, 'createdAt').mode).toBe('info');
  });

  it('names the country and languages in the UI language', () => {
    const list = rows('left', {}, 'fr');
    expect(row(list, 'country').left).toBe('Finlande');
    expect(row(list, 'languages').left).toBe('finnois\nanglais');
    expect(row(list, 'gender').left).toBe('Femme');
  });

  it('preselects the staying record’s value, or the other’s where it has none (defaultMergeSide)', () => {
    const list = rows('left', {});
    expect(row(list, 'position')).toMatchObject({ choices: ['left', 'right'], chosen: 'left', result: 'Amanuenssi' });
    expect(row(list, 'membershipNumber')).toMatchObject({ chosen: 'right', result: '123456' });
    expect(row(list, 'phone')).toMatchObject({ chosen: 'left', result: '+358 40 123 4567' });
    // Keeping the other record flips the defaults with it.
    const flipped = rows('right', {});
    expect(row(flipped, 'position')).toMatchObject({ chosen: 'right', result: 'Museum educator' });
    expect(row(flipped, 'phone')).toMatchObject({ chosen: 'left', result: '+358 40 123 4567' });
  });

  it('takes a value picked from the other side into the result', () => {
    const list = rows('left', { position: 'right', givenName: 'right' });
    expect(row(list, 'position')).toMatchObject({ chosen: 'right', result: 'Museum educator' });
    expect(row(list, 'givenName')).toMatchObject({ chosen: 'right', result: 'Paivi' });
    expect(row(list, 'familyName').result).toBe('Mäkelä');
  });

  it('offers "both" for notes written on both records, and keeps both by default', () => {
    const list = rows('left', {});
    expect(row(list, 'notes')).toMatchObject({ choices: ['left', 'right', 'both'], chosen: 'both' });
    expect(row(list, 'notes').result).toBe('Vegetarian.\n\nAsked for a visa letter in 2019.');
    expect(row(rows('left', { notes: 'right' }), 'notes').result).toBe('Asked for a visa letter in 2019.');
  });

  it('keeps all e-mails, languages and tags, with nothing to choose', () => {
    const list = rows('left', {});
    expect(row(list, 'emails')).toMatchObject({ mode: 'union', choices: [] });
    expect(row(list, 'emails').result).toBe('paivi.makela@vapriikki.example\npaivi@example.net');
    expect(row(list, 'tags').result).toBe('alumni\nspeaker');
    expect(row(list, 'languages').result).toBe('Finnish\nEnglish\nSwedish');
  });

  it('treats blank text and a missing value as the same nothing', () => {
    const a = person('a', 'X', 'Y', { committee: '  ' });
    const b = person('b', 'X', 'Y');
    const text = fieldText({ lang: 'en', t: (key, params) => translate('en', key, params), organisationName: () => undefined });
    expect(fieldRows(a, b, 'left', {}, undefined, text).find((r) => r.field === 'committee')?.same).toBe(true);
  });
});

describe('picks as planMerge takes them', () => {
  it('turns sides into keep/other relative to the record that stays, leaving defaults and "both" out', () => {
    expect(mergeChoices({ position: 'right', phone: 'left', notes: 'both' }, 'left')).toEqual({ position: 'other', phone: 'keep' });
    expect(mergeChoices({ position: 'right', phone: 'left' }, 'right')).toEqual({ position: 'keep', phone: 'other' });
  });

  it('has a default for every field that agrees with planMerge', () => {
    expect(defaultChoice('membershipNumber', left, right, 'left')).toBe('right');
    expect(defaultChoice('position', left, right, 'right')).toBe('right');
    expect(defaultChoice('notes', left, right, 'right')).toBe('both');
  });
});
