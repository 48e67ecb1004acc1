import type { CodeLists } from '@tsunagu/contracts/settings';
import { useEffect, useMemo } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { Select } from '../../../components/Select';
import { localizeBilingual, useI18n, useT } from '../../../lib/i18n';
import { fullName } from '../../households/people';
import { activeItems, useCodeLabel } from '../../settings/api';
import { type IntakeForm, intakeFieldId } from '../form-values';
import { intakeMessages } from '../messages';

const key = (member: number, code: string) => `${member}:${code}`;

/**
 * 主訴: one select listing "member — problem" for every problem ticked above. Unticking the chosen
 * problem (or removing its member) clears the choice rather than keeping a stale one.
 */
export function MainProblemField({ form, lists }: { form: IntakeForm; lists: CodeLists }) {
  const t = useT(intakeMessages);
  const { locale } = useI18n();
  const codeLabel = useCodeLabel();
  const members = useWatch({ control: form.control, name: 'members' });
  const order = useMemo(
    () => new Map(activeItems(lists, 'problem_category').map((item, i) => [item.code, i])),
    [lists],
  );
  const options = members.flatMap((m, member) => {
    const name = fullName(m.person) || t('unnamedMember', { n: member + 1 });
    return [...(m.problems ?? [])]
      .sort((a, b) => (order.get(a) ?? 999) - (order.get(b) ?? 999))
      .map((code) => ({
        value: key(member, code),
        text: `${name} — ${codeLabel('problem_category', code)}`,
      }));
  });
  const optionKeys = options.map((o) => o.value).join('|');

  useEffect(() => {
    const current = form.getValues('mainProblem');
    if (current && !optionKeys.split('|').includes(key(current.member, current.code)))
      form.setValue('mainProblem', null, { shouldValidate: form.formState.isSubmitted });
  }, [optionKeys, form]);

  const error = form.formState.errors.mainProblem?.message;
  return (
    <Controller
      control={form.control}
      name="mainProblem"
      render={({ field }) => {
        const current = field.value ? key(field.value.member, field.value.code) : '';
        const value = options.some((o) => o.value === current) ? current : '';
        return (
          <Select
            id={intakeFieldId('mainProblem')}
            label={t('mainProblem')}
            hint={t('mainProblemHint')}
            required
            error={error ? localizeBilingual(error, locale) : undefined}
            ref={field.ref}
            name={field.name}
            value={value}
            onBlur={field.onBlur}
            onChange={(event) => {
              const [member, code] = event.target.value.split(':');
              field.onChange(member !== undefined && code ? { member: Number(member), code } : null);
            }}
          >
            <option value="">{options.length > 0 ? t('choose') : t('mainProblemNone')}</option>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.text}
              </option>
            ))}
          </Select>
        );
      }}
    />
  );
}
