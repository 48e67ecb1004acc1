import { useQuery } from '@tanstack/react-query';
import { canUse } from '../../../app/access';
import { LinkButton } from '../../../components/Button';
import { EmptyState } from '../../../components/EmptyState';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { useErrorText } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/title';
import { useMe } from '../../auth/api';
import { overdueTasksQuery } from '../api';
import { CaseList } from '../components/CaseList';
import { CaseQueue } from '../components/CaseQueue';
import { CaseStatistics } from '../components/CaseStatistics';
import { MonitoringDue } from '../components/MonitoringDue';
import { TaskTable } from '../components/TaskTable';
import { caseMessages } from '../messages';
import { taskMessages } from '../task-messages';

/**
 * ケース: for the coordinator a dashboard — the queue with triage, monitoring due, overdue action
 * items, the case list and the 事業実績 by 年度; for the team agencies' staff and advisors the same page
 * without the queue and the city-wide overdue list.
 */
export function CasesPage() {
  const t = useT(caseMessages);
  const me = useMe();
  const coordinator = canUse(me, 'caseQueue');
  useDocumentTitle(t('title'));
  return (
    <div className="flex min-w-0 flex-col gap-10 *:min-w-0">
      <PageHeader
        title={t('title')}
        lead={t(coordinator ? 'leadCoordinator' : 'leadTeam')}
        actions={
          <>
            <LinkButton to="/staff/meetings" variant="secondary">
              {t('meetingsLink')}
            </LinkButton>
            {canUse(me, 'tasks') ? (
              <LinkButton to="/staff/tasks" variant="secondary">
                {t('tasksLink')}
              </LinkButton>
            ) : null}
            <LinkButton to="/staff/library" variant="secondary">
              {t('libraryLink')}
            </LinkButton>
          </>
        }
      />
      {coordinator ? <CaseQueue /> : null}
      <MonitoringDue />
      {coordinator ? <OverdueTasks /> : null}
      <CaseList />
      <CaseStatistics />
    </div>
  );
}

/** 期限切れのタスク of the whole city (coordinators); the coordinator may mark any of them done. */
function OverdueTasks() {
  const t = useT(taskMessages);
  const errorText = useErrorText();
  const result = useQuery(overdueTasksQuery);
  const items = result.data?.items ?? [];
  return (
    <section aria-labelledby="overdue-tasks-heading" className="flex min-w-0 flex-col gap-3">
      <div className="flex min-w-0 flex-col gap-1 border-b-2 border-blue-900 pb-2">
        <h2 id="overdue-tasks-heading" className="text-std-24B-150">
          {t('overdueHeading')}
        </h2>
        <p className="text-dns-14N-130 text-solid-gray-800">{t('overdueLead')}</p>
      </div>
      {result.isError ? <Notice tone="error" live title={errorText(result.error)} /> : null}
      {result.isPending ? <Loading /> : null}
      {result.data && items.length === 0 ? <EmptyState title={t('overdueEmpty')} /> : null}
      {items.length > 0 ? (
        <TaskTable caption={t('overdueCaption', { count: items.length })} tasks={items} />
      ) : null}
    </section>
  );
}
