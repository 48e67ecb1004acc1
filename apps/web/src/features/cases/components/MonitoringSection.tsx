import { type CaseDetail, MONITORING_DECISION_LABELS, type Monitoring } from '@tsunagu/contracts/cases';
import { useState } from 'react';
import { Badge } from '../../../components/Badge';
import { Button } from '../../../components/Button';
import { EmptyState } from '../../../components/EmptyState';
import { type Column, Table } from '../../../components/Table';
import { useI18n, useLabel, useT } from '../../../lib/i18n';
import { formatDay } from '../../households/people';
import { casePageMessages } from '../case-messages';
import { OverdueBadge } from './CaseBadges';
import { MonitoringDialog } from './MonitoringDialog';

/**
 * モニタリング: the scheduled and done monitorings of the approved plans. A missed date shows 期限切れ.
 * The coordinator records one — recording needs the coordinator, as approving a plan does, so the
 * button follows `abilities.monitor`.
 */
export function MonitoringSection({ caseDetail: c }: { caseDetail: CaseDetail }) {
  const t = useT(casePageMessages);
  const label = useLabel();
  const { locale } = useI18n();
  const [recording, setRecording] = useState<Monitoring | null>(null);
  const [open, setOpen] = useState(false);
  const canRecord = c.abilities.monitor;
  const rows = [...c.monitorings].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  // A closed case's monitorings that never happened are not overdue any more: nobody is to do them.
  const overdue = (m: Monitoring) => m.overdue && !m.doneOn && c.stage !== 'closed';
  const columns: Column<Monitoring>[] = [
    {
      key: 'due',
      header: t('colDue'),
      rowHeader: true,
      className: 'whitespace-nowrap',
      cell: (m) => <time dateTime={m.dueOn}>{formatDay(m.dueOn, locale)}</time>,
    },
    { key: 'plan', header: t('colPlan'), cell: (m) => t('planVersion', { n: m.planVersion }) },
    {
      key: 'done',
      header: t('colDone'),
      className: 'whitespace-nowrap',
      cell: (m) =>
        m.doneOn ? (
          <time dateTime={m.doneOn}>{formatDay(m.doneOn, locale)}</time>
        ) : overdue(m) ? (
          <OverdueBadge />
        ) : (
          <Badge tone="info">{t('notYet')}</Badge>
        ),
    },
    {
      key: 'decision',
      header: t('colDecision'),
      cell: (m) => (m.decision ? label(MONITORING_DECISION_LABELS[m.decision]) : '—'),
    },
    {
      key: 'note',
      header: t('colNote'),
      cell: (m) => (m.note ? <span className="whitespace-pre-wrap">{m.note}</span> : '—'),
    },
  ];
  if (canRecord)
    columns.push({
      key: 'action',
      header: t('colAction'),
      cell: (m) =>
        m.doneOn ? null : (
          <Button
            size="sm"
            variant={overdue(m) ? 'primary' : 'secondary'}
            onClick={() => {
              setRecording(m);
              setOpen(true);
            }}
          >
            {t('recordMonitoring')}
            <span className="sr-only">{t('recordMonitoringFor', { date: formatDay(m.dueOn, locale) })}</span>
          </Button>
        ),
    });

  return (
    <section aria-labelledby="case-monitoring-heading" className="flex min-w-0 flex-col gap-4">
      <h2 id="case-monitoring-heading" className="text-std-24B-150">
        {t('monitoringHeading')}
      </h2>
      {rows.length === 0 ? (
        <EmptyState title={t('monitoringEmpty')} />
      ) : (
        <Table
          caption={t('monitoringCaption', { count: rows.length })}
          captionHidden
          columns={columns}
          rows={rows}
          rowKey={(m) => m.id}
          rowClassName={(m) => (overdue(m) ? 'bg-red-50' : '')}
        />
      )}
      {canRecord ? (
        <MonitoringDialog caseDetail={c} monitoring={recording} open={open} onClose={() => setOpen(false)} />
      ) : null}
    </section>
  );
}
