import type { CodeListItem } from '@tsunagu/contracts/settings';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { Checkbox } from '../../../components/Checkbox';
import { Select } from '../../../components/Select';
import { TextField } from '../../../components/TextField';
import { useLabel, useT } from '../../../lib/i18n';
import { settingsMessages } from '../messages';

/** The fields both the add and the edit form have. */
export type CommonItemField = 'labelJa' | 'labelEn' | 'parentCode' | 'sortOrder' | 'active' | 'sample';

/** Props of {@link CodeListItemFields}. */
export interface CodeListItemFieldsProps {
  formId: string;
  /** Registers a field; the form applies number / empty-to-null conversion for sortOrder and parentCode. */
  field: (name: CommonItemField) => UseFormRegisterReturn;
  errorOf: (name: CommonItemField) => string | undefined;
  /** Welfare districts, when the list's items belong to one (school districts). */
  parents?: CodeListItem[];
}

/** Names, parent, order and flags of a code-list item. */
export function CodeListItemFields({ formId, field, errorOf, parents }: CodeListItemFieldsProps) {
  const t = useT(settingsMessages);
  const label = useLabel();
  return (
    <>
      <TextField
        id={`${formId}-labelJa`}
        label={t('labelJa')}
        required
        error={errorOf('labelJa')}
        {...field('labelJa')}
      />
      <TextField
        id={`${formId}-labelEn`}
        label={t('labelEn')}
        required
        lang="en"
        error={errorOf('labelEn')}
        {...field('labelEn')}
      />
      {parents ? (
        <Select
          id={`${formId}-parentCode`}
          label={t('parentCode')}
          error={errorOf('parentCode')}
          {...field('parentCode')}
        >
          <option value="">{t('noParent')}</option>
          {parents.map((p) => (
            <option key={p.code} value={p.code}>
              {label(p)}
            </option>
          ))}
        </Select>
      ) : null}
      <TextField
        id={`${formId}-sortOrder`}
        type="number"
        inputMode="numeric"
        min={0}
        max={100000}
        label={t('sortOrder')}
        error={errorOf('sortOrder')}
        className="max-w-40"
        {...field('sortOrder')}
      />
      <div className="flex flex-col gap-2">
        <Checkbox id={`${formId}-active`} label={t('activeLabel')} {...field('active')} />
        <Checkbox id={`${formId}-sample`} label={t('sampleLabel')} {...field('sample')} />
      </div>
    </>
  );
}
