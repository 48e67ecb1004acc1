import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { CaseQueue as Queue } from '@tsunagu/contracts/cases';
import {
  ESCALATION_REASON_LABELS,
  ESCALATION_REASONS,
  type EscalationReason,
} from '@tsunagu/contracts/referrals';
import { useState } from 'react';
import { Badge } from '../../../components/Badge';
import { Button } from '../../../components/Button';
import { EmptyState } from '../../../components/EmptyState';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { type Column, Table } from '../../../components/Table';
import { useErrorText } from '../../../lib/errors';
import { formatDate } from '../../../lib/format';
import { useI18n, useLabel, useT } from '../../../lib/i18n';
import { formatDay } from '../../households/people';
import { caseQueueQuery } from '../api';
import { queueMessages } from '../queue-messages';
import { TriageDialog, type TriageTarget } from './TriageDialog';

type Escalation = Queue['escalations'][number];
type Request = Queue['requests'][number];

/** The bouncing alarm of SPEC M3: three hand-ons without acceptance, or more than 14 days without an owner. */
const isBouncing = (e: Escalation) => e.hops >= 3 || e.ownerlessDays > 14;

/**
 * 受付キュー: escalated referrals (the server sorts the bouncing ones first) and direct requests,
 * each with a 振り分ける button that opens the triage dialog.
 */
export function CaseQueue() {
  const t = useT(queueMessages);
  const label = useLabel();
  const { locale } = useI18n();
  const errorText = useErrorText();
  const result = useQuery(caseQueueQuery);
  const [triaging, setTriaging] = useState<{ target: TriageTarget; about: string } | null>(null);
  // The dialog stays mounted once used, so closing it gives focus back to the button that opened it.
  const [open, setOpen] = useState(false);
  const name = (n: string | null) => n ?? t('noName');
  const triageButton = (target: TriageTarget, person: string | null, from: string) => (
    <Button
      size="sm"
      onClick={() => {
        setTriaging({ target, about: t('about', { name: name(person), from }) });
        setOpen(true);
      }}
    >
      {t('triage')}
      <span className="sr-only">{t('triageFor', { name: name(person) })}</span>
    </Button>
  );

  const escalationColumns: Column<Escalation>[] = [
    {
      key: 'person',
      header: t('colPerson'),
      rowHeader: true,
      className: 'whitespace-nowrap',
      cell: (e) => (
        <span className="flex flex-col items-start gap-2">
          <span>{name(e.personName)}</span>
          <Link
            to="/staff/referrals/$id"
            params={{ id: e.referralId }}
            className="inline-flex min-h-6 items-center text-dns-14N-130 font-normal"
          >
            {t('openReferral')}
          </Link>
        </span>
      ),
    },
    { key: 'from', header: t('colFrom'), cell: (e) => e.fromAgency.name },
    {
      key: 'when',
      header: t('colWhen'),
      className: 'whitespace-nowrap',
      cell: (e) =>
        e.escalatedAt ? <time dateTime={e.escalatedAt}>{formatDate(e.escalatedAt, locale)}</time> : '—',
    },
    {
      key: 'situation',
      header: t('colSituation'),
      cell: (e) => (
        <span className="flex flex-wrap gap-1">
          {isBouncing(e) ? (
            <Badge tone="danger">
              <span aria-hidden="true">⚠</span>
              {t('bouncing')}
            </Badge>
          ) : null}
          <Badge tone={e.automatic ? 'warning' : 'neutral'}>{t(e.automatic ? 'automatic' : 'manual')}</Badge>
          <span className="basis-full text-dns-14N-130">
            {t('hops', { n: e.hops })}・{t('ownerless', { n: e.ownerlessDays })}
          </span>
        </span>
      ),
    },
    {
      key: 'reason',
      header: t('colReason'),
      className: 'min-w-48',
      cell: (e) => (
        <span className="flex min-w-0 flex-col gap-1">
          {e.reason ? <span className="font-bold">{reasonLabel(e.reason, label)}</span> : null}
          {e.note ? <span className="whitespace-pre-wrap">{e.note}</span> : null}
        </span>
      ),
    },
    {
      key: 'action',
      header: t('colAction'),
      cell: (e) => triageButton({ referralId: e.referralId }, e.personName, e.fromAgency.name),
    },
  ];
  const requestColumns: Column<Request>[] = [
    {
      key: 'person',
      header: t('colPerson'),
      rowHeader: true,
      className: 'whitespace-nowrap',
      cell: (r) => (
        <span className="flex flex-col items-start gap-2">
          <span>{name(r.personName)}</span>
          <Link
            to="/staff/cases/$id"
            params={{ id: r.id }}
            className="inline-flex min-h-6 items-center text-dns-14N-130 font-normal"
          >
            {t('openCase', { n: r.number })}
          </Link>
        </span>
      ),
    },
    { key: 'from', header: t('colFrom'), cell: (r) => r.requestAgency?.name ?? '—' },
    {
      key: 'when',
      header: t('colWhen'),
      className: 'whitespace-nowrap',
      cell: (r) => <time dateTime={r.receivedOn}>{formatDay(r.receivedOn, locale)}</time>,
    },
    {
      key: 'summary',
      header: t('colReason'),
      className: 'min-w-48',
      cell: (r) => <span className="whitespace-pre-wrap">{r.summary}</span>,
    },
    {
      key: 'action',
      header: t('colAction'),
      cell: (r) => triageButton({ caseId: r.id }, r.personName, r.requestAgency?.name ?? '—'),
    },
  ];

  const data = result.data;
  return (
    <section aria-labelledby="case-queue-heading" className="flex min-w-0 flex-col gap-4">
      <div className="flex min-w-0 flex-col gap-1 border-b-2 border-blue-900 pb-2">
        <h2 id="case-queue-heading" className="text-std-24B-150">
          {t('heading')}
        </h2>
        <p className="text-dns-14N-130 text-solid-gray-800">{t('lead')}</p>
      </div>
      {result.isError ? <Notice tone="error" live title={errorText(result.error)} /> : null}
      {result.isPending ? <Loading /> : null}
      {data ? (
        <>
          <h3 className="text-std-20B-150">{t('escalations')}</h3>
          {data.escalations.length === 0 ? (
            <EmptyState title={t('escalationsEmpty')} />
          ) : (
            <Table
              caption={t('escalationsCaption', { count: data.escalations.length })}
              captionHidden
              columns={escalationColumns}
              rows={data.escalations}
              rowKey={(e) => e.referralId}
              rowClassName={(e) => (isBouncing(e) ? 'bg-red-50' : '')}
            />
          )}
          <h3 className="text-std-20B-150">{t('requests')}</h3>
          {data.requests.length === 0 ? (
            <EmptyState title={t('requestsEmpty')} />
          ) : (
            <Table
              caption={t('requestsCaption', { count: data.requests.length })}
              captionHidden
              columns={requestColumns}
              rows={data.requests}
              rowKey={(r) => r.id}
            />
          )}
        </>
      ) : null}
      {triaging ? (
        <TriageDialog
          target={triaging.target}
          about={triaging.about}
          open={open}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </section>
  );
}

function reasonLabel(reason: string, label: ReturnType<typeof useLabel>): string {
  return (ESCALATION_REASONS as readonly string[]).includes(reason)
    ? label(ESCALATION_REASON_LABELS[reason as EscalationReason])
    : reason;
}
