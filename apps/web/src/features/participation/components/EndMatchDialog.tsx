import { type MatchEnd, matchEndSchema } from '@tsunagu/contracts/participation';
import { useForm, useWatch } from 'react-hook-form';
import { FormFailure } from '../../../components/FormFailure';
import { TextArea } from '../../../components/TextField';
import { fieldId } from '../../../lib/form';
import { todayIso } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { FormDialog } from '../../households/components/FormDialog';
import { WarekiDateField } from '../../intakes/components/WarekiDateField';
import { sharedResolver } from '../../referrals/form-values';
import { endMatch } from '../api';
import { matchMessages } from '../match-messages';
import { FormProblems } from './FormProblems';
import { type Busy, type MatchDialogProps, useMatchChange } from './MatchChange';

const END = 'match-end';
const endResolver = sharedResolver<MatchEnd, MatchEnd>(matchEndSchema, () => {});

/** 見送り (before a placement) or 終了 (after it): the date and the reason. */
export function EndMatchDialog(props: MatchDialogProps & { kind: 'decline' | 'end' }) {
  const t = useT(matchMessages);
  return (
    <FormDialog
      open={props.open}
      onClose={props.onClose}
      title={t(props.kind === 'decline' ? 'declineTitle' : 'endTitle', { name: props.match.target.name })}
      formId={END}
      submitLabel={t(props.kind === 'decline' ? 'declineSubmit' : 'endSubmit')}
    >
      {(onBusy) => <EndForm {...props} onBusy={onBusy} />}
    </FormDialog>
  );
}

function EndForm({
  participant,
  match,
  kind,
  onClose,
  onBusy,
}: MatchDialogProps & Busy & { kind: 'decline' | 'end' }) {
  const t = useT(matchMessages);
  const form = useForm<MatchEnd, unknown, MatchEnd>({
    resolver: endResolver,
    shouldFocusError: false,
    defaultValues: { version: match.version, endedOn: todayIso(), reason: '' },
  });
  const { failure, box, msg, save } = useMatchChange({ participant, onClose, onBusy }, form.setError);
  const endedOn = useWatch({ control: form.control, name: 'endedOn' });
  const { errors, submitCount } = form.formState;
  async function submit(input: MatchEnd) {
    await save(
      () => endMatch(match.id, kind, input),
      t(kind === 'decline' ? 'declined' : 'ended'),
      `match-${match.id}`,
    );
  }
  return (
    <form id={END} noValidate onSubmit={form.handleSubmit(submit)} className="flex min-w-0 flex-col gap-6">
      <p className="text-std-16N-170 text-solid-gray-800">
        {t(kind === 'decline' ? 'declineLead' : 'endLead')}
      </p>
      <FormProblems
        formId={END}
        errors={errors}
        submitCount={submitCount}
        labels={{ endedOn: t('endedOn'), reason: t('reason') }}
      />
      <FormFailure ref={box} failure={failure} hasFieldErrors={Object.keys(errors).length > 0} />
      <WarekiDateField
        id={fieldId(END, 'endedOn')}
        label={t('endedOn')}
        required
        min={kind === 'end' ? (match.placedOn ?? match.proposedOn) : match.proposedOn}
        registration={form.register('endedOn')}
        value={endedOn}
        error={msg(errors.endedOn?.message)}
      />
      <TextArea
        id={fieldId(END, 'reason')}
        label={t('reason')}
        required
        rows={3}
        maxLength={500}
        error={msg(errors.reason?.message)}
        {...form.register('reason')}
      />
    </form>
  );
}
