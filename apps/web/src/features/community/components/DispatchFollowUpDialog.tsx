import {
  type DispatchFollowUpInput,
  type DispatchRequest,
  FOLLOW_UP_WAY_LABELS,
  FOLLOW_UP_WAYS,
  followUpInputSchema,
} from '@tsunagu/contracts/community';
import { useForm, useWatch } from 'react-hook-form';
import { FormFailure } from '../../../components/FormFailure';
import { RadioGroup } from '../../../components/Radio';
import { TextArea } from '../../../components/TextField';
import { fieldId } from '../../../lib/form';
import { todayIso } from '../../../lib/format';
import { useI18n, useLabel, useT } from '../../../lib/i18n';
import { FormDialog } from '../../households/components/FormDialog';
import { formatDay } from '../../households/people';
import { WarekiDateField } from '../../intakes/components/WarekiDateField';
import { FormProblems } from '../../participation/components/FormProblems';
import { focusById } from '../../participation/use-participant-update';
import { CHOOSE_ONE, sharedResolver, unchosen } from '../../referrals/form-values';
import { recordDispatchFollowUp } from '../support-api';
import { dispatchMessages } from '../support-dispatch-messages';
import { type Busy, type SupportDialogProps, useSupportSave } from '../support-form';

const FORM = 'dispatch-follow-up';
type FollowUpValues = { heldOn: string; way: DispatchFollowUpInput['way'] | ''; note: string };
const resolver = sharedResolver<FollowUpValues, DispatchFollowUpInput>(
  followUpInputSchema,
  (values, errors) => unchosen(values, errors, 'way', CHOOSE_ONE),
);

type Props = SupportDialogProps & { request: DispatchRequest };

/** フォローアップを記録: the next follow-up's date (within the window), the way and a note. */
export function DispatchFollowUpDialog(props: Props) {
  const t = useT(dispatchMessages);
  return (
    <FormDialog
      open={props.open}
      onClose={props.onClose}
      title={t('followUpTitle', { n: props.request.followUps.length + 1, name: props.request.groupName })}
      formId={FORM}
      submitLabel={t('followUpSubmit')}
    >
      {(onBusy) => <FollowUpForm {...props} onBusy={onBusy} />}
    </FormDialog>
  );
}

function FollowUpForm({ request, onClose, onBusy }: Props & Busy) {
  const t = useT(dispatchMessages);
  const label = useLabel();
  const { locale } = useI18n();
  const number = request.followUps.length + 1;
  const today = todayIso();
  const until = request.followUpUntil ?? today;
  const form = useForm<FollowUpValues, unknown, DispatchFollowUpInput>({
    resolver,
    shouldFocusError: false,
    defaultValues: { heldOn: [today, until].sort()[0] ?? today, way: '', note: '' },
  });
  const heldOn = useWatch({ control: form.control, name: 'heldOn' });
  const { failure, box, msg, save } = useSupportSave({ onClose, onBusy }, form.setError);
  const { errors, submitCount } = form.formState;
  async function submit(input: DispatchFollowUpInput) {
    const saved = await save(
      () => recordDispatchFollowUp(request.id, input),
      (r) => t(r.status === 'closed' ? 'followUpRecordedClosed' : 'followUpRecorded', { n: number }),
    );
    // The button that opened the dialog may be gone (none left): focus goes to the section instead.
    if (saved) focusById('dispatch-follow-ups-heading');
  }
  return (
    <form id={FORM} noValidate onSubmit={form.handleSubmit(submit)} className="flex min-w-0 flex-col gap-6">
      <p className="text-std-16N-170 text-solid-gray-800">
        {t('followUpDialogLead', { date: formatDay(until, locale) })}
      </p>
      <FormProblems
        formId={FORM}
        errors={errors}
        submitCount={submitCount}
        labels={{ heldOn: t('heldOn'), way: t('way'), note: t('note') }}
      />
      <FormFailure ref={box} failure={failure} hasFieldErrors={Object.keys(errors).length > 0} />
      <WarekiDateField
        id={fieldId(FORM, 'heldOn')}
        label={t('heldOn')}
        required
        min={request.sessionOn ?? undefined}
        max={until}
        registration={form.register('heldOn')}
        value={heldOn}
        error={msg(errors.heldOn?.message)}
      />
      <RadioGroup
        id={fieldId(FORM, 'way')}
        legend={t('way')}
        required
        codes={FOLLOW_UP_WAYS}
        labelOf={(code) => label(FOLLOW_UP_WAY_LABELS[code])}
        error={msg(errors.way?.message)}
        registration={form.register('way')}
        columns={2}
      />
      <TextArea
        id={fieldId(FORM, 'note')}
        label={t('note')}
        rows={3}
        maxLength={2000}
        error={msg(errors.note?.message)}
        {...form.register('note')}
      />
    </form>
  );
}
