import { type MatchTrial, matchTrialSchema } from '@tsunagu/contracts/participation';
import { useForm, useWatch } from 'react-hook-form';
import { FormFailure } from '../../../components/FormFailure';
import { TextArea } from '../../../components/TextField';
import { fieldId } from '../../../lib/form';
import { todayIso } from '../../../lib/format';
import { useI18n, useT } from '../../../lib/i18n';
import { FormDialog } from '../../households/components/FormDialog';
import { formatDay } from '../../households/people';
import { WarekiDateField } from '../../intakes/components/WarekiDateField';
import { sharedResolver } from '../../referrals/form-values';
import { recordTrial } from '../api';
import { matchMessages } from '../match-messages';
import { FormProblems } from './FormProblems';
import { type Busy, type MatchDialogProps, useMatchChange } from './MatchChange';

const TRIAL = 'match-trial';
const trialResolver = sharedResolver<MatchTrial, MatchTrial>(matchTrialSchema, () => {});

/** 体験を記録: the trial period (from–to, on or after the proposal) and how it went. */
export function TrialDialog(props: MatchDialogProps) {
  const t = useT(matchMessages);
  return (
    <FormDialog
      open={props.open}
      onClose={props.onClose}
      title={t('trialTitle', { name: props.match.target.name })}
      formId={TRIAL}
      submitLabel={t('trialSubmit')}
    >
      {(onBusy) => <TrialForm {...props} onBusy={onBusy} />}
    </FormDialog>
  );
}

function TrialForm({ participant, match, onClose, onBusy }: MatchDialogProps & Busy) {
  const t = useT(matchMessages);
  const { locale } = useI18n();
  const today = todayIso();
  const form = useForm<MatchTrial, unknown, MatchTrial>({
    resolver: trialResolver,
    shouldFocusError: false,
    defaultValues: {
      version: match.version,
      trialFrom: match.trialFrom ?? today,
      trialTo: match.trialTo ?? today,
      trialNote: match.trialNote,
    },
  });
  const { failure, box, msg, save } = useMatchChange({ participant, onClose, onBusy }, form.setError);
  const [from, to] = useWatch({ control: form.control, name: ['trialFrom', 'trialTo'] });
  const { errors, submitCount } = form.formState;
  async function submit(input: MatchTrial) {
    await save(() => recordTrial(match.id, input), t('trialRecorded'));
  }
  return (
    <form id={TRIAL} noValidate onSubmit={form.handleSubmit(submit)} className="flex min-w-0 flex-col gap-6">
      <p className="text-std-16N-170 text-solid-gray-800">
        {t('trialLead', { date: formatDay(match.proposedOn, locale) })}
      </p>
      <FormProblems
        formId={TRIAL}
        errors={errors}
        submitCount={submitCount}
        labels={{ trialFrom: t('trialFrom'), trialTo: t('trialTo'), trialNote: t('trialNote') }}
      />
      <FormFailure ref={box} failure={failure} hasFieldErrors={Object.keys(errors).length > 0} />
      <WarekiDateField
        id={fieldId(TRIAL, 'trialFrom')}
        label={t('trialFrom')}
        required
        min={match.proposedOn}
        registration={form.register('trialFrom')}
        value={from}
        error={msg(errors.trialFrom?.message)}
      />
      <WarekiDateField
        id={fieldId(TRIAL, 'trialTo')}
        label={t('trialTo')}
        required
        min={from}
        registration={form.register('trialTo')}
        value={to}
        error={msg(errors.trialTo?.message)}
      />
      <TextArea
        id={fieldId(TRIAL, 'trialNote')}
        label={t('trialNote')}
        hint={t('trialNoteHint')}
        rows={3}
        maxLength={1000}
        error={msg(errors.trialNote?.message)}
        {...form.register('trialNote')}
      />
    </form>
  );
}
