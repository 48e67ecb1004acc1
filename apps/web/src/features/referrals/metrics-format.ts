import type { Locale } from '../../lib/i18n';

/** A figure with at most `digits` decimals in the locale's style, or null for "no value". */
export function formatFigure(n: number | null, locale: Locale, digits = 1): string | null {
  if (n === null || !Number.isFinite(n)) return null;
  return n.toLocaleString(locale === 'ja' ? 'ja-JP' : 'en-US', { maximumFractionDigits: digits });
}

/** A share (0–1) as a whole percentage number, or null. */
export function percentOf(rate: number | null): number | null {
  return rate === null || !Number.isFinite(rate) ? null : Math.round(rate * 100);
}
