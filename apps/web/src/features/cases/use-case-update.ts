import { useQueryClient } from '@tanstack/react-query';
import type { CaseDetail } from '@tsunagu/contracts/cases';
import { useCallback } from 'react';
import { useToast } from '../../components/Toast';
import { caseQuery, caseRecordsQuery, refreshCaseLists } from './api';

/** Props of the case page's dialogs. */
export interface CaseDialogProps {
  caseDetail: CaseDetail;
  open: boolean;
  onClose: () => void;
}

/**
 * Takes a change's answer (the case as it is now): it replaces the case in the cache, the user hears
 * `message`, and the older support-record pages and the lists that may show the case are read again.
 */
export function useCaseUpdate() {
  const queryClient = useQueryClient();
  const notify = useToast();
  const apply = useCallback(
    async (detail: CaseDetail, message: string) => {
      queryClient.setQueryData(caseQuery(detail.id).queryKey, detail);
      // Older pages of the support record loaded on the page: a correction may have marked one of them.
      void queryClient.invalidateQueries({ queryKey: caseRecordsQuery(detail.id).queryKey });
      notify(message);
      await refreshCaseLists(queryClient);
    },
    [queryClient, notify],
  );
  /** After a 409 the page loads the case again, so the user sees what changed. */
  const reload = useCallback(
    (id: string) => void queryClient.invalidateQueries({ queryKey: caseQuery(id).queryKey }),
    [queryClient],
  );
  return { apply, reload };
}
