import {
  REFERRAL_OUTCOME_LABELS,
  REFERRAL_OUTCOMES,
  type ReferralOutcome,
  referralCompleteSchema,
} from '@tsunagu/contracts/referrals';
import { useForm } from 'react-hook-form';
import { RadioGroup } from '../../../components/Radio';
import { TextArea } from '../../../components/TextField';
import { emptyToNull } from '../../../lib/form';
import { localizeBilingual, useI18n, useLabel, useT } from '../../../lib/i18n';
import { FormDialog } from '../../households/components/FormDialog';
import { completeReferral, type ReferralComplete } from '../api';
import { referralFormMessages } from '../form-messages';
import { CHOOSE_ONE, sharedResolver, unchosen } from '../form-values';
import { referralMessages } from '../messages';
import { type ActionDialogProps, ActionFailure, useActionRun } from './ActionFailure';
import { FormErrors } from './FormErrors';

const FORM_ID = 'referral-complete';

type CompleteValues = { version: number; outcome: ReferralOutcome | '' | null; note: string | null };

const resolver = sharedResolver<CompleteValues, ReferralComplete>(referralCompleteSchema, (values, errors) =>
  unchosen(values, errors, 'outcome', CHOOSE_ONE),
);

/** 完了にする: how it ended for the person (an outcome) and an optional note. */
export function CompleteDialog(props: ActionDialogProps) {
  const t = useT(referralFormMessages);
  return (
    <FormDialog
      open={props.open}
      onClose={props.onClose}
      title={t('completeTitle')}
      formId={FORM_ID}
      submitLabel={t('submitComplete')}
    >
      {(onBusy) => <CompleteForm {...props} onBusy={onBusy} />}
    </FormDialog>
  );
}

function CompleteForm({
  referral,
  onDone,
  onConflict,
  onBusy,
}: ActionDialogProps & { onBusy: (busy: boolean) => void }) {
  const t = useT(referralFormMessages);
  const r = useT(referralMessages);
  const { locale } = useI18n();
  const label = useLabel();
  const { failure, box, run } = useActionRun(onBusy, onConflict);
  const form = useForm<CompleteValues, unknown, ReferralComplete>({
    resolver,
    defaultValues: { version: referral.version, outcome: '', note: null },
    shouldFocusError: false,
  });
  const { errors, submitCount } = form.formState;
  const msg = (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);

  async function submit(input: ReferralComplete) {
    const detail = await run(() => completeReferral(referral.id, input));
    if (detail) onDone(detail, r('completed'));
  }

  return (
    <form id={FORM_ID} noValidate onSubmit={form.handleSubmit(submit)} className="flex flex-col gap-6">
      <p className="text-std-16N-170 text-solid-gray-800">{t('completeLead')}</p>
      <FormErrors
        formId={FORM_ID}
        errors={errors}
        submitCount={submitCount}
        labels={{ outcome: t('outcome'), note: t('note') }}
      />
      <ActionFailure
        ref={box}
        failure={failure}
        hasFieldErrors={Object.keys(errors).length > 0}
        referral={referral}
      />
      <RadioGroup
        id={`${FORM_ID}-outcome`}
        legend={t('outcome')}
        required
        error={msg(errors.outcome?.message)}
        codes={REFERRAL_OUTCOMES}
        labelOf={(code) => label(REFERRAL_OUTCOME_LABELS[code])}
        registration={form.register('outcome')}
        columns={2}
      />
      <TextArea
        id={`${FORM_ID}-note`}
        label={t('note')}
        hint={t('noteHint')}
        rows={3}
        maxLength={2000}
        error={msg(errors.note?.message)}
        {...form.register('note', { setValueAs: emptyToNull })}
      />
    </form>
  );
}
