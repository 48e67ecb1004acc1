import { zodResolver } from '@hookform/resolvers/zod';
import { type Agency, type AgencyInput, agencyInputSchema } from '@tsunagu/contracts/agencies';
import { useEffect, useId, useRef, useState } from 'react';
import { type Resolver, useForm } from 'react-hook-form';
import { Button } from '../../../components/Button';
import { ErrorSummary, Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { TextArea } from '../../../components/TextField';
import { isApiError } from '../../../lib/api';
import { useErrorText } from '../../../lib/errors';
import { applyServerIssues, fieldId, flattenErrors } from '../../../lib/form';
import { localizeBilingual, useI18n, useT } from '../../../lib/i18n';
import { commonMessages } from '../../../lib/messages';
import { useCodeLists } from '../../settings/api';
import { useAgencyFieldLabel } from '../field-labels';
import { AGENCY_FORM_ID, type AgencyFormValues, emptyAgency, toFormValues } from '../form-values';
import { agencyMessages } from '../messages';
import { BasicFields, ContactFields, PublishFields } from './AgencyFields';
import { DistrictsFieldset, FieldsFieldset } from './CodeCheckboxes';
import { ServicesFieldset } from './ServicesFieldset';

const schemaResolver = zodResolver(agencyInputSchema);

/** The shared schema's resolver, with "choose one" instead of the code-format message for an empty category. */
const agencyResolver: Resolver<AgencyFormValues, unknown, AgencyInput> = async (values, context, options) => {
  const result = await schemaResolver(values, context, options);
  const category = result.errors.categoryCode;
  if (category && !values.categoryCode) category.message = '選択してください / choose one';
  return result;
};

/** What the form does on submit: register, save, or propose a change for review. */
export type AgencyFormMode = 'create' | 'edit' | 'propose';

/** Props of {@link AgencyForm}. */
export interface AgencyFormProps {
  mode: AgencyFormMode;
  agency?: Agency | undefined;
  /** Sends the parsed input; throws ApiError on refusal. */
  onSubmit: (input: AgencyInput, note: string | null) => Promise<void>;
  /** Reloads the stored entry after a version conflict. */
  onReload?: () => Promise<void>;
}

/**
 * The one agency form for 新規登録, 編集 and 変更申請. It validates with the shared agencyInputSchema,
 * shows the server's field issues next to the fields and a clear message on a version conflict.
 */
export function AgencyForm({ mode, agency, onSubmit, onReload }: AgencyFormProps) {
  const t = useT(agencyMessages);
  const c = useT(commonMessages);
  const { locale } = useI18n();
  const errorText = useErrorText();
  const lists = useCodeLists();
  const noteId = useId();
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const failureBox = useRef<HTMLDivElement>(null);
  const fieldLabel = useAgencyFieldLabel();
  const form = useForm<AgencyFormValues, unknown, AgencyInput>({
    resolver: agencyResolver,
    defaultValues: agency ? toFormValues(agency) : emptyAgency(),
    shouldFocusError: false,
  });
  const { errors, isSubmitting, submitCount } = form.formState;

  async function submit(input: AgencyInput) {
    setFailure(null);
    try {
      await onSubmit(input, note.trim() === '' ? null : note.trim());
    } catch (err) {
      setFailure(err);
      applyServerIssues(err, form.setError, locale, mode === 'propose' ? 'proposed.' : '');
    }
  }

  async function reload() {
    await onReload?.();
    setFailure(null);
  }

  const conflict = isApiError(failure, 'version_conflict');
  // The submit button is at the bottom of a long form: bring a refusal into view and focus.
  useEffect(() => {
    if (failure) failureBox.current?.focus();
  }, [failure]);
  const summary =
    submitCount > 0
      ? flattenErrors(errors).map(([path, message]) => ({
          fieldId: fieldId(AGENCY_FORM_ID, path),
          message: `${fieldLabel(path)}${locale === 'ja' ? '：' : ': '}${localizeBilingual(message, locale)}`,
        }))
      : [];
  // Selects and checkboxes take their initial state when they mount, so wait for the code lists.
  if (!lists) return <Loading />;
  const submitLabel =
    mode === 'create' ? t('submitCreate') : mode === 'edit' ? t('submitSave') : t('submitPropose');

  return (
    <form noValidate onSubmit={form.handleSubmit(submit)} className="flex flex-col gap-8">
      <ErrorSummary items={summary} />
      <div ref={failureBox} tabIndex={-1} className="outline-none empty:hidden">
        {conflict ? (
          <Notice
            tone="warning"
            live
            title={t('conflictTitle')}
            action={
              onReload ? (
                <Button variant="secondary" size="sm" onClick={reload}>
                  {c('reload')}
                </Button>
              ) : null
            }
          >
            {t('conflictBody')}
          </Notice>
        ) : failure && summary.length === 0 ? (
          <Notice tone="error" live title={errorText(failure)} />
        ) : null}
      </div>
      <BasicFields form={form} lists={lists} codeLocked={mode !== 'create'} />
      <FieldsFieldset form={form} lists={lists} />
      <DistrictsFieldset form={form} lists={lists} />
      <ServicesFieldset form={form} />
      <ContactFields form={form} />
      <PublishFields form={form} />
      {mode === 'propose' ? (
        <TextArea
          id={noteId}
          label={t('note')}
          hint={t('noteHint')}
          rows={3}
          maxLength={1000}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      ) : null}
      <div className="flex flex-wrap gap-3 border-t border-solid-gray-200 pt-6">
        <Button type="submit" busy={isSubmitting}>
          {isSubmitting ? c('saving') : submitLabel}
        </Button>
      </div>
    </form>
  );
}
