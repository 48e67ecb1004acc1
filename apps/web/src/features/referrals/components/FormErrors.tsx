import type { FieldErrors, FieldValues } from 'react-hook-form';
import { ErrorSummary } from '../../../components/FormError';
import { fieldId, flattenErrors } from '../../../lib/form';
import { localizeBilingual, useI18n } from '../../../lib/i18n';

/**
 * The problems of a referral form after a submit, above it, each linked to its field ('紹介の理由：…').
 * It takes focus, so in a dialog the user hears what to fix without hunting for it.
 */
export function FormErrors<V extends FieldValues>({
  formId,
  errors,
  submitCount,
  labels,
}: {
  formId: string;
  errors: FieldErrors<V>;
  submitCount: number;
  /** The field names the user sees, by the form's top-level field. */
  labels: Record<string, string>;
}) {
  const { locale } = useI18n();
  if (submitCount === 0) return null;
  const items = flattenErrors(errors).map(([path, message]) => {
    const root = path.split('.')[0] ?? path;
    return {
      fieldId: fieldId(formId, root),
      message: `${labels[root] ?? root}${locale === 'ja' ? '：' : ': '}${localizeBilingual(message, locale)}`,
    };
  });
  return <ErrorSummary id={`${formId}-summary`} items={items} focusKey={submitCount} />;
}
