import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type {
  HistoryEntry,
  Household,
  householdUpdateSchema,
  IntakeCreate,
  intakeCreatedSchema,
  MemberAdd,
  MemberUpdate,
  Person,
  PersonUpdate,
  personSearchResultSchema,
  SensitiveNote,
  SensitiveNoteCreate,
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

/** What the edit endpoints answer or take; the shapes are the shared contracts'. */
export type HouseholdAddress = z.infer<typeof householdUpdateSchema>;

/** Corrects a person; 409 version_conflict when someone else saved first. */
export function updatePerson(id: string, body: PersonUpdate) {
  return api<Person>(`/api/persons/${id}`, { method: 'PUT', json: body });
}

/** Changes the household's address and school district, with the same version check. */
export function updateHouseholdAddress(id: string, body: HouseholdAddress) {
  return api<HouseholdAddress & { id: string }>(`/api/households/${id}`, { method: 'PUT', json: body });
}

/** Adds a new person to the household (a birth, someone moving in). */
export function addMember(householdId: string, body: MemberAdd) {
  return api<{ personId: string }>(`/api/households/${householdId}/members`, { json: body });
}

/** Changes a member's 続柄 or 同居; 409 when it would make or unmake the 本人. */
export function updateMember(householdId: string, personId: string, body: MemberUpdate) {
  return api<MemberUpdate>(`/api/households/${householdId}/members/${personId}`, {
    method: 'PUT',
    json: body,
  });
}

/** Ends a membership (moved out, died); the person and their records remain. 409 for the 本人. */
export function removeMember(householdId: string, personId: string) {
  return api<void>(`/api/households/${householdId}/members/${personId}`, { method: 'DELETE' });
}

/**
 * 変更履歴, newest first. Each read is audited, so it is fetched only while shown and not kept in
 * the cache afterwards. Its key sits under the household's, so saving a change refreshes it.
 */
export function historyQuery(householdId: string) {
  return queryOptions({
    queryKey: ['household', householdId, 'history'],
    queryFn: ({ signal }) =>
      api<{ items: HistoryEntry[] }>(`/api/households/${householdId}/history`, { signal }),
    gcTime: 0,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/**
 * A person's 要配慮個人情報: a logged read (`sensitive.viewed`), made only when the user opens it and
 * dropped from the cache when it is closed.
 */
export function sensitiveQuery(personId: string) {
  return queryOptions({
    queryKey: ['sensitive', personId],
    queryFn: ({ signal }) =>
      api<{ items: SensitiveNote[] }>(`/api/persons/${personId}/sensitive`, { signal }),
    gcTime: 0,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

/** Records an entry of 要配慮個人情報, or a correction of one (`supersedes`). */
export function recordSensitive(personId: string, body: SensitiveNoteCreate) {
  return api<{ id: string }>(`/api/persons/${personId}/sensitive`, { json: body });
}

/**
 * Tells the server the sheet is being printed (an audited export). The answer carries the current
 * 要配慮個人情報 for users who may take it out on paper, and null for everyone else.
 */
export function printSheet(householdId: string, withSensitive = true) {
  return api<{ sensitive: SensitiveNote[] | null }>(`/api/households/${householdId}/print`, {
    json: { withSensitive },
  });
}

/** 住所 → 学区 proposal from the tenant's town table; nulls when no town matches. */
export function lookupDistrict(address: string, signal?: AbortSignal) {
  return api<{ schoolDistrictCode: string | null; town: string | null }>('/api/address-districts/lookup', {
    json: { address },
    ...(signal ? { signal } : {}),
  });
}
