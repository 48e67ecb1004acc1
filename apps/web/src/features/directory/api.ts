import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Agency } from '@tsunagu/contracts/agencies';
import { api } from '../../lib/api';

/** Filters of the agency list, as the API takes them. */
export interface AgencyFilters {
  q?: string | undefined;
  field?: string | undefined;
  district?: string | undefined;
  category?: string | undefined;
  limit: number;
  offset: number;
}

/** One page of agencies with the total count. */
export interface AgencyPage {
  items: Agency[];
  total: number;
}

/**
 * Agencies matching the filters. Signed out, the server returns published entries only; signed in,
 * all entries. The sign-in state is part of the key so the two views never mix.
 */
export function agencyListQuery(filters: AgencyFilters, signedIn: boolean) {
  return queryOptions({
    queryKey: ['agencies', signedIn ? 'staff' : 'public', filters],
    queryFn: ({ signal }) => api<AgencyPage>('/api/agencies', { query: { ...filters }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** One agency (404 for an unpublished entry when signed out). */
export function agencyQuery(id: string) {
  return queryOptions({
    queryKey: ['agency', id],
    queryFn: ({ signal }) => api<Agency>(`/api/agencies/${id}`, { signal }),
  });
}
