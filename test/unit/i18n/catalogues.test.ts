import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../../shared/domain/types';
import {
  catalogueKeys,
  pickUiLanguage,
  rawMessage,
  translate,
  translatePlural,
} from '../../../shared/i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  const english = catalogueKeys('en').sort();

  it.each(['fr', 'es'] as const)('%s has exactly the keys English has', (lang) => {
    expect(catalogueKeys(lang).sort()).toEqual(english);
  });

  it.each(['fr', 'es'] as const)('%s keeps every placeholder of the English message', (lang) => {
    for (const key of english) {
      expect(placeholders(rawMessage(lang, key) ?? ''), key).toEqual(placeholders(rawMessage('en', key) ?? ''));
    }
  });

  it('has no empty message in any language', () => {
    for (const lang of UI_LANGUAGES) {
      for (const key of catalogueKeys(lang)) expect(rawMessage(lang, key)?.trim(), `${lang}:${key}`).toBeTruthy();
    }
  });

  it('translates navigation into French and Spanish', () => {
    expect(translate('fr', 'nav.settings')).toBe('Réglages');
    expect(translate('es', 'nav.grants')).toBe('Becas');
    expect(translate('en', 'nav.programmes')).toBe('Programmes');
  });
});

describe('translate', () => {
  it('fills placeholders and formats numbers in the language', () => {
    expect(translate('en', 'participants.count_other', { count: 44000 })).toBe('44,000 people in the directory');
    expect(translate('fr', 'participants.count_other', { count: 44000 })).toMatch(/^44\s000 personnes/);
  });

  it('chooses plural forms by the language rules', () => {
    expect(translatePlural('en', 'programmes.count', 1)).toBe('1 programme');
    expect(translatePlural('en', 'programmes.count', 0)).toBe('0 programmes');
    // French treats 0 and 1 as singular.
    expect(translatePlural('fr', 'programmes.count', 0)).toBe('0 programme');
    expect(translatePlural('es', 'programmes.count', 2)).toBe('2 programas');
  });

  it('never reaches Object.prototype through a key', () => {
    expect(translate('en', '__proto__' as never)).toBe('__proto__');
    expect(translate('en', 'nav.constructor' as never)).toBe('nav.constructor');
    expect(translate('en', 'toString' as never)).toBe('toString');
  });

  it('leaves a placeholder with no value visible rather than printing undefined', () => {
    expect(translate('en', 'settings.backupDone', {})).toBe('Backup saved: {name}');
  });
});

describe('pickUiLanguage', () => {
  it('takes the first preferred language it ships', () => {
    expect(pickUiLanguage(['fr-CA', 'en'])).toBe('fr');
    expect(pickUiLanguage(['de-DE', 'es-419', 'fr'])).toBe('es');
    expect(pickUiLanguage(['ES_es'])).toBe('es');
  });
  it('falls back to English', () => {
    expect(pickUiLanguage(['de', 'ja'])).toBe('en');
    expect(pickUiLanguage([])).toBe('en');
  });
});

describe('feature catalogues', () => {
  it('do not share a namespace with the core catalogue (one would silently hide the other)', async () => {
    const core = (await import('../../../shared/i18n/en.json')).default as Record<string, unknown>;
    for (const ns of ['calendar', 'duplicates', 'enrolments', 'import', 'participants', 'programmes', 'sessions']) expect(Object.keys(core)).not.toContain(ns);
  });
});
