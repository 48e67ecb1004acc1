import { useFieldArray, useWatch } from 'react-hook-form';
import { Button } from '../../../components/Button';
import { Fieldset } from '../../../components/Checkbox';
import { TextArea } from '../../../components/TextField';
import { fieldId } from '../../../lib/form';
import { localizeBilingual, useI18n, useT } from '../../../lib/i18n';
import { WarekiDateField } from '../../intakes/components/WarekiDateField';
import { listError, rowError } from '../form-values';
import { PLAN_FORM_ID, type PlanForm, removeGoal } from '../plan-form-values';
import { planMessages } from '../plan-messages';

/** Most goals and monitoring dates a plan version may have (planInputSchema). */
const MAX_GOALS = 10;
const MAX_DATES = 12;

/** 目標: one text box per goal; goals can be added and removed (their actions follow). */
export function GoalsFields({ form }: { form: PlanForm }) {
  const t = useT(planMessages);
  const { locale } = useI18n();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'goals' });
  const errors = form.formState.errors.goals;
  const msg = (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);
  const id = fieldId(PLAN_FORM_ID, 'goals');
  return (
    <Fieldset id={id} legend={t('goals')} required error={msg(listError(errors))}>
      <ol className="flex min-w-0 flex-col gap-4">
        {fields.map((field, i) => (
          <li key={field.id} className="flex min-w-0 flex-col gap-2 sm:flex-row sm:items-start sm:gap-3">
            <div className="flex-1">
              <TextArea
                id={`${id}-${i}-text`}
                label={t('goalN', { n: i + 1 })}
                required
                rows={2}
                maxLength={500}
                error={msg(rowError(errors, i, 'text'))}
                {...form.register(`goals.${i}.text`)}
              />
            </div>
            {fields.length > 1 ? (
              <Button
                variant="tertiary"
                size="sm"
                className="sm:mt-9"
                onClick={() => removeGoal(form, i, remove)}
              >
                {t('removeGoal', { n: i + 1 })}
              </Button>
            ) : null}
          </li>
        ))}
      </ol>
      {fields.length < MAX_GOALS ? (
        <Button variant="secondary" size="sm" className="mt-3" onClick={() => append({ text: '' })}>
          {t('addGoal')}
        </Button>
      ) : null}
    </Fieldset>
  );
}

/** モニタリング日: one date per row, in 和暦 beside each; dates can be added and removed. */
export function MonitoringDatesFields({ form }: { form: PlanForm }) {
  const t = useT(planMessages);
  const { locale } = useI18n();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'monitoringDates' });
  const values = useWatch({ control: form.control, name: 'monitoringDates' });
  const errors = form.formState.errors.monitoringDates;
  const msg = (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);
  const id = fieldId(PLAN_FORM_ID, 'monitoringDates');
  return (
    <Fieldset id={id} legend={t('monitoringDates')} required error={msg(listError(errors))}>
      <ol className="flex min-w-0 flex-col gap-4">
        {fields.map((field, i) => (
          <li key={field.id} className="flex min-w-0 flex-col gap-2 sm:flex-row sm:items-start sm:gap-3">
            <div className="flex-1">
              <WarekiDateField
                id={`${id}-${i}`}
                label={t('monitoringN', { n: i + 1 })}
                required
                registration={form.register(`monitoringDates.${i}.date`)}
                value={values?.[i]?.date}
                error={msg(rowError(errors, i) ?? rowError(errors, i, 'date'))}
              />
            </div>
            {fields.length > 1 ? (
              <Button variant="tertiary" size="sm" className="sm:mt-9" onClick={() => remove(i)}>
                {t('removeMonitoring', { n: i + 1 })}
              </Button>
            ) : null}
          </li>
        ))}
      </ol>
      {fields.length < MAX_DATES ? (
        <Button variant="secondary" size="sm" className="mt-3" onClick={() => append({ date: '' })}>
          {t('addMonitoring')}
        </Button>
      ) : null}
    </Fieldset>
  );
}
