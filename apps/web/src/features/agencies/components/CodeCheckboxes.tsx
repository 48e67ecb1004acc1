import type { CodeLists } from '@tsunagu/contracts/settings';
import { useWatch } from 'react-hook-form';
import { Checkbox, Fieldset } from '../../../components/Checkbox';
import { fieldId } from '../../../lib/form';
import { localizeBilingual, useI18n, useLabel, useT } from '../../../lib/i18n';
import { activeItems } from '../../settings/api';
import { AGENCY_FORM_ID, type AgencyForm } from '../form-values';
import { agencyMessages } from '../messages';

/** 対応する分野: the problem categories as a checkbox group. */
export function FieldsFieldset({ form, lists }: { form: AgencyForm; lists: CodeLists | undefined }) {
  const t = useT(agencyMessages);
  const label = useLabel();
  const { locale } = useI18n();
  const error = form.formState.errors.fields?.message;
  const id = fieldId(AGENCY_FORM_ID, 'fields');
  return (
    <Fieldset
      id={id}
      legend={t('sectionFields')}
      hint={t('fieldsHint')}
      error={error ? localizeBilingual(error, locale) : undefined}
    >
      <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {activeItems(lists, 'problem_category').map((item) => (
          <Checkbox
            key={item.code}
            id={`${id}-${item.code}`}
            value={item.code}
            label={label(item)}
            {...form.register('fields')}
          />
        ))}
      </div>
    </Fieldset>
  );
}

/**
 * 担当地区: welfare districts, then each welfare district's school districts in a collapsible group
 * (opened when something inside is ticked), so 100 checkboxes stay manageable.
 */
export function DistrictsFieldset({ form, lists }: { form: AgencyForm; lists: CodeLists | undefined }) {
  const t = useT(agencyMessages);
  const label = useLabel();
  const { locale } = useI18n();
  const selected = useWatch({ control: form.control, name: 'districts' }) ?? [];
  const error = form.formState.errors.districts?.message;
  const id = fieldId(AGENCY_FORM_ID, 'districts');
  const welfare = activeItems(lists, 'welfare_district');
  const schools = activeItems(lists, 'school_district');
  return (
    <Fieldset
      id={id}
      legend={t('sectionDistricts')}
      hint={t('districtsHint')}
      error={error ? localizeBilingual(error, locale) : undefined}
    >
      <div className="flex flex-col gap-4">
        <Fieldset id={`${id}-welfare`} legend={t('welfareDistricts')} nested>
          <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {welfare.map((item) => (
              <Checkbox
                key={item.code}
                id={`${id}-${item.code}`}
                value={item.code}
                label={label(item)}
                {...form.register('districts')}
              />
            ))}
          </div>
        </Fieldset>
        {welfare.map((w) => {
          const children = schools.filter((s) => s.parentCode === w.code);
          if (children.length === 0) return null;
          const count = children.filter((s) => selected.includes(s.code)).length;
          return (
            <details key={w.code} open={count > 0} className="rounded-8 border border-solid-gray-420">
              <summary className="cursor-pointer px-4 py-3 text-std-16B-170">
                {t('schoolDistrictsOf', { name: label(w) })}
                {count > 0 ? (
                  <span className="ml-2 text-dns-14N-130 text-solid-gray-800">（{count}）</span>
                ) : null}
              </summary>
              <div className="grid gap-2 border-t border-solid-gray-200 px-4 py-3 sm:grid-cols-2 lg:grid-cols-4">
                {children.map((s) => (
                  <Checkbox
                    key={s.code}
                    id={`${id}-${s.code}`}
                    value={s.code}
                    label={label(s)}
                    {...form.register('districts')}
                  />
                ))}
              </div>
            </details>
          );
        })}
      </div>
    </Fieldset>
  );
}
