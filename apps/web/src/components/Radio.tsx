import { forwardRef, type InputHTMLAttributes, type ReactNode } from 'react';
import { Fieldset } from './Checkbox';

/** Props of {@link Radio}. */
export interface RadioProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> {
  id: string;
  label: ReactNode;
}

/**
 * A native radio button in a bordered box, so the whole box is the click target (WCAG 2.5.8) and the
 * chosen one stands out by its border as well as the dot. Put a group of them in a Fieldset.
 */
export const Radio = forwardRef<HTMLInputElement, RadioProps>(function Radio(
  { id, label, className = '', ...rest },
  ref,
) {
  return (
    <label
      htmlFor={id}
      className={
        'flex min-h-12 cursor-pointer items-center gap-2 rounded-8 border border-solid-gray-420 bg-white px-3 py-2 ' +
        'text-std-16N-170 hover:border-black has-[:checked]:border-blue-900 has-[:checked]:bg-blue-50 ' +
        `has-[:checked]:ring-1 has-[:checked]:ring-blue-900 has-[:checked]:ring-inset ${className}`
      }
    >
      <input
        ref={ref}
        id={id}
        type="radio"
        className="size-5 shrink-0 cursor-pointer accent-blue-900"
        {...rest}
      />
      <span>{label}</span>
    </label>
  );
});

/** Props of {@link RadioGroup}. */
export interface RadioGroupProps<C extends string> {
  /** The fieldset's id; each radio's id is `${id}-${code}`. */
  id: string;
  legend: ReactNode;
  error?: string | undefined;
  required?: boolean;
  codes: readonly C[];
  labelOf: (code: C) => ReactNode;
  /** What react-hook-form's register() returns for the field (name, ref, onChange, onBlur). */
  registration: Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type' | 'value'> & {
    ref: (el: HTMLInputElement | null) => void;
  };
  /** Two columns from the small breakpoint, or one. */
  columns?: 1 | 2;
}

/** One choice among coded options: a Fieldset of Radios, all registered to one form field. */
export function RadioGroup<C extends string>({
  id,
  legend,
  error,
  required,
  codes,
  labelOf,
  registration,
  columns = 1,
}: RadioGroupProps<C>) {
  return (
    <Fieldset id={id} legend={legend} required={required} error={error} nested>
      <div className={columns === 2 ? 'grid gap-2 sm:grid-cols-2' : 'flex flex-col gap-2'}>
        {codes.map((code) => (
          <Radio key={code} id={`${id}-${code}`} value={code} label={labelOf(code)} {...registration} />
        ))}
      </div>
    </Fieldset>
  );
}
