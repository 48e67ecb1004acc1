import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useId } from 'react';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { EmptyState } from '../../../components/EmptyState';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { Select } from '../../../components/Select';
import { useErrorText } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/title';
import { authMessages } from '../../auth/messages';
import { taskListQuery } from '../api';
import { TaskTable } from '../components/TaskTable';
import { taskMessages } from '../task-messages';

const route = getRouteApi('/_auth/staff/tasks');

/**
 * タスク: the action items the user's agency owns, overdue first, with 完了にする. A task's case is a
 * link only when the user can open it (coordinators always; others when their agency is on the team).
 */
export function TaskListPage() {
  const t = useT(taskMessages);
  const a = useT(authMessages);
  const errorText = useErrorText();
  const navigate = useNavigate();
  const id = useId();
  const show = route.useSearch().show ?? 'open';
  const result = useQuery(taskListQuery(show));
  useDocumentTitle(t('title'));
  const items = result.data?.items ?? [];

  return (
    <div className="flex min-w-0 flex-col gap-6 *:min-w-0">
      <PageHeader
        title={t('title')}
        lead={t('lead')}
        breadcrumbs={<Breadcrumbs items={[{ label: a('homeTitle'), to: '/staff' }, { label: t('title') }]} />}
      />
      <div className="max-w-sm">
        <Select
          id={`${id}-show`}
          label={t('show')}
          value={show}
          onChange={(event) =>
            void navigate({
              to: '/staff/tasks',
              search: { show: event.target.value === 'all' ? 'all' : undefined },
            })
          }
        >
          <option value="open">{t('showOpen')}</option>
          <option value="all">{t('showAll')}</option>
        </Select>
      </div>
      {result.isError ? <Notice tone="error" live title={errorText(result.error)} /> : null}
      {result.isPending ? <Loading /> : null}
      {result.data && items.length === 0 ? (
        <EmptyState title={t(show === 'all' ? 'emptyAll' : 'empty')}>{t('emptyHint')}</EmptyState>
      ) : null}
      {items.length > 0 ? (
        <TaskTable caption={t('caption', { count: items.length })} tasks={items} showOwner={false} />
      ) : null}
    </div>
  );
}
