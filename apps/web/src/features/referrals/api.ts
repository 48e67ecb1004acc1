import { keepPreviousData, type QueryClient, queryOptions } from '@tanstack/react-query';
import type {
  Notification,
  ReferralCounts,
  ReferralCreate,
  ReferralDetail,
  ReferralListQuery,
  ReferralMetrics,
  ReferralReceivers,
  ReferralSummary,
  referralCompleteSchema,
  referralEscalateSchema,
  referralHandOnSchema,
} from '@tsunagu/contracts/referrals';
import type { z } from 'zod';
import { api } from '../../lib/api';

/** What the receiver's dialogs send, as the shared schemas parse them. */
export type ReferralComplete = z.infer<typeof referralCompleteSchema>;
export type ReferralHandOn = z.infer<typeof referralHandOnSchema>;
export type ReferralEscalate = z.infer<typeof referralEscalateSchema>;

/** The inbox, queue or overdue list: 403 for the coordinator's lists unless the user is one. */
export function referralListQuery(q: ReferralListQuery) {
  return queryOptions({
    queryKey: ['referrals', 'list', q],
    queryFn: ({ signal }) =>
      api<{ items: ReferralSummary[]; total: number }>('/api/referrals', { query: { ...q }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The agencies with someone to accept a referral; the forms mark the others before sending. */
export const referralReceiversQuery = queryOptions({
  queryKey: ['referrals', 'receivers'],
  queryFn: ({ signal }) => api<ReferralReceivers>('/api/referrals/receivers', { signal }),
  staleTime: 5 * 60_000,
});

/** How often the navigation asks for new referrals: a referral waits days, not seconds. */
const COUNTS_INTERVAL_MS = 60_000;

/** The counts beside 紹介 and お知らせ, refreshed every minute while the app is open. */
export const referralCountsQuery = queryOptions({
  queryKey: ['referrals', 'counts'],
  queryFn: ({ signal }) => api<ReferralCounts>('/api/referrals/counts', { signal }),
  refetchInterval: COUNTS_INTERVAL_MS,
  staleTime: COUNTS_INTERVAL_MS / 2,
});

/** One referral with its chain and history; the receiving agency opening it marks it received. */
export function referralQuery(id: string) {
  return queryOptions({
    queryKey: ['referrals', 'detail', id],
    queryFn: ({ signal }) => api<ReferralDetail>(`/api/referrals/${id}`, { signal }),
  });
}

/** Referral figures of a 年度: every agency for coordinators, planners and admins; else one's own. */
export function referralMetricsQuery(fiscalYear: number) {
  return queryOptions({
    queryKey: ['referrals', 'metrics', fiscalYear],
    queryFn: ({ signal }) =>
      api<ReferralMetrics>('/api/referrals/metrics', { query: { fiscalYear }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The user's newest notifications and the unread count. */
export const notificationsQuery = queryOptions({
  queryKey: ['notifications'],
  queryFn: ({ signal }) => api<{ items: Notification[]; unread: number }>('/api/notifications', { signal }),
});

/** Sends the household to each chosen agency (one referral each); 422 consent_required when uncovered. */
export function sendReferrals(body: ReferralCreate) {
  return api<{ items: ReferralSummary[] }>('/api/referrals', { json: body });
}

/** 受け入れる / 支援を始める: only the version is needed. */
export function acceptReferral(id: string, version: number) {
  return api<ReferralDetail>(`/api/referrals/${id}/accept`, { json: { version } });
}
export function startReferral(id: string, version: number) {
  return api<ReferralDetail>(`/api/referrals/${id}/start`, { json: { version } });
}

/** 完了にする, with the outcome for the person. */
export function completeReferral(id: string, body: ReferralComplete) {
  return api<ReferralDetail>(`/api/referrals/${id}/complete`, { json: body });
}

/** 他の機関へつなぐ: closes this referral as handed on and opens the next one in the chain. */
export function handOnReferral(id: string, body: ReferralHandOn) {
  return api<ReferralDetail>(`/api/referrals/${id}/hand-on`, { json: body });
}

/** 推進員へエスカレーション. */
export function escalateReferral(id: string, body: ReferralEscalate) {
  return api<ReferralDetail>(`/api/referrals/${id}/escalate`, { json: body });
}

/** Marks one notification read, or all of them without an id. */
export function markNotificationsRead(id?: string) {
  return api<{ ok: true }>(id ? `/api/notifications/${id}/read` : '/api/notifications/read', {
    method: 'POST',
  });
}

/**
 * After a referral changed: the lists, counts and notifications may all be different now. The detail
 * itself is set from the action's answer, so it is not fetched again.
 */
export async function refreshReferralLists(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['referrals', 'list'] }),
    queryClient.invalidateQueries({ queryKey: referralCountsQuery.queryKey }),
    queryClient.invalidateQueries({ queryKey: ['referrals', 'metrics'] }),
    queryClient.invalidateQueries({ queryKey: notificationsQuery.queryKey }),
  ]);
}
