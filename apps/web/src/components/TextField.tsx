import { forwardRef, type InputHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { controlClass, describedBy, Field, type FieldProps } from './Field';

/** Props of {@link TextField}. */
export type TextFieldProps = FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>;

/** A labelled single-line input; spread react-hook-form's `register()` onto it. */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { id, label, hint, error, required, className = '', ...rest },
  ref,
) {
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required}>
      <input
        ref={ref}
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        aria-required={required || undefined}
        className={controlClass(error, `min-h-12 py-2 ${className}`)}
        {...rest}
      />
    </Field>
  );
});

/** Props of {@link TextArea}. */
export type TextAreaProps = FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>;

/** A labelled multi-line input. */
export const TextArea = forwardRef<HTMLTextAreaElement, TextAreaProps>(function TextArea(
  { id, label, hint, error, required, className = '', rows = 4, ...rest },
  ref,
) {
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required}>
      <textarea
        ref={ref}
        id={id}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        aria-required={required || undefined}
        className={controlClass(error, `py-3 ${className}`)}
        {...rest}
      />
    </Field>
  );
});
