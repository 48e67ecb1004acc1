import type { CommunityProgramme, EventKind } from '@tsunagu/contracts/community';
import type { Locale } from '../../lib/i18n';

/** The first 年度 offered by the 年度 pickers (令和元年度, the first of the seed's figures). */
export const FIRST_FISCAL_YEAR = 2019;

/** Every 年度 from {@link FIRST_FISCAL_YEAR} to `last`, in order. */
export function fiscalYearsUpTo(last: number): number[] {
  return Array.from({ length: Math.max(1, last - FIRST_FISCAL_YEAR + 1) }, (_, i) => FIRST_FISCAL_YEAR + i);
}

/** A configured name (programme, kind, count field) in the screen's language. */
export function nameOf(item: { nameJa: string; nameEn: string }, locale: Locale): string {
  return locale === 'en' ? item.nameEn || item.nameJa : item.nameJa;
}

/** One count column of a programme's events: a field code and its name, as the kinds configure it. */
export interface CountColumn {
  code: string;
  nameJa: string;
  nameEn: string;
}

/**
 * The count fields of the given kinds, each once in the order the kinds name them (a field shared by
 * two kinds, e.g. 参加者数, is one column).
 */
export function countColumns(kinds: readonly EventKind[]): CountColumn[] {
  const seen = new Map<string, CountColumn>();
  for (const kind of kinds)
    for (const field of kind.fields) if (!seen.has(field.code)) seen.set(field.code, field);
  return [...seen.values()];
}

/** The kinds a list shows: the one filtered for, or all the programme's kinds. */
export function shownKinds(programme: CommunityProgramme, kindCode: string | undefined): EventKind[] {
  const kind = programme.kinds.find((k) => k.code === kindCode);
  return kind ? [kind] : programme.kinds;
}
