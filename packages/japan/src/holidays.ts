import type { Holiday } from './holiday-rules';
import { nationalHolidays } from './holiday-rules';
import { addDays, dayOfWeek, parseIsoDate } from './iso-date';

/** First and last year for which holidays are computed: the 1948 law, and the equinox formula's limit. */
export const HOLIDAY_YEAR_RANGE = Object.freeze({ from: 1948, to: 2099 } as const);

/** 振替休日 were introduced by the amendment effective 1973-04-12. */
const SUBSTITUTE_START = '1973-04-12';
/** From 2007 a substitute skips over following 祝日; before that it was only ever the Monday. */
const SUBSTITUTE_SKIPS_FROM = 2007;
/** 国民の休日 were introduced by the amendment effective 1985-12-27 (first occurrence 1988-05-04). */
const CITIZENS_HOLIDAY_FROM = 1986;

const SUBSTITUTE = { name: '振替休日', nameEn: 'Substitute Holiday' } as const;
const CITIZENS = { name: '国民の休日', nameEn: "Citizens' Holiday" } as const;

const cache = new Map<number, ReadonlyMap<string, Holiday>>();

function computeYear(year: number): ReadonlyMap<string, Holiday> {
  const national = new Map(nationalHolidays(year).map((h) => [h.date, Object.freeze(h)]));
  const all = new Map(national);
  for (const { date } of national.values()) {
    if (date < SUBSTITUTE_START || dayOfWeek(parseIsoDate(date)) !== 0) continue;
    let substitute = addDays(date, 1);
    if (year >= SUBSTITUTE_SKIPS_FROM) {
      while (national.has(substitute)) substitute = addDays(substitute, 1);
    } else if (national.has(substitute)) {
      continue;
    }
    all.set(substitute, Object.freeze({ date: substitute, ...SUBSTITUTE }));
  }
  if (year >= CITIZENS_HOLIDAY_FROM) {
    // A day sandwiched between two 祝日 becomes a 休日, unless it is a Sunday or already a substitute
    // holiday (the law gives the substitute rule precedence, e.g. 1987-05-04).
    for (const { date } of national.values()) {
      const between = addDays(date, 1);
      if (national.has(addDays(date, 2)) && !all.has(between) && dayOfWeek(parseIsoDate(between)) !== 0) {
        all.set(between, Object.freeze({ date: between, ...CITIZENS }));
      }
    }
  }
  // Every rule above yields dates inside `year` (no 祝日 falls on Dec 30-31), so no cross-year lookups.
  return new Map([...all].sort(([a], [b]) => (a < b ? -1 : 1)));
}

function holidayMap(year: number): ReadonlyMap<string, Holiday> {
  if (!Number.isInteger(year) || year < HOLIDAY_YEAR_RANGE.from || year > HOLIDAY_YEAR_RANGE.to) {
    throw new RangeError(
      `Japanese holidays are only computed for ${HOLIDAY_YEAR_RANGE.from}-${HOLIDAY_YEAR_RANGE.to}, not ${year}`,
    );
  }
  let holidays = cache.get(year);
  if (!holidays) {
    holidays = computeYear(year);
    cache.set(year, holidays);
  }
  return holidays;
}

/**
 * All national holidays (国民の祝日), substitute holidays (振替休日) and citizens' holidays (国民の休日) of
 * `year`, sorted by date. Computed by rule, so future years rely on the equinox approximation and on no
 * new special acts being passed.
 * @throws RangeError for years outside {@link HOLIDAY_YEAR_RANGE}.
 */
export function holidaysOf(year: number): Holiday[] {
  return [...holidayMap(year).values()];
}

/**
 * The holiday on a 'YYYY-MM-DD' date, or undefined on ordinary days.
 * @throws Error for malformed dates; RangeError for years outside {@link HOLIDAY_YEAR_RANGE}.
 */
export function holidayOn(date: string): Holiday | undefined {
  return holidayMap(parseIsoDate(date).year).get(date);
}

/**
 * Whether a 'YYYY-MM-DD' date is a national, substitute or citizens' holiday (weekends are not counted).
 * @throws Error for malformed dates; RangeError for years outside {@link HOLIDAY_YEAR_RANGE}.
 */
export function isHoliday(date: string): boolean {
  return holidayOn(date) !== undefined;
}

/**
 * Japanese name of the holiday on a 'YYYY-MM-DD' date, e.g. '振替休日', or undefined on ordinary days.
 * @throws Error for malformed dates; RangeError for years outside {@link HOLIDAY_YEAR_RANGE}.
 */
export function holidayName(date: string): string | undefined {
  return holidayOn(date)?.name;
}
