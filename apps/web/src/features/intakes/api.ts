import { queryOptions } from '@tanstack/react-query';
import type { intakeDraftSchema } from '@tsunagu/contracts/households';
import type { z } from 'zod';
import { api, isApiError } from '../../lib/api';

/** The user's intake draft as the server keeps it. */
export type IntakeDraft = z.infer<typeof intakeDraftSchema>;

const URL = '/api/intake-draft';

/**
 * The user's saved draft, or null when there is none (404). Read afresh each time the form opens, so a
 * draft saved in another tab is offered too.
 */
export const intakeDraftQuery = queryOptions({
  queryKey: ['intake-draft'],
  queryFn: async ({ signal }): Promise<IntakeDraft | null> => {
    try {
      return await api<IntakeDraft>(URL, { signal });
    } catch (err) {
      if (isApiError(err, 'not_found')) return null;
      throw err;
    }
  },
  staleTime: 0,
  gcTime: 0,
});

/** Saves the form as typed so far; it replaces the user's previous draft. */
export function saveIntakeDraft(payload: object) {
  return api<IntakeDraft>(URL, { method: 'PUT', json: { payload } });
}

/** Throws the user's draft away. */
export function discardIntakeDraft() {
  return api<void>(URL, { method: 'DELETE' });
}
