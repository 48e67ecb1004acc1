import { searchCode, searchPage, searchString } from '../../lib/search';
import { searchFiscalYear } from '../plan/search';

/** 支え合い推進会議: the 年度 (the current one by default) and a welfare district, kept in the URL. */
export interface CouncilSearch {
  fiscalYear?: number | undefined;
  welfareDistrict?: string | undefined;
}
export const validateCouncilSearch = (raw: Record<string, unknown>): CouncilSearch => ({
  fiscalYear: searchFiscalYear(raw.fiscalYear),
  welfareDistrict: searchCode(raw.welfareDistrict),
});

/** One programme's events: 年度, kind, theme, district (school or welfare), words and page. */
export interface EventSearch {
  fiscalYear?: number | undefined;
  kind?: string | undefined;
  theme?: string | undefined;
  district?: string | undefined;
  q?: string | undefined;
  page?: number | undefined;
}
export const validateEventSearch = (raw: Record<string, unknown>): EventSearch => ({
  fiscalYear: searchFiscalYear(raw.fiscalYear),
  kind: searchCode(raw.kind),
  theme: searchCode(raw.theme),
  district: searchCode(raw.district),
  q: searchString(raw.q),
  page: searchPage(raw.page),
});

/** 地域づくりの実績: the 年度 range (the server's default when left out). */
export interface FiguresSearch {
  from?: number | undefined;
  to?: number | undefined;
}
export const validateFiguresSearch = (raw: Record<string, unknown>): FiguresSearch => ({
  from: searchFiscalYear(raw.from),
  to: searchFiscalYear(raw.to),
});
