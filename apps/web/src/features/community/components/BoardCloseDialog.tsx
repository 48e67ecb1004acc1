import { useQueryClient } from '@tanstack/react-query';
import type { BoardPost } from '@tsunagu/contracts/community';
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { Dialog } from '../../../components/Dialog';
import { FormFailure, useFormRun } from '../../../components/FormFailure';
import { useToast } from '../../../components/Toast';
import { useT } from '../../../lib/i18n';
import { commonMessages } from '../../../lib/messages';
import { closeBoardPost, refreshSupport } from '../support-api';
import { boardMessages } from '../support-board-messages';
import type { SupportDialogProps } from '../support-form';

/** 募集を終了, confirmed: the post is closed and no longer offered for matching. */
export function BoardCloseDialog({ post, open, onClose }: SupportDialogProps & { post: BoardPost }) {
  const t = useT(boardMessages);
  const c = useT(commonMessages);
  const queryClient = useQueryClient();
  const notify = useToast();
  const [busy, setBusy] = useState(false);
  const { failure, box, run } = useFormRun(setBusy, () => void refreshSupport(queryClient));
  async function confirm() {
    const closed = await run(() => closeBoardPost(post.id, post.version));
    if (!closed) return;
    onClose();
    notify(t('closed', { title: post.title }));
    await refreshSupport(queryClient);
  }
  return (
    <Dialog
      open={open}
      onClose={onClose}
      role="alertdialog"
      title={t('closeTitle')}
      description={t('closeLead', { title: post.title })}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            {c('cancel')}
          </Button>
          <Button variant="danger" busy={busy} onClick={() => void confirm()}>
            {t('closePost')}
          </Button>
        </>
      }
    >
      {failure ? <FormFailure ref={box} failure={failure} hasFieldErrors={false} /> : null}
    </Dialog>
  );
}
