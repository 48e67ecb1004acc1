import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { Dialog } from '../../../components/Dialog';
import { EmptyState } from '../../../components/EmptyState';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { TextArea } from '../../../components/TextField';
import { useToast } from '../../../components/Toast';
import { useErrorText } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { commonMessages } from '../../../lib/messages';
import { useDocumentTitle } from '../../../lib/title';
import { fullName } from '../../households/people';
import { type DuplicatePair, duplicatePairsQuery, mergePerson } from '../api';
import { DismissDialog } from '../components/DismissDialog';
import { PairCard } from '../components/PairCard';
import { duplicateMessages } from '../messages';

type Person = DuplicatePair['persons'][number];

/** 重複の確認と統合: likely duplicate pairs across agencies, merged by coordinators and admins. */
export function DuplicatePairsPage() {
  const t = useT(duplicateMessages);
  const c = useT(commonMessages);
  const errorText = useErrorText();
  const notify = useToast();
  const queryClient = useQueryClient();
  const result = useQuery(duplicatePairsQuery);
  const [choice, setChoice] = useState<{ keep: Person; merge: Person } | null>(null);
  const [dismissing, setDismissing] = useState<DuplicatePair | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  useDocumentTitle(t('title'));

  function close() {
    setChoice(null);
    setReason('');
    setFailure(null);
  }

  async function confirm() {
    if (!choice) return;
    setBusy(true);
    setFailure(null);
    try {
      await mergePerson(choice.merge.id, choice.keep.id, reason.trim());
      await queryClient.invalidateQueries({ queryKey: duplicatePairsQuery.queryKey });
      notify(t('merged'));
      close();
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  }

  const items = result.data?.items ?? [];
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t('title')} lead={t('lead')} />
      {result.isError ? <Notice tone="error" live title={errorText(result.error)} /> : null}
      {result.isPending ? <Loading /> : null}
      {result.data && items.length === 0 ? <EmptyState title={t('none')} /> : null}
      {items.length ? (
        <section aria-labelledby="pairs-heading" className="flex flex-col gap-4">
          <h2 id="pairs-heading" className="text-std-20B-150">
            {t('caption', { count: items.length })}
          </h2>
          <ul className="flex flex-col gap-4">
            {items.map((pair) => (
              <PairCard
                key={pair.persons.map((p) => p.id).join()}
                pair={pair}
                onKeep={(keep, merge) => setChoice({ keep, merge })}
                onDismiss={setDismissing}
              />
            ))}
          </ul>
        </section>
      ) : null}
      <DismissDialog pair={dismissing} onClose={() => setDismissing(null)} />
      <Dialog
        open={choice !== null}
        onClose={close}
        role="alertdialog"
        title={t('confirmTitle')}
        description={
          choice ? t('confirmBody', { from: fullName(choice.merge), into: fullName(choice.keep) }) : null
        }
        footer={
          <>
            <Button variant="secondary" onClick={close}>
              {c('cancel')}
            </Button>
            <Button variant="danger" onClick={confirm} disabled={busy || reason.trim() === ''}>
              {t('merge')}
            </Button>
          </>
        }
      >
        <div className="flex flex-col gap-3">
          {failure ? <Notice tone="error" live title={errorText(failure)} /> : null}
          <TextArea
            id="merge-reason"
            label={t('reason')}
            hint={t('reasonHint')}
            required
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
      </Dialog>
    </div>
  );
}
