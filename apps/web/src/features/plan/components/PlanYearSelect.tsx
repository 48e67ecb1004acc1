import { fiscalYearLabel } from '@tsunagu/japan';
import { useId } from 'react';
import { Select } from '../../../components/Select';
import { useI18n, useT } from '../../../lib/i18n';
import { planMessages } from '../messages';

/** The years from `from` to `to`, in order. */
export function yearRange(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

/** The 年度 picker of the plan pages: one option per 年度 of the plan, in 和暦. */
export function PlanYearSelect({
  years,
  value,
  onChange,
  hint,
}: {
  years: number[];
  value: number;
  onChange: (fiscalYear: number) => void;
  hint?: string;
}) {
  const t = useT(planMessages);
  const { locale } = useI18n();
  const id = useId();
  const options = years.includes(value) ? years : [...years, value].sort((a, b) => a - b);
  return (
    <div className="max-w-xs">
      <Select
        id={`${id}-year`}
        label={t('fiscalYear')}
        hint={hint}
        value={value}
        onChange={(event) => onChange(Number(event.target.value))}
      >
        {options.map((fy) => (
          <option key={fy} value={fy}>
            {fiscalYearLabel(fy, { locale })}
          </option>
        ))}
      </Select>
    </div>
  );
}
