import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import {
  CASE_KIND_LABELS,
  CASE_KINDS,
  type CaseKind,
  type Triage,
  triageSchema,
} from '@tsunagu/contracts/cases';
import { useForm, useWatch } from 'react-hook-form';
import { FormFailure, useFormRun } from '../../../components/FormFailure';
import { RadioGroup } from '../../../components/Radio';
import { TextArea } from '../../../components/TextField';
import { useToast } from '../../../components/Toast';
import { emptyToNull } from '../../../lib/form';
import { localizeBilingual, useI18n, useLabel, useT } from '../../../lib/i18n';
import { FormDialog } from '../../households/components/FormDialog';
import { FormErrors } from '../../referrals/components/FormErrors';
import { CHOOSE_ONE, placeServerIssues, sharedResolver, unchosen } from '../../referrals/form-values';
import { caseQuery, refreshCaseLists, triageCase } from '../api';
import { queueMessages } from '../queue-messages';

const FORM_ID = 'case-triage';

/** What is being triaged: an escalated referral or a direct request (a case waiting for triage). */
export type TriageTarget = { referralId: string } | { caseId: string };

type TriageValues = { kind: CaseKind | ''; advice: string | null; note: string | null };

/**
 * 振り分け: advice only (the advice text is required, the case closes at once) or coordinated (the
 * case opens with the coordinator desk on the team). A coordinated case opens its page afterwards.
 */
export function TriageDialog({
  target,
  about,
  open,
  onClose,
}: {
  target: TriageTarget;
  /** Who the item is about, shown under the title. */
  about: string;
  open: boolean;
  onClose: () => void;
}) {
  const t = useT(queueMessages);
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      title={t('triageTitle')}
      formId={FORM_ID}
      submitLabel={t('submit')}
    >
      {(onBusy) => <TriageForm target={target} about={about} onBusy={onBusy} onDone={onClose} />}
    </FormDialog>
  );
}

function TriageForm({
  target,
  about,
  onBusy,
  onDone,
}: {
  target: TriageTarget;
  about: string;
  onBusy: (busy: boolean) => void;
  onDone: () => void;
}) {
  const t = useT(queueMessages);
  const { locale } = useI18n();
  const label = useLabel();
  const notify = useToast();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { failure, box, run } = useFormRun(onBusy);
  const form = useForm<TriageValues, unknown, Triage>({
    resolver: sharedResolver<TriageValues, Triage>(
      triageSchema,
      (values, errors) => unchosen(values, errors, 'kind', CHOOSE_ONE),
      (values) => ({ ...values, ...target }),
    ),
    defaultValues: { kind: '', advice: null, note: null },
    shouldFocusError: false,
  });
  const kind = useWatch({ control: form.control, name: 'kind' });
  const { errors, submitCount } = form.formState;
  const msg = (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);

  async function submit(input: Triage) {
    const detail = await run(
      () => triageCase(input),
      (err) => placeServerIssues(err, form.setError, locale),
    );
    if (!detail) return;
    queryClient.setQueryData(caseQuery(detail.id).queryKey, detail);
    await refreshCaseLists(queryClient);
    onDone();
    if (detail.kind === 'coordinated') {
      notify(t('triagedCoordinated', { n: detail.number }));
      await navigate({ to: '/staff/cases/$id', params: { id: detail.id } });
    } else notify(t('triagedAdvice'));
  }

  return (
    <form
      id={FORM_ID}
      noValidate
      onSubmit={form.handleSubmit(submit)}
      className="flex min-w-0 flex-col gap-6"
    >
      <p className="text-std-16B-170">{about}</p>
      <p className="text-std-16N-170 text-solid-gray-800">{t('triageLead')}</p>
      <FormErrors
        formId={FORM_ID}
        errors={errors}
        submitCount={submitCount}
        labels={{ kind: t('kind'), advice: t('advice'), note: t('note') }}
      />
      <FormFailure ref={box} failure={failure} hasFieldErrors={Object.keys(errors).length > 0} />
      <RadioGroup
        id={`${FORM_ID}-kind`}
        legend={t('kind')}
        required
        error={msg(errors.kind?.message)}
        codes={CASE_KINDS}
        labelOf={(code) => label(CASE_KIND_LABELS[code])}
        registration={form.register('kind')}
      />
      <TextArea
        id={`${FORM_ID}-advice`}
        label={t('advice')}
        hint={t('adviceHint')}
        required={kind === 'advice_only'}
        rows={4}
        maxLength={4000}
        error={msg(errors.advice?.message)}
        {...form.register('advice', { setValueAs: emptyToNull })}
      />
      <TextArea
        id={`${FORM_ID}-note`}
        label={t('note')}
        hint={t('noteHint')}
        rows={2}
        maxLength={2000}
        error={msg(errors.note?.message)}
        {...form.register('note', { setValueAs: emptyToNull })}
      />
    </form>
  );
}
