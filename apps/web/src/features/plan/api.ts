import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type {
  Entry,
  EntryAction,
  EntryCreate,
  EntryList,
  EntryUpdate,
  Indicator,
  IndicatorList,
  IndicatorUpdate,
  IndicatorValueInput,
  Metric,
  PlanOverview,
  ProgressReport,
  Survey,
  SurveyAnswerInput,
  SurveyCreate,
  SurveyDetail,
  SurveyRequest,
} from '@tsunagu/contracts/plan';
import { api } from '../../lib/api';
import type { EntryListSearch, ReportSearch } from './search';

/** The plan, its policies and roadmap items with each item's status in the 年度 (default: the latest reported). */
export function planOverviewQuery(fiscalYear?: number) {
  return queryOptions({
    queryKey: ['plan', 'overview', fiscalYear ?? null],
    queryFn: ({ signal }) => api<PlanOverview>('/api/plan', { query: { fiscalYear }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Every indicator with its values per 年度 of the plan (recorded or computed). */
export const indicatorListQuery = queryOptions({
  queryKey: ['plan', 'indicators'],
  queryFn: ({ signal }) => api<IndicatorList>('/api/plan/indicators', { signal }),
});

/** The catalogue of metrics an indicator can be computed from. */
export const metricListQuery = queryOptions({
  queryKey: ['plan', 'metrics'],
  queryFn: ({ signal }) => api<{ items: Metric[] }>('/api/plan/metrics', { signal }),
  staleTime: Number.POSITIVE_INFINITY,
});

export const updateIndicator = (id: string, body: IndicatorUpdate) =>
  api<Indicator>(`/api/plan/indicators/${id}`, { method: 'PUT', json: body });

/** Records (or with value null clears) the figure of an indicator for a 年度. */
export const recordIndicatorValue = (id: string, fiscalYear: number, body: IndicatorValueInput) =>
  api<Indicator>(`/api/plan/indicators/${id}/values/${fiscalYear}`, { method: 'PUT', json: body });

/** The entries of a 年度, and for the user's division the items it has not started. */
export function entryListQuery(search: EntryListSearch) {
  return queryOptions({
    queryKey: ['plan', 'entries', search],
    queryFn: ({ signal }) =>
      api<EntryList & { fiscalYear: number }>('/api/plan/entries', { query: { ...search }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function entryQuery(id: string) {
  return queryOptions({
    queryKey: ['plan', 'entry', id],
    queryFn: ({ signal }) => api<Entry>(`/api/plan/entries/${id}`, { signal }),
  });
}

export const createEntry = (body: EntryCreate) => api<Entry>('/api/plan/entries', { json: body });
export const updateEntry = (id: string, body: EntryUpdate) =>
  api<Entry>(`/api/plan/entries/${id}`, { method: 'PUT', json: body });
/** 提出 / 承認 / 差し戻し: version-checked, with an optional comment (required to return). */
export const entryAction = (id: string, action: 'submit' | 'approve' | 'return', body: EntryAction) =>
  api<Entry>(`/api/plan/entries/${id}/${action}`, { json: body });
export const commentEntry = (id: string, comment: string) =>
  api<Entry>(`/api/plan/entries/${id}/comment`, { json: { comment } });

/** The annual progress report (staff; drafts included on request). */
export function reportQuery(search: ReportSearch) {
  return queryOptions({
    queryKey: ['plan', 'report', search],
    queryFn: ({ signal }) =>
      api<ProgressReport>('/api/plan/report', {
        query: { fiscalYear: search.fiscalYear, drafts: search.drafts ? '1' : undefined },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** The URL of the report workbook (a plain download link). */
export function reportXlsxUrl(search: ReportSearch): string {
  const q = new URLSearchParams();
  if (search.fiscalYear) q.set('fiscalYear', String(search.fiscalYear));
  if (search.drafts) q.set('drafts', '1');
  const s = q.toString();
  return `/api/plan/report.xlsx${s ? `?${s}` : ''}`;
}

/** Logs that the report is being printed from the browser. */
export const logReportPrint = (search: ReportSearch) =>
  api<null>('/api/plan/report/print', {
    method: 'POST',
    query: { fiscalYear: search.fiscalYear, drafts: search.drafts ? '1' : undefined },
  });

/** The public progress page: approved entries, indicators and 事業実績; no sign-in. */
export function publicProgressQuery(fiscalYear?: number) {
  return queryOptions({
    queryKey: ['plan', 'public', fiscalYear ?? null],
    queryFn: ({ signal }) => api<ProgressReport>('/api/public/progress', { query: { fiscalYear }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The planner's surveys with response rate and result. */
export const surveyListQuery = queryOptions({
  queryKey: ['plan', 'surveys'],
  queryFn: ({ signal }) => api<{ items: Survey[] }>('/api/plan/surveys', { signal }),
});
export function surveyQuery(id: string) {
  return queryOptions({
    queryKey: ['plan', 'survey', id],
    queryFn: ({ signal }) => api<SurveyDetail>(`/api/plan/surveys/${id}`, { signal }),
  });
}
export const createSurvey = (body: SurveyCreate) => api<SurveyDetail>('/api/plan/surveys', { json: body });
export const closeSurvey = (id: string) =>
  api<SurveyDetail>(`/api/plan/surveys/${id}/close`, { method: 'POST' });

/** The surveys sent to the user's agency, with its answers. */
export const surveyRequestsQuery = queryOptions({
  queryKey: ['plan', 'survey-requests'],
  queryFn: ({ signal }) => api<{ items: SurveyRequest[] }>('/api/plan/survey-requests', { signal }),
});
export const answerSurvey = (id: string, body: SurveyAnswerInput) =>
  api<{ items: SurveyRequest[] }>(`/api/plan/surveys/${id}/answer`, { json: body });
