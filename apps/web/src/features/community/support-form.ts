import { useQueryClient } from '@tanstack/react-query';
import type { DispatchRequest } from '@tsunagu/contracts/community';
import type { FieldValues, UseFormSetError } from 'react-hook-form';
import { useToast } from '../../components/Toast';
import { localizeBilingual, useI18n } from '../../lib/i18n';
import { useCaseRun } from '../cases/components/CaseFailure';
import { placeServerIssues } from '../referrals/form-values';
import { dispatchQuery, refreshSupport } from './support-api';

/** Props of the dialogs of the support pages. */
export interface SupportDialogProps {
  open: boolean;
  onClose: () => void;
}
export type Busy = { onBusy: (busy: boolean) => void };

/** A text box's value for a nullable field: '' → null. */
export const blank = (s: string | null | undefined) => (!s || s.trim() === '' ? null : s);
/** A number box: '' → NaN (which the schema refuses with its own words), otherwise the number. */
export const numberOf = (s: string) => (s.trim() === '' ? Number.NaN : Number(s));

/**
 * What every form of the support pages does with its call: busy while it runs, the refusal kept for
 * CaseFailure (a 409 reads `dispatchId` again, so the latest version shows) and the server's field
 * issues placed; once saved, the dialog closes, the user hears the message and the lists are read again.
 * `msg` localizes a field error.
 */
export function useSupportSave<V extends FieldValues>(
  { onClose, onBusy, dispatchId }: Pick<SupportDialogProps, 'onClose'> & Busy & { dispatchId?: string },
  setError: UseFormSetError<V>,
) {
  const { locale } = useI18n();
  const queryClient = useQueryClient();
  const notify = useToast();
  const reload = dispatchId
    ? () => void queryClient.invalidateQueries({ queryKey: dispatchQuery(dispatchId).queryKey })
    : undefined;
  const { failure, box, run } = useCaseRun(onBusy, reload);
  const msg = (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);
  async function save<T>(call: () => Promise<T>, message: (saved: T) => string) {
    const saved = await run(call, (err) => placeServerIssues(err, setError, locale));
    if (saved === undefined) return undefined;
    onClose();
    notify(message(saved));
    await refreshSupport(queryClient, isDispatch(saved) ? saved : undefined);
    return saved;
  }
  return { failure, box, msg, save };
}

function isDispatch(value: unknown): value is DispatchRequest {
  return typeof value === 'object' && value !== null && 'eligibility' in value && 'followUps' in value;
}
