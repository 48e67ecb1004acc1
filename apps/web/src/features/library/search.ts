import { STORY_STATES, type StoryState } from '@tsunagu/contracts/cases';
import { searchCode, searchEnum, searchString } from '../../lib/search';

/** The case library's filters, kept in the URL. */
export interface LibrarySearch {
  problemField?: string | undefined;
  agencyKind?: string | undefined;
  q?: string | undefined;
  state?: StoryState | undefined;
}

/** Narrows the URL query to {@link LibrarySearch}. */
export function validateLibrarySearch(raw: Record<string, unknown>): LibrarySearch {
  return {
    problemField: searchCode(raw.problemField),
    agencyKind: searchCode(raw.agencyKind),
    q: searchString(raw.q),
    state: searchEnum(raw.state, STORY_STATES),
  };
}
