import { Link } from '@tanstack/react-router';
import type { CaseDetail } from '@tsunagu/contracts/cases';
import { EmptyState } from '../../../components/EmptyState';
import { type Column, Table } from '../../../components/Table';
import { useI18n, useT } from '../../../lib/i18n';
import { formatDay } from '../../households/people';
import { casePageMessages } from '../case-messages';
import { MeetingKindLabel, MeetingStateBadge } from './MeetingKindLabel';

type MeetingRef = CaseDetail['meetings'][number];

/** 会議: the meetings that had this case on the agenda, newest first, each linking to its page. */
export function CaseMeetings({ caseDetail }: { caseDetail: CaseDetail }) {
  const t = useT(casePageMessages);
  const { locale } = useI18n();
  const rows = [...caseDetail.meetings].sort((a, b) => b.heldOn.localeCompare(a.heldOn));
  const columns: Column<MeetingRef>[] = [
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
    {
      key: 'purpose',
      header: t('colPurpose'),
      cell: (m) => <span className="whitespace-pre-wrap">{m.purpose}</span>,
    },
    { key: 'state', header: t('colState'), cell: (m) => <MeetingStateBadge state={m.state} /> },
  ];
  return (
    <section aria-labelledby="case-meetings-heading" className="flex min-w-0 flex-col gap-4">
      <h2 id="case-meetings-heading" className="text-std-24B-150">
        {t('meetingsHeading')}
      </h2>
      {rows.length === 0 ? (
        <EmptyState title={t('meetingsEmpty')} />
      ) : (
        <Table
          caption={t('meetingsCaption', { count: rows.length })}
          captionHidden
          columns={columns}
          rows={rows}
          rowKey={(m) => m.id}
        />
      )}
    </section>
  );
}
