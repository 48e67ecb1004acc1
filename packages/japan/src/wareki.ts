import type { EraId } from './eras';
import { eraFirstYear, eraOn, eraYearText, findEra, nextEra } from './eras';
import {
  dayOfWeek,
  formatIsoDate,
  isLeapYear,
  isValidYmd,
  parseIsoDate,
  toTokyoYmd,
  toYmd,
} from './iso-date';

/** A date expressed in the Japanese era calendar (和暦). */
export interface WarekiDate {
  readonly era: EraId;
  /** Kanji era name, e.g. '令和'. */
  readonly eraName: string;
  /** Latin era initial, e.g. 'R'. */
  readonly eraInitial: string;
  /** Year within the era; 1 is rendered as 元年 by the formatters. */
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Output style of {@link formatWareki}: long '令和元年5月1日', short 'R1.5.1'. */
export type WarekiStyle = 'long' | 'short';

/** Options for {@link formatWareki}. */
export interface FormatWarekiOptions {
  /** Defaults to 'long'. */
  readonly style?: WarekiStyle;
}

const WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'] as const;
const LONG_WAREKI = /^(明治|大正|昭和|平成|令和)(元|\d{1,2})年(\d{1,2})月(\d{1,2})日$/;
// The back-reference forces one separator throughout, so 'R1.5/1' is rejected as a likely typo.
const SHORT_WAREKI = /^([MTSHR])(\d{1,2})([./-])(\d{1,2})\3(\d{1,2})$/i;

/**
 * The 'YYYY-MM-DD' calendar date of an instant in Asia/Tokyo.
 * @throws Error for an invalid Date.
 */
export function toIsoDate(date: Date): string {
  return formatIsoDate(toTokyoYmd(date));
}

/**
 * Converts a date to 和暦. A Date is read in Asia/Tokyo; a 'YYYY-MM-DD' string is taken as that calendar date.
 * @throws RangeError for dates before 明治 (1868-01-01); Error for malformed input.
 */
export function toWareki(date: Date | string): WarekiDate {
  const ymd = toYmd(date);
  const era = eraOn(formatIsoDate(ymd));
  if (!era) throw new RangeError(`${formatIsoDate(ymd)} is before 明治 (1868-01-01) and has no era date`);
  return {
    era: era.id,
    eraName: era.name,
    eraInitial: era.initial,
    year: ymd.year - eraFirstYear(era) + 1,
    month: ymd.month,
    day: ymd.day,
  };
}

/**
 * Formats a date in 和暦: long '令和元年5月1日' (default) or short 'R1.5.1'.
 * @throws RangeError for dates before 明治; Error for malformed input.
 */
export function formatWareki(date: Date | string, options: FormatWarekiOptions = {}): string {
  const w = toWareki(date);
  if (options.style === 'short') return `${w.eraInitial}${w.year}.${w.month}.${w.day}`;
  return `${w.eraName}${eraYearText(w.year)}年${w.month}月${w.day}日`;
}

/**
 * Long 和暦 with the weekday in full-width brackets, as on official notices: '令和元年5月1日（水）'.
 * @throws RangeError for dates before 明治; Error for malformed input.
 */
export function formatWarekiWithWeekday(date: Date | string): string {
  const ymd = toYmd(date);
  return `${formatWareki(formatIsoDate(ymd))}（${WEEKDAYS[dayOfWeek(ymd)]}）`;
}

/**
 * Formats a date in the Western calendar the Japanese way: '2019年5月1日'.
 * @throws Error for malformed input.
 */
export function formatSeireki(date: Date | string): string {
  const { year, month, day } = toYmd(date);
  return `${year}年${month}月${day}日`;
}

/**
 * Parses a 和暦 date into 'YYYY-MM-DD'. Accepts '令和元年5月1日', '令和1年5月1日' and the abbreviated
 * 'R1.5.1', 'H31/4/30', 'S64-1-7' forms; full-width digits and spaces are tolerated.
 * @throws Error when the text is malformed, the date does not exist, or it lies outside the named era
 *   (e.g. '平成31年5月1日' or '令和1年4月30日').
 */
export function parseWareki(text: string): string {
  // NFKC turns full-width digits into ASCII and the ㍻/㋿ ligatures into 平成/令和.
  const normalised = String(text).normalize('NFKC').replace(/\s+/g, '');
  const long = LONG_WAREKI.exec(normalised);
  const short = long ? null : SHORT_WAREKI.exec(normalised);
  const parts = long
    ? { era: long[1], year: long[2], month: long[3], day: long[4] }
    : short && { era: short[1], year: short[2], month: short[4], day: short[5] };
  const era = parts && findEra(parts.era ?? '');
  if (!parts || !era) {
    throw new Error(
      `Invalid wareki date ${JSON.stringify(text)}: expected e.g. '令和元年5月1日' or 'R1.5.1'`,
    );
  }
  const eraYear = parts.year === '元' ? 1 : Number(parts.year);
  const year = eraFirstYear(era) + eraYear - 1;
  const month = Number(parts.month);
  const day = Number(parts.day);
  if (eraYear < 1 || !isValidYmd(year, month, day)) {
    throw new Error(`Invalid wareki date ${JSON.stringify(text)}: no such date`);
  }
  const iso = formatIsoDate({ year, month, day });
  const next = nextEra(era);
  if (iso < era.start || (next && iso >= next.start)) {
    const span = next ? `${era.start} to the day before ${next.start}` : `${era.start} onwards`;
    throw new Error(`Invalid wareki date ${JSON.stringify(text)}: ${era.name} covers ${span}`);
  }
  return iso;
}

/**
 * Age in completed years on date `on` of someone born on `birth` (both 'YYYY-MM-DD').
 *
 * The age goes up at the start of the birthday. Under 年齢計算ニ関スル法律 and 民法143条 a year of age is
 * completed at the end of the day before the birthday — the same instant — so this agrees with the law for
 * "age on a date"; code that needs the statutory "date an age is reached" (学齢, pension eligibility) must
 * use the day before the birthday itself. Someone born on Feb 29 gets older on Mar 1 in common years,
 * because Feb 28 ends at that moment too.
 * @throws RangeError when `on` is before `birth`; Error for malformed dates.
 */
export function ageOn(birth: string, on: string): number {
  const b = parseIsoDate(birth);
  const o = parseIsoDate(on);
  if (on < birth) throw new RangeError(`ageOn: ${on} is before the birth date ${birth}`);
  const leapling = b.month === 2 && b.day === 29 && !isLeapYear(o.year);
  const [birthdayMonth, birthdayDay] = leapling ? [3, 1] : [b.month, b.day];
  const hadBirthday = o.month > birthdayMonth || (o.month === birthdayMonth && o.day >= birthdayDay);
  return o.year - b.year - (hadBirthday ? 0 : 1);
}
