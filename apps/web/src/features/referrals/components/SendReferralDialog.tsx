import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { Household } from '@tsunagu/contracts/households';
import { RELATIONSHIP_LABELS } from '@tsunagu/contracts/households';
import {
  type ReferralBasis,
  type ReferralCreate,
  type ReferralSummary,
  referralCreateSchema,
} from '@tsunagu/contracts/referrals';
import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Notice } from '../../../components/FormError';
import { Select } from '../../../components/Select';
import { TextArea } from '../../../components/TextField';
import { useToast } from '../../../components/Toast';
import { useErrorText } from '../../../lib/errors';
import { emptyToNull } from '../../../lib/form';
import { localizeBilingual, useI18n, useLabel, useT } from '../../../lib/i18n';
import { useMe } from '../../auth/api';
import { FormDialog } from '../../households/components/FormDialog';
import { fullName, selfMember } from '../../households/people';
import { refreshReferralLists, sendReferrals } from '../api';
import { referralFormMessages } from '../form-messages';
import { asArray, checkEmergency, placeServerIssues, sharedResolver } from '../form-values';
import { useReferralAgencies } from '../use-agencies';
import { AgencyChecklist } from './AgencyChecklist';
import { BasisFields } from './BasisFields';
import { ConsentRequired, isConsentRequired } from './ConsentRequired';
import { FormErrors } from './FormErrors';

const FORM_ID = 'referral-send';

/** What the send form holds before the shared schema parses it. */
type SendValues = {
  householdId: string;
  personId: string;
  toAgencyIds: string[];
  reason: string;
  basis: ReferralBasis | '';
  emergencyReason: string | null;
};

const resolver = sharedResolver<SendValues, ReferralCreate>(
  referralCreateSchema,
  checkEmergency,
  (values) => ({ ...values, toAgencyIds: asArray(values.toAgencyIds) }),
);

/**
 * 紹介する（つなぐ） from the household page: the person it is mainly about (the 本人 unless chosen
 * otherwise), one or more agencies, the reason and the legal basis. One agency opens the new referral;
 * several open the 送信 list.
 */
export function SendReferralDialog({
  household,
  open,
  onClose,
}: {
  household: Household;
  open: boolean;
  onClose: () => void;
}) {
  const t = useT(referralFormMessages);
  const navigate = useNavigate();
  async function sent(items: ReferralSummary[]) {
    onClose();
    const [only] = items;
    if (items.length === 1 && only) await navigate({ to: '/staff/referrals/$id', params: { id: only.id } });
    else await navigate({ to: '/staff/referrals', search: { box: 'outgoing' } });
  }
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      title={t('sendTitle')}
      formId={FORM_ID}
      submitLabel={t('submitSend')}
    >
      {(onBusy) => <SendForm household={household} onBusy={onBusy} onSent={sent} />}
    </FormDialog>
  );
}

function SendForm({
  household,
  onBusy,
  onSent,
}: {
  household: Household;
  onBusy: (busy: boolean) => void;
  onSent: (items: ReferralSummary[]) => Promise<void>;
}) {
  const t = useT(referralFormMessages);
  const { locale } = useI18n();
  const label = useLabel();
  const errorText = useErrorText();
  const notify = useToast();
  const queryClient = useQueryClient();
  const me = useMe();
  const { agencies, unstaffed, isPending } = useReferralAgencies([me?.user.agencyId]);
  const [failure, setFailure] = useState<unknown>(null);
  const failureBox = useRef<HTMLDivElement>(null);
  const self = selfMember(household);
  const form = useForm<SendValues, unknown, ReferralCreate>({
    resolver,
    defaultValues: {
      householdId: household.id,
      personId: self?.person.id ?? '',
      toAgencyIds: [],
      reason: '',
      basis: 'consent',
      emergencyReason: null,
    },
    shouldFocusError: false,
  });
  const basis = useWatch({ control: form.control, name: 'basis' });
  const chosen = useWatch({ control: form.control, name: 'toAgencyIds' });
  const personId = useWatch({ control: form.control, name: 'personId' });
  const { errors, submitCount } = form.formState;
  const msg = (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);

  useEffect(() => {
    if (failure) failureBox.current?.focus();
  }, [failure]);

  async function submit(input: ReferralCreate) {
    setFailure(null);
    onBusy(true);
    try {
      const { items } = await sendReferrals(input);
      await refreshReferralLists(queryClient);
      notify(t('sent', { count: items.length }));
      await onSent(items);
    } catch (err) {
      setFailure(err);
      // An agency refused by the server ('toAgencyIds.2') is reported on the whole list.
      placeServerIssues(err, form.setError, locale, (p) => p.replace(/^toAgencyIds\.\d+$/, 'toAgencyIds'));
    } finally {
      onBusy(false);
    }
  }

  const labels = {
    personId: t('member'),
    toAgencyIds: t('agencies'),
    reason: t('reason'),
    basis: t('basis'),
    emergencyReason: t('emergencyReason'),
  };
  const fieldErrors = Object.keys(errors).length > 0;
  return (
    <form id={FORM_ID} noValidate onSubmit={form.handleSubmit(submit)} className="flex flex-col gap-6">
      <FormErrors formId={FORM_ID} errors={errors} submitCount={submitCount} labels={labels} />
      <div ref={failureBox} tabIndex={-1} className="outline-none empty:hidden">
        {isConsentRequired(failure) ? (
          <ConsentRequired failure={failure} personId={personId} householdId={household.id} />
        ) : failure && !fieldErrors ? (
          <Notice tone="error" live title={errorText(failure)} />
        ) : null}
      </div>
      <Select
        id={`${FORM_ID}-personId`}
        label={t('member')}
        hint={t('memberHint')}
        required
        error={msg(errors.personId?.message)}
        {...form.register('personId')}
      >
        {household.members.map((m) => (
          <option key={m.person.id} value={m.person.id}>
            {`${fullName(m.person)}（${label(RELATIONSHIP_LABELS[m.relationship])}）`}
          </option>
        ))}
      </Select>
      <AgencyChecklist
        id={`${FORM_ID}-toAgencyIds`}
        agencies={agencies}
        unstaffed={unstaffed}
        loading={isPending}
        register={form.register('toAgencyIds')}
        chosen={chosen}
        error={msg(errors.toAgencyIds?.message ?? errors.toAgencyIds?.root?.message)}
      />
      <TextArea
        id={`${FORM_ID}-reason`}
        label={t('reason')}
        hint={t('reasonHint')}
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
