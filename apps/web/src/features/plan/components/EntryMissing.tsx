import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { EntryList } from '@tsunagu/contracts/plan';
import { fiscalYearLabel } from '@tsunagu/japan';
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { Notice } from '../../../components/FormError';
import { useToast } from '../../../components/Toast';
import { useErrorText } from '../../../lib/errors';
import { useI18n, useT } from '../../../lib/i18n';
import { createEntry, entryQuery } from '../api';
import { entryMessages } from '../entry-messages';

type Missing = EntryList['missing'][number];

/**
 * 未作成の報告: the items the user's division reports on in the 年度 with no entry yet, each with a
 * button that starts the entry (a draft) and opens it.
 */
export function EntryMissing({ items, fiscalYear }: { items: Missing[]; fiscalYear: number }) {
  const t = useT(entryMessages);
  const { locale } = useI18n();
  const errorText = useErrorText();
  const notify = useToast();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const year = fiscalYearLabel(fiscalYear, { locale });

  async function create(item: Missing) {
    setBusy(item.itemId);
    setFailure(null);
    try {
      const entry = await createEntry({ itemId: item.itemId, fiscalYear, divisionCode: item.division.code });
      queryClient.setQueryData(entryQuery(entry.id).queryKey, entry);
      await queryClient.invalidateQueries({ queryKey: ['plan'], refetchType: 'none' });
      notify(t('created'));
      await navigate({ to: '/staff/plan/entries/$id', params: { id: entry.id } });
    } catch (err) {
      setFailure(err);
      await queryClient.invalidateQueries({ queryKey: ['plan', 'entries'] });
    } finally {
      setBusy(null);
    }
  }

  return (
    <section
      aria-labelledby="entry-missing-heading"
      className="flex min-w-0 flex-col gap-4 rounded-12 border-2 border-yellow-1000 bg-yellow-50 p-5"
    >
      <h2 id="entry-missing-heading" className="text-std-24B-150">
        {t('missingHeading', { count: items.length })}
      </h2>
      <p className="text-std-16N-170">{t('missingLead', { year })}</p>
      {failure ? <Notice tone="error" live title={errorText(failure)} /> : null}
      <ul className="flex flex-col gap-3">
        {items.map((item) => (
          <li
            key={`${item.itemId}-${item.division.code}`}
            className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 bg-white p-4 sm:flex-row sm:items-center sm:justify-between"
          >
            <div className="flex min-w-0 flex-col gap-1">
              <span className="text-dns-14N-130 text-solid-gray-800">
                {t('entryTitle', { policy: item.policyNo, item: item.itemNo, title: '' }).trim()}
                {' ・ '}
                {item.division.name}
              </span>
              <span className="text-std-16B-170">{item.title}</span>
            </div>
            <Button
              variant="primary"
              size="sm"
              busy={busy === item.itemId}
              disabled={busy !== null && busy !== item.itemId}
              aria-label={t('createFor', { policy: item.policyNo, item: item.itemNo, title: item.title })}
              onClick={() => void create(item)}
            >
              {t('create')}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
