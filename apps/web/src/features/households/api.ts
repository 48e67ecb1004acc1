import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type {
  Household,
  IntakeCreate,
  intakeCreatedSchema,
  personSearchResultSchema,
} from '@tsunagu/contracts/households';
import type { z } from 'zod';
import { api } from '../../lib/api';

/** What POST /api/intakes answers: the new intake and its household. */
export type IntakeCreated = z.infer<typeof intakeCreatedSchema>;
/** One person found by the kana search, with the households the agency may open. */
export type PersonHit = z.infer<typeof personSearchResultSchema>['items'][number];

/** Records an intake (相談受付); 403 unless the user is front-line staff of an agency. */
export function createIntake(body: IntakeCreate) {
  return api<IntakeCreated>('/api/intakes', { json: body });
}

/** A household as the user's agency sees it; 404 when the agency has no live link to it. */
export function householdQuery(id: string) {
  return queryOptions({
    queryKey: ['household', id],
    queryFn: ({ signal }) => api<Household>(`/api/households/${id}`, { signal }),
  });
}

/** How many people the person search lists at most. */
export const PERSON_SEARCH_LIMIT = 50;

/** Persons the agency may see whose ふりがな contains `q` (kana- and width-insensitive). */
export function personSearchQuery(q: string) {
  return queryOptions({
    queryKey: ['persons', q],
    queryFn: ({ signal }) =>
      api<{ items: PersonHit[] }>('/api/persons', { query: { q, limit: PERSON_SEARCH_LIMIT }, signal }),
    placeholderData: keepPreviousData,
  });
}
