import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Programme } from '@tsunagu/contracts/participation';
import type { FieldValues, UseFormSetError } from 'react-hook-form';
import { useFormRun } from '../../../components/FormFailure';
import { useToast } from '../../../components/Toast';
import { localizeBilingual, useI18n } from '../../../lib/i18n';
import { placeServerIssues } from '../../referrals/form-values';
import { programmesQuery, refreshParticipation } from '../api';

/** Props of the dialogs that add a resource. */
export interface AddDialogProps {
  open: boolean;
  onClose: () => void;
}
export type Busy = { onBusy: (busy: boolean) => void };

export const blank = (s: string) => (s.trim() === '' ? null : s);
/** A count box: '' → null, otherwise the number (NaN for words, which the schema refuses). */
export const count = (s: string) => (s.trim() === '' ? null : Number(s));

/** The programmes as options (all of them unless `programmes` is given), after an `empty` choice if any. */
export function ProgrammeOptions({
  empty,
  programmes,
}: {
  empty?: string;
  programmes?: readonly Programme[];
}) {
  const { locale } = useI18n();
  const all = useQuery(programmesQuery).data?.items ?? [];
  return (
    <>
      {empty !== undefined ? <option value="">{empty}</option> : null}
      {(programmes ?? all).map((p) => (
        <option key={p.code} value={p.code}>
          {locale === 'ja' ? p.nameJa : p.nameEn}
        </option>
      ))}
    </>
  );
}

/**
 * What every add form does with its call: busy while it runs, the refusal kept for FormFailure and the
 * server's field issues placed; once created, the dialog closes, the user hears `message` and the
 * participation lists are read again. `msg` localizes a field error.
 */
export function useAddResource<V extends FieldValues>(
  { onClose, onBusy }: Pick<AddDialogProps, 'onClose'> & Busy,
  setError: UseFormSetError<V>,
) {
  const { locale } = useI18n();
  const queryClient = useQueryClient();
  const notify = useToast();
  const { failure, box, run } = useFormRun(onBusy);
  const msg = (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);
  async function save<T>(call: () => Promise<T>, message: (created: T) => string) {
    const created = await run(call, (err) => placeServerIssues(err, setError, locale));
    if (!created) return undefined;
    onClose();
    notify(message(created));
    await refreshParticipation(queryClient);
    return created;
  }
  return { failure, box, msg, save };
}
