import { zodResolver } from '@hookform/resolvers/zod';
import { type EmergencyAccessRequest, emergencyAccessRequestSchema } from '@tsunagu/contracts/households';
import { useEffect, useRef, useState } from 'react';
import { type Resolver, useForm, useWatch } from 'react-hook-form';
import { Button } from '../../../components/Button';
import { ErrorSummary, Notice } from '../../../components/FormError';
import { TextArea, TextField } from '../../../components/TextField';
import { isApiError } from '../../../lib/api';
import { useErrorText } from '../../../lib/errors';
import { applyServerIssues, fieldId, flattenErrors } from '../../../lib/form';
import { todayIso } from '../../../lib/format';
import { localizeBilingual, useI18n, useT } from '../../../lib/i18n';
import { WarekiDateField } from '../../intakes/components/WarekiDateField';
import { emergencyMessages } from '../messages';

const schemaResolver = zodResolver(emergencyAccessRequestSchema);

/** The shared schema's resolver, with "enter a date" for an empty birth date instead of the format message. */
const resolver: Resolver<EmergencyAccessRequest> = async (values, context, options) => {
  const result = await schemaResolver(values, context, options);
  const birth = result.errors.birthDate;
  if (birth && !values.birthDate) birth.message = '入力してください / required';
  return result;
};

const id = (path: string) => fieldId('emergency', path);

/**
 * The request for 緊急時のアクセス: ふりがな, birth date (西暦 or 和暦) and a written reason. Nobody
 * found is told plainly, with the rule that only an exact match counts.
 */
export function EmergencyAccessForm({
  onSubmit,
}: {
  onSubmit: (input: EmergencyAccessRequest) => Promise<void>;
}) {
  const t = useT(emergencyMessages);
  const { locale } = useI18n();
  const errorText = useErrorText();
  const [failure, setFailure] = useState<unknown>(null);
  const [round, setRound] = useState(0);
  const failureBox = useRef<HTMLDivElement>(null);
  const form = useForm<EmergencyAccessRequest>({
    resolver,
    defaultValues: { familyNameKana: '', givenNameKana: '', birthDate: '', reason: '' },
    shouldFocusError: false,
  });
  const birthDate = useWatch({ control: form.control, name: 'birthDate' });
  const { errors, isSubmitting, submitCount } = form.formState;
  const msg = (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);

  useEffect(() => {
    if (failure) failureBox.current?.focus();
  }, [failure]);

  async function submit(input: EmergencyAccessRequest) {
    setFailure(null);
    try {
      await onSubmit(input);
      // A second press must not open (and record) the same access again.
      form.reset();
      setRound((n) => n + 1);
    } catch (err) {
      setFailure(err);
      applyServerIssues(err, form.setError, locale);
    }
  }

  const labels: Record<string, string> = {
    familyNameKana: t('familyNameKana'),
    givenNameKana: t('givenNameKana'),
    birthDate: t('birthDate'),
    reason: t('reason'),
  };
  const summary =
    submitCount > 0
      ? flattenErrors(errors).map(([path, message]) => ({
          fieldId: id(path),
          message: `${labels[path] ?? path}${locale === 'ja' ? '：' : ': '}${localizeBilingual(message, locale)}`,
        }))
      : [];
  const failureTitle = isApiError(failure, 'not_found')
    ? t('notFound')
    : isApiError(failure) && failure.status === 403
      ? t('forbidden')
      : errorText(failure);

  return (
    <form noValidate onSubmit={form.handleSubmit(submit)} className="flex flex-col gap-6">
      <ErrorSummary items={summary} focusKey={submitCount} />
      <div ref={failureBox} tabIndex={-1} className="outline-none empty:hidden">
        {failure && summary.length === 0 ? <Notice tone="error" live title={failureTitle} /> : null}
      </div>
      <div className="grid gap-x-5 gap-y-6 md:grid-cols-2">
        <TextField
          id={id('familyNameKana')}
          label={t('familyNameKana')}
          hint={t('kanaHint')}
          required
          autoComplete="off"
          maxLength={100}
          error={msg(errors.familyNameKana?.message)}
          {...form.register('familyNameKana')}
        />
        <TextField
          id={id('givenNameKana')}
          label={t('givenNameKana')}
          hint={t('kanaHint')}
          required
          autoComplete="off"
          maxLength={100}
          error={msg(errors.givenNameKana?.message)}
          {...form.register('givenNameKana')}
        />
      </div>
      <WarekiDateField
        key={round}
        id={id('birthDate')}
        label={t('birthDate')}
        required
        min="1900-01-01"
        max={todayIso()}
        value={birthDate}
        error={msg(errors.birthDate?.message)}
        registration={form.register('birthDate')}
        onWareki={(iso) => form.setValue('birthDate', iso, { shouldValidate: submitCount > 0 })}
      />
      <TextArea
        id={id('reason')}
        label={t('reason')}
        hint={t('reasonHint')}
        required
        rows={4}
        maxLength={1000}
        error={msg(errors.reason?.message)}
        {...form.register('reason')}
      />
      <div className="border-t border-solid-gray-200 pt-6">
        <Button type="submit" busy={isSubmitting}>
          {isSubmitting ? t('submitting') : t('submit')}
        </Button>
      </div>
    </form>
  );
}
