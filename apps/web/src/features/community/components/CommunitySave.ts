import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import type { FieldValues, UseFormSetError } from 'react-hook-form';
import { useFormRun } from '../../../components/FormFailure';
import { useToast } from '../../../components/Toast';
import { localizeBilingual, useI18n } from '../../../lib/i18n';
import { placeServerIssues } from '../../referrals/form-values';
import { refreshCommunity } from '../api';

/** Props of the dialogs of the feature's records. */
export interface RecordDialogProps {
  open: boolean;
  onClose: () => void;
}
export type Busy = { onBusy: (busy: boolean) => void };

/** An optional text box: '' (or nothing) → null. */
export const blank = (s: string | null | undefined) => (!s || s.trim() === '' ? null : s);
/** A count box: '' → null, otherwise the number (NaN for words, which the schema refuses). */
export const countOf = (s: string) => (s.trim() === '' ? null : Number(s));

/** Reads the feature's lists again after a save (given what was saved) or a refusal (nothing). */
export type Refresh = (queryClient: QueryClient, saved?: unknown) => Promise<void>;

/**
 * What every record form does with its call: busy while it runs, the refusal kept for FormFailure and
 * the server's field issues placed (a 409 reads the lists again, so the form can show the latest
 * version); once saved, the dialog closes, the user hears `message` and the lists are read again
 * (`refresh`, by default every community list).
 */
export function useCommunitySave<V extends FieldValues>(
  {
    onClose,
    onBusy,
    refresh = refreshCommunity,
  }: Pick<RecordDialogProps, 'onClose'> & Busy & { refresh?: Refresh },
  setError: UseFormSetError<V>,
) {
  const { locale } = useI18n();
  const queryClient = useQueryClient();
  const notify = useToast();
  const { failure, box, run } = useFormRun(onBusy, () => void refresh(queryClient));
  const msg = (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);
  async function save<T>(call: () => Promise<T>, message: (saved: T) => string) {
    const saved = await run(call, (err) => placeServerIssues(err, setError, locale));
    if (!saved) return undefined;
    onClose();
    notify(message(saved));
    await refresh(queryClient, saved);
    return saved;
  }
  return { failure, box, msg, save };
}
