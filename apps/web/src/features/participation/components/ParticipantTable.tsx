import { Link } from '@tanstack/react-router';
import { PARTICIPANT_AIM_LABELS, type ParticipantSummary } from '@tsunagu/contracts/participation';
import { Badge } from '../../../components/Badge';
import { type Column, Table } from '../../../components/Table';
import { todayIso } from '../../../lib/format';
import { useI18n, useLabel, useT } from '../../../lib/i18n';
import { formatDay } from '../../households/people';
import { BARRIER_SHORT_LABELS, programmeNameOf } from '../labels';
import { participationMessages } from '../messages';
import { StageBadge } from './Badges';

/** 利用者一覧: one row per participant with stage, allocation and the next follow-up. */
export function ParticipantTable({ items, caption }: { items: ParticipantSummary[]; caption: string }) {
  const t = useT(participationMessages);
  const label = useLabel();
  const { locale } = useI18n();
  const today = todayIso();
  const columns: Column<ParticipantSummary>[] = [
    {
      key: 'name',
      header: t('colName'),
      rowHeader: true,
      className: 'min-w-48',
      cell: (p) => (
        <span className="flex flex-col">
          <Link to="/staff/participation/$id" params={{ id: p.id }}>
            {p.name}
          </Link>
          <span className="text-dns-14N-130 font-normal text-solid-gray-800">
            {p.age === null ? p.nameKana : t('kanaAge', { kana: p.nameKana, age: p.age })}
          </span>
        </span>
      ),
    },
    {
      key: 'programme',
      header: t('colProgramme'),
      className: 'min-w-48',
      cell: (p) => programmeNameOf(p, locale),
    },
    {
      key: 'aim',
      header: t('colAim'),
      className: 'whitespace-nowrap',
      cell: (p) => label(PARTICIPANT_AIM_LABELS[p.aim]),
    },
    {
      key: 'barrier',
      header: t('colBarrier'),
      className: 'whitespace-nowrap',
      cell: (p) => label(BARRIER_SHORT_LABELS[p.barrierLevel]),
    },
    {
      key: 'allocation',
      header: t('colAllocation'),
      className: 'min-w-48',
      cell: (p) => (
        <span className="flex flex-col">
          <span>{p.allocatedAgency?.name ?? t('notAllocated')}</span>
          <span className="text-dns-14N-130 text-solid-gray-800">
            {p.assignedUser ? t('assignedTo', { name: p.assignedUser.name }) : t('noAssignee')}
          </span>
        </span>
      ),
    },
    { key: 'stage', header: t('colStage'), cell: (p) => <StageBadge stage={p.stage} /> },
    {
      key: 'followUp',
      header: t('colNextFollowUp'),
      className: 'whitespace-nowrap',
      cell: (p) =>
        p.nextFollowUpOn ? (
          <span className="flex flex-col items-start gap-1">
            <time
              dateTime={p.nextFollowUpOn}
              className={p.nextFollowUpOn < today ? 'font-bold text-error-2' : undefined}
            >
              {formatDay(p.nextFollowUpOn, locale)}
            </time>
            {p.nextFollowUpOn < today ? <Badge tone="danger">{t('overdue')}</Badge> : null}
          </span>
        ) : (
          '—'
        ),
    },
  ];
  return <Table caption={caption} columns={columns} rows={items} rowKey={(p) => p.id} />;
}
