import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';

/** The languages of the UI: Japanese first, English second. */
export type Locale = 'ja' | 'en';

const STORAGE_KEY = 'tsunagu.locale';

/** A dictionary of one feature: the same keys in Japanese and English. */
export interface Messages<K extends string> {
  ja: Record<K, string>;
  en: Record<K, string>;
}

/** Declares a feature's dictionary; TypeScript rejects a key missing in either language. */
export function defineMessages<K extends string>(messages: Messages<K>): Messages<K> {
  return messages;
}

/** Values substituted for `{name}` placeholders. */
export type MessageVars = Record<string, string | number>;

/** Looks up a message and fills its `{name}` placeholders. */
export function format(template: string, vars?: MessageVars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    return value === undefined ? whole : String(value);
  });
}

interface I18nValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

const I18nContext = createContext<I18nValue>({ locale: 'ja', setLocale: () => {} });

function readStoredLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return stored === 'en' ? 'en' : 'ja';
  } catch {
    return 'ja';
  }
}

/** The locale chosen outside React (for the API client and zod messages). */
let currentLocale: Locale = typeof window === 'undefined' ? 'ja' : readStoredLocale();
const listeners = new Set<(locale: Locale) => void>();

/** The locale in use right now, for code outside components. */
export function getLocale(): Locale {
  return currentLocale;
}

/** Calls `listener` whenever the locale changes; returns the unsubscribe function. */
export function onLocaleChange(listener: (locale: Locale) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Holds the UI language: Japanese by default, the choice kept in localStorage and mirrored on <html lang>. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(currentLocale);

  useEffect(() => {
    document.documentElement.lang = locale;
    currentLocale = locale;
    for (const listener of listeners) listener(locale);
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private browsing may refuse storage: the choice then lasts for this page only.
    }
    setLocaleState(next);
  }, []);

  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current locale and its setter. */
export function useI18n(): I18nValue {
  return useContext(I18nContext);
}

/** A translate function for one dictionary: `t('key', { n: 3 })`. */
export function useT<K extends string>(messages: Messages<K>): (key: K, vars?: MessageVars) => string {
  const { locale } = useI18n();
  return useCallback((key: K, vars?: MessageVars) => format(messages[locale][key], vars), [messages, locale]);
}

/** Picks the label of a bilingual record (code-list items, role labels, tenant names). */
export function useLabel(): (
  item: { ja: string; en: string } | { labelJa: string; labelEn: string },
) => string {
  const { locale } = useI18n();
  return useCallback(
    (item) => {
      if ('labelJa' in item) return locale === 'ja' ? item.labelJa : item.labelEn || item.labelJa;
      return locale === 'ja' ? item.ja : item.en || item.ja;
    },
    [locale],
  );
}

/**
 * Shows one language of a bilingual validation message from the shared schemas ('日本語 / English').
 * A message without the separator is returned unchanged.
 */
export function localizeBilingual(message: string, locale: Locale): string {
  const at = message.indexOf(' / ');
  if (at < 0) return message;
  return locale === 'ja' ? message.slice(0, at) : message.slice(at + 3);
}
