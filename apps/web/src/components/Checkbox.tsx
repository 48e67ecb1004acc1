import { forwardRef, type InputHTMLAttributes, type ReactNode } from 'react';
import { FieldError, RequiredTag } from './Field';

/** Props of {@link Checkbox}. */
export interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
}

/** A native checkbox with its label; the whole label is the click target. */
export const Checkbox = forwardRef<HTMLInputElement, CheckboxProps>(function Checkbox(
  { id, label, hint, className = '', ...rest },
  ref,
) {
  return (
    <div className={`flex items-start gap-2 ${className}`}>
      <input
        ref={ref}
        id={id}
        type="checkbox"
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="mt-1 size-6 shrink-0 cursor-pointer accent-blue-900"
        {...rest}
      />
      <div className="flex flex-col">
        <label htmlFor={id} className="cursor-pointer text-std-16N-170">
          {label}
        </label>
        {hint ? (
          <span id={`${id}-hint`} className="text-dns-14N-130 text-solid-gray-700">
            {hint}
          </span>
        ) : null}
      </div>
    </div>
  );
});

/** Props of {@link Fieldset}. */
export interface FieldsetProps {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  children: ReactNode;
  className?: string;
  /** Visually smaller legend for nested groups. */
  nested?: boolean;
}

/** A group of related controls (checkboxes, radios) under a legend. */
export function Fieldset({
  id,
  legend,
  hint,
  error,
  required,
  children,
  className = '',
  nested,
}: FieldsetProps) {
  const describedBy =
    [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      id={id}
      aria-describedby={describedBy}
      aria-invalid={error ? true : undefined}
      className={`min-w-0 ${className}`}
    >
      <legend className={nested ? 'mb-2 text-std-16B-170' : 'mb-3 text-std-20B-150'}>
        {legend}
        <RequiredTag required={required} />
      </legend>
      {hint ? (
        <p id={`${id}-hint`} className="mb-2 text-dns-14N-130 text-solid-gray-700">
          {hint}
        </p>
      ) : null}
      {children}
      <FieldError id={id} error={error} />
    </fieldset>
  );
}
