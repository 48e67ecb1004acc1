import { type FollowUp, type FollowUpRecord, followUpRecordSchema } from '@tsunagu/contracts/participation';
import { useForm, useWatch } from 'react-hook-form';
import { Checkbox, Fieldset } from '../../../components/Checkbox';
import { FormFailure } from '../../../components/FormFailure';
import { TextArea } from '../../../components/TextField';
import { fieldId } from '../../../lib/form';
import { todayIso } from '../../../lib/format';
import { useI18n, useT } from '../../../lib/i18n';
import { FormDialog } from '../../households/components/FormDialog';
import { formatDay } from '../../households/people';
import { WarekiDateField } from '../../intakes/components/WarekiDateField';
import { sharedResolver } from '../../referrals/form-values';
import { recordFollowUp } from '../api';
import { matchMessages } from '../match-messages';
import { FormProblems } from './FormProblems';
import { type Busy, type MatchDialogProps, useMatchChange } from './MatchChange';

const FOLLOW_UP = 'follow-up';
const followUpResolver = sharedResolver<FollowUpRecord, FollowUpRecord>(followUpRecordSchema, () => {});

/** 定着支援を記録: the date, who was contacted, whether the person still works there, and a note. */
export function FollowUpDialog(props: MatchDialogProps & { followUp: FollowUp }) {
  const t = useT(matchMessages);
  return (
    <FormDialog
      open={props.open}
      onClose={props.onClose}
      title={t('followUpTitle', { month: props.followUp.month })}
      formId={FOLLOW_UP}
      submitLabel={t('followUpSubmit')}
    >
      {(onBusy) => <FollowUpForm {...props} onBusy={onBusy} />}
    </FormDialog>
  );
}

function FollowUpForm({
  participant,
  match,
  followUp,
  onClose,
  onBusy,
}: MatchDialogProps & Busy & { followUp: FollowUp }) {
  const t = useT(matchMessages);
  const { locale } = useI18n();
  const form = useForm<FollowUpRecord, unknown, FollowUpRecord>({
    resolver: followUpResolver,
    shouldFocusError: false,
    defaultValues: {
      version: followUp.version,
      doneOn: todayIso(),
      personContacted: followUp.personContacted ?? false,
      employerContacted: followUp.employerContacted ?? false,
      stillWorking: followUp.stillWorking ?? false,
      note: followUp.note,
    },
  });
  const { failure, box, msg, save } = useMatchChange({ participant, onClose, onBusy }, form.setError);
  const doneOn = useWatch({ control: form.control, name: 'doneOn' });
  const { errors, submitCount } = form.formState;
  async function submit(input: FollowUpRecord) {
    await save(
      () => recordFollowUp(followUp.id, input),
      t('followUpRecorded', { month: followUp.month }),
      `follow-ups-${match.id}`,
    );
  }
  return (
    <form
      id={FOLLOW_UP}
      noValidate
      onSubmit={form.handleSubmit(submit)}
      className="flex min-w-0 flex-col gap-6"
    >
      <p className="text-std-16N-170 text-solid-gray-800">
        {t('followUpLead', {
          name: match.target.name,
          organisation: match.target.organisation,
          due: formatDay(followUp.dueOn, locale),
        })}
      </p>
      <FormProblems
        formId={FOLLOW_UP}
        errors={errors}
        submitCount={submitCount}
        labels={{ doneOn: t('doneOn'), personContacted: t('contacted'), note: t('followUpNote') }}
      />
      <FormFailure ref={box} failure={failure} hasFieldErrors={Object.keys(errors).length > 0} />
      <WarekiDateField
        id={fieldId(FOLLOW_UP, 'doneOn')}
        label={t('doneOn')}
        required
        min={match.placedOn ?? undefined}
        max={todayIso()}
        registration={form.register('doneOn')}
        value={doneOn}
        error={msg(errors.doneOn?.message)}
      />
      <Fieldset
        id={fieldId(FOLLOW_UP, 'personContacted')}
        legend={t('contacted')}
        hint={t('contactedHint')}
        required
        nested
        error={msg(errors.personContacted?.message)}
      >
        <div className="flex flex-col gap-2">
          <Checkbox
            id={`${fieldId(FOLLOW_UP, 'personContacted')}-box`}
            label={t('personContacted')}
            {...form.register('personContacted')}
          />
          <Checkbox
            id={fieldId(FOLLOW_UP, 'employerContacted')}
            label={t('employerContacted')}
            {...form.register('employerContacted')}
          />
        </div>
      </Fieldset>
      <Checkbox
        id={fieldId(FOLLOW_UP, 'stillWorking')}
        label={t(match.target.kind === 'opening' ? 'stillWorking' : 'stillAttending')}
        hint={t('stillWorkingHint')}
        {...form.register('stillWorking')}
      />
      <TextArea
        id={fieldId(FOLLOW_UP, 'note')}
        label={t('followUpNote')}
        rows={3}
        maxLength={2000}
        error={msg(errors.note?.message)}
        {...form.register('note')}
      />
    </form>
  );
}
