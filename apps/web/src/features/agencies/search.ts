import { searchCode, searchPage, searchString } from '../../lib/search';

/** Filters of the staff agency table, kept in the URL. */
export interface AgencyTableSearch {
  q?: string | undefined;
  category?: string | undefined;
  field?: string | undefined;
  page?: number | undefined;
}

/** Narrows the URL query to {@link AgencyTableSearch}. */
export function validateAgencyTableSearch(raw: Record<string, unknown>): AgencyTableSearch {
  return {
    q: searchString(raw.q),
    category: searchCode(raw.category),
    field: searchCode(raw.field),
    page: searchPage(raw.page),
  };
}

/** Rows per page of the staff table. */
export const AGENCY_TABLE_PAGE_SIZE = 50;
