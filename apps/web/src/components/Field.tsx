import type { ReactNode } from 'react';
import { useT } from '../lib/i18n';
import { commonMessages } from '../lib/messages';

/** Props shared by labelled form controls. */
export interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
}

/** The ids a control must reference in aria-describedby. */
export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** The 必須 / 任意 tag after a label. */
export function RequiredTag({ required }: { required?: boolean }) {
  const t = useT(commonMessages);
  if (!required) return null;
  return (
    <span className="ml-2 inline-block rounded-4 bg-error-2 px-1.5 py-0.5 align-middle text-oln-14B-100 text-white">
      {t('required')}
    </span>
  );
}

/** A field's error message, linked to its control by id. */
export function FieldError({ id, error }: { id: string; error?: string | undefined }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="mt-1 flex gap-1 text-dns-16N-130 text-error-2">
      <span aria-hidden="true">⚠</span>
      <span>{error}</span>
    </p>
  );
}

/** Label, hint and error around one control. */
export function Field({ id, label, hint, error, required, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-std-16B-170 text-solid-gray-900">
        {label}
        <RequiredTag required={required} />
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-dns-14N-130 text-solid-gray-700">
          {hint}
        </p>
      ) : null}
      {children}
      <FieldError id={id} error={error} />
    </div>
  );
}

/** The border and focus style of text inputs and selects. */
export function controlClass(error: unknown, extra = ''): string {
  const border = error ? 'border-error-1' : 'border-solid-gray-600 hover:border-black';
  return (
    `w-full rounded-8 border bg-white px-4 text-std-16N-170 text-solid-gray-900 ${border} ` +
    `disabled:border-solid-gray-300 disabled:bg-solid-gray-50 disabled:text-solid-gray-536 ` +
    `[&[readonly]]:border-solid-gray-420 [&[readonly]]:bg-solid-gray-50 ${extra}`
  ).trim();
}
