import { type ReferralBasis, referralHandOnSchema } from '@tsunagu/contracts/referrals';
import { useForm, useWatch } from 'react-hook-form';
import { Select } from '../../../components/Select';
import { TextArea } from '../../../components/TextField';
import { emptyToNull } from '../../../lib/form';
import { localizeBilingual, useI18n, useT } from '../../../lib/i18n';
import { useMe } from '../../auth/api';
import { FormDialog } from '../../households/components/FormDialog';
import { activeItems, useCodeLabel, useCodeLists } from '../../settings/api';
import { handOnReferral, type ReferralHandOn } from '../api';
import { referralFormMessages } from '../form-messages';
import { CHOOSE_AGENCY, checkEmergency, placeServerIssues, sharedResolver, unchosen } from '../form-values';
import { referralMessages } from '../messages';
import { byCategory, useReferralAgencies } from '../use-agencies';
import { type ActionDialogProps, ActionFailure, useActionRun } from './ActionFailure';
import { BasisFields } from './BasisFields';
import { FormErrors } from './FormErrors';
import { UnstaffedWarning } from './UnstaffedWarning';

const FORM_ID = 'referral-hand-on';

type HandOnValues = {
  version: number;
  toAgencyId: string;
  reason: string;
  basis: ReferralBasis | '';
  emergencyReason: string | null;
};

const resolver = sharedResolver<HandOnValues, ReferralHandOn>(referralHandOnSchema, (values, errors) => {
  unchosen(values, errors, 'toAgencyId', CHOOSE_AGENCY);
  checkEmergency(values, errors);
});

/**
 * 他の機関へつなぐ — the answer of the 断らない相談 instead of a refusal: the next agency, why, and the
 * legal basis for passing the household on. Agencies the chain already passed through are not offered.
 */
export function HandOnDialog(props: ActionDialogProps) {
  const t = useT(referralFormMessages);
  return (
    <FormDialog
      open={props.open}
      onClose={props.onClose}
      title={t('handOnTitle')}
      formId={FORM_ID}
      submitLabel={t('submitHandOn')}
    >
      {(onBusy) => <HandOnForm {...props} onBusy={onBusy} />}
    </FormDialog>
  );
}

function HandOnForm({
  referral,
  onDone,
  onConflict,
  onBusy,
}: ActionDialogProps & { onBusy: (busy: boolean) => void }) {
  const t = useT(referralFormMessages);
  const r = useT(referralMessages);
  const { locale } = useI18n();
  const codeLabel = useCodeLabel();
  const lists = useCodeLists();
  const me = useMe();
  const passed = referral.chain.flatMap((hop) => [hop.fromAgency.id, hop.toAgency.id]);
  const { agencies, unstaffed } = useReferralAgencies([me?.user.agencyId, ...passed]);
  const groups = byCategory(
    agencies,
    activeItems(lists, 'agency_category').map((item) => item.code),
  );
  const { failure, box, run } = useActionRun(onBusy, onConflict);
  const form = useForm<HandOnValues, unknown, ReferralHandOn>({
    resolver,
    defaultValues: {
      version: referral.version,
      toAgencyId: '',
      reason: '',
      basis: 'consent',
      emergencyReason: null,
    },
    shouldFocusError: false,
  });
  const basis = useWatch({ control: form.control, name: 'basis' });
  const next = useWatch({ control: form.control, name: 'toAgencyId' });
  const { errors, submitCount } = form.formState;
  const msg = (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);

  async function submit(input: ReferralHandOn) {
    const detail = await run(
      () => handOnReferral(referral.id, input),
      // The server checks the destination as it checks a send: its issues name 'toAgencyIds.0'.
      (err) =>
        placeServerIssues(err, form.setError, locale, (p) => p.replace(/^toAgencyIds\.\d+$/, 'toAgencyId')),
    );
    const to = agencies.find((a) => a.id === input.toAgencyId)?.name ?? '';
    if (detail) onDone(detail, r('handedOn', { to }));
  }

  return (
    <form id={FORM_ID} noValidate onSubmit={form.handleSubmit(submit)} className="flex flex-col gap-6">
      <p className="text-std-16N-170 text-solid-gray-800">{t('handOnLead')}</p>
      <FormErrors
        formId={FORM_ID}
        errors={errors}
        submitCount={submitCount}
        labels={{
          toAgencyId: t('nextAgency'),
          reason: t('handOnReason'),
          basis: t('basis'),
          emergencyReason: t('emergencyReason'),
        }}
      />
      <ActionFailure
        ref={box}
        failure={failure}
        hasFieldErrors={Object.keys(errors).length > 0}
        referral={referral}
      />
      <Select
        id={`${FORM_ID}-toAgencyId`}
        label={t('nextAgency')}
        hint={t('nextAgencyHint')}
        required
        error={msg(errors.toAgencyId?.message)}
        {...form.register('toAgencyId')}
      >
        <option value="">{t('chooseAgency')}</option>
        {groups.map(([code, items]) => (
          <optgroup key={code} label={codeLabel('agency_category', code)}>
            {items.map((a) => (
              <option key={a.id} value={a.id}>
                {unstaffed.has(a.id) ? `${a.name}${t('unstaffedSuffix')}` : a.name}
              </option>
            ))}
          </optgroup>
        ))}
      </Select>
      <UnstaffedWarning agencies={agencies.filter((a) => a.id === next && unstaffed.has(a.id))} />
      <TextArea
        id={`${FORM_ID}-reason`}
        label={t('handOnReason')}
        hint={t('handOnReasonHint')}
        required
        rows={4}
        maxLength={2000}
        error={msg(errors.reason?.message)}
        {...form.register('reason')}
      />
      <BasisFields
        formId={FORM_ID}
        basis={basis}
        register={(field) =>
          field === 'basis'
            ? form.register('basis')
            : form.register('emergencyReason', { setValueAs: emptyToNull })
        }
        errors={{ basis: msg(errors.basis?.message), emergencyReason: msg(errors.emergencyReason?.message) }}
      />
    </form>
  );
}
