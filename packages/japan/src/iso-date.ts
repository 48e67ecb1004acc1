/**
 * Calendar-date plumbing shared by every module in this package.
 *
 * Dates travel as 'YYYY-MM-DD' strings and all arithmetic is done on UTC day numbers, so results never
 * depend on the host's time zone or DST rules (the web app runs in arbitrary browsers).
 */

/** A calendar date split into its parts; `month` is 1-based. */
export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Whether `year` is a leap year in the (proleptic) Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Number of days in `month` (1-12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** Whether the parts name a date that exists (rejects e.g. 2023-02-30 or month 13). */
export function isValidYmd(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/**
 * Parses a strict 'YYYY-MM-DD' string.
 * @throws Error when the text is not in that format or names a date that does not exist.
 */
export function parseIsoDate(text: string): Ymd {
  const match = typeof text === 'string' ? ISO_DATE.exec(text) : null;
  const ymd = match && { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (!ymd || !isValidYmd(ymd.year, ymd.month, ymd.day)) {
    throw new Error(`Invalid date ${JSON.stringify(text)}: expected an existing calendar date as YYYY-MM-DD`);
  }
  return ymd;
}

/** Whether `text` is a strict 'YYYY-MM-DD' string naming a date that exists. */
export function isIsoDate(text: string): boolean {
  const match = typeof text === 'string' ? ISO_DATE.exec(text) : null;
  return match !== null && isValidYmd(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Formats parts as 'YYYY-MM-DD'. */
export function formatIsoDate({ year, month, day }: Ymd): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 (negative before it). */
export function toDayNumber({ year, month, day }: Ymd): number {
  // setUTCFullYear rather than Date.UTC, which maps years 0-99 to 1900-1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / MS_PER_DAY);
}

/** Inverse of {@link toDayNumber}. */
export function fromDayNumber(dayNumber: number): Ymd {
  const date = new Date(dayNumber * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(ymd: Ymd): number {
  // 1970-01-01 was a Thursday (4).
  return (((toDayNumber(ymd) + 4) % 7) + 7) % 7;
}

/** Shifts an ISO date by `days` (may be negative). */
export function addDays(date: string, days: number): string {
  return formatIsoDate(fromDayNumber(toDayNumber(parseIsoDate(date)) + days));
}

/**
 * The same day `months` later (or earlier); a day the target month lacks becomes its last day
 * (1月31日 + 1か月 = 2月28日 or 29日), as 「〇か月後」 is counted for follow-ups.
 */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = parseIsoDate(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const last = fromDayNumber(
    toDayNumber({ year: m === 12 ? y + 1 : y, month: m === 12 ? 1 : m + 1, day: 1 }) - 1,
  ).day;
  return formatIsoDate({ year: y, month: m, day: Math.min(day, last) });
}

let tokyoFormatter: Intl.DateTimeFormat | undefined;

/**
 * The calendar date an instant falls on in Japan.
 * @throws Error for an invalid Date.
 */
export function toTokyoYmd(date: Date): Ymd {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new Error('Invalid Date: cannot determine its calendar date in Asia/Tokyo');
  }
  // Intl knows Japan's 1948-1951 summer time, which a fixed +09:00 offset would get wrong.
  tokyoFormatter ??= new Intl.DateTimeFormat('en-US', {
    timeZone: 'Asia/Tokyo',
    calendar: 'gregory',
    numberingSystem: 'latn',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
  const parts = tokyoFormatter.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

/**
 * Normalises the two accepted date inputs: a Date (read in Asia/Tokyo) or a 'YYYY-MM-DD' string (taken as
 * that calendar date, with no time-zone conversion).
 * @throws Error for an invalid Date or a malformed / non-existent date string.
 */
export function toYmd(date: Date | string): Ymd {
  return typeof date === 'string' ? parseIsoDate(date) : toTokyoYmd(date);
}
