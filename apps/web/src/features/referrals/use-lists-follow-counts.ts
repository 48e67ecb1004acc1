import type { QueryClient } from '@tanstack/react-query';
import type { ReferralCounts } from '@tsunagu/contracts/referrals';
import { useEffect, useRef } from 'react';

/**
 * Keeps open lists live: every change to a referral notifies the chain's other agencies, so when the
 * counts (refreshed every minute) change, the lists are read again. The lists are not polled
 * themselves: each read of them is audited.
 */
export function useListsFollowCounts(queryClient: QueryClient, counts: ReferralCounts | undefined) {
  const seen = useRef<string | null>(null);
  const key = counts ? JSON.stringify(counts) : null;
  useEffect(() => {
    if (key === null) return;
    if (seen.current !== null && seen.current !== key) {
      void queryClient.invalidateQueries({ queryKey: ['referrals', 'list'] });
    }
    seen.current = key;
  }, [key, queryClient]);
}
