import type { CaseDetail, PlanInput } from '@tsunagu/contracts/cases';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Button } from '../../../components/Button';
import { Checkbox, Fieldset } from '../../../components/Checkbox';
import { FormFailure, useFormRun } from '../../../components/FormFailure';
import { Loading } from '../../../components/Loading';
import { TextArea } from '../../../components/TextField';
import { fieldId } from '../../../lib/form';
import { localizeBilingual, useI18n, useT } from '../../../lib/i18n';
import { WarekiDateField } from '../../intakes/components/WarekiDateField';
import { FormErrors } from '../../referrals/components/FormErrors';
import { placeServerIssues } from '../../referrals/form-values';
import { useReferralAgencies } from '../../referrals/use-agencies';
import { savePlan } from '../api';
import { PLAN_FORM_ID, type PlanValues, planDefaults, planResolver } from '../plan-form-values';
import { planMessages } from '../plan-messages';
import { useCaseUpdate } from '../use-case-update';
import { teamAgencies } from './AgencySelect';
import { ActionsFields } from './PlanActionsFields';
import { GoalsFields, MonitoringDatesFields } from './PlanListFields';

/**
 * 新しい版を作成: the plan form, resolved with the shared planInputSchema, starting from a copy of the
 * latest version. Saving makes a draft version; the coordinator approves it separately.
 */
export function PlanForm({
  caseDetail,
  onDone,
}: {
  caseDetail: CaseDetail;
  onDone: (saved: boolean) => void;
}) {
  const { isPending } = useReferralAgencies([]);
  // The owner selects must hold their options before the copied values are put into them.
  if (isPending) return <Loading />;
  return <PlanFormBody caseDetail={caseDetail} onDone={onDone} />;
}

function PlanFormBody({ caseDetail, onDone }: { caseDetail: CaseDetail; onDone: (saved: boolean) => void }) {
  const t = useT(planMessages);
  const { locale } = useI18n();
  const [busy, setBusy] = useState(false);
  const { apply, reload } = useCaseUpdate();
  const { failure, box, run } = useFormRun(setBusy, () => reload(caseDetail.id));
  const form = useForm<PlanValues, unknown, PlanInput>({
    resolver: planResolver,
    defaultValues: planDefaults(caseDetail.plans[0]),
    shouldFocusError: false,
  });
  const nextReviewOn = useWatch({ control: form.control, name: 'nextReviewOn' });
  const { errors, submitCount } = form.formState;
  const msg = (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);
  const id = (field: string) => fieldId(PLAN_FORM_ID, field);

  async function submit(input: PlanInput) {
    const detail = await run(
      () => savePlan(caseDetail.id, input),
      (err) =>
        placeServerIssues(err, form.setError, locale, (p) =>
          p.replace(/^monitoringDates\.(\d+)$/, 'monitoringDates.$1.date'),
        ),
    );
    if (!detail) return;
    await apply(detail, t('saved', { n: detail.plans[0]?.version ?? '' }));
    onDone(true);
  }

  return (
    <form
      id={PLAN_FORM_ID}
      noValidate
      onSubmit={form.handleSubmit(submit)}
      className="flex min-w-0 flex-col gap-8"
    >
      <FormErrors
        formId={PLAN_FORM_ID}
        errors={errors}
        submitCount={submitCount}
        labels={{
          personWords: t('personWords'),
          goals: t('goals'),
          actions: t('actions'),
          monitoringDates: t('monitoringDates'),
          nextReviewOn: t('nextReviewOn'),
        }}
      />
      <FormFailure ref={box} failure={failure} hasFieldErrors={Object.keys(errors).length > 0} />
      <TextArea
        id={id('personWords')}
        label={t('personWords')}
        hint={t('personWordsHint')}
        required
        rows={3}
        maxLength={2000}
        error={msg(errors.personWords?.message)}
        {...form.register('personWords')}
      />
      <GoalsFields form={form} />
      <ActionsFields form={form} team={teamAgencies(caseDetail.team)} />
      <Fieldset id={id('flags')} legend={t('flags')}>
        <div className="flex min-w-0 flex-col gap-3">
          <Checkbox
            id={id('participationSupport')}
            label={t('participation')}
            hint={t('participationHint')}
            {...form.register('participationSupport')}
          />
          <Checkbox
            id={id('outreach')}
            label={t('outreach')}
            hint={t('outreachHint')}
            {...form.register('outreach')}
          />
        </div>
      </Fieldset>
      <MonitoringDatesFields form={form} />
      <WarekiDateField
        id={id('nextReviewOn')}
        label={t('nextReviewOn')}
        required
        registration={form.register('nextReviewOn')}
        value={nextReviewOn}
        error={msg(errors.nextReviewOn?.message)}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" busy={busy}>
          {t('save')}
        </Button>
        <Button variant="secondary" onClick={() => onDone(false)}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}
