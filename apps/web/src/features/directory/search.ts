import { searchCode, searchPage, searchString } from '../../lib/search';

/** The directory's search conditions, kept in the URL query. */
export interface DirectorySearch {
  q?: string | undefined;
  field?: string | undefined;
  district?: string | undefined;
  page?: number | undefined;
}

/** Narrows the URL query to {@link DirectorySearch}, dropping anything malformed. */
export function validateDirectorySearch(raw: Record<string, unknown>): DirectorySearch {
  return {
    q: searchString(raw.q),
    field: searchCode(raw.field),
    district: searchCode(raw.district),
    page: searchPage(raw.page),
  };
}

/** Results per page of the public directory. */
export const DIRECTORY_PAGE_SIZE = 20;
