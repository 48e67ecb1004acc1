import { type CaseDetail, TEAM_ROLE_LABELS } from '@tsunagu/contracts/cases';
import { useState } from 'react';
import { Badge } from '../../../components/Badge';
import { Button } from '../../../components/Button';
import { EmptyState } from '../../../components/EmptyState';
import { type Column, Table } from '../../../components/Table';
import { formatDate } from '../../../lib/format';
import { useI18n, useLabel, useT } from '../../../lib/i18n';
import { casePageMessages } from '../case-messages';
import { AddMemberDialog, EndMemberDialog } from './TeamDialogs';

type Member = CaseDetail['team'][number];

/**
 * チーム: the agencies with their roles, current members first, former ones with the date they left.
 * The coordinator (`abilities.manageTeam`) adds agencies and takes them off the team.
 */
export function TeamSection({ caseDetail: c }: { caseDetail: CaseDetail }) {
  const t = useT(casePageMessages);
  const label = useLabel();
  const { locale } = useI18n();
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<Member | null>(null);
  const [endOpen, setEndOpen] = useState(false);
  const manage = c.abilities.manageTeam;
  const members = [...c.team].sort((a, b) => Number(a.endedAt !== null) - Number(b.endedAt !== null));
  const columns: Column<Member>[] = [
    { key: 'agency', header: t('colAgency'), rowHeader: true, cell: (m) => m.agency.name },
    { key: 'role', header: t('colRole'), cell: (m) => label(TEAM_ROLE_LABELS[m.role]) },
    { key: 'contact', header: t('colContactName'), cell: (m) => m.contactName ?? '—' },
    {
      key: 'since',
      header: t('colSince'),
      className: 'whitespace-nowrap',
      cell: (m) => <time dateTime={m.addedAt}>{formatDate(m.addedAt, locale)}</time>,
    },
    {
      key: 'until',
      header: t('colUntil'),
      className: 'whitespace-nowrap',
      cell: (m) =>
        m.endedAt ? (
          <time dateTime={m.endedAt}>{formatDate(m.endedAt, locale)}</time>
        ) : (
          <Badge tone="success">{t('active')}</Badge>
        ),
    },
  ];
  if (manage)
    columns.push({
      key: 'action',
      header: t('colAction'),
      cell: (m) =>
        m.endedAt ? null : (
          <Button
            variant="danger"
            size="sm"
            onClick={() => {
              setEnding(m);
              setEndOpen(true);
            }}
          >
            {t('endMember')}
            <span className="sr-only">
              {t('endMemberFor', { agency: m.agency.name, role: label(TEAM_ROLE_LABELS[m.role]) })}
            </span>
          </Button>
        ),
    });

  return (
    <section aria-labelledby="case-team-heading" className="flex min-w-0 flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 id="case-team-heading" className="text-std-24B-150">
          {t('teamHeading')}
        </h2>
        {manage ? <Button onClick={() => setAdding(true)}>{t('addMember')}</Button> : null}
      </div>
      {members.length === 0 ? (
        <EmptyState title={t('teamEmpty')} />
      ) : (
        <Table
          caption={t('teamCaption', { count: members.length })}
          captionHidden
          columns={columns}
          rows={members}
          rowKey={(m) => m.id}
          rowClassName={(m) => (m.endedAt ? 'text-solid-gray-700' : '')}
        />
      )}
      {manage ? (
        <>
          <AddMemberDialog caseDetail={c} open={adding} onClose={() => setAdding(false)} />
          <EndMemberDialog caseDetail={c} member={ending} open={endOpen} onClose={() => setEndOpen(false)} />
        </>
      ) : null}
    </section>
  );
}
