import { useQueryClient } from '@tanstack/react-query';
import { type CaseRequest, caseRequestSchema } from '@tsunagu/contracts/cases';
import { type Household, RELATIONSHIP_LABELS } from '@tsunagu/contracts/households';
import { useForm } from 'react-hook-form';
import { FormFailure, useFormRun } from '../../../components/FormFailure';
import { Select } from '../../../components/Select';
import { TextArea } from '../../../components/TextField';
import { useToast } from '../../../components/Toast';
import { localizeBilingual, useI18n, useLabel, useT } from '../../../lib/i18n';
import { FormDialog } from '../../households/components/FormDialog';
import { fullName, selfMember } from '../../households/people';
import { FormErrors } from '../../referrals/components/FormErrors';
import { placeServerIssues, sharedResolver } from '../../referrals/form-values';
import { refreshCaseLists, requestCase } from '../api';
import { caseFormMessages } from '../form-messages';

const FORM_ID = 'case-request';

type RequestValues = { householdId: string; personId: string; summary: string };

const resolver = sharedResolver<RequestValues, CaseRequest>(caseRequestSchema, () => {});

/**
 * 推進員へ相談する from the household page: when problems pile up and no agency fits, the agency asks
 * the coordinator directly; the request waits in the coordinator's queue for triage.
 */
export function RequestCaseDialog({
  household,
  open,
  onClose,
}: {
  household: Household;
  open: boolean;
  onClose: () => void;
}) {
  const t = useT(caseFormMessages);
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      title={t('requestTitle')}
      formId={FORM_ID}
      submitLabel={t('submitRequest')}
    >
      {(onBusy) => <RequestForm household={household} onBusy={onBusy} onDone={onClose} />}
    </FormDialog>
  );
}

function RequestForm({
  household,
  onBusy,
  onDone,
}: {
  household: Household;
  onBusy: (busy: boolean) => void;
  onDone: () => void;
}) {
  const t = useT(caseFormMessages);
  const { locale } = useI18n();
  const label = useLabel();
  const notify = useToast();
  const queryClient = useQueryClient();
  const { failure, box, run } = useFormRun(onBusy);
  const form = useForm<RequestValues, unknown, CaseRequest>({
    resolver,
    defaultValues: {
      householdId: household.id,
      personId: selfMember(household)?.person.id ?? '',
      summary: '',
    },
    shouldFocusError: false,
  });
  const { errors, submitCount } = form.formState;
  const msg = (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);

  async function submit(input: CaseRequest) {
    const made = await run(
      () => requestCase(input),
      (err) => placeServerIssues(err, form.setError, locale),
    );
    if (!made) return;
    onDone();
    notify(t('requested', { n: made.number }));
    await refreshCaseLists(queryClient);
  }

  return (
    <form
      id={FORM_ID}
      noValidate
      onSubmit={form.handleSubmit(submit)}
      className="flex min-w-0 flex-col gap-6"
    >
      <p className="text-std-16N-170 text-solid-gray-800">{t('requestLead')}</p>
      <FormErrors
        formId={FORM_ID}
        errors={errors}
        submitCount={submitCount}
        labels={{ personId: t('member'), summary: t('requestSummary') }}
      />
      <FormFailure ref={box} failure={failure} hasFieldErrors={Object.keys(errors).length > 0} />
      <Select
        id={`${FORM_ID}-personId`}
        label={t('member')}
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
      <TextArea
        id={`${FORM_ID}-summary`}
        label={t('requestSummary')}
        hint={t('requestSummaryHint')}
        required
        rows={5}
        maxLength={2000}
        error={msg(errors.summary?.message)}
        {...form.register('summary')}
      />
    </form>
  );
}
