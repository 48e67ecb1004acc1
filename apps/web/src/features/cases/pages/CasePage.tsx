import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { CaseDetail } from '@tsunagu/contracts/cases';
import { useState } from 'react';
import { NotFoundPage } from '../../../app/ErrorPages';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { EmptyState } from '../../../components/EmptyState';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { Tabs } from '../../../components/Tabs';
import { isApiError } from '../../../lib/api';
import { useErrorText } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/title';
import { authMessages } from '../../auth/messages';
import { caseQuery } from '../api';
import { casePageMessages } from '../case-messages';
import { CaseActions, canAddRecords } from '../components/CaseActions';
import { KindBadge, ReviewPendingBadge, StageBadge } from '../components/CaseBadges';
import { CaseFacts } from '../components/CaseFacts';
import { CaseMeetings } from '../components/CaseMeetings';
import { CaseReviews } from '../components/CaseReviews';
import { CaseTimeline } from '../components/CaseTimeline';
import { MonitoringSection } from '../components/MonitoringSection';
import { ParticipationSection } from '../components/ParticipationSection';
import { PlanSection } from '../components/PlanSection';
import { RecordDialog } from '../components/RecordDialog';
import { TaskTable } from '../components/TaskTable';
import { TeamSection } from '../components/TeamSection';
import { caseMessages } from '../messages';
import { CASE_TABS, type CaseTab } from '../search';

const route = getRouteApi('/_auth/staff/cases/$id');

const TAB_KEYS = {
  timeline: 'tabTimeline',
  team: 'tabTeam',
  plan: 'tabPlan',
  monitoring: 'tabMonitoring',
  meetings: 'tabMeetings',
  tasks: 'tabTasks',
  participation: 'tabParticipation',
} as const satisfies Record<CaseTab, string>;

/**
 * One case: header (number, person, stage, kind), the actions the user may take, the 検証 notice, the
 * case's facts, and tabs for 経過, チーム, 支援計画, モニタリング, 会議 and タスク (the tab is in the URL).
 * A case outside the user's teams answers 404 and is shown like a wrong address.
 */
export function CasePage() {
  const { id } = route.useParams();
  const t = useT(casePageMessages);
  const errorText = useErrorText();
  const result = useQuery(caseQuery(id));
  if (result.isPending) return <Loading />;
  if (result.isError) {
    if (isApiError(result.error) && [400, 404].includes(result.error.status)) return <NotFoundPage />;
    return (
      <div className="flex min-w-0 flex-col gap-6 *:min-w-0">
        <PageHeader title={t('detailTitle')} breadcrumbs={<Crumbs />} />
        <Notice tone="error" live title={errorText(result.error)} />
      </div>
    );
  }
  return <CaseView caseDetail={result.data} />;
}

function Crumbs({ current }: { current?: string }) {
  const t = useT(casePageMessages);
  const c = useT(caseMessages);
  const a = useT(authMessages);
  return (
    <Breadcrumbs
      items={[
        { label: a('homeTitle'), to: '/staff' },
        { label: c('title'), to: '/staff/cases' },
        { label: current ?? t('detailTitle') },
      ]}
    />
  );
}

function CaseView({ caseDetail: c }: { caseDetail: CaseDetail }) {
  const t = useT(casePageMessages);
  const k = useT(caseMessages);
  const navigate = useNavigate();
  const tab = route.useSearch().tab ?? 'timeline';
  const [recordOpen, setRecordOpen] = useState(false);
  const [correcting, setCorrecting] = useState<CaseDetail['records'][number] | null>(null);
  const title = t('titleOf', { n: c.number, name: c.personName ?? k('noName') });
  useDocumentTitle(title);
  const openRecord = (entry: CaseDetail['records'][number] | null) => {
    setCorrecting(entry);
    setRecordOpen(true);
  };

  return (
    <div className="flex min-w-0 flex-col gap-8 *:min-w-0">
      <PageHeader
        title={title}
        breadcrumbs={<Crumbs current={k('caseNo', { n: c.number })} />}
        lead={
          <span className="flex flex-wrap items-center gap-2">
            <StageBadge stage={c.stage} />
            <KindBadge kind={c.kind} />
            {c.reviewPending ? <ReviewPendingBadge /> : null}
          </span>
        }
      />
      <CaseReviews caseDetail={c} />
      <CaseActions caseDetail={c} onRecord={() => openRecord(null)} />
      <CaseFacts caseDetail={c} />
      <Tabs
        label={t('tabsLabel')}
        items={CASE_TABS.map((key) => ({ key, label: t(TAB_KEYS[key]) }))}
        selected={tab}
        onSelect={(key) =>
          void navigate({
            to: '/staff/cases/$id',
            params: { id: c.id },
            search: { tab: key === 'timeline' ? undefined : (key as CaseTab) },
            replace: true,
            resetScroll: false,
          })
        }
      >
        {tab === 'timeline' ? (
          <CaseTimeline caseDetail={c} onCorrect={canAddRecords(c) ? openRecord : null} />
        ) : null}
        {tab === 'team' ? <TeamSection caseDetail={c} /> : null}
        {tab === 'plan' ? <PlanSection caseDetail={c} /> : null}
        {tab === 'monitoring' ? <MonitoringSection caseDetail={c} /> : null}
        {tab === 'meetings' ? <CaseMeetings caseDetail={c} /> : null}
        {tab === 'tasks' ? (
          <section aria-labelledby="case-tasks-heading" className="flex min-w-0 flex-col gap-4">
            <h2 id="case-tasks-heading" className="text-std-24B-150">
              {t('tasksHeading')}
            </h2>
            {c.tasks.length === 0 ? (
              <EmptyState title={t('tasksEmpty')} />
            ) : (
              <TaskTable
                caption={t('tasksCaption', { count: c.tasks.length })}
                captionHidden
                tasks={c.tasks}
              />
            )}
          </section>
        ) : null}
        {tab === 'participation' ? <ParticipationSection caseDetail={c} /> : null}
      </Tabs>
      {canAddRecords(c) ? (
        <RecordDialog
          caseDetail={c}
          correcting={correcting}
          open={recordOpen}
          onClose={() => setRecordOpen(false)}
        />
      ) : null}
    </div>
  );
}
