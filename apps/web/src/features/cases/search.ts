import { CASE_STAGES, type CaseStage } from '@tsunagu/contracts/cases';
import { searchEnum, searchPage, searchString } from '../../lib/search';

/** The case list's search words, stage filter and page, kept in the URL. */
export interface CaseListSearch {
  q?: string | undefined;
  stage?: CaseStage | undefined;
  page?: number | undefined;
}

/** Narrows the URL query to {@link CaseListSearch}. */
export function validateCaseListSearch(raw: Record<string, unknown>): CaseListSearch {
  return { q: searchString(raw.q), stage: searchEnum(raw.stage, CASE_STAGES), page: searchPage(raw.page) };
}

/** Cases per page of the list. */
export const CASE_PAGE_SIZE = 20;

/** The parts of the case page, one tab each. */
export const CASE_TABS = [
  'timeline',
  'team',
  'plan',
  'monitoring',
  'meetings',
  'tasks',
  'participation',
] as const;
export type CaseTab = (typeof CASE_TABS)[number];

/** The open tab of the case page, kept in the URL so a link can open the plan directly. */
export interface CasePageSearch {
  tab?: CaseTab | undefined;
}

export function validateCasePageSearch(raw: Record<string, unknown>): CasePageSearch {
  return { tab: searchEnum(raw.tab, CASE_TABS) };
}

/** The task list's filter: open items (default) or all of them. */
export interface TaskListSearch {
  show?: 'open' | 'all' | undefined;
}

export function validateTaskListSearch(raw: Record<string, unknown>): TaskListSearch {
  return { show: searchEnum(raw.show, ['open', 'all'] as const) };
}
