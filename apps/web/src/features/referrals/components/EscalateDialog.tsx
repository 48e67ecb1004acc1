import {
  ESCALATION_REASON_LABELS,
  MANUAL_ESCALATION_REASONS,
  referralEscalateSchema,
} from '@tsunagu/contracts/referrals';
import { useForm, useWatch } from 'react-hook-form';
import { RadioGroup } from '../../../components/Radio';
import { TextArea } from '../../../components/TextField';
import { emptyToNull } from '../../../lib/form';
import { localizeBilingual, useI18n, useLabel, useT } from '../../../lib/i18n';
import { FormDialog } from '../../households/components/FormDialog';
import { escalateReferral, type ReferralEscalate } from '../api';
import { referralFormMessages } from '../form-messages';
import { addError, CHOOSE_ONE, sharedResolver, unchosen } from '../form-values';
import { referralMessages } from '../messages';
import { type ActionDialogProps, ActionFailure, useActionRun } from './ActionFailure';
import { FormErrors } from './FormErrors';

const FORM_ID = 'referral-escalate';
const DESCRIBE_OTHER = '「その他」の内容を書いてください / describe the reason';

type EscalateValues = {
  version: number;
  reason: (typeof MANUAL_ESCALATION_REASONS)[number] | '' | null;
  note: string | null;
};

const resolver = sharedResolver<EscalateValues, ReferralEscalate>(
  referralEscalateSchema,
  (values, errors) => {
    unchosen(values, errors, 'reason', CHOOSE_ONE);
    if (values.reason === 'other' && !(values.note ?? '').trim()) addError(errors, 'note', DESCRIBE_OTHER);
  },
);

/** 推進員へエスカレーション: why no agency could take it on (調整困難), and what the coordinator should know. */
export function EscalateDialog(props: ActionDialogProps) {
  const t = useT(referralFormMessages);
  return (
    <FormDialog
      open={props.open}
      onClose={props.onClose}
      title={t('escalateTitle')}
      formId={FORM_ID}
      submitLabel={t('submitEscalate')}
    >
      {(onBusy) => <EscalateForm {...props} onBusy={onBusy} />}
    </FormDialog>
  );
}

function EscalateForm({
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
  const form = useForm<EscalateValues, unknown, ReferralEscalate>({
    resolver,
    defaultValues: { version: referral.version, reason: '', note: null },
    shouldFocusError: false,
  });
  const reason = useWatch({ control: form.control, name: 'reason' });
  const { errors, submitCount } = form.formState;
  const msg = (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);

  async function submit(input: ReferralEscalate) {
    const detail = await run(() => escalateReferral(referral.id, input));
    if (detail) onDone(detail, r('escalated'));
  }

  return (
    <form id={FORM_ID} noValidate onSubmit={form.handleSubmit(submit)} className="flex flex-col gap-6">
      <p className="text-std-16N-170 text-solid-gray-800">{t('escalateLead')}</p>
      <FormErrors
        formId={FORM_ID}
        errors={errors}
        submitCount={submitCount}
        labels={{ reason: t('escalateReason'), note: t('escalateNote') }}
      />
      <ActionFailure
        ref={box}
        failure={failure}
        hasFieldErrors={Object.keys(errors).length > 0}
        referral={referral}
      />
      <RadioGroup
        id={`${FORM_ID}-reason`}
        legend={t('escalateReason')}
        required
        error={msg(errors.reason?.message)}
        codes={MANUAL_ESCALATION_REASONS}
        labelOf={(code) => label(ESCALATION_REASON_LABELS[code])}
        registration={form.register('reason')}
      />
      <TextArea
        id={`${FORM_ID}-note`}
        label={t('escalateNote')}
        hint={t('escalateNoteHint')}
        required={reason === 'other'}
        rows={4}
        maxLength={2000}
        error={msg(errors.note?.message)}
        {...form.register('note', { setValueAs: emptyToNull })}
      />
    </form>
  );
}
