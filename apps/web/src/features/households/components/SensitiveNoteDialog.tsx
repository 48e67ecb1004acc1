import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import {
  SENSITIVE_CATEGORIES,
  SENSITIVE_CATEGORY_LABELS,
  type SensitiveNote,
  type SensitiveNoteCreate,
  sensitiveNoteCreateSchema,
} from '@tsunagu/contracts/households';
import { useState } from 'react';
import { type FieldErrors, type Resolver, useForm } from 'react-hook-form';
import { Button } from '../../../components/Button';
import { Fieldset } from '../../../components/Checkbox';
import { Dialog } from '../../../components/Dialog';
import { Notice } from '../../../components/FormError';
import { Radio } from '../../../components/Radio';
import { TextArea } from '../../../components/TextField';
import { useToast } from '../../../components/Toast';
import { useErrorText } from '../../../lib/errors';
import { applyServerIssues } from '../../../lib/form';
import { localizeBilingual, useI18n, useLabel, useT } from '../../../lib/i18n';
import { commonMessages } from '../../../lib/messages';
import { householdQuery, recordSensitive, sensitiveQuery } from '../api';
import { sensitiveMessages } from '../sensitive-messages';

const FORM_ID = 'sensitive-note';
type Values = { category: SensitiveNoteCreate['category'] | ''; content: string };
const schemaResolver = zodResolver(sensitiveNoteCreateSchema);

/** The shared schema, plus: a kind must be chosen and the content may not be blank. */
const noteResolver: Resolver<Values, unknown, SensitiveNoteCreate> = async (values, context, options) => {
  const result = await schemaResolver(
    values as unknown as SensitiveNoteCreate,
    context,
    options as unknown as Parameters<typeof schemaResolver>[2],
  );
  const errors = result.errors as FieldErrors<Values>;
  if (!values.category) errors.category = { type: 'required', message: '選択してください / choose one' };
  if (values.content.trim() === '')
    errors.content = { type: 'required', message: '入力してください / required' };
  return (Object.keys(errors).length ? { values: {}, errors } : result) as Awaited<
    ReturnType<Resolver<Values, unknown, SensitiveNoteCreate>>
  >;
};

/** What the dialog is for: a new entry, or a correction of `corrects`. */
export interface NoteTarget {
  corrects: SensitiveNote | null;
}

/**
 * 記録する / 訂正: one entry of 要配慮個人情報 — its kind and content. A correction starts from the entry
 * it corrects and is posted with `supersedes`; the old entry stays, marked 訂正済み.
 */
export function SensitiveNoteDialog({
  householdId,
  personId,
  name,
  target,
  onClose,
  onRecorded,
}: {
  householdId: string;
  personId: string;
  name: string;
  target: NoteTarget | null;
  onClose: () => void;
  onRecorded: () => void;
}) {
  const t = useT(sensitiveMessages);
  const c = useT(commonMessages);
  const correcting = target?.corrects ?? null;
  return (
    <Dialog
      open={target !== null}
      onClose={onClose}
      title={t(correcting ? 'correctTitle' : 'recordTitle', { name })}
      description={t(correcting ? 'correctLead' : 'recordLead')}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            {c('cancel')}
          </Button>
          <Button type="submit" form={FORM_ID}>
            {t(correcting ? 'submitCorrection' : 'submit')}
          </Button>
        </>
      }
    >
      {target ? (
        <NoteForm
          householdId={householdId}
          personId={personId}
          corrects={correcting}
          onRecorded={onRecorded}
        />
      ) : null}
    </Dialog>
  );
}

function NoteForm({
  householdId,
  personId,
  corrects,
  onRecorded,
}: {
  householdId: string;
  personId: string;
  corrects: SensitiveNote | null;
  onRecorded: () => void;
}) {
  const t = useT(sensitiveMessages);
  const { locale } = useI18n();
  const label = useLabel();
  const errorText = useErrorText();
  const notify = useToast();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<Values, unknown, SensitiveNoteCreate>({
    resolver: noteResolver,
    defaultValues: { category: corrects?.category ?? '', content: corrects?.content ?? '' },
  });
  const { errors } = form.formState;
  const msg = (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);

  async function submit(input: SensitiveNoteCreate) {
    setFailure(null);
    try {
      await recordSensitive(personId, { ...input, supersedes: corrects?.id ?? null });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: householdQuery(householdId).queryKey, exact: true }),
        queryClient.invalidateQueries({ queryKey: sensitiveQuery(personId).queryKey }),
      ]);
      notify(t(corrects ? 'correctedToast' : 'recorded'));
      onRecorded();
    } catch (err) {
      if (applyServerIssues(err, form.setError, locale) === 0) setFailure(err);
    }
  }

  return (
    <form id={FORM_ID} noValidate onSubmit={form.handleSubmit(submit)} className="flex flex-col gap-5">
      {failure ? <Notice tone="error" live title={errorText(failure)} /> : null}
      <Fieldset
        id={`${FORM_ID}-category`}
        legend={t('category')}
        required
        error={msg(errors.category?.message)}
        nested
      >
        <div className="flex flex-wrap gap-2">
          {SENSITIVE_CATEGORIES.map((code) => (
            <Radio
              key={code}
              id={`${FORM_ID}-category-${code}`}
              value={code}
              label={label(SENSITIVE_CATEGORY_LABELS[code])}
              {...form.register('category')}
            />
          ))}
        </div>
      </Fieldset>
      <TextArea
        id={`${FORM_ID}-content`}
        label={t('content')}
        hint={t('contentHint')}
        required
        rows={5}
        maxLength={2000}
        error={msg(errors.content?.message)}
        {...form.register('content')}
      />
    </form>
  );
}
