import { REFERRAL_BOXES, REFERRAL_FILTERS } from '@tsunagu/contracts/referrals';
import { searchEnum, searchPage } from '../../lib/search';

/** A list of the inbox: 受信, 送信, and the coordinator's エスカレーション and 期限超過. */
export type ReferralBox = (typeof REFERRAL_BOXES)[number];
/** The state filter of 受信 and 送信. */
export type ReferralFilter = (typeof REFERRAL_FILTERS)[number];

/** The inbox's list, filter and page, kept in the URL so a reload or a shared link keeps them. */
export interface ReferralInboxSearch {
  box?: ReferralBox | undefined;
  filter?: ReferralFilter | undefined;
  page?: number | undefined;
}

/** Narrows the URL query to {@link ReferralInboxSearch}. */
export function validateReferralInboxSearch(raw: Record<string, unknown>): ReferralInboxSearch {
  return {
    box: searchEnum(raw.box, REFERRAL_BOXES),
    filter: searchEnum(raw.filter, REFERRAL_FILTERS),
    page: searchPage(raw.page),
  };
}

/** Referrals per page of the inbox. */
export const REFERRAL_PAGE_SIZE = 50;

/** The 年度 of the metrics page. */
export interface ReferralMetricsSearch {
  fiscalYear?: number | undefined;
}

/** Narrows the URL query to {@link ReferralMetricsSearch}: a plausible 年度 or nothing. */
export function validateReferralMetricsSearch(raw: Record<string, unknown>): ReferralMetricsSearch {
  const n = typeof raw.fiscalYear === 'number' ? raw.fiscalYear : Number(raw.fiscalYear);
  return { fiscalYear: Number.isInteger(n) && n >= 2000 && n <= 2100 ? n : undefined };
}
