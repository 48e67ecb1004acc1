import { useEffect } from 'react';
import { useI18n } from './i18n';

/** Sets the document title to "page | つなぐ" (WCAG 2.4.2), following the language. */
export function useDocumentTitle(title: string | undefined): void {
  const { locale } = useI18n();
  useEffect(() => {
    const suffix = locale === 'ja' ? 'つなぐ Tsunagu' : 'Tsunagu';
    document.title = title ? `${title} | ${suffix}` : suffix;
  }, [title, locale]);
}
