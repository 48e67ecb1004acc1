import { type OutreachInput, outreachInputSchema } from '@tsunagu/contracts/cases';
import { useForm, useWatch } from 'react-hook-form';
import { Checkbox } from '../../../components/Checkbox';
import { Notice } from '../../../components/FormError';
import { FormFailure, useFormRun } from '../../../components/FormFailure';
import { TextArea, TextField } from '../../../components/TextField';
import { emptyToNull } from '../../../lib/form';
import { todayIso } from '../../../lib/format';
import { localizeBilingual, useI18n, useT } from '../../../lib/i18n';
import { FormDialog } from '../../households/components/FormDialog';
import { WarekiDateField } from '../../intakes/components/WarekiDateField';
import { FormErrors } from '../../referrals/components/FormErrors';
import { placeServerIssues, sharedResolver } from '../../referrals/form-values';
import { addOutreach } from '../api';
import { caseFormMessages } from '../form-messages';
import { type CaseDialogProps, useCaseUpdate } from '../use-case-update';

const FORM_ID = 'case-outreach';

type OutreachValues = { visitedOn: string; beforeConsent: boolean; place: string | null; summary: string };

const resolver = sharedResolver<OutreachValues, OutreachInput>(outreachInputSchema, () => {});

/**
 * アウトリーチ: a visit to someone who cannot ask for help, possibly before they consent. The form says
 * up front that before consent only the minimum is recorded, and the summary is kept short.
 */
export function OutreachDialog(props: CaseDialogProps) {
  const t = useT(caseFormMessages);
  return (
    <FormDialog
      open={props.open}
      onClose={props.onClose}
      title={t('outreachTitle')}
      formId={FORM_ID}
      submitLabel={t('submitOutreach')}
    >
      {(onBusy) => <OutreachForm {...props} onBusy={onBusy} />}
    </FormDialog>
  );
}

function OutreachForm({
  caseDetail,
  onClose,
  onBusy,
}: CaseDialogProps & { onBusy: (busy: boolean) => void }) {
  const t = useT(caseFormMessages);
  const { locale } = useI18n();
  const { apply, reload } = useCaseUpdate();
  const { failure, box, run } = useFormRun(onBusy, () => reload(caseDetail.id));
  const form = useForm<OutreachValues, unknown, OutreachInput>({
    resolver,
    defaultValues: { visitedOn: todayIso(), beforeConsent: true, place: null, summary: '' },
    shouldFocusError: false,
  });
  const visitedOn = useWatch({ control: form.control, name: 'visitedOn' });
  const { errors, submitCount } = form.formState;
  const msg = (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);

  async function submit(input: OutreachInput) {
    const detail = await run(
      () => addOutreach(caseDetail.id, input),
      (err) => placeServerIssues(err, form.setError, locale),
    );
    if (!detail) return;
    onClose();
    await apply(detail, t('outreachRecorded'));
  }

  return (
    <form
      id={FORM_ID}
      noValidate
      onSubmit={form.handleSubmit(submit)}
      className="flex min-w-0 flex-col gap-6"
    >
      <Notice tone="warning">{t('outreachMinimum')}</Notice>
      <FormErrors
        formId={FORM_ID}
        errors={errors}
        submitCount={submitCount}
        labels={{
          visitedOn: t('visitedOn'),
          beforeConsent: t('beforeConsent'),
          place: t('place'),
          summary: t('summary'),
        }}
      />
      <FormFailure ref={box} failure={failure} hasFieldErrors={Object.keys(errors).length > 0} />
      <WarekiDateField
        id={`${FORM_ID}-visitedOn`}
        label={t('visitedOn')}
        required
        max={todayIso()}
        registration={form.register('visitedOn')}
        value={visitedOn}
        error={msg(errors.visitedOn?.message)}
      />
      <Checkbox
        id={`${FORM_ID}-beforeConsent`}
        label={t('beforeConsent')}
        hint={t('beforeConsentHint')}
        {...form.register('beforeConsent')}
      />
      <TextField
        id={`${FORM_ID}-place`}
        label={t('place')}
        hint={t('placeHint')}
        maxLength={100}
        autoComplete="off"
        error={msg(errors.place?.message)}
        {...form.register('place', { setValueAs: emptyToNull })}
      />
      <TextArea
        id={`${FORM_ID}-summary`}
        label={t('summary')}
        hint={t('summaryHint')}
        required
        rows={4}
        maxLength={400}
        error={msg(errors.summary?.message)}
        {...form.register('summary')}
      />
    </form>
  );
}
