import { describe, expect, it } from 'vitest';
import { personFromDraft, validatePersonDraft } from '../../../shared/domain/person-rules';
import type { Organisation, Person } from '../../../shared/domain/types';
import {
  draftFromForm,
  emptyForm,
  fieldDomId,
  formFromPerson,
  institutionFromForm,
  splitLanguages,
} from '../../../renderer/features/participants/form/draft';
import { countryFromText } from '../../../renderer/features/participants/intl';
import { historyFields } from '../../../renderer/features/participants/labels';

const ctx = { newId: () => 'P1', now: '2026-11-21T09:00:00.000Z' };

describe('the person form', () => {
  it('turns a country typed in the UI language, in English or as a code into its ISO code', () => {
    expect(countryFromText('Côte d’Ivoire', 'fr')).toBe('CI');
    expect(countryFromText("cote d'ivoire", 'en')).toBe('CI');
    expect(countryFromText('Allemagne', 'fr')).toBe('DE');
    expect(countryFromText('Germany', 'fr')).toBe('DE');
    expect(countryFromText(' ng ', 'es')).toBe('NG');
    expect(countryFromText('Atlantis', 'en')).toBe('Atlantis');
  });

  it('gives validatePersonDraft what it needs to name each problem', () => {
    const form = { ...emptyForm(), givenName: 'ngozi', emails: 'ngozi@museum, ok@museum.example', countryText: 'Wakanda', otherLanguages: 'yo, en_GB' };
    const errors = validatePersonDraft(draftFromForm(form, 'en'));
    expect(errors.map((e) => [e.field, e.key, e.params.value])).toEqual([
      ['emails', 'participants.errors.emailInvalid', 'ngozi@museum'],
      ['country', 'participants.errors.countryUnknown', 'Wakanda'],
      ['languages', 'participants.errors.languageInvalid', 'en_GB'],
    ]);
    expect(errors.map((e) => fieldDomId(e.field))).toEqual(['pe-emails', 'pe-country', 'pe-otherLanguages']);
  });

  it('keeps names as typed and the phone exactly as typed', () => {
    const form = {
      ...emptyForm(),
      givenName: 'ngozi  ',
      familyName: 'van der berg',
      phone: ' +234 (0)803 000 0000 ',
      countryText: 'Nigeria',
      languages: ['en'],
      otherLanguages: 'yo pt-br',
      tags: ['alumni'],
      visaLetter: true,
    };
    const person = personFromDraft({ ...draftFromForm(form, 'en'), ...{ organisationId: '', institution: '' } }, ctx);
    expect(person.givenName).toBe('ngozi');
    expect(person.familyName).toBe('van der berg');
    expect(person.phone).toBe('+234 (0)803 000 0000');
    expect(person.country).toBe('NG');
    expect(person.languages).toEqual(['en', 'yo', 'pt-BR']);
    expect(person.needs).toEqual({ visaLetter: true });
  });

  it('opens an existing person as stored, and saves it back unchanged', () => {
    const museum: Organisation = { id: 'O1', createdAt: ctx.now, updatedAt: ctx.now, name: 'Museo La Tertulia', kind: 'museum' };
    const stored: Person = personFromDraft(
      {
        givenName: 'María José',
        familyName: 'García López',
        emails: 'mj@tertulia.example; MJ.personal@example.org',
        phone: '+57 315 582 1516',
        country: 'CO',
        organisationId: 'O1',
        languages: ['es', 'yo'],
        gender: 'female',
        membershipNumber: 'ICOM 123',
        committee: 'ICOM Colombia',
        needs: { diet: 'vegetarian', visaLetter: true },
        tags: ['alumni'],
        notes: 'Trainer in Cali',
      },
      ctx,
    );
    const form = formFromPerson(stored, museum, 'fr');
    expect(form.countryText).toBe('Colombie');
    expect(form.institution).toBe('Museo La Tertulia');
    expect(form.addOrganisation).toBe(false);
    expect(form.languages).toEqual(['es']);
    expect(form.otherLanguages).toBe('yo');
    const again = personFromDraft({ ...draftFromForm(form, 'fr'), organisationId: 'O1', institution: '' }, ctx, stored);
    expect(again).toEqual(stored);
    expect(institutionFromForm(form)).toEqual({ name: 'Museo La Tertulia', addToOrganisations: false, kind: 'museum' });
  });

  it('splits other languages on commas and spaces', () => {
    expect(splitLanguages(' yo,  sw;pt-BR ')).toEqual(['yo', 'sw', 'pt-BR']);
    expect(splitLanguages('')).toEqual([]);
  });
});

describe('the change history', () => {
  it('names changed fields as users do, once each, in the form order, without derived keys', () => {
    expect(historyFields(['sortKey', 'phone', 'familyName', 'emailKeys', 'emails'])).toEqual([
      { key: 'participants.fields.familyName' },
      { key: 'participants.fields.emails' },
      { key: 'participants.fields.phone' },
    ]);
    expect(historyFields(['organisationId', 'institution'])).toEqual([{ key: 'participants.fields.institution' }]);
    expect(historyFields(['photo'])).toEqual([{ raw: 'photo' }]);
  });
});
