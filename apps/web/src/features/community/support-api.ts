import { keepPreviousData, type QueryClient, queryOptions } from '@tanstack/react-query';
import {
  type Advisor,
  type AdvisorInput,
  type AdvisorList,
  BOARD_POST_STATUSES,
  type Board,
  type BoardMatch,
  type BoardMatchInput,
  type BoardPost,
  type BoardPostInput,
  type BoardPostStatus,
  DISPATCH_STATUSES,
  type DispatchDueList,
  type DispatchFollowUpInput,
  type DispatchList,
  type DispatchRequest,
  type DispatchRequestInput,
  type DispatchStatus,
  type Eligibility,
  ORGANISATION_KINDS,
  type Organisation,
  type OrganisationInput,
  type OrganisationKind,
  type OrganisationList,
  type Physician,
  type PhysicianInput,
  type PhysicianList,
  type SessionInput,
} from '@tsunagu/contracts/community';
import { api } from '../../lib/api';
import { searchCode, searchEnum, searchString } from '../../lib/search';
import { searchFiscalYear } from '../plan/search';

/** アドバイザー派遣: the 年度 and the status, kept in the URL. */
export interface DispatchSearch {
  fiscalYear?: number | undefined;
  status?: DispatchStatus | undefined;
}
export const validateDispatchSearch = (raw: Record<string, unknown>): DispatchSearch => ({
  fiscalYear: searchFiscalYear(raw.fiscalYear),
  status: searchEnum(raw.status, DISPATCH_STATUSES),
});

/** かかりつけ医: kind of care, district, home visits, and whether withdrawn ones are included. */
export interface PhysicianSearch {
  careType?: string | undefined;
  district?: string | undefined;
  homeVisits?: 'true' | 'false' | undefined;
  withdrawn?: boolean | undefined;
}
export const validatePhysicianSearch = (raw: Record<string, unknown>): PhysicianSearch => ({
  careType: searchCode(raw.careType),
  district: searchCode(raw.district),
  homeVisits: searchEnum(raw.homeVisits, ['true', 'false'] as const),
  withdrawn: raw.withdrawn === true || raw.withdrawn === '1' || raw.withdrawn === 1 ? true : undefined,
});

/** マッチング: the posts' status and field. */
export interface BoardSearch {
  status?: BoardPostStatus | undefined;
  field?: string | undefined;
}
export const validateBoardSearch = (raw: Record<string, unknown>): BoardSearch => ({
  status: searchEnum(raw.status, BOARD_POST_STATUSES),
  field: searchCode(raw.field),
});

/** 法人・企業: the kind and words of the name. */
export interface OrganisationSearch {
  kind?: OrganisationKind | undefined;
  q?: string | undefined;
}
export const validateOrganisationSearch = (raw: Record<string, unknown>): OrganisationSearch => ({
  kind: searchEnum(raw.kind, ORGANISATION_KINDS),
  q: searchString(raw.q),
});

/** The dispatch requests of a 年度 (the current one unless chosen), with the rules and abilities. */
export function dispatchListQuery(search: DispatchSearch) {
  return queryOptions({
    queryKey: ['community', 'dispatches', search],
    queryFn: ({ signal }) =>
      api<DispatchList>('/api/community/dispatches', {
        query: { fiscalYear: search.fiscalYear, status: search.status },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** Held dispatches still owed follow-ups, and those whose window has passed without being closed. */
export const dispatchDueQuery = queryOptions({
  queryKey: ['community', 'dispatch-due'],
  queryFn: ({ signal }) => api<DispatchDueList>('/api/community/dispatches/due', { signal }),
});

/** One dispatch request with its eligibility, session and follow-ups. */
export function dispatchQuery(id: string) {
  return queryOptions({
    queryKey: ['community', 'dispatch', id],
    queryFn: ({ signal }) => api<DispatchRequest>(`/api/community/dispatches/${id}`, { signal }),
  });
}

/** The eligibility of a request as entered so far (outside the feature's key, so saving never re-asks). */
export function eligibilityQuery(
  body: Pick<DispatchRequestInput, 'groupRegistration' | 'groupActiveSince' | 'receivedOn'>,
) {
  return queryOptions({
    queryKey: ['community-eligibility', body],
    queryFn: ({ signal }) =>
      api<Eligibility>('/api/community/dispatches/eligibility', { json: body, signal }),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** The advisor organisations with their dispatch counts. */
export const advisorListQuery = queryOptions({
  queryKey: ['community', 'advisors'],
  queryFn: ({ signal }) => api<AdvisorList>('/api/community/advisors', { signal }),
});

/** The physicians registry, filtered as in the URL. */
export function physicianListQuery(search: PhysicianSearch) {
  return queryOptions({
    queryKey: ['community', 'physicians', search],
    queryFn: ({ signal }) =>
      api<PhysicianList>('/api/community/physicians', {
        query: {
          careType: search.careType,
          district: search.district,
          homeVisits: search.homeVisits,
          current: search.withdrawn ? 'false' : undefined,
        },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** The matching board: needs, offers and matches. */
export function boardQuery(search: BoardSearch) {
  return queryOptions({
    queryKey: ['community', 'board', search],
    queryFn: ({ signal }) =>
      api<Board>('/api/community/board', { query: { status: search.status, field: search.field }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The organisations registry, filtered as in the URL (the unfiltered list also feeds the selects). */
export function organisationListQuery(search: OrganisationSearch) {
  return queryOptions({
    queryKey: ['community', 'organisations', search],
    queryFn: ({ signal }) =>
      api<OrganisationList>('/api/community/organisations', {
        query: { kind: search.kind, q: search.q },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

const withVersion = <T>(body: T, version: number) => ({ ...body, version });

export const receiveDispatch = (body: DispatchRequestInput) =>
  api<DispatchRequest>('/api/community/dispatches', { json: body });
export const scheduleDispatch = (
  id: string,
  body: { advisorId: string; sessionOn: string; version: number },
) => api<DispatchRequest>(`/api/community/dispatches/${id}/schedule`, { json: body });
export const recordSession = (id: string, body: SessionInput) =>
  api<DispatchRequest>(`/api/community/dispatches/${id}/session`, { json: body });
export const recordDispatchFollowUp = (id: string, body: DispatchFollowUpInput) =>
  api<DispatchRequest>(`/api/community/dispatches/${id}/follow-ups`, { json: body });
/** 完了 or 取下げ of a request. */
export const endDispatch = (id: string, kind: 'close' | 'withdraw', version: number) =>
  api<DispatchRequest>(`/api/community/dispatches/${id}/${kind}`, { json: { version } });

export const createAdvisor = (body: AdvisorInput) => api<Advisor>('/api/community/advisors', { json: body });
export const updateAdvisor = (id: string, body: AdvisorInput, version: number) =>
  api<Advisor>(`/api/community/advisors/${id}`, { method: 'PUT', json: withVersion(body, version) });

export const createPhysician = (body: PhysicianInput) =>
  api<Physician>('/api/community/physicians', { json: body });
export const updatePhysician = (id: string, body: PhysicianInput, version: number) =>
  api<Physician>(`/api/community/physicians/${id}`, { method: 'PUT', json: withVersion(body, version) });

export const createOrganisation = (body: OrganisationInput) =>
  api<Organisation>('/api/community/organisations', { json: body });
export const updateOrganisation = (id: string, body: OrganisationInput, version: number) =>
  api<Organisation>(`/api/community/organisations/${id}`, {
    method: 'PUT',
    json: withVersion(body, version),
  });

export const createBoardPost = (body: BoardPostInput) =>
  api<BoardPost>('/api/community/board/posts', { json: body });
export const closeBoardPost = (id: string, version: number) =>
  api<BoardPost>(`/api/community/board/posts/${id}/close`, { json: { version } });
export const createBoardMatch = (body: BoardMatchInput) =>
  api<BoardMatch>('/api/community/board/matches', { json: body });

/**
 * After a change: a dispatch's new state replaces the cached one, and every list, count and figure of
 * the feature is read again (the programmes do not change here).
 */
export async function refreshSupport(queryClient: QueryClient, dispatch?: DispatchRequest) {
  if (dispatch) queryClient.setQueryData(dispatchQuery(dispatch.id).queryKey, dispatch);
  await queryClient.invalidateQueries({
    queryKey: ['community'],
    predicate: (q) =>
      q.queryKey[1] !== 'programmes' &&
      !(dispatch && q.queryKey[1] === 'dispatch' && q.queryKey[2] === dispatch.id),
  });
}
