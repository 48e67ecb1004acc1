import {
  CASE_OUTCOME_LABELS,
  CASE_OUTCOMES,
  type CaseClose,
  type CaseOutcome,
  caseCloseSchema,
} from '@tsunagu/contracts/cases';
import { useForm, useWatch } from 'react-hook-form';
import { Notice } from '../../../components/FormError';
import { FormFailure, useFormRun } from '../../../components/FormFailure';
import { RadioGroup } from '../../../components/Radio';
import { TextArea } from '../../../components/TextField';
import { todayIso } from '../../../lib/format';
import { localizeBilingual, useI18n, useLabel, useT } from '../../../lib/i18n';
import { FormDialog } from '../../households/components/FormDialog';
import { WarekiDateField } from '../../intakes/components/WarekiDateField';
import { FormErrors } from '../../referrals/components/FormErrors';
import { CHOOSE_ONE, placeServerIssues, sharedResolver, unchosen } from '../../referrals/form-values';
import { closeCase } from '../api';
import { caseFormMessages } from '../form-messages';
import { type CaseDialogProps, useCaseUpdate } from '../use-case-update';

const FORM_ID = 'case-close';

type CloseValues = { version: number; outcome: CaseOutcome | ''; closedOn: string; note: string };

const resolver = sharedResolver<CloseValues, CaseClose>(caseCloseSchema, (values, errors) =>
  unchosen(values, errors, 'outcome', CHOOSE_ONE),
);

/** 終結: the outcome, the date and why. 解決に至らず asks for a review (検証) afterwards, and says so. */
export function CloseDialog(props: CaseDialogProps) {
  const t = useT(caseFormMessages);
  return (
    <FormDialog
      open={props.open}
      onClose={props.onClose}
      title={t('closeTitle')}
      formId={FORM_ID}
      submitLabel={t('submitClose')}
    >
      {(onBusy) => <CloseForm {...props} onBusy={onBusy} />}
    </FormDialog>
  );
}

function CloseForm({ caseDetail, onClose, onBusy }: CaseDialogProps & { onBusy: (busy: boolean) => void }) {
  const t = useT(caseFormMessages);
  const { locale } = useI18n();
  const label = useLabel();
  const { apply, reload } = useCaseUpdate();
  const { failure, box, run } = useFormRun(onBusy, () => reload(caseDetail.id));
  const form = useForm<CloseValues, unknown, CaseClose>({
    resolver,
    defaultValues: { version: caseDetail.version, outcome: '', closedOn: todayIso(), note: '' },
    shouldFocusError: false,
  });
  const [outcome, closedOn] = useWatch({ control: form.control, name: ['outcome', 'closedOn'] });
  const { errors, submitCount } = form.formState;
  const msg = (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);

  async function submit(input: CaseClose) {
    const detail = await run(
      () => closeCase(caseDetail.id, input),
      (err) => placeServerIssues(err, form.setError, locale),
    );
    if (!detail) return;
    onClose();
    await apply(detail, t('closed'));
  }

  return (
    <form
      id={FORM_ID}
      noValidate
      onSubmit={form.handleSubmit(submit)}
      className="flex min-w-0 flex-col gap-6"
    >
      <p className="text-std-16N-170 text-solid-gray-800">{t('closeLead')}</p>
      <FormErrors
        formId={FORM_ID}
        errors={errors}
        submitCount={submitCount}
        labels={{ outcome: t('outcome'), closedOn: t('closedOn'), note: t('closeNote') }}
      />
      <FormFailure ref={box} failure={failure} hasFieldErrors={Object.keys(errors).length > 0} />
      <RadioGroup
        id={`${FORM_ID}-outcome`}
        legend={t('outcome')}
        required
        error={msg(errors.outcome?.message)}
        codes={CASE_OUTCOMES}
        labelOf={(code) => label(CASE_OUTCOME_LABELS[code])}
        registration={form.register('outcome')}
      />
      {outcome === 'unresolved' ? <Notice tone="warning">{t('unresolvedHint')}</Notice> : null}
      <WarekiDateField
        id={`${FORM_ID}-closedOn`}
        label={t('closedOn')}
        required
        min={caseDetail.receivedOn}
        max={todayIso()}
        registration={form.register('closedOn')}
        value={closedOn}
        error={msg(errors.closedOn?.message)}
      />
      <TextArea
        id={`${FORM_ID}-note`}
        label={t('closeNote')}
        required
        rows={4}
        maxLength={2000}
        error={msg(errors.note?.message)}
        {...form.register('note')}
      />
    </form>
  );
}
