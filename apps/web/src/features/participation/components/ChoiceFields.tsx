import { WEEKDAY_LABELS, WEEKDAYS } from '@tsunagu/contracts/participation';
import type { CodeListName } from '@tsunagu/contracts/settings';
import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { Checkbox, Fieldset } from '../../../components/Checkbox';
import { useLabel } from '../../../lib/i18n';
import { activeItems, useCodeLists } from '../../settings/api';

/** The items of one tenant code list (業務, 制約, 業種, 関心, 配慮) as a checkbox group of one form field. */
export function CodeCheckboxes({
  id,
  list,
  legend,
  hint,
  error,
  registration,
  required,
}: {
  /** The fieldset's id; each box's id is `${id}-${code}`. */
  id: string;
  list: CodeListName;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  registration: UseFormRegisterReturn;
  required?: boolean;
}) {
  const label = useLabel();
  const items = activeItems(useCodeLists(), list);
  return (
    <Fieldset id={id} legend={legend} hint={hint} error={error} required={required} nested>
      <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {items.map((item) => (
          <Checkbox
            key={item.code}
            id={`${id}-${item.code}`}
            value={item.code}
            label={label(item)}
            {...registration}
          />
        ))}
      </div>
    </Fieldset>
  );
}

/** The active items of one tenant code list as the options of a select. */
export function CodeOptions({ list }: { list: CodeListName }) {
  const label = useLabel();
  return (
    <>
      {activeItems(useCodeLists(), list).map((item) => (
        <option key={item.code} value={item.code}>
          {label(item)}
        </option>
      ))}
    </>
  );
}

/** Fixed codes (種別, 目的, 段階 …) as the options of a select, each with its label. */
export function LabelledOptions<C extends string>({
  codes,
  labels,
}: {
  codes: readonly C[];
  labels: Record<C, { ja: string; en: string }>;
}) {
  const label = useLabel();
  return (
    <>
      {codes.map((code) => (
        <option key={code} value={code}>
          {label(labels[code])}
        </option>
      ))}
    </>
  );
}

/** 曜日: 月〜日 as a row of checkboxes of one form field. */
export function WeekdayCheckboxes({
  id,
  legend,
  hint,
  error,
  registration,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  registration: UseFormRegisterReturn;
}) {
  const label = useLabel();
  return (
    <Fieldset id={id} legend={legend} hint={hint} error={error} nested>
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {WEEKDAYS.map((day) => (
          <Checkbox
            key={day}
            id={`${id}-${day}`}
            value={day}
            label={label(WEEKDAY_LABELS[day])}
            {...registration}
          />
        ))}
      </div>
    </Fieldset>
  );
}

/** The labels of codes of one list, joined for reading ('清掃、調理補助'), or a dash. */
export function useCodeNames() {
  const label = useLabel();
  const lists = useCodeLists();
  return (list: CodeListName, codes: readonly string[]) => {
    if (codes.length === 0) return '—';
    return codes
      .map((code) => {
        const item = lists?.[list]?.find((i) => i.code === code);
        return item ? label(item) : code;
      })
      .join('、');
  };
}

/** 曜日 codes as '月・水・金', or a dash. */
export function useDayNames() {
  const label = useLabel();
  return (days: readonly string[]) =>
    days.length === 0
      ? '—'
      : WEEKDAYS.filter((d) => days.includes(d))
          .map((d) => label(WEEKDAY_LABELS[d]))
          .join('・');
}
