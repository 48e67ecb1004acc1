import { useQueryClient } from '@tanstack/react-query';
import type { Indicator, IndicatorList } from '@tsunagu/contracts/plan';
import { useToast } from '../../../components/Toast';
import { indicatorListQuery } from '../api';

/** Parses a figure typed by a person: blank is null, full-width digits and grouping commas are fine. */
export function parseFigure(text: string): number | null {
  const s = text.normalize('NFKC').replace(/[,，\s]/g, '');
  return s === '' ? null : Number(s);
}

/** Puts a saved indicator into the list and refreshes the other plan pages' data. */
export function useIndicatorSaved() {
  const queryClient = useQueryClient();
  const notify = useToast();
  return {
    async apply(updated: Indicator, message: string) {
      queryClient.setQueryData<IndicatorList>(indicatorListQuery.queryKey, (old) =>
        old ? { ...old, items: old.items.map((i) => (i.id === updated.id ? updated : i)) } : old,
      );
      notify(message);
      await queryClient.invalidateQueries({ queryKey: ['plan'] });
    },
    /** The latest version of the indicator, after a conflict. */
    async reload(id: string): Promise<Indicator | undefined> {
      const list = await queryClient.fetchQuery({ ...indicatorListQuery, staleTime: 0 });
      return list.items.find((i) => i.id === id);
    },
  };
}
