import { config } from 'zod';
import en from 'zod/v4/locales/en.js';
import ja from 'zod/v4/locales/ja.js';
import { getLocale, type Locale, onLocaleChange } from './i18n';

function apply(locale: Locale) {
  config(locale === 'ja' ? ja() : en());
}

/**
 * Makes zod's built-in messages (the ones the shared schemas do not override) follow the UI language.
 * Call once at start-up.
 */
export function syncZodLocale(): void {
  apply(getLocale());
  onLocaleChange(apply);
}
