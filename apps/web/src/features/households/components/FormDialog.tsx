import { type ReactNode, useState } from 'react';
import { Button } from '../../../components/Button';
import { Dialog } from '../../../components/Dialog';
import { useT } from '../../../lib/i18n';
import { commonMessages } from '../../../lib/messages';
import { editMessages } from '../edit-messages';

/**
 * A large dialog around one form of the household page: キャンセル and a submit button bound to the form
 * by id, showing 保存中 while the form reports itself busy. The form is mounted only while open.
 */
export function FormDialog({
  open,
  onClose,
  title,
  formId,
  submitLabel,
  children,
}: {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  formId: string;
  submitLabel: string;
  children: (onBusy: (busy: boolean) => void) => ReactNode;
}) {
  const t = useT(editMessages);
  const c = useT(commonMessages);
  const [busy, setBusy] = useState(false);
  return (
    <Dialog
      open={open}
      onClose={onClose}
      size="lg"
      title={title}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            {c('cancel')}
          </Button>
          <Button type="submit" form={formId} busy={busy}>
            {busy ? t('saving') : submitLabel}
          </Button>
        </>
      }
    >
      {open ? children(setBusy) : null}
    </Dialog>
  );
}
