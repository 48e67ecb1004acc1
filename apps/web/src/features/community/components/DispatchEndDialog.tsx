import { useQueryClient } from '@tanstack/react-query';
import type { DispatchRequest } from '@tsunagu/contracts/community';
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { Dialog } from '../../../components/Dialog';
import { FormFailure, useFormRun } from '../../../components/FormFailure';
import { useToast } from '../../../components/Toast';
import { useT } from '../../../lib/i18n';
import { commonMessages } from '../../../lib/messages';
import { dispatchQuery, endDispatch, refreshSupport } from '../support-api';
import { dispatchMessages } from '../support-dispatch-messages';
import type { SupportDialogProps } from '../support-form';

/** 完了にする or 取り下げる, confirmed: the request's status changes and nothing else is asked. */
export function DispatchEndDialog({
  request,
  kind,
  open,
  onClose,
}: SupportDialogProps & { request: DispatchRequest; kind: 'close' | 'withdraw' }) {
  const t = useT(dispatchMessages);
  const c = useT(commonMessages);
  const queryClient = useQueryClient();
  const notify = useToast();
  const [busy, setBusy] = useState(false);
  const { failure, box, run } = useFormRun(setBusy, () =>
    queryClient.invalidateQueries({ queryKey: dispatchQuery(request.id).queryKey }),
  );
  async function confirm() {
    const next = await run(() => endDispatch(request.id, kind, request.version));
    if (!next) return;
    onClose();
    notify(t(kind === 'close' ? 'closed' : 'withdrawn'));
    await refreshSupport(queryClient, next);
  }
  return (
    <Dialog
      open={open}
      onClose={onClose}
      role="alertdialog"
      title={t(kind === 'close' ? 'closeTitle' : 'withdrawTitle')}
      description={t(kind === 'close' ? 'closeLead' : 'withdrawLead')}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            {c('cancel')}
          </Button>
          <Button
            variant={kind === 'close' ? 'primary' : 'danger'}
            busy={busy}
            onClick={() => void confirm()}
          >
            {t(kind)}
          </Button>
        </>
      }
    >
      {failure ? <FormFailure ref={box} failure={failure} hasFieldErrors={false} /> : null}
    </Dialog>
  );
}
