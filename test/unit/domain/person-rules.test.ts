import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/domain/errors';
import {
  cleanName,
  cleanTags,
  isPlausibleEmail,
  isPlausiblePhone,
  parseEmails,
  personFromDraft,
  personName,
  validatePersonDraft,
  type FieldError,
  type PersonDraft,
} from '../../../shared/domain/person-rules';

const NOW = '2022-10-03T10:30:00.000Z';
const ctx = { newId: () => 'NEW-ID', now: NOW };

/** A complete, valid form: a curator from Lagos. */
function chiamaka(patch: Partial<PersonDraft> = {}): PersonDraft {
  return {
    givenName: 'Chiamaka',
    familyName: 'Okonkwo',
    emails: 'c.okonkwo@nationalmuseum.example',
    phone: '+234 (0)803 000 0000',
    country: 'NG',
    institution: 'National Museum, Lagos',
    position: 'Curator',
    languages: ['en', 'yo'],
    gender: 'female',
    membershipNumber: 'NG-00123',
    tags: ['alumni 2020'],
    ...patch,
  };
}

const keys = (errors: FieldError[]) => errors.map((e) => `${e.field}:${e.key.replace('participants.errors.', '')}`);

describe('names', () => {
  it('keeps names exactly as typed, only trimming and collapsing spaces', () => {
    expect(cleanName('  María   José  ')).toBe('María José');
    expect(cleanName('LE GOFF')).toBe('LE GOFF');
    expect(cleanName('van der Berg')).toBe('van der Berg');
    expect(cleanName('Nguyễn\u00a0\tVăn')).toBe('Nguyễn Văn');
    for (const name of ['Αθηνά', 'Παπαδοπούλου', 'فاطمة الزهراء', 'ሰላም', '王小明', "O'Brien-Ndiaye"]) expect(cleanName(name)).toBe(name);
    // No Unicode normalisation: a decomposed é (e + U+0301) stays as it was typed.
    expect(cleanName('Ade\u0301')).toBe('Ade\u0301');
  });

  it('needs a given or a family name, and one is enough (mononyms)', () => {
    expect(keys(validatePersonDraft(chiamaka({ givenName: '  ', familyName: '' })))).toEqual(['givenName:nameRequired']);
    expect(validatePersonDraft(chiamaka({ givenName: 'Dewi', familyName: '' }))).toEqual([]);
    expect(validatePersonDraft(chiamaka({ givenName: '', familyName: 'Soekarno' }))).toEqual([]);
  });

  it('names a mononym by its one name', () => {
    expect(personName({ givenName: 'Dewi', familyName: '' })).toBe('Dewi');
    expect(personName({ givenName: ' Marie ', familyName: 'LE GOFF' })).toBe('Marie LE GOFF');
  });
});

describe('emails', () => {
  it('splits on commas, semicolons and spaces, keeping each as typed', () => {
    expect(parseEmails('a@b.example; C@D.example')).toEqual({ emails: ['a@b.example', 'C@D.example'], invalid: [] });
    expect(parseEmails(' a@b.example,\n c@d.example  e@f.example ').emails).toHaveLength(3);
  });

  it('drops repeats whatever their case, keeping the first spelling', () => {
    expect(parseEmails('Maria.Garcia@Museo.example, maria.garcia@museo.example').emails).toEqual(['Maria.Garcia@Museo.example']);
  });

  it('refuses what is not an address, naming it', () => {
    const errors = validatePersonDraft(chiamaka({ emails: 'ok@museum.example; no-at-sign' }));
    expect(errors).toEqual([{ field: 'emails', key: 'participants.errors.emailInvalid', params: { value: 'no-at-sign' } }]);
    for (const bad of ['a@@b.example', 'a@b@c.example', '@museum.example', 'curator@', 'curator@museum', 'x@museum.c', 'x@-museum.example', 'a..b@museum.example', '.a@museum.example', 'a@museum.example.', 'a(b)@museum.example', 'a@192.168.0.1']) {
      expect(isPlausibleEmail(bad), bad).toBe(false);
    }
  });

  it('accepts internationalised addresses: accented local parts and IDN domains', () => {
    // Decision: RFC 6531 addresses are real and delivered; refusing them would lock people out.
    for (const good of ['josé@museo.example', 'info@museo-méxico.example', 'контакт@музей.рф', 'a@xn--80adxhks.xn--p1ai', "o'brien+training@icom.museum"]) {
      expect(isPlausibleEmail(good), good).toBe(true);
    }
  });
});

describe('phone', () => {
  it('keeps a phone exactly as typed, only trimmed', () => {
    expect(personFromDraft(chiamaka(), ctx).phone).toBe('+234 (0)803 000 0000');
    expect(personFromDraft(chiamaka({ phone: '  0044 20 7946 0000 ' }), ctx).phone).toBe('0044 20 7946 0000');
  });

  it('accepts extensions and digits of other scripts', () => {
    for (const good of ['+1 202-555-0100 ext. 12', '+33 1 23 45 67 89 x12', '020 7946 0000 #4', '٠١٢٣٤٥٦٧٨٩', '+52 55.1234.5678']) {
      expect(isPlausiblePhone(good), good).toBe(true);
    }
  });

  it('refuses a phone with no digit or with words in it', () => {
    for (const bad of ['call me', 'n/a', '0803 CALL NOW', 'tel: 0803 000 0000', '+234*803']) {
      expect(isPlausiblePhone(bad), bad).toBe(false);
    }
    expect(keys(validatePersonDraft(chiamaka({ phone: 'ask the museum' })))).toEqual(['phone:phoneInvalid']);
  });
});

describe('country, languages, gender', () => {
  it('refuses an unknown country, naming what was typed', () => {
    expect(validatePersonDraft(chiamaka({ country: 'Atlantis' }))).toEqual([
      { field: 'country', key: 'participants.errors.countryUnknown', params: { value: 'Atlantis' } },
    ]);
    expect(keys(validatePersonDraft(chiamaka({ country: 'QQ' })))).toEqual(['country:countryUnknown']);
    expect(validatePersonDraft(chiamaka({ country: '' }))).toEqual([]);
  });

  it('reads a lower-case code', () => {
    expect(validatePersonDraft(chiamaka({ country: 'ng' }))).toEqual([]);
    expect(personFromDraft(chiamaka({ country: ' ng ' }), ctx).country).toBe('NG');
  });

  it('takes BCP 47 language tags, stored in canonical form without repeats', () => {
    expect(personFromDraft(chiamaka({ languages: ['en', 'pt-br', 'EN', ''] }), ctx).languages).toEqual(['en', 'pt-BR']);
    expect(validatePersonDraft(chiamaka({ languages: ['en_GB', 'français'] }))).toEqual([
      { field: 'languages', key: 'participants.errors.languageInvalid', params: { value: 'en_GB' } },
      { field: 'languages', key: 'participants.errors.languageInvalid', params: { value: 'français' } },
    ]);
  });

  it('takes only the known genders', () => {
    expect(keys(validatePersonDraft(chiamaka({ gender: 'F' })))).toEqual(['gender:genderInvalid']);
    expect(validatePersonDraft(chiamaka({ gender: '' }))).toEqual([]);
  });

  it('lists every problem in field order', () => {
    const errors = validatePersonDraft({ givenName: '', familyName: '', emails: 'x', phone: 'none', country: 'Atlantis', languages: ['??'] });
    expect(keys(errors)).toEqual(['givenName:nameRequired', 'emails:emailInvalid', 'phone:phoneInvalid', 'country:countryUnknown', 'languages:languageInvalid']);
  });
});

describe('tags', () => {
  it('trims and drops repeats whatever their case', () => {
    expect(cleanTags(['  Board ', 'board', 'Alumni  2022', '', 'BOARD'])).toEqual(['Board', 'Alumni 2022']);
  });
});

describe('personFromDraft', () => {
  it('builds a new person with derived sort and email keys', () => {
    const person = personFromDraft(chiamaka({ givenName: 'Văn An', familyName: 'Nguyễn', emails: 'An.Nguyen@BaoTang.example; an@home.example', country: 'VN' }), ctx);
    expect(person).toMatchObject({
      id: 'NEW-ID',
      createdAt: NOW,
      updatedAt: NOW,
      givenName: 'Văn An',
      familyName: 'Nguyễn',
      emails: ['An.Nguyen@BaoTang.example', 'an@home.example'],
      emailKeys: ['an.nguyen@baotang.example', 'an@home.example'],
      sortKey: 'nguyen van an',
      membershipNumber: 'NG-00123',
      tags: ['alumni 2020'],
    });
  });

  it('stores names as typed, never title-cased', () => {
    const person = personFromDraft(chiamaka({ givenName: '  María   José  ', familyName: 'LE GOFF' }), ctx);
    expect([person.givenName, person.familyName]).toEqual(['María José', 'LE GOFF']);
  });

  it('updates an existing record: keeps its id and history, leaves fields not in the draft, clears emptied ones', () => {
    const existing = personFromDraft(chiamaka({ notes: 'Vegetarian; prefers French materials' }), { newId: () => 'P02', now: '2022-01-01T00:00:00.000Z' });
    const updated = personFromDraft({ givenName: 'Chiamaka', familyName: 'Okonkwo-Adeyemi', phone: '', position: 'Chief Curator' }, ctx, existing);
    expect(updated).toMatchObject({ id: 'P02', createdAt: '2022-01-01T00:00:00.000Z', updatedAt: NOW, familyName: 'Okonkwo-Adeyemi', position: 'Chief Curator' });
    expect(updated.emails).toEqual(existing.emails);
    expect(updated.notes).toBe('Vegetarian; prefers French materials');
    expect(updated).not.toHaveProperty('phone');
    expect(updated.sortKey).toBe('okonkwo-adeyemi chiamaka');
  });

  it('keeps only the needs given', () => {
    expect(personFromDraft(chiamaka({ needs: { diet: ' halal ', accessibility: '  ', visaLetter: true } }), ctx).needs).toEqual({ diet: 'halal', visaLetter: true });
    expect(personFromDraft(chiamaka({ needs: { diet: '' } }), ctx)).not.toHaveProperty('needs');
  });

  it('refuses an invalid draft with the first problem', () => {
    expect(() => personFromDraft(chiamaka({ givenName: '', familyName: '' }), ctx)).toThrow(DomainError);
    expect(() => personFromDraft(chiamaka({ country: 'Atlantis' }), ctx)).toThrow(
      expect.objectContaining({ key: 'participants.errors.countryUnknown', params: { value: 'Atlantis' } }),
    );
  });
});
