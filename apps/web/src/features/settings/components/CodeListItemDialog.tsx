import { CODE_LIST_LABELS, type CodeListItem, type CodeListName } from '@tsunagu/contracts/settings';
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { Dialog } from '../../../components/Dialog';
import { Notice } from '../../../components/FormError';
import { useLabel, useT } from '../../../lib/i18n';
import { commonMessages } from '../../../lib/messages';
import { settingsMessages } from '../messages';
import { AddItemForm, CODE_LIST_ITEM_FORM_ID, EditItemForm } from './CodeListItemForms';

/** Props of {@link CodeListItemDialog}: `item` undefined means "add". */
export interface CodeListItemDialogProps {
  list: CodeListName;
  item?: CodeListItem | undefined;
  parents?: CodeListItem[];
  open: boolean;
  onClose: () => void;
}

/** Add or edit one code-list item in a modal dialog (admin). */
export function CodeListItemDialog({ list, item, parents, open, onClose }: CodeListItemDialogProps) {
  const t = useT(settingsMessages);
  const c = useT(commonMessages);
  const label = useLabel();
  const listName = label(CODE_LIST_LABELS[list]);
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState(false);
  const close = () => {
    setConflict(false);
    onClose();
  };
  return (
    <Dialog
      open={open}
      onClose={close}
      title={item ? t('editTitle', { list: listName }) : t('addTitle', { list: listName })}
      footer={
        <>
          <Button variant="secondary" onClick={close}>
            {c('cancel')}
          </Button>
          <Button type="submit" form={CODE_LIST_ITEM_FORM_ID} busy={busy}>
            {c('save')}
          </Button>
        </>
      }
    >
      {conflict ? (
        <div className="mb-5">
          <Notice tone="warning" live title={t('conflict')} />
        </div>
      ) : null}
      {item ? (
        <EditItemForm
          key={`${item.id}-${item.version}`}
          item={item}
          parents={parents}
          onDone={close}
          setBusy={setBusy}
          onConflict={() => setConflict(true)}
        />
      ) : (
        <AddItemForm list={list} parents={parents} onDone={close} setBusy={setBusy} />
      )}
    </Dialog>
  );
}
