import { zodResolver } from '@hookform/resolvers/zod';
import { entryActionSchema, entryCommentSchema } from '@tsunagu/contracts/plan';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '../../../components/Button';
import { Dialog } from '../../../components/Dialog';
import { TextArea } from '../../../components/TextField';
import { localizeBilingual, useI18n, useT } from '../../../lib/i18n';
import { commonMessages } from '../../../lib/messages';
import { entryMessages } from '../entry-messages';

/** The moves of an entry that carry a comment. */
export type EntryMove = 'submit' | 'approve' | 'return';

const TEXT = {
  submit: { title: 'submitTitle', lead: 'submitLead', label: 'comment', button: 'submit' },
  approve: { title: 'approveTitle', lead: 'approveLead', label: 'comment', button: 'approve' },
  return: { title: 'returnTitle', lead: 'returnLead', label: 'returnComment', button: 'return' },
} as const;

const optional = entryActionSchema.pick({ comment: true });

/**
 * 提出する / 承認する / 差し戻す: a dialog with a comment, optional except to return (what to change).
 * `onConfirm` runs the move and says whether it went through; the dialog then closes either way, so
 * the page can show a refusal.
 */
export function EntryActionDialog({
  move,
  onClose,
  onConfirm,
}: {
  move: EntryMove | null;
  onClose: () => void;
  onConfirm: (move: EntryMove, comment: string | null) => Promise<void>;
}) {
  const t = useT(entryMessages);
  const c = useT(commonMessages);
  const text = TEXT[move ?? 'submit'];
  const formId = `entry-${move ?? 'move'}`;
  const [busy, setBusy] = useState(false);
  return (
    <Dialog
      open={move !== null}
      onClose={onClose}
      title={t(text.title)}
      description={t(text.lead)}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            {c('cancel')}
          </Button>
          <Button type="submit" form={formId} busy={busy} variant={move === 'return' ? 'danger' : 'primary'}>
            {t(text.button)}
          </Button>
        </>
      }
    >
      {move ? (
        <CommentForm
          key={move}
          formId={formId}
          required={move === 'return'}
          label={t(text.label)}
          onSubmit={async (comment) => {
            setBusy(true);
            try {
              await onConfirm(move, comment);
            } finally {
              setBusy(false);
            }
          }}
        />
      ) : null}
    </Dialog>
  );
}

function CommentForm({
  formId,
  required,
  label,
  onSubmit,
}: {
  formId: string;
  required: boolean;
  label: string;
  onSubmit: (comment: string | null) => Promise<void>;
}) {
  const t = useT(entryMessages);
  const { locale } = useI18n();
  const form = useForm<{ comment: string }>({
    // Both schemas take the text box's string; only returning requires it.
    resolver: zodResolver(required ? entryCommentSchema : (optional as unknown as typeof entryCommentSchema)),
    defaultValues: { comment: '' },
  });
  const error = form.formState.errors.comment;
  return (
    <form
      id={formId}
      noValidate
      onSubmit={form.handleSubmit(({ comment }) => onSubmit(comment?.trim() ? comment : null))}
    >
      <TextArea
        id={`${formId}-comment`}
        label={label}
        required={required}
        rows={5}
        maxLength={2000}
        error={
          error?.type === 'custom'
            ? t('commentRequired')
            : error?.message && localizeBilingual(error.message, locale)
        }
        {...form.register('comment')}
      />
    </form>
  );
}
