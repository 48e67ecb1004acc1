import { fiscalYearLabel } from '@tsunagu/japan';
import { useId } from 'react';
import { Select } from '../../../components/Select';
import { useI18n } from '../../../lib/i18n';

/** A 年度 picker: one option per 年度 in 和暦 (令和4年度), the value given always among them. */
export function FiscalYearSelect({
  label,
  value,
  years,
  onChange,
  hint,
}: {
  label: string;
  value: number;
  years: readonly number[];
  onChange: (fiscalYear: number) => void;
  hint?: string;
}) {
  const { locale } = useI18n();
  const id = useId();
  const options = years.includes(value) ? years : [...years, value].sort((a, b) => a - b);
  return (
    <div className="w-full max-w-[12rem]">
      <Select
        id={`${id}-year`}
        label={label}
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
