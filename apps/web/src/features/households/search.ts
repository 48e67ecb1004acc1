import { searchString } from '../../lib/search';

/** The person search's condition, kept in the URL query so a search can be repeated with Back. */
export interface PersonSearch {
  q?: string | undefined;
}

/** Narrows the URL query to {@link PersonSearch}. */
export function validatePersonSearch(raw: Record<string, unknown>): PersonSearch {
  return { q: searchString(raw.q, 100) };
}
