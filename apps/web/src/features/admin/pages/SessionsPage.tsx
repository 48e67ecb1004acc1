import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { SessionInfo } from '@tsunagu/contracts/auth';
import { useState } from 'react';
import { Badge } from '../../../components/Badge';
import { Button } from '../../../components/Button';
import { Dialog } from '../../../components/Dialog';
import { EmptyState } from '../../../components/EmptyState';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { type Column, Table } from '../../../components/Table';
import { useToast } from '../../../components/Toast';
import { useErrorText } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { useI18n, useT } from '../../../lib/i18n';
import { commonMessages } from '../../../lib/messages';
import { useDocumentTitle } from '../../../lib/title';
import { describeUserAgent, revokeSession, sessionsQuery } from '../api';
import { adminMessages } from '../messages';

/** セッション管理: the live sessions, each revocable after a confirmation. */
export function SessionsPage() {
  const t = useT(adminMessages);
  const c = useT(commonMessages);
  const { locale } = useI18n();
  const errorText = useErrorText();
  const notify = useToast();
  const queryClient = useQueryClient();
  const result = useQuery(sessionsQuery);
  const [target, setTarget] = useState<SessionInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  useDocumentTitle(t('title'));

  async function confirmRevoke() {
    if (!target) return;
    setBusy(true);
    setFailure(null);
    try {
      await revokeSession(target.id);
      await queryClient.invalidateQueries({ queryKey: sessionsQuery.queryKey });
      notify(t('revoked'));
      setTarget(null);
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  }

  const time = (iso: string) => <time dateTime={iso}>{formatDateTime(iso, locale)}</time>;
  const columns: Column<SessionInfo>[] = [
    {
      key: 'user',
      header: t('colUser'),
      rowHeader: true,
      cell: (s) => (
        <div className="flex flex-col gap-0.5">
          <span>{s.userDisplayName}</span>
          <span className="text-dns-14N-130 font-normal break-all text-solid-gray-700">{s.userEmail}</span>
          {s.current ? (
            <span>
              <Badge tone="info">{t('current')}</Badge>
            </span>
          ) : null}
        </div>
      ),
    },
    {
      key: 'agent',
      header: t('colAgent'),
      cell: (s) => <span title={s.userAgent ?? undefined}>{describeUserAgent(s.userAgent)}</span>,
    },
    {
      key: 'created',
      header: t('colCreated'),
      className: 'whitespace-nowrap',
      cell: (s) => time(s.createdAt),
    },
    {
      key: 'lastSeen',
      header: t('colLastSeen'),
      className: 'whitespace-nowrap',
      cell: (s) => time(s.lastSeenAt),
    },
    {
      key: 'expires',
      header: t('colExpires'),
      className: 'whitespace-nowrap',
      cell: (s) => time(s.expiresAt),
    },
    {
      key: 'actions',
      header: t('colActions'),
      cell: (s) =>
        s.current ? null : (
          <Button variant="danger" size="sm" onClick={() => setTarget(s)}>
            <span aria-hidden="true">{t('revoke')}</span>
            <span className="sr-only">{t('revokeLabel', { name: s.userDisplayName })}</span>
          </Button>
        ),
    },
  ];

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t('title')} lead={t('lead')} />
      {result.isError ? <Notice tone="error" live title={errorText(result.error)} /> : null}
      {result.isPending ? <Loading /> : null}
      {result.data && result.data.items.length === 0 ? <EmptyState title={t('none')} /> : null}
      {result.data && result.data.items.length > 0 ? (
        <Table
          caption={t('caption', { count: result.data.items.length })}
          columns={columns}
          rows={result.data.items}
          rowKey={(s) => s.id}
        />
      ) : null}
      <Dialog
        open={target !== null}
        onClose={() => setTarget(null)}
        role="alertdialog"
        title={t('confirmTitle')}
        description={
          target ? t('confirmBody', { name: target.userDisplayName, email: target.userEmail }) : undefined
        }
        footer={
          <>
            <Button variant="secondary" data-autofocus onClick={() => setTarget(null)}>
              {c('cancel')}
            </Button>
            <Button variant="danger" onClick={confirmRevoke} busy={busy}>
              {t('confirm')}
            </Button>
          </>
        }
      >
        {failure ? <Notice tone="error" live title={errorText(failure)} /> : null}
      </Dialog>
    </div>
  );
}
