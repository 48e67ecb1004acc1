import type { FieldErrors, FieldValues } from 'react-hook-form';
import { ErrorSummary } from '../../../components/FormError';
import { fieldId, flattenErrors } from '../../../lib/form';
import { localizeBilingual, useI18n } from '../../../lib/i18n';

/**
 * The problems of a form after a submit, above it, each linked to its field ('氏名（姓）：…'). Fields are
 * named by their full path ('person.familyName') where `labels` has it, else by the top-level field.
 * It takes focus, so in a dialog the user hears what to fix without hunting for it.
 */
export function FormProblems<V extends FieldValues>({
  formId,
  errors,
  submitCount,
  labels,
}: {
  formId: string;
  errors: FieldErrors<V>;
  submitCount: number;
  labels: Record<string, string>;
}) {
  const { locale } = useI18n();
  if (submitCount === 0) return null;
  const items = flattenErrors(errors).map(([path, message]) => {
    const root = path.split('.')[0] ?? path;
    const key = labels[path] !== undefined ? path : root;
    return {
      fieldId: fieldId(formId, key),
      message: `${labels[key] ?? key}${locale === 'ja' ? '：' : ': '}${localizeBilingual(message, locale)}`,
    };
  });
  return <ErrorSummary id={`${formId}-summary`} items={items} focusKey={submitCount} />;
}
