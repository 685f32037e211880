import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { en } from './en';
import { LOCALES, type Locale, type Messages } from './messages';
import { vi } from './vi';

const STORAGE_KEY = 'ansinh.locale';
const DEFAULT_LOCALE: Locale = 'vi';
const dictionaries: Record<Locale, Messages> = { vi, en };

interface I18n {
  locale: Locale;
  t: Messages;
  setLocale: (locale: Locale) => void;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(readStoredLocale);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const value = useMemo<I18n>(
    () => ({
      locale,
      t: dictionaries[locale],
      setLocale: (next) => {
        localStorage.setItem(STORAGE_KEY, next);
        setLocaleState(next);
      },
    }),
    [locale],
  );

  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) {
    throw new Error('useI18n needs an I18nProvider above it');
  }
  return i18n;
}

function readStoredLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  return LOCALES.find((locale) => locale === stored) ?? DEFAULT_LOCALE;
}
