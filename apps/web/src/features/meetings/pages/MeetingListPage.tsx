import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { MeetingSummary } from '@tsunagu/contracts/meetings';
import { canUse } from '../../../app/access';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { LinkButton } from '../../../components/Button';
import { EmptyState } from '../../../components/EmptyState';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { type Column, Table } from '../../../components/Table';
import { useErrorText } from '../../../lib/errors';
import { useI18n, useT } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/title';
import { useMe } from '../../auth/api';
import { authMessages } from '../../auth/messages';
import { MeetingKindLabel, MeetingStateBadge } from '../../cases/components/MeetingKindLabel';
import { caseMessages } from '../../cases/messages';
import { formatDay } from '../../households/people';
import { meetingListQuery } from '../api';
import { meetingMessages } from '../messages';

/** 会議: the meetings the user sees, newest first, and 会議を登録 for the coordinator. */
export function MeetingListPage() {
  const t = useT(meetingMessages);
  const a = useT(authMessages);
  const c = useT(caseMessages);
  const { locale } = useI18n();
  const errorText = useErrorText();
  const me = useMe();
  const result = useQuery(meetingListQuery);
  useDocumentTitle(t('listTitle'));
  const items = [...(result.data?.items ?? [])].sort((x, y) => y.heldOn.localeCompare(x.heldOn));
  const columns: Column<MeetingSummary>[] = [
    {
      key: 'heldOn',
      header: t('colHeldOn'),
      rowHeader: true,
      className: 'whitespace-nowrap',
      cell: (m) => (
        <Link to="/staff/meetings/$id" params={{ id: m.id }}>
          {formatDay(m.heldOn, locale)}
        </Link>
      ),
    },
    { key: 'kind', header: t('colKind'), cell: (m) => <MeetingKindLabel kind={m.kind} /> },
    { key: 'purpose', header: t('colPurpose'), className: 'min-w-48', cell: (m) => m.purpose },
    { key: 'state', header: t('colState'), cell: (m) => <MeetingStateBadge state={m.state} /> },
    {
      key: 'cases',
      header: t('colCases'),
      className: 'text-right',
      cell: (m) => t('cases', { n: m.caseCount }),
    },
    {
      key: 'attendees',
      header: t('colAttendees'),
      className: 'text-right',
      cell: (m) => t('people', { n: m.attendeeCount }),
    },
  ];
  return (
    <div className="flex min-w-0 flex-col gap-6 *:min-w-0">
      <PageHeader
        title={t('listTitle')}
        lead={t('listLead')}
        breadcrumbs={
          <Breadcrumbs
            items={[
              { label: a('homeTitle'), to: '/staff' },
              ...(canUse(me, 'cases') ? [{ label: c('title'), to: '/staff/cases' }] : []),
              { label: t('listTitle') },
            ]}
          />
        }
        actions={
          canUse(me, 'newMeeting') ? (
            <LinkButton to="/staff/meetings/new">{t('newMeeting')}</LinkButton>
          ) : null
        }
      />
      {result.isError ? <Notice tone="error" live title={errorText(result.error)} /> : null}
      {result.isPending ? <Loading /> : null}
      {result.data && items.length === 0 ? (
        <EmptyState title={t('empty')}>{t('emptyHint')}</EmptyState>
      ) : null}
      {items.length > 0 ? (
        <Table
          caption={t('caption', { count: items.length })}
          columns={columns}
          rows={items}
          rowKey={(m) => m.id}
        />
      ) : null}
    </div>
  );
}
