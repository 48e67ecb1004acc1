import { formatWareki, toIsoDate } from '@tsunagu/japan';
import type { Locale } from './i18n';

const timeFormatter = new Intl.DateTimeFormat('ja-JP', {
  timeZone: 'Asia/Tokyo',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function toDate(value: string | Date): Date | null {
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * A date for the screen: 和暦 in Japanese ('令和7年4月1日'), ISO with the short 和暦 in English
 * ('2025-04-01 (R7.4.1)'). Instants are read in Asia/Tokyo.
 */
export function formatDate(value: string | Date, locale: Locale = 'ja'): string {
  const date = toDate(value);
  if (!date) return String(value);
  if (locale === 'ja') return formatWareki(date);
  return `${toIsoDate(date)} (${formatWareki(date, { style: 'short' })})`;
}

/** A date and time in Asia/Tokyo: '令和7年4月1日 09:05'. */
export function formatDateTime(value: string | Date, locale: Locale = 'ja'): string {
  const date = toDate(value);
  if (!date) return String(value);
  return `${formatDate(date, locale)} ${timeFormatter.format(date)}`;
}

/** The machine-readable value for a <time dateTime> attribute. */
export function isoDateTime(value: string | Date): string {
  const date = toDate(value);
  return date ? date.toISOString() : String(value);
}

/** Today's date in Asia/Tokyo as 'YYYY-MM-DD'. */
export function todayIso(): string {
  return toIsoDate(new Date());
}

/** A count with thousands separators. */
export function formatCount(n: number, locale: Locale = 'ja'): string {
  return n.toLocaleString(locale === 'ja' ? 'ja-JP' : 'en-US');
}
