/** Identifier of a modern Japanese era (元号). */
export type EraId = 'meiji' | 'taisho' | 'showa' | 'heisei' | 'reiwa';

/** A Japanese era and the first Gregorian day on which it was in force. */
export interface Era {
  readonly id: EraId;
  /** Kanji name, e.g. '令和'. */
  readonly name: string;
  /** Latin initial used in abbreviated dates, e.g. 'R'. */
  readonly initial: string;
  /** First day of the era as 'YYYY-MM-DD'. */
  readonly start: string;
}

/**
 * The modern eras, oldest first.
 *
 * 明治 is taken to start on 1868-01-01 for simplicity. Historically the era was proclaimed on 1868-10-23 and
 * applied retroactively to the first day of that lunar year (1868-01-25), and Japan kept the lunar calendar
 * until 1872, so wareki conversions of pre-1873 Gregorian dates are proleptic approximations only.
 */
export const ERAS: readonly Era[] = Object.freeze([
  { id: 'meiji', name: '明治', initial: 'M', start: '1868-01-01' },
  { id: 'taisho', name: '大正', initial: 'T', start: '1912-07-30' },
  { id: 'showa', name: '昭和', initial: 'S', start: '1926-12-25' },
  { id: 'heisei', name: '平成', initial: 'H', start: '1989-01-08' },
  { id: 'reiwa', name: '令和', initial: 'R', start: '2019-05-01' },
] as const satisfies readonly Era[]);

/** The era in force on an ISO date, or undefined before 明治. */
export function eraOn(isoDate: string): Era | undefined {
  // ISO strings with 4-digit years compare chronologically as plain strings.
  return ERAS.findLast((era) => era.start <= isoDate);
}

/** The era following `era`, if any. */
export function nextEra(era: Era): Era | undefined {
  return ERAS[ERAS.indexOf(era) + 1];
}

/** Gregorian year in which year 1 (元年) of `era` falls. */
export function eraFirstYear(era: Era): number {
  return Number(era.start.slice(0, 4));
}

/** Looks an era up by kanji name ('令和') or Latin initial ('R', case-insensitive). */
export function findEra(nameOrInitial: string): Era | undefined {
  const key = nameOrInitial.toUpperCase();
  return ERAS.find((era) => era.name === nameOrInitial || era.initial === key);
}

/** Renders an era year the way Japanese documents do: the first year is 元年, never 1年. */
export function eraYearText(year: number): string {
  return year === 1 ? '元' : String(year);
}
