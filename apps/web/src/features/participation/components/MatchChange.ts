import type { Match, Participant } from '@tsunagu/contracts/participation';
import type { FieldValues, UseFormSetError } from 'react-hook-form';
import { useFormRun } from '../../../components/FormFailure';
import { localizeBilingual, useI18n } from '../../../lib/i18n';
import { placeServerIssues } from '../../referrals/form-values';
import { focusById, useParticipantUpdate } from '../use-participant-update';

/** Props of the dialogs that move one match on. */
export interface MatchDialogProps {
  participant: Participant;
  match: Match;
  open: boolean;
  onClose: () => void;
}

export type Busy = { onBusy: (busy: boolean) => void };

/**
 * What every match form does with its call: busy while it runs, the refusal kept for FormFailure (a 409
 * loads the participant again) and the server's field issues placed; once answered, the dialog closes,
 * the user hears `message`, and focus moves to `focusId` when given. `msg` localizes a field error.
 */
export function useMatchChange<V extends FieldValues>(
  { participant, onClose, onBusy }: Pick<MatchDialogProps, 'participant' | 'onClose'> & Busy,
  setError: UseFormSetError<V>,
) {
  const { locale } = useI18n();
  const { apply, reload } = useParticipantUpdate();
  const { failure, box, run } = useFormRun(onBusy, () => reload(participant.id));
  const msg = (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);
  async function save(call: () => Promise<Participant>, message: string, focusId?: string) {
    const next = await run(call, (err) => placeServerIssues(err, setError, locale));
    if (!next) return;
    onClose();
    await apply(next, message);
    if (focusId) focusById(focusId);
  }
  return { failure, box, msg, save };
}
