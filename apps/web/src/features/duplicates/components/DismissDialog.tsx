import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { Dialog } from '../../../components/Dialog';
import { Notice } from '../../../components/FormError';
import { TextArea } from '../../../components/TextField';
import { useToast } from '../../../components/Toast';
import { useErrorText } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { commonMessages } from '../../../lib/messages';
import { fullName } from '../../households/people';
import { type DuplicatePair, dismissPair, duplicatePairsQuery } from '../api';
import { duplicateMessages } from '../messages';

/** 別人として除外: confirms that the pair are two people, with an optional note; the pair leaves the list. */
export function DismissDialog({ pair, onClose }: { pair: DuplicatePair | null; onClose: () => void }) {
  const t = useT(duplicateMessages);
  const c = useT(commonMessages);
  const errorText = useErrorText();
  const notify = useToast();
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  function close() {
    setNote('');
    setFailure(null);
    onClose();
  }

  async function confirm() {
    if (!pair) return;
    setBusy(true);
    setFailure(null);
    try {
      const [a, b] = pair.persons as [DuplicatePair['persons'][number], DuplicatePair['persons'][number]];
      await dismissPair([a.id, b.id], note.trim() || null);
      await queryClient.invalidateQueries({ queryKey: duplicatePairsQuery.queryKey });
      notify(t('dismissed'));
      close();
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  }

  const names = pair ? pair.persons.map((p) => fullName(p)).join('・') : '';
  return (
    <Dialog
      open={pair !== null}
      onClose={close}
      role="alertdialog"
      title={t('dismissTitle')}
      description={pair ? t('dismissBody', { names }) : null}
      footer={
        <>
          <Button variant="secondary" onClick={close}>
            {c('cancel')}
          </Button>
          <Button onClick={confirm} disabled={busy}>
            {t('dismiss')}
          </Button>
        </>
      }
    >
      <div className="flex flex-col gap-3">
        {failure ? <Notice tone="error" live title={errorText(failure)} /> : null}
        <TextArea
          id="dismiss-note"
          label={t('dismissNote')}
          hint={t('dismissNoteHint')}
          rows={3}
          maxLength={1000}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
    </Dialog>
  );
}
