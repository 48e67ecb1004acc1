/** Calendar arithmetic on 'YYYY-MM-DD' strings through UTC day numbers (no time zone can shift them). */

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date. */
export function dayOf(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

/** The ISO date of a day number. */
export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The instant `minutes` after 09:00 in Japan on that date (office hours, as an intake would be). */
export function officeTime(iso: string, minutes: number): Date {
  return new Date(Date.parse(`${iso}T09:00:00+09:00`) + minutes * 60_000);
}
