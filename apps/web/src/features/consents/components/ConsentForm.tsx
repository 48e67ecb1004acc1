import {
  CONSENT_METHOD_LABELS,
  CONSENT_METHODS,
  CONSENT_PURPOSE_LABELS,
  CONSENT_PURPOSES,
  type ConsentCreate,
} from '@tsunagu/contracts/consents';
import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Button } from '../../../components/Button';
import { Fieldset } from '../../../components/Checkbox';
import { ErrorSummary, Notice } from '../../../components/FormError';
import { Radio } from '../../../components/Radio';
import { TextArea } from '../../../components/TextField';
import { isApiError } from '../../../lib/api';
import { useErrorText } from '../../../lib/errors';
import { applyServerIssues, emptyToNull, flattenErrors } from '../../../lib/form';
import { todayIso } from '../../../lib/format';
import { localizeBilingual, useI18n, useLabel, useT } from '../../../lib/i18n';
import { WarekiDateField } from '../../intakes/components/WarekiDateField';
import { type ConsentFormValues, consentFieldId, consentResolver, emptyConsent } from '../form-values';
import { consentMessages } from '../messages';
import { ScopeFieldset } from './ScopeFieldset';

/**
 * 同意を記録する: purpose, scope, method, date and note, validated with the shared consentCreateSchema;
 * the server's field issues land next to the fields and in the error summary.
 */
export function ConsentForm({ onSubmit }: { onSubmit: (input: ConsentCreate) => Promise<void> }) {
  const t = useT(consentMessages);
  const { locale } = useI18n();
  const label = useLabel();
  const errorText = useErrorText();
  const [failure, setFailure] = useState<unknown>(null);
  const failureBox = useRef<HTMLDivElement>(null);
  const form = useForm<ConsentFormValues, unknown, ConsentCreate>({
    resolver: consentResolver,
    defaultValues: emptyConsent(),
    shouldFocusError: false,
  });
  const obtainedOn = useWatch({ control: form.control, name: 'obtainedOn' });
  const chosenAgencies = useWatch({ control: form.control, name: 'scopeAgencyIds' });
  const { errors, isSubmitting, submitCount } = form.formState;
  const msg = (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);

  useEffect(() => {
    if (failure) failureBox.current?.focus();
  }, [failure]);

  async function submit(input: ConsentCreate) {
    setFailure(null);
    try {
      await onSubmit(input);
      form.reset(emptyConsent());
    } catch (err) {
      setFailure(err);
      applyServerIssues(err, form.setError, locale);
    }
  }

  const fieldLabels: Record<string, string> = {
    purpose: t('purposeLegend'),
    scopeAgencyIds: t('scopeLegend'),
    scopeAgencyCategories: t('categoriesLegend'),
    method: t('methodLegend'),
    obtainedOn: t('obtainedOnLabel'),
    note: t('noteLabel'),
  };
  const summary =
    submitCount > 0
      ? flattenErrors(errors).map(([path, message]) => {
          const root = path.split('.')[0] ?? path;
          return {
            fieldId: consentFieldId(root),
            message: `${fieldLabels[root] ?? root}${locale === 'ja' ? '：' : ': '}${localizeBilingual(message, locale)}`,
          };
        })
      : [];
  const forbidden = isApiError(failure) && failure.status === 403;

  return (
    <form noValidate onSubmit={form.handleSubmit(submit)} className="flex flex-col gap-8">
      <ErrorSummary items={summary} focusKey={submitCount} />
      <div ref={failureBox} tabIndex={-1} className="outline-none empty:hidden">
        {forbidden ? (
          <Notice tone="error" live title={t('forbidden')} />
        ) : failure && summary.length === 0 ? (
          <Notice tone="error" live title={errorText(failure)} />
        ) : null}
      </div>
      <Fieldset
        id={consentFieldId('purpose')}
        legend={t('purposeLegend')}
        required
        error={msg(errors.purpose?.message)}
      >
        <div className="flex flex-col gap-2 md:flex-row">
          {CONSENT_PURPOSES.map((code) => (
            <Radio
              key={code}
              id={`${consentFieldId('purpose')}-${code}`}
              value={code}
              label={label(CONSENT_PURPOSE_LABELS[code])}
              {...form.register('purpose')}
            />
          ))}
        </div>
      </Fieldset>
      <ScopeFieldset
        idOf={consentFieldId}
        register={(field) =>
          // Choosing a category answers the "choose a scope" error kept on the agency list.
          form.register(field, { deps: ['scopeAgencyIds'] })
        }
        chosenIds={chosenAgencies}
        errors={{
          scopeAgencyIds: errors.scopeAgencyIds?.message,
          scopeAgencyCategories: errors.scopeAgencyCategories?.message,
        }}
      />
      <Fieldset
        id={consentFieldId('method')}
        legend={t('methodLegend')}
        required
        error={msg(errors.method?.message)}
      >
        <div className="flex flex-wrap gap-2">
          {CONSENT_METHODS.map((code) => (
            <Radio
              key={code}
              id={`${consentFieldId('method')}-${code}`}
              value={code}
              label={label(CONSENT_METHOD_LABELS[code])}
              className="min-w-24"
              {...form.register('method')}
            />
          ))}
        </div>
      </Fieldset>
      <WarekiDateField
        id={consentFieldId('obtainedOn')}
        label={t('obtainedOnLabel')}
        hint={t('obtainedOnHint')}
        required
        max={todayIso()}
        value={obtainedOn}
        error={msg(errors.obtainedOn?.message)}
        registration={form.register('obtainedOn')}
      />
      <TextArea
        id={consentFieldId('note')}
        label={t('noteLabel')}
        hint={t('noteHint')}
        rows={3}
        maxLength={1000}
        error={msg(errors.note?.message)}
        {...form.register('note', { setValueAs: emptyToNull })}
      />
      <div className="border-t border-solid-gray-200 pt-6">
        <Button type="submit" busy={isSubmitting}>
          {isSubmitting ? t('submitting') : t('submit')}
        </Button>
      </div>
    </form>
  );
}
