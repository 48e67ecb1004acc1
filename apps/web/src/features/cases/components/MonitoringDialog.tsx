import {
  GOAL_EVALUATION_LABELS,
  GOAL_EVALUATIONS,
  type GoalEvaluation,
  MONITORING_DECISION_LABELS,
  MONITORING_DECISIONS,
  type Monitoring,
  type MonitoringDecision,
  type MonitoringInput,
  monitoringInputSchema,
} from '@tsunagu/contracts/cases';
import { useForm, useWatch } from 'react-hook-form';
import { Fieldset } from '../../../components/Checkbox';
import { Notice } from '../../../components/FormError';
import { FormFailure, useFormRun } from '../../../components/FormFailure';
import { RadioGroup } from '../../../components/Radio';
import { TextArea } from '../../../components/TextField';
import { emptyToNull } from '../../../lib/form';
import { todayIso } from '../../../lib/format';
import { localizeBilingual, useI18n, useLabel, useT } from '../../../lib/i18n';
import { FormDialog } from '../../households/components/FormDialog';
import { WarekiDateField } from '../../intakes/components/WarekiDateField';
import { FormErrors } from '../../referrals/components/FormErrors';
import { CHOOSE_ONE, placeServerIssues, sharedResolver, unchosen } from '../../referrals/form-values';
import { recordMonitoring } from '../api';
import { rowError } from '../form-values';
import { planMessages } from '../plan-messages';
import { type CaseDialogProps, useCaseUpdate } from '../use-case-update';

const FORM_ID = 'case-monitoring';

type MonitoringValues = {
  doneOn: string;
  evaluations: { goalIndex: number; result: GoalEvaluation | ''; comment: string | null }[];
  decision: MonitoringDecision | '';
  note: string | null;
};

const resolver = sharedResolver<MonitoringValues, MonitoringInput>(
  monitoringInputSchema,
  (values, errors) => {
    unchosen(values, errors, 'decision', CHOOSE_ONE);
    const rows = errors.evaluations as unknown as
      | Record<number, { result?: { message?: string } }>
      | undefined;
    values.evaluations.forEach((e, i) => {
      const row = rows?.[i];
      if (row?.result && e.result === '') row.result.message = CHOOSE_ONE;
    });
  },
);

/**
 * モニタリングを記録: every goal of the plan evaluated (達成 / 一部達成 / 未達成, with a comment), then
 * continue the plan or 再検討, which sends the case back to planning.
 */
export function MonitoringDialog({
  monitoring,
  ...props
}: CaseDialogProps & { monitoring: Monitoring | null }) {
  const t = useT(planMessages);
  return (
    <FormDialog
      open={props.open}
      onClose={props.onClose}
      title={t('monitoringTitle')}
      formId={FORM_ID}
      submitLabel={t('submitMonitoring')}
    >
      {(onBusy) =>
        monitoring ? <MonitoringForm {...props} monitoring={monitoring} onBusy={onBusy} /> : null
      }
    </FormDialog>
  );
}

function MonitoringForm({
  caseDetail,
  monitoring,
  onClose,
  onBusy,
}: CaseDialogProps & { monitoring: Monitoring; onBusy: (busy: boolean) => void }) {
  const t = useT(planMessages);
  const { locale } = useI18n();
  const label = useLabel();
  const { apply, reload } = useCaseUpdate();
  const { failure, box, run } = useFormRun(onBusy, () => reload(caseDetail.id));
  const goals = caseDetail.plans.find((p) => p.id === monitoring.planId)?.goals ?? [];
  const form = useForm<MonitoringValues, unknown, MonitoringInput>({
    resolver,
    defaultValues: {
      doneOn: todayIso(),
      evaluations: goals.map((_, goalIndex) => ({ goalIndex, result: '', comment: null })),
      decision: '',
      note: null,
    },
    shouldFocusError: false,
  });
  const [doneOn, decision] = useWatch({ control: form.control, name: ['doneOn', 'decision'] });
  const { errors, submitCount } = form.formState;
  const msg = (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);

  async function submit(input: MonitoringInput) {
    const detail = await run(
      () => recordMonitoring(monitoring.id, input),
      (err) => placeServerIssues(err, form.setError, locale),
    );
    if (!detail) return;
    onClose();
    await apply(detail, t('monitoringRecorded'));
  }

  return (
    <form
      id={FORM_ID}
      noValidate
      onSubmit={form.handleSubmit(submit)}
      className="flex min-w-0 flex-col gap-6"
    >
      <p className="text-std-16N-170 text-solid-gray-800">
        {t('monitoringLead', { n: monitoring.planVersion })}
      </p>
      <FormErrors
        formId={FORM_ID}
        errors={errors}
        submitCount={submitCount}
        labels={{
          doneOn: t('doneOn'),
          evaluations: t('evaluation'),
          decision: t('decision'),
          note: t('note'),
        }}
      />
      <FormFailure ref={box} failure={failure} hasFieldErrors={Object.keys(errors).length > 0} />
      <WarekiDateField
        id={`${FORM_ID}-doneOn`}
        label={t('doneOn')}
        required
        max={todayIso()}
        registration={form.register('doneOn')}
        value={doneOn}
        error={msg(errors.doneOn?.message)}
      />
      <div id={`${FORM_ID}-evaluations`} className="flex min-w-0 flex-col gap-4">
        {goals.map((goal, i) => (
          <Fieldset
            // biome-ignore lint/suspicious/noArrayIndexKey: goals are numbered by position in the plan
            key={i}
            id={`${FORM_ID}-goal-${i}`}
            legend={`${t('goalN', { n: i + 1 })}：${goal.text}`}
            nested
            className="rounded-8 border border-solid-gray-420 p-4"
          >
            <div className="flex min-w-0 flex-col gap-4">
              <RadioGroup
                id={`${FORM_ID}-evaluations-${i}-result`}
                legend={t('evaluation')}
                required
                columns={2}
                error={msg(rowError(errors.evaluations, i, 'result'))}
                codes={GOAL_EVALUATIONS}
                labelOf={(code) => label(GOAL_EVALUATION_LABELS[code])}
                registration={form.register(`evaluations.${i}.result`)}
              />
              <TextArea
                id={`${FORM_ID}-evaluations-${i}-comment`}
                label={t('comment')}
                rows={2}
                maxLength={1000}
                {...form.register(`evaluations.${i}.comment`, { setValueAs: emptyToNull })}
              />
            </div>
          </Fieldset>
        ))}
      </div>
      <RadioGroup
        id={`${FORM_ID}-decision`}
        legend={t('decision')}
        required
        error={msg(errors.decision?.message)}
        codes={MONITORING_DECISIONS}
        labelOf={(code) => label(MONITORING_DECISION_LABELS[code])}
        registration={form.register('decision')}
      />
      {decision === 'review' ? <Notice tone="warning">{t('reviewChosen')}</Notice> : null}
      <TextArea
        id={`${FORM_ID}-note`}
        label={t('note')}
        rows={3}
        maxLength={2000}
        error={msg(errors.note?.message)}
        {...form.register('note', { setValueAs: emptyToNull })}
      />
    </form>
  );
}
