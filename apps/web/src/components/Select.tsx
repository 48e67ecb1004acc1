import { forwardRef, type SelectHTMLAttributes } from 'react';
import { controlClass, describedBy, Field, type FieldProps } from './Field';

/** Props of {@link Select}. */
export type SelectProps = FieldProps & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'>;

/** A labelled native select (options and optgroups as children): works with keyboard and screen readers. */
export const Select = forwardRef<HTMLSelectElement, SelectProps>(function Select(
  { id, label, hint, error, required, className = '', children, ...rest },
  ref,
) {
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required}>
      <div className="relative">
        <select
          ref={ref}
          id={id}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          aria-required={required || undefined}
          className={controlClass(error, `min-h-12 appearance-none py-2 pr-10 ${className}`)}
          {...rest}
        >
          {children}
        </select>
        <span
          aria-hidden="true"
          className="pointer-events-none absolute top-1/2 right-4 -translate-y-1/2 text-solid-gray-800"
        >
          ▾
        </span>
      </div>
    </Field>
  );
});
