import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { type Entry, entryCommentSchema } from '@tsunagu/contracts/plan';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '../../../components/Button';
import { Notice } from '../../../components/FormError';
import { TextArea } from '../../../components/TextField';
import { useToast } from '../../../components/Toast';
import { useErrorText } from '../../../lib/errors';
import { localizeBilingual, useI18n, useT } from '../../../lib/i18n';
import { commentEntry, entryQuery } from '../api';
import { entryMessages } from '../entry-messages';

/** コメントを書く: adds a comment to the entry's history, in any state. */
export function EntryCommentForm({ entry }: { entry: Entry }) {
  const t = useT(entryMessages);
  const { locale } = useI18n();
  const errorText = useErrorText();
  const notify = useToast();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<{ comment: string }>({
    resolver: zodResolver(entryCommentSchema),
    defaultValues: { comment: '' },
  });
  const error = form.formState.errors.comment?.message;

  return (
    <form
      noValidate
      aria-labelledby="entry-comment-heading"
      onSubmit={form.handleSubmit(async ({ comment }) => {
        setFailure(null);
        try {
          queryClient.setQueryData(entryQuery(entry.id).queryKey, await commentEntry(entry.id, comment));
          form.reset({ comment: '' });
          notify(t('commented'));
        } catch (err) {
          setFailure(err);
        }
      })}
      className="flex min-w-0 flex-col gap-3 rounded-12 border border-solid-gray-420 p-5"
    >
      <h3 id="entry-comment-heading" className="text-std-18B-160">
        {t('commentBox')}
      </h3>
      {failure ? <Notice tone="error" live title={errorText(failure)} /> : null}
      <TextArea
        id="entry-comment"
        label={t('comment')}
        hint={t('commentHint')}
        rows={3}
        maxLength={2000}
        error={error ? localizeBilingual(error, locale) : undefined}
        {...form.register('comment')}
      />
      <div>
        <Button type="submit" variant="secondary" busy={form.formState.isSubmitting}>
          {t('commentSend')}
        </Button>
      </div>
    </form>
  );
}
