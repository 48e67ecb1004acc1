import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import {
  type CodeListItem,
  type CodeListName,
  codeListItemInputSchema,
  codeListItemUpdateSchema,
} from '@tsunagu/contracts/settings';
import { useState } from 'react';
import { type FieldErrors, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Notice } from '../../../components/FormError';
import { TextField } from '../../../components/TextField';
import { useToast } from '../../../components/Toast';
import { isApiError } from '../../../lib/api';
import { useErrorText } from '../../../lib/errors';
import { applyServerIssues, emptyToNull } from '../../../lib/form';
import { localizeBilingual, useI18n, useT } from '../../../lib/i18n';
import { codeListsQuery, createCodeListItem, updateCodeListItem } from '../api';
import { settingsMessages } from '../messages';
import { CodeListItemFields, type CommonItemField } from './CodeListItemFields';

/** The id of the item form, so the dialog's footer button can submit it. */
export const CODE_LIST_ITEM_FORM_ID = 'code-list-item-form';
const FORM_ID = CODE_LIST_ITEM_FORM_ID;

/** Props shared by the add and edit forms. */
export interface FormProps {
  parents?: CodeListItem[] | undefined;
  onDone: () => void;
  setBusy: (busy: boolean) => void;
}

function useErrorOf(errors: FieldErrors) {
  const { locale } = useI18n();
  return (name: string) => {
    const message = errors[name]?.message;
    return typeof message === 'string' ? localizeBilingual(message, locale) : undefined;
  };
}

/** Adds an item, validated with codeListItemInputSchema. */
export function AddItemForm({ list, parents, onDone, setBusy }: FormProps & { list: CodeListName }) {
  const t = useT(settingsMessages);
  const { locale } = useI18n();
  const errorText = useErrorText();
  const notify = useToast();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<
    z.input<typeof codeListItemInputSchema>,
    unknown,
    z.output<typeof codeListItemInputSchema>
  >({
    resolver: zodResolver(codeListItemInputSchema),
    defaultValues: {
      code: '',
      labelJa: '',
      labelEn: '',
      parentCode: null,
      sample: false,
      active: true,
      sortOrder: 0,
    },
  });
  const errorOf = useErrorOf(form.formState.errors);

  const submit = form.handleSubmit(async (values) => {
    setBusy(true);
    setFailure(null);
    try {
      await createCodeListItem(list, values);
      await queryClient.invalidateQueries({ queryKey: codeListsQuery.queryKey });
      notify(t('added'));
      onDone();
    } catch (err) {
      setFailure(err);
      applyServerIssues(err, form.setError, locale);
    } finally {
      setBusy(false);
    }
  });

  return (
    <form id={FORM_ID} noValidate onSubmit={submit} className="flex flex-col gap-5">
      {failure ? <Notice tone="error" live title={errorText(failure)} /> : null}
      <TextField
        id={`${FORM_ID}-code`}
        label={t('code')}
        hint={t('codeHint')}
        required
        error={errorOf('code')}
        {...form.register('code')}
      />
      <CodeListItemFields
        formId={FORM_ID}
        field={(name: CommonItemField) =>
          name === 'sortOrder'
            ? form.register(name, { valueAsNumber: true })
            : name === 'parentCode'
              ? form.register(name, { setValueAs: emptyToNull })
              : form.register(name)
        }
        errorOf={errorOf}
        parents={parents}
      />
    </form>
  );
}

/** Edits an item, validated with codeListItemUpdateSchema (carries the version). */
export function EditItemForm({
  item,
  parents,
  onDone,
  setBusy,
  onConflict,
}: FormProps & { item: CodeListItem; onConflict: () => void }) {
  const t = useT(settingsMessages);
  const { locale } = useI18n();
  const errorText = useErrorText();
  const notify = useToast();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<
    z.input<typeof codeListItemUpdateSchema>,
    unknown,
    z.output<typeof codeListItemUpdateSchema>
  >({
    resolver: zodResolver(codeListItemUpdateSchema),
    defaultValues: {
      labelJa: item.labelJa,
      labelEn: item.labelEn,
      parentCode: item.parentCode,
      sample: item.sample,
      active: item.active,
      sortOrder: item.sortOrder,
      version: item.version,
    },
  });
  const errorOf = useErrorOf(form.formState.errors);

  const submit = form.handleSubmit(async (values) => {
    setBusy(true);
    setFailure(null);
    try {
      await updateCodeListItem(item.id, values);
      await queryClient.invalidateQueries({ queryKey: codeListsQuery.queryKey });
      notify(t('updated'));
      onDone();
    } catch (err) {
      if (isApiError(err, 'version_conflict')) {
        onConflict();
        await queryClient.invalidateQueries({ queryKey: codeListsQuery.queryKey });
        return;
      }
      setFailure(err);
      applyServerIssues(err, form.setError, locale);
    } finally {
      setBusy(false);
    }
  });

  return (
    <form id={FORM_ID} noValidate onSubmit={submit} className="flex flex-col gap-5">
      {failure ? <Notice tone="error" live title={errorText(failure)} /> : null}
      <p className="flex flex-col gap-1">
        <span className="text-std-16B-170">{t('code')}</span>
        <span className="font-mono">{item.code}</span>
      </p>
      <CodeListItemFields
        formId={FORM_ID}
        field={(name: CommonItemField) =>
          name === 'sortOrder'
            ? form.register(name, { valueAsNumber: true })
            : name === 'parentCode'
              ? form.register(name, { setValueAs: emptyToNull })
              : form.register(name)
        }
        errorOf={errorOf}
        parents={parents}
      />
    </form>
  );
}
