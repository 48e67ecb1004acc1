import type { Entry } from '@tsunagu/contracts/plan';
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { Notice } from '../../../components/FormError';
import { useT } from '../../../lib/i18n';
import { entryMessages } from '../entry-messages';
import { EntryActionDialog, type EntryMove } from './EntryActionDialog';

/**
 * この報告への対応: 提出する for the division, 承認する and 差し戻す for the planner, each as the
 * entry's abilities allow; each opens a dialog for a comment. Pending edits are saved before submitting.
 */
export function EntryActions({
  entry,
  dirty,
  onMove,
}: {
  entry: Entry;
  dirty: boolean;
  onMove: (move: EntryMove, comment: string | null) => Promise<void>;
}) {
  const t = useT(entryMessages);
  const [open, setOpen] = useState<EntryMove | null>(null);
  const { submit, approve, return: giveBack } = entry.abilities;
  if (!submit && !approve && !giveBack) return null;
  return (
    <section
      aria-labelledby="entry-actions-heading"
      className="flex min-w-0 flex-col gap-3 rounded-12 border-2 border-blue-900 bg-blue-50 p-5"
    >
      <h2 id="entry-actions-heading" className="text-std-20B-150">
        {t('actionsHeading')}
      </h2>
      <p className="text-std-16N-170">{submit ? t('actionsLeadWriter') : t('actionsLeadPlanner')}</p>
      {submit && dirty ? <Notice tone="warning">{t('unsaved')}</Notice> : null}
      <div className="flex flex-wrap gap-3">
        {submit ? <Button onClick={() => setOpen('submit')}>{t('submit')}</Button> : null}
        {approve ? <Button onClick={() => setOpen('approve')}>{t('approve')}</Button> : null}
        {giveBack ? (
          <Button variant="danger" onClick={() => setOpen('return')}>
            {t('return')}
          </Button>
        ) : null}
      </div>
      <EntryActionDialog
        move={open}
        onClose={() => setOpen(null)}
        onConfirm={async (move, comment) => {
          await onMove(move, comment);
          setOpen(null);
        }}
      />
    </section>
  );
}
