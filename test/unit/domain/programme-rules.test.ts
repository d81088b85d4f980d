import { describe, expect, it } from 'vitest';
import { emptyDraft, type ProgrammeDraft } from '../../../shared/domain/programme-draft';
import {
  canonicalLanguageTag,
  isHttpUrl,
  isIanaTimeZone,
  validateProgramme,
  type FieldError,
  type ProgrammeErrorKey,
} from '../../../shared/domain/programme-rules';
import { UI_LANGUAGES } from '../../../shared/domain/types';
import { rawMessage } from '../../../shared/i18n';

/** A draft that passes every rule: a five-day training in Lagos. */
function lagos(patch: Partial<ProgrammeDraft> = {}): ProgrammeDraft {
  return {
    ...emptyDraft('Africa/Lagos', 'en'),
    title: { en: 'Regional training, Lagos', fr: '', es: '' },
    kind: 'regional-training',
    region: 'africa',
    city: 'Lagos',
    country: 'NG',
    startDate: '2027-11-22',
    endDate: '2027-11-26',
    partners: [{ key: 'h1', name: 'Yemisi Shyllon Museum of Art', role: 'host' }],
    ...patch,
  };
}

const keys = (errors: FieldError[]) => errors.map((e) => `${e.field}:${e.key.replace('programmes.errors.', '')}`);

describe('validateProgramme', () => {
  it('accepts a complete draft', () => {
    expect(validateProgramme(lagos())).toEqual([]);
  });

  it('needs a title in at least one language, any of the three', () => {
    expect(keys(validateProgramme(lagos({ title: { en: '  ', fr: '', es: '' } })))).toEqual(['title:titleRequired']);
    expect(validateProgramme(lagos({ title: { en: '', fr: '', es: 'Formación regional' } }))).toEqual([]);
  });

  it('needs a kind and a region', () => {
    expect(keys(validateProgramme(lagos({ kind: '', region: '' })))).toEqual(['kind:kindRequired', 'region:regionRequired']);
  });

  it('needs a city and a known country code in person, not online', () => {
    expect(keys(validateProgramme(lagos({ city: '', country: '' })))).toEqual(['city:cityRequired', 'country:countryRequired']);
    expect(keys(validateProgramme(lagos({ country: 'Nigeria' })))).toEqual(['country:countryUnknown']);
    expect(keys(validateProgramme(lagos({ country: 'QQ' })))).toEqual(['country:countryUnknown']);
    expect(validateProgramme(lagos({ venueMode: 'online', city: '', country: '' }))).toEqual([]);
  });

  it('refuses a meeting link that is not an http(s) URL, online or hybrid', () => {
    for (const link of ['zoom.us/j/123', 'javascript:alert(1)', 'ftp://files.example/x', 'https://']) {
      const errors = validateProgramme(lagos({ venueMode: 'hybrid', link }));
      expect(keys(errors), link).toEqual(['link:linkInvalid']);
      expect(errors[0]?.params).toEqual({ value: link });
    }
    expect(validateProgramme(lagos({ venueMode: 'online', link: 'https://us06web.zoom.us/j/842?pwd=x' }))).toEqual([]);
    // An empty link is allowed: it often arrives a week before.
    expect(validateProgramme(lagos({ venueMode: 'online', link: '' }))).toEqual([]);
  });

  it('knows IANA time zones and refuses unknown ones and bare offsets', () => {
    expect(keys(validateProgramme(lagos({ timeZone: '' })))).toEqual(['timeZone:timeZoneRequired']);
    expect(keys(validateProgramme(lagos({ timeZone: 'Mars/Olympus_Mons' })))).toEqual(['timeZone:timeZoneUnknown']);
    expect(keys(validateProgramme(lagos({ timeZone: '+01:00' })))).toEqual(['timeZone:timeZoneUnknown']);
    expect(validateProgramme(lagos({ timeZone: 'America/Bogota' }))).toEqual([]);
    expect(isIanaTimeZone('UTC')).toBe(true);
  });

  it('refuses missing and impossible dates, and an end before the start', () => {
    expect(keys(validateProgramme(lagos({ startDate: '', endDate: '' })))).toEqual([
      'startDate:startDateRequired',
      'endDate:endDateRequired',
    ]);
    expect(keys(validateProgramme(lagos({ startDate: '2027-02-30', endDate: '26/11/2027' })))).toEqual([
      'startDate:startDateInvalid',
      'endDate:endDateInvalid',
    ]);
    expect(keys(validateProgramme(lagos({ endDate: '2027-11-21' })))).toEqual(['endDate:endBeforeStart']);
    // A one-day event ends the day it starts.
    expect(validateProgramme(lagos({ endDate: '2027-11-22' }))).toEqual([]);
  });

  it('needs a working language and refuses tags that are not BCP 47', () => {
    expect(keys(validateProgramme(lagos({ workingLanguages: [] })))).toEqual(['workingLanguages:workingLanguagesRequired']);
    expect(keys(validateProgramme(lagos({ interpretation: ['fr', 'not a tag'] })))).toEqual(['interpretation:languageTagInvalid']);
    expect(validateProgramme(lagos({ workingLanguages: ['en', 'pt-BR'], interpretation: ['zh-Hant', 'ar'] }))).toEqual([]);
  });

  it('wants a capacity that is a positive whole number, or none', () => {
    expect(keys(validateProgramme(lagos({ capacity: '0' })))).toEqual(['capacity:capacityPositive']);
    expect(keys(validateProgramme(lagos({ capacity: '-3' })))).toEqual(['capacity:capacityPositive']);
    for (const capacity of ['2.5', 'thirty', '1e3', '30 places']) {
      expect(keys(validateProgramme(lagos({ capacity }))), capacity).toEqual(['capacity:capacityWhole']);
    }
    expect(validateProgramme(lagos({ capacity: ' 30 ' }))).toEqual([]);
    expect(validateProgramme(lagos({ capacity: '' }))).toEqual([]);
  });

  it('wants a grants target with whole numbers, both ends, min ≤ max', () => {
    expect(keys(validateProgramme(lagos({ grantsMin: '30', grantsMax: '25' })))).toEqual(['grantsMin:grantsMinAboveMax']);
    expect(validateProgramme(lagos({ grantsMin: '30', grantsMax: '25' }))[0]?.params).toEqual({ min: 30, max: 25 });
    expect(keys(validateProgramme(lagos({ grantsMin: '25', grantsMax: '' })))).toEqual(['grantsMax:grantsIncomplete']);
    expect(keys(validateProgramme(lagos({ grantsMin: '', grantsMax: '30' })))).toEqual(['grantsMin:grantsIncomplete']);
    expect(keys(validateProgramme(lagos({ grantsMin: '2.5', grantsMax: '-1' })))).toEqual([
      'grantsMin:grantsWhole',
      'grantsMax:grantsWhole',
    ]);
    expect(validateProgramme(lagos({ grantsMin: '25', grantsMax: '30' }))).toEqual([]);
    expect(validateProgramme(lagos({ grantsMin: '0', grantsMax: '0' }))).toEqual([]);
  });

  it('wants every partner row named, and no organisation twice in one role', () => {
    const partners = [
      { key: 'h1', name: 'Pan-Atlantic University', role: 'host' as const },
      { key: 'p1', name: '', role: 'funder' as const },
      { key: 'p2', name: 'ICOM', role: 'organiser' as const },
      { key: 'p3', name: 'icom ', role: 'organiser' as const },
      { key: 'p4', name: 'ICOM', role: 'funder' as const },
    ];
    expect(keys(validateProgramme(lagos({ partners })))).toEqual(['partner:p1:partnerNameRequired', 'partner:p3:partnerDuplicate']);
  });

  it('starts a new programme as draft and allows only the moves of the transition table', () => {
    expect(keys(validateProgramme(lagos({ status: 'confirmed' })))).toEqual(['status:statusNotAllowed']);
    expect(validateProgramme(lagos({ savedStatus: 'draft', status: 'call-open' }))).toEqual([]);
    expect(keys(validateProgramme(lagos({ savedStatus: 'draft', status: 'completed' })))).toEqual(['status:statusNotAllowed']);
    expect(validateProgramme(lagos({ savedStatus: 'completed', status: 'completed' }))).toEqual([]);
  });

  it('takes an optional #rrggbb colour', () => {
    expect(validateProgramme(lagos({ colour: '#8E44AD' }))).toEqual([]);
    expect(keys(validateProgramme(lagos({ colour: 'purple' })))).toEqual(['colour:colourInvalid']);
  });

  it('lists problems in the order of the form, so the first is the field to focus', () => {
    const errors = validateProgramme({
      ...lagos({ title: { en: '', fr: '', es: '' }, endDate: '2027-11-01', capacity: '0', grantsMin: '9', grantsMax: '3' }),
      venueMode: 'hybrid',
      link: 'not a link',
    });
    expect(errors.map((e) => e.field)).toEqual(['title', 'link', 'endDate', 'capacity', 'grantsMin']);
  });

  it('has every message in English, French and Spanish, with the same placeholders', () => {
    // A Record over the key union: adding a key to the rules without listing it here fails to compile.
    const all: Record<ProgrammeErrorKey, true> = {
      'programmes.errors.titleRequired': true,
      'programmes.errors.kindRequired': true,
      'programmes.errors.regionRequired': true,
      'programmes.errors.cityRequired': true,
      'programmes.errors.countryRequired': true,
      'programmes.errors.countryUnknown': true,
      'programmes.errors.linkInvalid': true,
      'programmes.errors.timeZoneRequired': true,
      'programmes.errors.timeZoneUnknown': true,
      'programmes.errors.startDateRequired': true,
      'programmes.errors.startDateInvalid': true,
      'programmes.errors.endDateRequired': true,
      'programmes.errors.endDateInvalid': true,
      'programmes.errors.endBeforeStart': true,
      'programmes.errors.workingLanguagesRequired': true,
      'programmes.errors.languageTagInvalid': true,
      'programmes.errors.capacityWhole': true,
      'programmes.errors.capacityPositive': true,
      'programmes.errors.grantsWhole': true,
      'programmes.errors.grantsIncomplete': true,
      'programmes.errors.grantsMinAboveMax': true,
      'programmes.errors.partnerNameRequired': true,
      'programmes.errors.partnerDuplicate': true,
      'programmes.errors.statusNotAllowed': true,
      'programmes.errors.colourInvalid': true,
    };
    const placeholders = (text: string | undefined) => [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(all)) {
      for (const lang of UI_LANGUAGES) expect(rawMessage(lang, key)?.trim(), `${lang}:${key}`).toBeTruthy();
      expect(placeholders(rawMessage('fr', key)), key).toEqual(placeholders(rawMessage('en', key)));
      expect(placeholders(rawMessage('es', key)), key).toEqual(placeholders(rawMessage('en', key)));
      expect(rawMessage('fr', key), `fr:${key} is translated`).not.toBe(rawMessage('en', key));
      expect(rawMessage('es', key), `es:${key} is translated`).not.toBe(rawMessage('en', key));
    }
    expect(rawMessage('fr', 'programmes.errors.endBeforeStart')).toBe('La date de fin est antérieure à la date de début.');
  });
});

describe('helpers', () => {
  it('writes language tags canonically and refuses what is not one', () => {
    expect(canonicalLanguageTag(' pt-br ')).toBe('pt-BR');
    expect(canonicalLanguageTag('ZH-hant')).toBe('zh-Hant');
    expect(canonicalLanguageTag('english please')).toBeUndefined();
    expect(canonicalLanguageTag('')).toBeUndefined();
  });
  it('accepts only absolute http(s) URLs', () => {
    expect(isHttpUrl('https://meet.jit.si/icom-webinar')).toBe(true);
    expect(isHttpUrl('http://intranet.example/room')).toBe(true);
    expect(isHttpUrl('www.zoom.us')).toBe(false);
    expect(isHttpUrl('mailto:a@b.c')).toBe(false);
  });
});
