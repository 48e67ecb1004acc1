import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { Dialog } from '../../../components/Dialog';
import { FormFailure, useFormRun } from '../../../components/FormFailure';
import { useToast } from '../../../components/Toast';
import { useT } from '../../../lib/i18n';
import { commonMessages } from '../../../lib/messages';
import { makeStory } from '../api';
import { caseFormMessages } from '../form-messages';
import type { CaseDialogProps } from '../use-case-update';

/**
 * 事例集に載せる: says how the story is anonymised and reviewed, then drafts it from the closed case and
 * opens the draft for editing.
 */
export function StoryDialog({ caseDetail, open, onClose }: CaseDialogProps) {
  const t = useT(caseFormMessages);
  const c = useT(commonMessages);
  const notify = useToast();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const { failure, box, run } = useFormRun(setBusy);

  async function make() {
    const made = await run(() => makeStory(caseDetail.id));
    if (!made) return;
    onClose();
    notify(t('storyMade'));
    await navigate({ to: '/staff/library/$id', params: { id: made.id } });
  }

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('storyTitle')}
      description={t('storyBody')}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            {c('cancel')}
          </Button>
          <Button busy={busy} onClick={() => void make()} data-autofocus>
            {t('submitStory')}
          </Button>
        </>
      }
    >
      {failure ? <FormFailure ref={box} failure={failure} hasFieldErrors={false} /> : null}
    </Dialog>
  );
}
