import { useCallback } from 'react';
import { ApiError, NetworkError } from './api';
import { type Locale, useI18n } from './i18n';
import { commonMessages } from './messages';

/** The message to show for any thrown error, in the user's language. */
export function errorText(err: unknown, locale: Locale): string {
  if (err instanceof ApiError) return err.text(locale) || commonMessages[locale].unknownError;
  if (err instanceof NetworkError) return commonMessages[locale].networkError;
  return commonMessages[locale].unknownError;
}

/** `errorText` bound to the current locale. */
export function useErrorText(): (err: unknown) => string {
  const { locale } = useI18n();
  return useCallback((err: unknown) => errorText(err, locale), [locale]);
}
