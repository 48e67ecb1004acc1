import { formatWareki, parseWareki } from '@tsunagu/japan';
import { type InputHTMLAttributes, type KeyboardEvent, type ReactNode, useState } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { Button } from '../../../components/Button';
import { controlClass, Field, FieldError } from '../../../components/Field';
import { useT } from '../../../lib/i18n';
import { ageAt } from '../../households/people';
import { intakeMessages } from '../messages';

/** Props of {@link WarekiDateField}. */
export interface WarekiDateFieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  /** react-hook-form's registration of the 'YYYY-MM-DD' value. */
  registration: UseFormRegisterReturn;
  /** The current value, watched, to show it in 和暦. */
  value: string | null | undefined;
  /** Shows the age on this date beside the 和暦 (birth dates). */
  ageOnDate?: string | undefined;
  /** Offers a second box that takes a 和暦 date ('昭和23年2月29日', 'S23.2.29') and sets the value. */
  onWareki?: (iso: string) => void;
  min?: InputHTMLAttributes<HTMLInputElement>['min'];
  max?: InputHTMLAttributes<HTMLInputElement>['max'];
}

function warekiOf(value: string | null | undefined): string | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  try {
    return formatWareki(value);
  } catch {
    return null;
  }
}

/**
 * A 西暦 date input (the browser's date picker) that shows the date in 和暦 beside it, and for birth
 * dates the age and an optional 和暦 entry box, since people often state their birth date that way.
 */
export function WarekiDateField({
  id,
  label,
  hint,
  error,
  required,
  registration,
  value,
  ageOnDate,
  onWareki,
  min,
  max,
}: WarekiDateFieldProps) {
  const t = useT(intakeMessages);
  const [text, setText] = useState('');
  const [textError, setTextError] = useState<string | null>(null);
  const wareki = warekiOf(value);
  const age = wareki && ageOnDate ? ageAt(value, ageOnDate) : null;
  const viewId = `${id}-wareki-view`;
  const describedBy = [hint ? `${id}-hint` : '', viewId, error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');

  function apply() {
    const typed = text.trim();
    if (!typed || !onWareki) {
      setTextError(null);
      return;
    }
    try {
      onWareki(parseWareki(typed));
      setTextError(null);
    } catch {
      setTextError(t('warekiInvalid'));
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter') return;
    // Enter in this box converts the date; it must not submit the whole form.
    event.preventDefault();
    apply();
  }

  const warekiId = `${id}-wareki`;
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required}>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <input
          id={id}
          type="date"
          min={min}
          max={max}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={controlClass(error, 'min-h-12 max-w-[14rem] py-2')}
          {...registration}
        />
        <p id={viewId} aria-live="polite" className="text-std-16N-170 text-solid-gray-900">
          {wareki ? (
            <>
              <span>{t('warekiIs', { date: wareki })}</span>
              {age !== null ? <span className="ml-3 text-std-16B-170">{t('ageIs', { age })}</span> : null}
            </>
          ) : null}
        </p>
      </div>
      {onWareki ? (
        <div className="mt-1 flex flex-wrap items-end gap-2">
          <div className="flex flex-col gap-1">
            <label htmlFor={warekiId} className="text-dns-14B-130 text-solid-gray-800">
              {t('warekiInput')}
              <span className="ml-2 font-normal text-solid-gray-700">{t('warekiInputHint')}</span>
            </label>
            <input
              id={warekiId}
              type="text"
              inputMode="text"
              autoComplete="off"
              value={text}
              onChange={(event) => setText(event.target.value)}
              onBlur={apply}
              onKeyDown={onKeyDown}
              aria-invalid={textError ? true : undefined}
              aria-describedby={textError ? `${warekiId}-error` : undefined}
              className={controlClass(textError, 'min-h-12 max-w-[16rem] py-2')}
            />
          </div>
          <Button variant="secondary" onClick={apply}>
            {t('warekiApply')}
          </Button>
          <div className="basis-full empty:hidden">
            <FieldError id={warekiId} error={textError ?? undefined} />
          </div>
        </div>
      ) : null}
    </Field>
  );
}
