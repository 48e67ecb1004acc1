import { keepPreviousData, type QueryClient, queryOptions } from '@tanstack/react-query';
import type {
  DueFollowUpList,
  Employer,
  EmployerInput,
  EmployerList,
  Fair,
  FairInput,
  FairList,
  FollowUpRecord,
  MatchCreate,
  MatchEnd,
  MatchPlace,
  MatchTrial,
  Opening,
  OpeningInput,
  Participant,
  ParticipantAssign,
  ParticipantClose,
  ParticipantCreate,
  ParticipantList,
  ParticipationStatistics,
  Place,
  PlaceInput,
  PlaceList,
  Programme,
  SuggestionList,
} from '@tsunagu/contracts/participation';
import { api } from '../../lib/api';
import type { EmployerListSearch, ParticipantListSearch, PlaceListSearch, StatisticsSearch } from './search';

/** Rows per page of the participant and employer lists. */
export const PARTICIPATION_PAGE_SIZE = 50;

/** The city's employment programmes with their 担当課 and agencies (which barrier level goes where). */
export const programmesQuery = queryOptions({
  queryKey: ['participation', 'programmes'],
  queryFn: ({ signal }) => api<{ items: Programme[] }>('/api/participation/programmes', { signal }),
  staleTime: 10 * 60_000,
});

/** A page of the participants the user's agency sees, filtered as in the URL. */
export function participantListQuery(search: ParticipantListSearch) {
  const page = search.page ?? 1;
  return queryOptions({
    queryKey: ['participation', 'participants', search],
    queryFn: ({ signal }) =>
      api<ParticipantList>('/api/participation/participants', {
        query: {
          aim: search.aim,
          stage: search.stage,
          programme: search.programme,
          mine: search.mine ? '1' : undefined,
          limit: PARTICIPATION_PAGE_SIZE,
          offset: (page - 1) * PARTICIPATION_PAGE_SIZE,
        },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** One participant with the matches, follow-ups and what the user may do. */
export function participantQuery(id: string) {
  return queryOptions({
    queryKey: ['participation', 'participant', id],
    queryFn: ({ signal }) => api<Participant>(`/api/participation/participants/${id}`, { signal }),
  });
}

/** Openings (work) or places (通いの場) ranked for a participant, each score explained. */
export function participantSuggestionsQuery(id: string) {
  return queryOptions({
    queryKey: ['participation', 'suggestions', 'participant', id],
    queryFn: ({ signal }) =>
      api<SuggestionList>(`/api/participation/participants/${id}/suggestions`, { signal }),
  });
}

/** Participants ranked for an opening or a place to go. */
export function targetSuggestionsQuery(kind: 'openings' | 'places', id: string) {
  return queryOptions({
    queryKey: ['participation', 'suggestions', kind, id],
    queryFn: ({ signal }) => api<SuggestionList>(`/api/participation/${kind}/${id}/suggestions`, { signal }),
  });
}

/** Follow-ups not yet recorded that fall due within `days` days, and every overdue one. */
export function dueFollowUpsQuery(days = 30) {
  return queryOptions({
    queryKey: ['participation', 'follow-ups', days],
    queryFn: ({ signal }) =>
      api<DueFollowUpList>('/api/participation/follow-ups', { query: { days }, signal }),
  });
}

export function employerListQuery(search: EmployerListSearch) {
  const page = search.page ?? 1;
  return queryOptions({
    queryKey: ['participation', 'employers', search],
    queryFn: ({ signal }) =>
      api<EmployerList>('/api/participation/employers', {
        query: {
          q: search.q,
          programme: search.programme,
          industry: search.industry,
          limit: PARTICIPATION_PAGE_SIZE,
          offset: (page - 1) * PARTICIPATION_PAGE_SIZE,
        },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function employerQuery(id: string) {
  return queryOptions({
    queryKey: ['participation', 'employer', id],
    queryFn: ({ signal }) => api<Employer>(`/api/participation/employers/${id}`, { signal }),
  });
}

export function placeListQuery(search: PlaceListSearch) {
  return queryOptions({
    queryKey: ['participation', 'places', search],
    queryFn: ({ signal }) =>
      api<PlaceList>('/api/participation/places', {
        query: { kind: search.kind, district: search.district, interest: search.interest },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export const fairListQuery = queryOptions({
  queryKey: ['participation', 'fairs'],
  queryFn: ({ signal }) => api<FairList>('/api/participation/fairs', { signal }),
});

/** The programme figures per 年度 (FIGURES.md §3–§5). */
export function statisticsQuery(search: StatisticsSearch) {
  return queryOptions({
    queryKey: ['participation', 'statistics', search],
    queryFn: ({ signal }) =>
      api<ParticipationStatistics>('/api/participation/statistics', {
        query: { programme: search.programme, from: search.from, to: search.to },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export const registerParticipant = (body: ParticipantCreate) =>
  api<Participant>('/api/participation/participants', { json: body });
/**
 * What an allocation or a close answers: the participant, or 'gone' when the change ended the user's
 * own access (their agency handed the person on, or closed the support it was allocated) — 204.
 */
export type ChangeAnswer = Participant | 'gone';
export const assignParticipant = async (id: string, body: ParticipantAssign): Promise<ChangeAnswer> =>
  (await api<Participant | undefined>(`/api/participation/participants/${id}/assign`, { json: body })) ??
  'gone';
export const closeParticipant = async (id: string, body: ParticipantClose): Promise<ChangeAnswer> =>
  (await api<Participant | undefined>(`/api/participation/participants/${id}/close`, { json: body })) ??
  'gone';
export const proposeMatch = (body: MatchCreate) =>
  api<Participant>('/api/participation/matches', { json: body });
export const recordTrial = (id: string, body: MatchTrial) =>
  api<Participant>(`/api/participation/matches/${id}/trial`, { json: body });
export const recordPlacement = (id: string, body: MatchPlace) =>
  api<Participant>(`/api/participation/matches/${id}/place`, { json: body });
/** 見送り (before a placement) or 終了 (after it). */
export const endMatch = (id: string, kind: 'decline' | 'end', body: MatchEnd) =>
  api<Participant>(`/api/participation/matches/${id}/${kind}`, { json: body });
export const recordFollowUp = (id: string, body: FollowUpRecord) =>
  api<Participant>(`/api/participation/follow-ups/${id}`, { json: body });

export const createEmployer = (body: EmployerInput) =>
  api<Employer>('/api/participation/employers', { json: body });
export const createOpening = (employerId: string, body: OpeningInput) =>
  api<Opening>(`/api/participation/employers/${employerId}/openings`, { json: body });
export const createPlace = (body: PlaceInput) => api<Place>('/api/participation/places', { json: body });
export const createFair = (body: FairInput) => api<Fair>('/api/participation/fairs', { json: body });

/**
 * After a change: the participant's new state replaces the cached one, and every list, suggestion and
 * figure of the feature is read again (they all may show it); the programmes do not change here.
 */
export async function refreshParticipation(queryClient: QueryClient, participant?: Participant) {
  if (participant) queryClient.setQueryData(participantQuery(participant.id).queryKey, participant);
  await queryClient.invalidateQueries({
    queryKey: ['participation'],
    predicate: (q) =>
      q.queryKey[1] !== 'programmes' &&
      !(participant && q.queryKey[1] === 'participant' && q.queryKey[2] === participant.id),
  });
}
