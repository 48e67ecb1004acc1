import type { Era } from './eras';
import { ERAS, eraFirstYear, eraOn, eraYearText, findEra, nextEra } from './eras';
import { toYmd } from './iso-date';

/** First and last day of a 年度, as 'YYYY-MM-DD'. */
export interface FiscalYearRange {
  readonly start: string;
  readonly end: string;
}

/** Options for {@link fiscalYearLabel}. */
export interface FiscalYearLabelOptions {
  /** 'long' (default): '令和4年度' / 'FY2022'; 'short': 'R4' / 'FY2022'. */
  readonly style?: 'long' | 'short';
  /** Defaults to 'ja'. */
  readonly locale?: 'ja' | 'en';
}

const MIN_FISCAL_YEAR = 1000;
const MAX_FISCAL_YEAR = 9998;
const LONG_LABEL = /^(明治|大正|昭和|平成|令和)(元|\d{1,2})年度$/;
const SHORT_LABEL = /^([MTSHR])(\d{1,2})$/i;
const WESTERN_LABEL = /^(?:FY(\d{4})|(\d{4})年度)$/i;

/**
 * 年度 that are conventionally named after an era which only began during them. FY2019 started under
 * 平成31 but 令和 began a month later, and official documents (including the city's reports) call the whole
 * year 令和元年度.
 */
const ERA_OVERRIDES: ReadonlyMap<number, Era['id']> = new Map([[2019, 'reiwa']]);

function assertFiscalYear(fiscalYear: number): void {
  if (!Number.isInteger(fiscalYear) || fiscalYear < MIN_FISCAL_YEAR || fiscalYear > MAX_FISCAL_YEAR) {
    throw new RangeError(
      `Invalid fiscal year ${fiscalYear}: expected an integer between ${MIN_FISCAL_YEAR} and ${MAX_FISCAL_YEAR}`,
    );
  }
}

/**
 * The 年度 (April–March fiscal year) a date belongs to, named by the calendar year it starts in.
 * A Date is read in Asia/Tokyo (2020-03-31T15:30:00Z is 2020-04-01 in Japan, so 年度 2020);
 * a 'YYYY-MM-DD' string is taken as that calendar date.
 * @throws Error for an invalid Date or a malformed date string.
 */
export function fiscalYearOf(date: Date | string): number {
  const { year, month } = toYmd(date);
  return month >= 4 ? year : year - 1;
}

/**
 * First and last day of 年度 `fiscalYear`: `{ start: 'YYYY-04-01', end: '(YYYY+1)-03-31' }`.
 * @throws RangeError for a non-integer or out-of-range year.
 */
export function fiscalYearRange(fiscalYear: number): FiscalYearRange {
  assertFiscalYear(fiscalYear);
  return { start: `${fiscalYear}-04-01`, end: `${fiscalYear + 1}-03-31` };
}

/**
 * The era a 年度 is named after: the era in force on its April 1st, except for the conventional
 * {@link ERA_OVERRIDES}.
 */
function fiscalYearEra(fiscalYear: number): Era {
  const overrideId = ERA_OVERRIDES.get(fiscalYear);
  const era = overrideId ? ERAS.find((e) => e.id === overrideId) : eraOn(`${fiscalYear}-04-01`);
  if (!era) throw new RangeError(`年度 ${fiscalYear} starts before 明治 and has no era name`);
  return era;
}

/**
 * Human-readable name of a 年度. Japanese: long '令和4年度' (first era year as 元年度), short 'R4'.
 * English has no era convention, so both styles give 'FY2022'.
 * FY2019 is labelled 令和元年度 / R1 and FY2018 平成30年度 / H30, matching official usage.
 * @throws RangeError for an invalid year, or a Japanese label for a 年度 starting before 明治.
 */
export function fiscalYearLabel(fiscalYear: number, options: FiscalYearLabelOptions = {}): string {
  assertFiscalYear(fiscalYear);
  if (options.locale === 'en') return `FY${fiscalYear}`;
  const era = fiscalYearEra(fiscalYear);
  const eraYear = fiscalYear - eraFirstYear(era) + 1;
  return options.style === 'short' ? `${era.initial}${eraYear}` : `${era.name}${eraYearText(eraYear)}年度`;
}

/**
 * Parses a 年度 label back to its starting calendar year. Accepts 'R4', '令和4年度', '令和元年度', 'H30',
 * '平成30年度', 'FY2022' and '2022年度' (full-width characters and spaces are tolerated). Labels of the era
 * that ended during the 年度 are accepted too, since documents written before an era change use them:
 * '平成31年度' and 'H31' both give 2019.
 * @throws Error for malformed labels or era years in which that era was never in force (e.g. '昭和64年度').
 */
export function parseFiscalYearLabel(label: string): number {
  const normalised = String(label).normalize('NFKC').replace(/\s+/g, '');
  const western = WESTERN_LABEL.exec(normalised);
  if (western) {
    const fiscalYear = Number(western[1] ?? western[2]);
    assertFiscalYear(fiscalYear);
    return fiscalYear;
  }
  const match = LONG_LABEL.exec(normalised) ?? SHORT_LABEL.exec(normalised);
  const era = match && findEra(match[1] ?? '');
  if (!match || !era) {
    throw new Error(
      `Invalid fiscal year label ${JSON.stringify(label)}: expected e.g. 'R4', '令和4年度', '令和元年度', 'H30' or 'FY2022'`,
    );
  }
  const eraYear = match[2] === '元' ? 1 : Number(match[2]);
  const fiscalYear = eraFirstYear(era) + eraYear - 1;
  const next = nextEra(era);
  // The era must have been in force on at least one day of the 年度.
  const inForce =
    eraYear >= 1 && era.start <= `${fiscalYear + 1}-03-31` && (!next || next.start > `${fiscalYear}-04-01`);
  if (!inForce) {
    throw new Error(
      `Invalid fiscal year label ${JSON.stringify(label)}: ${era.name} was not in force during that 年度`,
    );
  }
  return fiscalYear;
}
