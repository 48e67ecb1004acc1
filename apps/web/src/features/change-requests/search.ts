import { searchEnum } from '../../lib/search';
import type { ChangeRequestStatusFilter } from './api';

const STATUSES = ['pending', 'approved', 'rejected', 'all'] as const;

/** The review list's status filter, kept in the URL. */
export interface ChangeRequestSearch {
  status?: ChangeRequestStatusFilter | undefined;
}

/** Narrows the URL query to {@link ChangeRequestSearch}. */
export function validateChangeRequestSearch(raw: Record<string, unknown>): ChangeRequestSearch {
  return { status: searchEnum(raw.status, STATUSES) };
}
