import { keepPreviousData, type QueryClient, queryOptions } from '@tanstack/react-query';
import type {
  CommunityFigures,
  CommunityProgramme,
  Council,
  CouncilInput,
  CouncilList,
  EventInput,
  EventList,
  EventUpdate,
  OrganisationList,
  ProgrammeEvent,
  ProgrammeTotals,
} from '@tsunagu/contracts/community';
import { api, withQuery } from '../../lib/api';
import type { CouncilSearch, EventSearch, FiguresSearch } from './search';

/** Rows per page of a programme's events. */
export const EVENT_PAGE_SIZE = 50;

/** The programmes whose activities are recorded, each with its kinds and whether the user may record. */
export const communityProgrammesQuery = queryOptions({
  queryKey: ['community', 'programmes'],
  queryFn: ({ signal }) => api<{ items: CommunityProgramme[] }>('/api/community/programmes', { signal }),
  staleTime: 10 * 60_000,
});

/** The list filters as the API takes them (also the xlsx download's). */
function eventFilters(search: EventSearch) {
  return {
    fiscalYear: search.fiscalYear,
    kind: search.kind,
    theme: search.theme,
    district: search.district,
    q: search.q,
  };
}

/** A page of one programme's events, filtered as in the URL, with the totals of the whole filtered list. */
export function eventListQuery(code: string, search: EventSearch, pageSize = EVENT_PAGE_SIZE) {
  const page = search.page ?? 1;
  return queryOptions({
    queryKey: ['community', 'events', code, search, pageSize],
    queryFn: ({ signal }) =>
      api<EventList>(`/api/community/programmes/${code}/events`, {
        query: { ...eventFilters(search), limit: pageSize, offset: (page - 1) * pageSize },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** The workbook of the filtered events, for a download link. */
export function eventsXlsxUrl(code: string, search: EventSearch): string {
  return withQuery(`/api/community/programmes/${code}/events.xlsx`, eventFilters(search));
}

/** A programme's totals by 年度, per kind and (where it has themes) per theme. */
export function programmeTotalsQuery(code: string, range: { from?: number; to?: number } = {}) {
  return queryOptions({
    queryKey: ['community', 'totals', code, range],
    queryFn: ({ signal }) =>
      api<ProgrammeTotals>(`/api/community/programmes/${code}/totals`, { query: range, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The 96 districts' councils of a 年度, the overview by welfare district and the counts by 年度. */
export function councilListQuery(search: CouncilSearch) {
  return queryOptions({
    queryKey: ['community', 'councils', search],
    queryFn: ({ signal }) =>
      api<CouncilList>('/api/community/councils', {
        query: { fiscalYear: search.fiscalYear, welfareDistrict: search.welfareDistrict },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** FIGURES §6 地域づくり and §7 在宅医療 for a 年度 range. */
export function figuresQuery(search: FiguresSearch) {
  return queryOptions({
    queryKey: ['community', 'figures', search],
    queryFn: ({ signal }) =>
      api<CommunityFigures>('/api/community/figures', {
        query: { from: search.from, to: search.to },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** The organisations (法人・企業・団体) that may take part in events. */
export const organisationOptionsQuery = queryOptions({
  queryKey: ['community', 'organisations', {}],
  queryFn: ({ signal }) => api<OrganisationList>('/api/community/organisations', { signal }),
});

export const createEvent = (body: EventInput) => api<ProgrammeEvent>('/api/community/events', { json: body });
export const updateEvent = (id: string, body: EventUpdate) =>
  api<ProgrammeEvent>(`/api/community/events/${id}`, { method: 'PUT', json: body });
export const saveCouncil = (districtCode: string, fiscalYear: number, body: CouncilInput) =>
  api<Council>(`/api/community/councils/${districtCode}/${fiscalYear}`, { method: 'PUT', json: body });
export const carryCouncilsForward = (fiscalYear: number) =>
  api<{ copied: number }>('/api/community/councils/carry-forward', { json: { fiscalYear } });

/** After a change: every list, total and figure of the feature is read again (not the programmes). */
export async function refreshCommunity(queryClient: QueryClient) {
  await queryClient.invalidateQueries({
    queryKey: ['community'],
    predicate: (q) => q.queryKey[1] !== 'programmes',
  });
}
