import { queryOptions } from '@tanstack/react-query';
import type { DuplicateCandidate, DuplicateCheck, duplicatePairSchema } from '@tsunagu/contracts/households';
import type { z } from 'zod';
import { api } from '../../lib/api';

export type DuplicatePair = z.infer<typeof duplicatePairSchema>;

/** Likely duplicate pairs across the tenant (coordinators and admins). */
export const duplicatePairsQuery = queryOptions({
  queryKey: ['admin', 'duplicate-pairs'],
  queryFn: ({ signal }) =>
    api<{ items: DuplicatePair[] }>('/api/admin/duplicate-pairs?limit=100', { signal }),
});

/** Merges `personId` into `intoPersonId`; both records and their histories stay. */
export function mergePerson(personId: string, intoPersonId: string, reason: string) {
  return api<{ personId: string; mergedPersonId: string }>(`/api/persons/${personId}/merge`, {
    method: 'POST',
    json: { intoPersonId, reason },
  });
}

/** 別人として除外: the two records are different people; the pair leaves the review list. */
export function dismissPair(personIds: [string, string], note: string | null) {
  return api<{ ok: true }>('/api/admin/duplicate-pairs/dismiss', {
    method: 'POST',
    json: { personIds, note },
  });
}

/** Candidates for the person being entered (the intake form asks while the clerk types). */
export function checkDuplicates(person: DuplicateCheck, signal?: AbortSignal) {
  return api<{ items: DuplicateCandidate[] }>('/api/persons/duplicates', {
    method: 'POST',
    json: person,
    ...(signal ? { signal } : {}),
  });
}
