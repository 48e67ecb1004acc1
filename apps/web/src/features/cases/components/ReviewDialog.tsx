import { type CaseReviewInput, caseReviewInputSchema } from '@tsunagu/contracts/cases';
import { useForm, useWatch } from 'react-hook-form';
import { FormFailure, useFormRun } from '../../../components/FormFailure';
import { TextArea } from '../../../components/TextField';
import { emptyToNull } from '../../../lib/form';
import { todayIso } from '../../../lib/format';
import { localizeBilingual, useI18n, useT } from '../../../lib/i18n';
import { FormDialog } from '../../households/components/FormDialog';
import { WarekiDateField } from '../../intakes/components/WarekiDateField';
import { FormErrors } from '../../referrals/components/FormErrors';
import { placeServerIssues, sharedResolver } from '../../referrals/form-values';
import { reviewCase } from '../api';
import { caseFormMessages } from '../form-messages';
import { type CaseDialogProps, useCaseUpdate } from '../use-case-update';

const FORM_ID = 'case-review';

type ReviewValues = { reviewedOn: string; findings: string; lessons: string | null };

const resolver = sharedResolver<ReviewValues, CaseReviewInput>(caseReviewInputSchema, () => {});

/** 検証 of a case closed unresolved: what was found and what to do differently next time. */
export function ReviewDialog(props: CaseDialogProps) {
  const t = useT(caseFormMessages);
  return (
    <FormDialog
      open={props.open}
      onClose={props.onClose}
      title={t('reviewTitle')}
      formId={FORM_ID}
      submitLabel={t('submitReview')}
    >
      {(onBusy) => <ReviewForm {...props} onBusy={onBusy} />}
    </FormDialog>
  );
}

function ReviewForm({ caseDetail, onClose, onBusy }: CaseDialogProps & { onBusy: (busy: boolean) => void }) {
  const t = useT(caseFormMessages);
  const { locale } = useI18n();
  const { apply, reload } = useCaseUpdate();
  const { failure, box, run } = useFormRun(onBusy, () => reload(caseDetail.id));
  const form = useForm<ReviewValues, unknown, CaseReviewInput>({
    resolver,
    defaultValues: { reviewedOn: todayIso(), findings: '', lessons: null },
    shouldFocusError: false,
  });
  const reviewedOn = useWatch({ control: form.control, name: 'reviewedOn' });
  const { errors, submitCount } = form.formState;
  const msg = (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);

  async function submit(input: CaseReviewInput) {
    const detail = await run(
      () => reviewCase(caseDetail.id, input),
      (err) => placeServerIssues(err, form.setError, locale),
    );
    if (!detail) return;
    onClose();
    await apply(detail, t('reviewed'));
  }

  return (
    <form
      id={FORM_ID}
      noValidate
      onSubmit={form.handleSubmit(submit)}
      className="flex min-w-0 flex-col gap-6"
    >
      <p className="text-std-16N-170 text-solid-gray-800">{t('reviewLead')}</p>
      <FormErrors
        formId={FORM_ID}
        errors={errors}
        submitCount={submitCount}
        labels={{ reviewedOn: t('reviewedOn'), findings: t('findings'), lessons: t('lessons') }}
      />
      <FormFailure ref={box} failure={failure} hasFieldErrors={Object.keys(errors).length > 0} />
      <WarekiDateField
        id={`${FORM_ID}-reviewedOn`}
        label={t('reviewedOn')}
        required
        max={todayIso()}
        registration={form.register('reviewedOn')}
        value={reviewedOn}
        error={msg(errors.reviewedOn?.message)}
      />
      <TextArea
        id={`${FORM_ID}-findings`}
        label={t('findings')}
        required
        rows={6}
        maxLength={4000}
        error={msg(errors.findings?.message)}
        {...form.register('findings')}
      />
      <TextArea
        id={`${FORM_ID}-lessons`}
        label={t('lessons')}
        hint={t('lessonsHint')}
        rows={4}
        maxLength={4000}
        error={msg(errors.lessons?.message)}
        {...form.register('lessons', { setValueAs: emptyToNull })}
      />
    </form>
  );
}
