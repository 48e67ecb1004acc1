import { searchDate, searchPage, searchString } from '../../lib/search';

/** The audit log's filters, kept in the URL. */
export interface AuditSearch {
  from?: string | undefined;
  to?: string | undefined;
  action?: string | undefined;
  entityType?: string | undefined;
  page?: number | undefined;
}

/** Narrows the URL query to {@link AuditSearch}. */
export function validateAuditSearch(raw: Record<string, unknown>): AuditSearch {
  return {
    from: searchDate(raw.from),
    to: searchDate(raw.to),
    action: searchString(raw.action),
    entityType: searchString(raw.entityType),
    page: searchPage(raw.page),
  };
}

/** Events per page. */
export const AUDIT_PAGE_SIZE = 50;
