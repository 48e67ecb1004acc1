import { isHoliday } from './holidays';
import type { Ymd } from './iso-date';
import { dayOfWeek, formatIsoDate, fromDayNumber, parseIsoDate, toDayNumber } from './iso-date';

/** Options shared by the business-day functions. */
export interface BusinessDayOptions {
  /** Additional 'YYYY-MM-DD' dates on which the office is closed (e.g. a system-maintenance day). */
  readonly extraClosedDays?: readonly string[];
  /**
   * Whether Dec 29 – Jan 3 (年末年始, the closure of government offices under 行政機関の休日に関する法律)
   * counts as closed. Defaults to true.
   */
  readonly yearEndClosure?: boolean;
}

type ClosedCheck = (ymd: Ymd, iso: string) => boolean;

function closedCheck(options: BusinessDayOptions): ClosedCheck {
  const extra = new Set(options.extraClosedDays ?? []);
  for (const day of extra) parseIsoDate(day);
  const yearEnd = options.yearEndClosure ?? true;
  return (ymd, iso) => {
    const weekday = dayOfWeek(ymd);
    if (weekday === 0 || weekday === 6) return true;
    if (yearEnd && ((ymd.month === 12 && ymd.day >= 29) || (ymd.month === 1 && ymd.day <= 3))) return true;
    return extra.has(iso) || isHoliday(iso);
  };
}

function isOpenOn(dayNumber: number, isClosed: ClosedCheck): boolean {
  const ymd = fromDayNumber(dayNumber);
  return !isClosed(ymd, formatIsoDate(ymd));
}

/**
 * Whether a 'YYYY-MM-DD' date is a working day for a city office: not a Saturday or Sunday, not a national,
 * substitute or citizens' holiday, not in the 12/29–1/3 closure (unless `yearEndClosure: false`) and not
 * one of `extraClosedDays`.
 * @throws Error for malformed dates; RangeError for years without holiday data (before 1948, after 2099).
 */
export function isBusinessDay(date: string, options: BusinessDayOptions = {}): boolean {
  return isOpenOn(toDayNumber(parseIsoDate(date)), closedCheck(options));
}

/**
 * The date `n` business days after `date`. Adding 0 returns `date` itself when it is a business day and
 * otherwise rolls forward to the next business day, so a deadline "within 0 days" received on a closed day
 * falls on the next open day. For n ≥ 1 the start date is not counted, whether or not it is open:
 * addBusinessDays('2025-05-02', 1) is '2025-05-07' across Golden Week.
 * @throws RangeError unless n is a non-negative integer; Error for malformed dates.
 */
export function addBusinessDays(date: string, n: number, options: BusinessDayOptions = {}): string {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`addBusinessDays: n must be a non-negative integer, got ${n}`);
  }
  const isClosed = closedCheck(options);
  let dayNumber = toDayNumber(parseIsoDate(date));
  if (n === 0) {
    while (!isOpenOn(dayNumber, isClosed)) dayNumber += 1;
    return formatIsoDate(fromDayNumber(dayNumber));
  }
  for (let remaining = n; remaining > 0; ) {
    dayNumber += 1;
    if (isOpenOn(dayNumber, isClosed)) remaining -= 1;
  }
  return formatIsoDate(fromDayNumber(dayNumber));
}

/**
 * Number of business days after `from` up to and including `to`, so that for n ≥ 1
 * businessDaysBetween(d, addBusinessDays(d, n)) === n. Negative (the count from `to` to `from`, negated)
 * when `to` is before `from`; 0 when they are equal.
 * @throws Error for malformed dates.
 */
export function businessDaysBetween(from: string, to: string, options: BusinessDayOptions = {}): number {
  const start = toDayNumber(parseIsoDate(from));
  const end = toDayNumber(parseIsoDate(to));
  if (end < start) {
    // Avoid returning -0, which is not Object.is-equal to 0.
    const backwards = businessDaysBetween(to, from, options);
    return backwards === 0 ? 0 : -backwards;
  }
  const isClosed = closedCheck(options);
  let count = 0;
  for (let dayNumber = start + 1; dayNumber <= end; dayNumber += 1) {
    if (isOpenOn(dayNumber, isClosed)) count += 1;
  }
  return count;
}
