import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { CaseDetail } from '@tsunagu/contracts/cases';
import type { ParticipantSummary } from '@tsunagu/contracts/participation';
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { EmptyState } from '../../../components/EmptyState';
import { Notice } from '../../../components/FormError';
import { type Column, Table } from '../../../components/Table';
import { api } from '../../../lib/api';
import { useErrorText } from '../../../lib/errors';
import { useI18n, useT } from '../../../lib/i18n';
import { formatDay } from '../../households/people';
import { StageBadge } from '../../participation/components/Badges';
import { programmeNameOf } from '../../participation/labels';
import { caseParticipationMessages } from '../participation-messages';

/**
 * 参加支援 on the case page: the person's participant records with their stage, allocated agency and
 * next follow-up; a record of the person not yet linked to a case can be linked here, and a new one
 * registered with the case already linked.
 */
export function ParticipationSection({ caseDetail: c }: { caseDetail: CaseDetail }) {
  const t = useT(caseParticipationMessages);
  const { locale } = useI18n();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  async function link(p: ParticipantSummary) {
    setBusy(p.id);
    setFailure(null);
    try {
      await api(`/api/participation/participants/${p.id}/case`, {
        method: 'POST',
        json: { version: p.version, caseId: c.id },
      });
      await queryClient.invalidateQueries({ queryKey: ['cases', 'detail', c.id] });
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(null);
    }
  }

  const columns: Column<ParticipantSummary>[] = [
    {
      key: 'programme',
      header: t('programme'),
      rowHeader: true,
      className: 'min-w-48',
      cell: (p) => (
        <Link
          to="/staff/participation/$id"
          params={{ id: p.id }}
          className="inline-flex min-h-6 items-center"
        >
          {programmeNameOf(p, locale)}
        </Link>
      ),
    },
    {
      key: 'stage',
      header: t('stage'),
      cell: (p) => <StageBadge stage={p.stage} />,
    },
    { key: 'agency', header: t('agency'), cell: (p) => p.allocatedAgency?.name ?? '—' },
    {
      key: 'registered',
      header: t('registered'),
      className: 'whitespace-nowrap',
      cell: (p) => <time dateTime={p.registeredOn}>{formatDay(p.registeredOn, locale)}</time>,
    },
    {
      key: 'next',
      header: t('nextFollowUp'),
      className: 'whitespace-nowrap',
      cell: (p) =>
        p.nextFollowUpOn ? (
          <time dateTime={p.nextFollowUpOn}>{formatDay(p.nextFollowUpOn, locale)}</time>
        ) : (
          '—'
        ),
    },
    {
      key: 'link',
      header: t('caseColumn'),
      cell: (p) =>
        p.caseId === null ? (
          <span className="flex flex-col items-start gap-1">
            <span className="text-dns-14N-130 text-solid-gray-700">{t('unlinked')}</span>
            <Button variant="secondary" size="sm" busy={busy === p.id} onClick={() => void link(p)}>
              {t('link')}
            </Button>
          </span>
        ) : (
          t('linked')
        ),
    },
  ];

  return (
    <section aria-labelledby="case-participation-heading" className="flex min-w-0 flex-col gap-4">
      <h2 id="case-participation-heading" className="text-std-24B-150">
        {t('heading')}
      </h2>
      <p className="text-std-16N-170 text-solid-gray-800">{t('lead')}</p>
      {failure ? <Notice tone="error">{errorText(failure)}</Notice> : null}
      {c.participation.length === 0 ? (
        <EmptyState title={t('empty')} />
      ) : (
        <Table
          caption={t('caption', { count: c.participation.length })}
          captionHidden
          rows={c.participation}
          columns={columns}
          rowKey={(p) => p.id}
        />
      )}
      {c.personId && c.stage !== 'closed' ? (
        <p>
          <Link
            to="/staff/participation/new"
            search={{ personId: c.personId, caseId: c.id }}
            className="inline-flex min-h-11 items-center rounded-8 border border-blue-900 px-4 font-bold text-blue-900 underline-offset-4 hover:underline focus-visible:outline-4 focus-visible:outline-black"
          >
            {t('register')}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
