import {
  infiniteQueryOptions,
  keepPreviousData,
  type QueryClient,
  queryOptions,
} from '@tanstack/react-query';
import {
  CASE_RECORD_PAGE,
  type CaseClose,
  type CaseDetail,
  type CaseListQuery,
  type CaseQueue,
  type CaseRecordPage,
  type CaseRequest,
  type CaseReviewInput,
  type CaseStatistics,
  type CaseSummary,
  type ContactInput,
  type MonitoringInput,
  type monitoringListSchema,
  type OutreachInput,
  type PlanInput,
  type RecordInput,
  type Task,
  type TeamMemberInput,
  type Triage,
} from '@tsunagu/contracts/cases';
import type { z } from 'zod';
import { api } from '../../lib/api';

/** One row of the monitoring due list: the monitoring with its case number and person. */
export type DueMonitoring = z.infer<typeof monitoringListSchema>['items'][number];

/** The coordinator's queue: escalated referrals (bouncing ones first) and direct requests. */
export const caseQueueQuery = queryOptions({
  queryKey: ['cases', 'queue'],
  queryFn: ({ signal }) => api<CaseQueue>('/api/cases/queue', { signal }),
});

/** A page of the cases the user sees, searched by name, ふりがな or number. */
export function caseListQuery(q: Partial<CaseListQuery>) {
  return queryOptions({
    queryKey: ['cases', 'list', q],
    queryFn: ({ signal }) =>
      api<{ items: CaseSummary[]; total: number }>('/api/cases', { query: { ...q }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** One case with everything its page shows, and what the user may do with it. */
export function caseQuery(id: string) {
  return queryOptions({
    queryKey: ['cases', 'detail', id],
    queryFn: ({ signal }) => api<CaseDetail>(`/api/cases/${id}`, { signal }),
  });
}

/**
 * The 支援経過記録 entries older than the case page's first CASE_RECORD_PAGE, a page at a time. Under the
 * case's key, so reading the case again reads the loaded pages again too.
 */
export function caseRecordsQuery(id: string) {
  return infiniteQueryOptions({
    queryKey: [...caseQuery(id).queryKey, 'records'],
    queryFn: ({ pageParam, signal }) =>
      api<CaseRecordPage>(`/api/cases/${id}/records`, { query: { offset: pageParam }, signal }),
    initialPageParam: CASE_RECORD_PAGE,
    getNextPageParam: (last, _pages, offset) =>
      offset + last.items.length < last.total && last.items.length > 0
        ? offset + last.items.length
        : undefined,
  });
}

/** 事業実績 by 年度 with totals (any signed-in user). */
export const caseStatisticsQuery = queryOptions({
  queryKey: ['cases', 'statistics'],
  queryFn: ({ signal }) => api<CaseStatistics>('/api/cases/statistics', { signal }),
});

/** Open monitorings due up to `until` of the cases the user sees, overdue first. */
export function dueMonitoringsQuery(until: string) {
  return queryOptions({
    queryKey: ['cases', 'monitorings', until],
    queryFn: ({ signal }) =>
      api<{ items: DueMonitoring[] }>('/api/monitorings', { query: { until }, signal }),
  });
}

/** Every overdue action item of the city (coordinators). */
export const overdueTasksQuery = queryOptions({
  queryKey: ['tasks', 'overdue'],
  queryFn: ({ signal }) => api<{ items: Task[] }>('/api/tasks/overdue', { signal }),
});

/** The action items of the user's agency: open ones, or all including the done ones. */
export function taskListQuery(show: 'open' | 'all') {
  return queryOptions({
    queryKey: ['tasks', 'list', show],
    queryFn: ({ signal }) => api<{ items: Task[] }>('/api/tasks', { query: { show }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The most cases one list call returns: enough for an agency's teams or a coordinator's open cases. */
const MANY = 500;

/** Coordinated cases the user sees (for the meeting agenda and the task list's links). */
export const coordinatedCasesQuery = queryOptions({
  queryKey: ['cases', 'list', { kind: 'coordinated', limit: MANY }],
  queryFn: ({ signal }) =>
    api<{ items: CaseSummary[]; total: number }>('/api/cases', {
      query: { kind: 'coordinated', limit: MANY, offset: 0 },
      signal,
    }),
  staleTime: 60_000,
});

/** 推進員へ相談する: a direct request about a household, waiting for triage. */
export function requestCase(body: CaseRequest) {
  return api<{ id: string; number: number }>('/api/cases', { json: body });
}

/** 振り分け of an escalation or a direct request. */
export function triageCase(body: Triage) {
  return api<CaseDetail>('/api/cases/triage', { json: body });
}

/** A change to a case answered with the case as it is now. */
function change<B>(id: string, path: string, body: B) {
  return api<CaseDetail>(`/api/cases/${id}/${path}`, { json: body });
}

export const addTeamMember = (id: string, body: TeamMemberInput) => change(id, 'team', body);
export const endTeamMember = (id: string, memberId: string) => change(id, 'team/end', { memberId });
export const addContact = (id: string, body: ContactInput) => change(id, 'contacts', body);
export const addOutreach = (id: string, body: OutreachInput) => change(id, 'outreach', body);
export const addRecord = (id: string, body: RecordInput) => change(id, 'records', body);
export const closeCase = (id: string, body: CaseClose) => change(id, 'close', body);
export const reviewCase = (id: string, body: CaseReviewInput) => change(id, 'review', body);
export const savePlan = (id: string, body: PlanInput) => change(id, 'plans', body);

/** Logs a print of the プランシート before the browser prints it (404 when the case is not visible). */
export function logPlanPrint(caseId: string) {
  return api<null>(`/api/cases/${caseId}/plan/print`, { method: 'POST' });
}

/** The coordinator approves a draft plan version. */
export function approvePlan(planId: string) {
  return api<CaseDetail>(`/api/plans/${planId}/approve`, { method: 'POST' });
}

/** Records a monitoring: every goal evaluated, then continue or 再検討. */
export function recordMonitoring(monitoringId: string, body: MonitoringInput) {
  return api<CaseDetail>(`/api/monitorings/${monitoringId}`, { json: body });
}

/** Marks an action item done. */
export function completeTask(taskId: string) {
  return api<Task>(`/api/tasks/${taskId}/done`, { method: 'POST' });
}

/** 事例集に載せる: drafts an anonymised story from a closed case. */
export function makeStory(caseId: string) {
  return api<{ id: string }>(`/api/cases/${caseId}/story`, { method: 'POST' });
}

/** The plan sheet (プランシート) of a case as an xlsx download. */
export function planSheetUrl(caseId: string): string {
  return `/api/cases/${caseId}/plan.xlsx`;
}

/** After a case changed: the lists, queue, statistics and task lists may all be different now. */
export async function refreshCaseLists(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['cases', 'list'] }),
    queryClient.invalidateQueries({ queryKey: ['cases', 'queue'] }),
    queryClient.invalidateQueries({ queryKey: ['cases', 'monitorings'] }),
    queryClient.invalidateQueries({ queryKey: ['cases', 'statistics'] }),
    queryClient.invalidateQueries({ queryKey: ['tasks'] }),
    queryClient.invalidateQueries({ queryKey: ['meetings'] }),
  ]);
}
