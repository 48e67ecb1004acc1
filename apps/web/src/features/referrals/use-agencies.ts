import { useQuery } from '@tanstack/react-query';
import type { Agency } from '@tsunagu/contracts/agencies';
import { useMemo } from 'react';
import { agencyListQuery } from '../directory/api';
import { referralReceiversQuery } from './api';

/** Every agency of the tenant fits in one page of the directory API (the consent form asks the same). */
const ALL_AGENCIES = { limit: 500, offset: 0 } as const;

/**
 * The agencies a referral may go to, in ふりがな order, without `excluded` (the sender's own agency, and
 * on handing on every agency the household already passed through); `unstaffed`: those of them with no
 * account that can accept a referral, which the forms mark.
 */
export function useReferralAgencies(excluded: readonly (string | null | undefined)[]) {
  const result = useQuery(agencyListQuery(ALL_AGENCIES, true));
  const key = excluded.join(',');
  const agencies = useMemo(() => {
    const skip = new Set(key.split(','));
    return (result.data?.items ?? [])
      .filter((a) => !skip.has(a.id))
      .sort((a, b) => a.nameKana.localeCompare(b.nameKana, 'ja'));
  }, [result.data, key]);
  const receivers = useQuery(referralReceiversQuery);
  // Until the answer comes (or if it fails) no agency is marked: a wrong warning is worse than none.
  const unstaffed = useMemo(() => {
    const staffed = receivers.data ? new Set(receivers.data.agencyIds) : null;
    return new Set(staffed ? agencies.filter((a) => !staffed.has(a.id)).map((a) => a.id) : []);
  }, [agencies, receivers.data]);
  return { agencies, unstaffed, isPending: result.isPending, error: result.error };
}

/** Agencies grouped by category, in the order of the category code list (unknown codes last). */
export function byCategory(agencies: Agency[], order: readonly string[]): [string, Agency[]][] {
  const groups = new Map<string, Agency[]>();
  for (const a of agencies) groups.set(a.categoryCode, [...(groups.get(a.categoryCode) ?? []), a]);
  const rank = (code: string) => {
    const i = order.indexOf(code);
    return i < 0 ? order.length : i;
  };
  return [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b));
}
