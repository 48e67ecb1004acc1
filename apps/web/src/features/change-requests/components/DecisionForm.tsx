import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { type ChangeRequest, changeRequestDecisionSchema } from '@tsunagu/contracts/agencies';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Button } from '../../../components/Button';
import { Notice } from '../../../components/FormError';
import { TextArea } from '../../../components/TextField';
import { useToast } from '../../../components/Toast';
import { useErrorText } from '../../../lib/errors';
import { emptyToNull } from '../../../lib/form';
import { localizeBilingual, useI18n, useT } from '../../../lib/i18n';
import { decideChangeRequest } from '../api';
import { changeRequestMessages } from '../messages';

type DecisionValues = z.input<typeof changeRequestDecisionSchema>;
type Decision = z.output<typeof changeRequestDecisionSchema>;

/** Approve or reject a pending change request, with a comment for the proposer. */
export function DecisionForm({ request, onDecided }: { request: ChangeRequest; onDecided: () => void }) {
  const t = useT(changeRequestMessages);
  const { locale } = useI18n();
  const errorText = useErrorText();
  const notify = useToast();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<DecisionValues, unknown, Decision>({
    resolver: zodResolver(changeRequestDecisionSchema),
    defaultValues: { decision: 'approve', comment: null },
  });
  const { errors, isSubmitting } = form.formState;

  async function submit(values: Decision) {
    setFailure(null);
    try {
      await decideChangeRequest(request.id, values);
      await queryClient.invalidateQueries({ queryKey: ['change-requests'] });
      await queryClient.invalidateQueries({ queryKey: ['agencies'] });
      await queryClient.invalidateQueries({ queryKey: ['agency', request.agencyId] });
      notify(values.decision === 'approve' ? t('approvedToast') : t('rejectedToast'));
      onDecided();
    } catch (err) {
      setFailure(err);
    }
  }

  const decide = (decision: 'approve' | 'reject') => () => {
    form.setValue('decision', decision);
    void form.handleSubmit(submit)();
  };

  const commentError = errors.comment?.message;
  return (
    <form noValidate onSubmit={(event) => event.preventDefault()} className="flex flex-col gap-4">
      <div aria-live="assertive" className="empty:hidden">
        {failure ? <Notice tone="error" title={errorText(failure)} /> : null}
      </div>
      <TextArea
        id="decision-comment"
        label={t('comment')}
        hint={t('commentHint')}
        rows={3}
        maxLength={1000}
        error={commentError ? localizeBilingual(commentError, locale) : undefined}
        {...form.register('comment', { setValueAs: emptyToNull })}
      />
      <div className="flex flex-wrap gap-3">
        <Button onClick={decide('approve')} busy={isSubmitting}>
          {t('approve')}
        </Button>
        <Button variant="danger" onClick={decide('reject')} busy={isSubmitting}>
          {t('reject')}
        </Button>
      </div>
    </form>
  );
}
