import { queryOptions } from '@tanstack/react-query';
import type { ChangeRequest } from '@tsunagu/contracts/agencies';
import { api } from '../../lib/api';

/** A status filter of the review list ('all' sends no filter). */
export type ChangeRequestStatusFilter = 'pending' | 'approved' | 'rejected' | 'all';

/** Change requests (planners/admins: all; a manager: their agency's). */
export function changeRequestsQuery(status: ChangeRequestStatusFilter) {
  return queryOptions({
    queryKey: ['change-requests', status],
    queryFn: ({ signal }) =>
      api<{ items: ChangeRequest[] }>('/api/agency-change-requests', {
        query: { status: status === 'all' ? undefined : status },
        signal,
      }),
  });
}

/** Approves or rejects a change request; approval applies the proposed entry. */
export function decideChangeRequest(
  id: string,
  body: { decision: 'approve' | 'reject'; comment: string | null },
) {
  return api<ChangeRequest>(`/api/agency-change-requests/${id}/decision`, { json: body });
}

/** Pending first, then newest first. */
export function sortForReview(items: ChangeRequest[]): ChangeRequest[] {
  const rank = (s: ChangeRequest['status']) => (s === 'pending' ? 0 : 1);
  return [...items].sort((a, b) => rank(a.status) - rank(b.status) || b.createdAt.localeCompare(a.createdAt));
}
