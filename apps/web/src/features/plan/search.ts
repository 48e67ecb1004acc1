import { ENTRY_STATES, type EntryState } from '@tsunagu/contracts/plan';
import { searchCode, searchEnum } from '../../lib/search';

/** A 年度 in the URL (?fiscalYear=2022), or undefined. */
export function searchFiscalYear(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  return Number.isInteger(n) && n >= 1989 && n <= 2100 ? n : undefined;
}

export interface FiscalYearSearch {
  fiscalYear?: number | undefined;
}
export const validateFiscalYearSearch = (raw: Record<string, unknown>): FiscalYearSearch => ({
  fiscalYear: searchFiscalYear(raw.fiscalYear),
});

/** The progress entries' filters. */
export interface EntryListSearch {
  fiscalYear?: number | undefined;
  division?: string | undefined;
  state?: EntryState | undefined;
}
export const validateEntryListSearch = (raw: Record<string, unknown>): EntryListSearch => ({
  fiscalYear: searchFiscalYear(raw.fiscalYear),
  division: searchCode(raw.division),
  state: searchEnum(raw.state, ENTRY_STATES),
});

/** The report's 年度, and whether entries not yet approved are included. */
export interface ReportSearch {
  fiscalYear?: number | undefined;
  drafts?: boolean | undefined;
}
export const validateReportSearch = (raw: Record<string, unknown>): ReportSearch => ({
  fiscalYear: searchFiscalYear(raw.fiscalYear),
  drafts: raw.drafts === true || raw.drafts === '1' || raw.drafts === 1 ? true : undefined,
});
