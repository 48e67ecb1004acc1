import {
  PARTICIPANT_AIMS,
  PARTICIPANT_STAGES,
  type ParticipantAim,
  type ParticipantStage,
  PLACE_KINDS,
  type PlaceKind,
} from '@tsunagu/contracts/participation';
import { searchCode, searchEnum, searchPage, searchString } from '../../lib/search';
import { searchFiscalYear } from '../plan/search';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const searchUuid = (value: unknown) => (typeof value === 'string' && UUID.test(value) ? value : undefined);

/** 利用者一覧: filters and page, kept in the URL. */
export interface ParticipantListSearch {
  aim?: ParticipantAim | undefined;
  stage?: ParticipantStage | undefined;
  programme?: string | undefined;
  mine?: boolean | undefined;
  page?: number | undefined;
}
export const validateParticipantListSearch = (raw: Record<string, unknown>): ParticipantListSearch => ({
  aim: searchEnum(raw.aim, PARTICIPANT_AIMS),
  stage: searchEnum(raw.stage, PARTICIPANT_STAGES),
  programme: searchCode(raw.programme),
  mine: raw.mine === true || raw.mine === '1' || raw.mine === 1 ? true : undefined,
  page: searchPage(raw.page),
});

/**
 * 利用登録: a person already on record (`personId`, with the household or case that names them) instead
 * of a new one, and the case the registration comes from.
 */
export interface ParticipantNewSearch {
  personId?: string | undefined;
  householdId?: string | undefined;
  caseId?: string | undefined;
}
export const validateParticipantNewSearch = (raw: Record<string, unknown>): ParticipantNewSearch => ({
  personId: searchUuid(raw.personId),
  householdId: searchUuid(raw.householdId),
  caseId: searchUuid(raw.caseId),
});

/** 協力企業: search words, programme, industry and page. */
export interface EmployerListSearch {
  q?: string | undefined;
  programme?: string | undefined;
  industry?: string | undefined;
  page?: number | undefined;
}
export const validateEmployerListSearch = (raw: Record<string, unknown>): EmployerListSearch => ({
  q: searchString(raw.q),
  programme: searchCode(raw.programme),
  industry: searchCode(raw.industry),
  page: searchPage(raw.page),
});

/** 通いの場: kind, school district and interest. */
export interface PlaceListSearch {
  kind?: PlaceKind | undefined;
  district?: string | undefined;
  interest?: string | undefined;
}
export const validatePlaceListSearch = (raw: Record<string, unknown>): PlaceListSearch => ({
  kind: searchEnum(raw.kind, PLACE_KINDS),
  district: searchCode(raw.district),
  interest: searchCode(raw.interest),
});

/** 事業実績: the programme and the 年度 range (the server defaults to the last three 年度). */
export interface StatisticsSearch {
  programme?: string | undefined;
  from?: number | undefined;
  to?: number | undefined;
}
export const validateStatisticsSearch = (raw: Record<string, unknown>): StatisticsSearch => ({
  programme: searchCode(raw.programme),
  from: searchFiscalYear(raw.from),
  to: searchFiscalYear(raw.to),
});
