import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { UiLanguage } from '../../shared/domain/types';
import {
  isUiLanguage,
  pickUiLanguage,
  translate,
  translatePlural,
  type MessageKey,
  type MessageParams,
  type PluralKey,
} from '../../shared/i18n';
import { getDatabase } from '../db/database';
import { readSetting, writeSetting } from '../db/settings';
import { platform } from '../platform';

/** localStorage mirror of the language setting, read synchronously at start-up. */
const LANGUAGE_CACHE_KEY = 'training-desk.language';

export type I18n = {
  lang: UiLanguage;
  setLang: (lang: UiLanguage) => void;
  t: (key: MessageKey, params?: MessageParams) => string;
  tn: (base: PluralKey, count: number, params?: MessageParams) => string;
};

const I18nContext = createContext<I18n | null>(null);

function initialLanguage(): UiLanguage {
  try {
    const cached = localStorage.getItem(LANGUAGE_CACHE_KEY);
    if (isUiLanguage(cached)) return cached;
  } catch {
    // Storage can be blocked; the browser's languages are the next best guess.
  }
  return pickUiLanguage(navigator.languages ?? [navigator.language]);
}

/**
 * Holds the interface language: remembered (database + a synchronous cache), by
 * default the one the OS/browser prefers; mirrored to <html lang> and to the
 * native menus on desktop.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<UiLanguage>(initialLanguage);

  useEffect(() => {
    // The database is the record; the cache may be missing (new profile, cleared storage).
    readSetting(getDatabase(), 'language').then(
      (stored) => {
        if (stored && stored !== lang) setLangState(stored);
      },
      (error: unknown) => console.error('Reading the language setting failed', error),
    );
    // Only on mount: later changes come from setLang.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
    try {
      localStorage.setItem(LANGUAGE_CACHE_KEY, lang);
    } catch {
      // Not fatal: the database keeps the choice.
    }
    platform.setLanguage(lang).catch((error: unknown) => console.error('Updating the native menus failed', error));
  }, [lang]);

  const setLang = useCallback((next: UiLanguage) => {
    setLangState(next);
    writeSetting(getDatabase(), 'language', next).catch((error: unknown) =>
      console.error('Saving the language setting failed', error),
    );
  }, []);

  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      t: (key, params) => translate(lang, key, params),
      tn: (base, count, params) => translatePlural(lang, base, count, params),
    }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language and translation functions. */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>.');
  return value;
}
