import { useFieldArray, useWatch } from 'react-hook-form';
import { Button } from '../../../components/Button';
import { Fieldset } from '../../../components/Checkbox';
import { Select } from '../../../components/Select';
import { TextArea } from '../../../components/TextField';
import { fieldId } from '../../../lib/form';
import { localizeBilingual, useI18n, useT } from '../../../lib/i18n';
import { WarekiDateField } from '../../intakes/components/WarekiDateField';
import { listError, rowError } from '../form-values';
import { PLAN_FORM_ID, type PlanForm } from '../plan-form-values';
import { planMessages } from '../plan-messages';
import { AgencySelect } from './AgencySelect';

/** Most actions a plan version may have (planInputSchema). */
const MAX_ACTIONS = 30;

/**
 * 支援内容: per action the goal it serves, what is done, the owner agency (the team's agencies first)
 * and the due date. On approval each action goes to its owner agency's task list.
 */
export function ActionsFields({
  form,
  team,
}: {
  form: PlanForm;
  team: readonly { id: string; name: string }[];
}) {
  const t = useT(planMessages);
  const { locale } = useI18n();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'actions' });
  const goals = useWatch({ control: form.control, name: 'goals' }) ?? [];
  const actions = useWatch({ control: form.control, name: 'actions' }) ?? [];
  const errors = form.formState.errors.actions;
  const msg = (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);
  const id = fieldId(PLAN_FORM_ID, 'actions');
  return (
    <Fieldset id={id} legend={t('actions')} error={msg(listError(errors))}>
      <ol className="flex min-w-0 flex-col gap-4">
        {fields.map((field, i) => (
          <li key={field.id}>
            <Fieldset
              id={`${id}-${i}`}
              legend={t('actionN', { n: i + 1 })}
              nested
              className="rounded-8 border border-solid-gray-420 p-4"
            >
              <div className="grid gap-4 md:grid-cols-2">
                <Select
                  id={`${id}-${i}-goalIndex`}
                  label={t('actionGoal')}
                  required
                  error={msg(rowError(errors, i, 'goalIndex'))}
                  {...form.register(`actions.${i}.goalIndex`)}
                >
                  <option value="">{t('chooseGoal')}</option>
                  {goals.map((g, gi) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: goals are numbered by position
                    <option key={gi} value={String(gi)}>
                      {`${t('goalN', { n: gi + 1 })}${g.text ? `：${g.text.slice(0, 30)}` : ''}`}
                    </option>
                  ))}
                </Select>
                <AgencySelect
                  id={`${id}-${i}-ownerAgencyId`}
                  label={t('actionOwner')}
                  required
                  registration={form.register(`actions.${i}.ownerAgencyId`)}
                  preferred={team}
                  error={msg(rowError(errors, i, 'ownerAgencyId'))}
                />
                <div className="md:col-span-2">
                  <TextArea
                    id={`${id}-${i}-text`}
                    label={t('actionText')}
                    required
                    rows={2}
                    maxLength={500}
                    error={msg(rowError(errors, i, 'text'))}
                    {...form.register(`actions.${i}.text`)}
                  />
                </div>
                <WarekiDateField
                  id={`${id}-${i}-dueOn`}
                  label={t('actionDue')}
                  required
                  registration={form.register(`actions.${i}.dueOn`)}
                  value={actions[i]?.dueOn}
                  error={msg(rowError(errors, i, 'dueOn'))}
                />
              </div>
              <Button variant="tertiary" size="sm" className="mt-3" onClick={() => remove(i)}>
                {t('removeAction', { n: i + 1 })}
              </Button>
            </Fieldset>
          </li>
        ))}
      </ol>
      {fields.length < MAX_ACTIONS ? (
        <Button
          variant="secondary"
          size="sm"
          className="mt-3"
          onClick={() =>
            append({ goalIndex: goals.length === 1 ? '0' : '', text: '', ownerAgencyId: '', dueOn: '' })
          }
        >
          {t('addAction')}
        </Button>
      ) : null}
    </Fieldset>
  );
}
