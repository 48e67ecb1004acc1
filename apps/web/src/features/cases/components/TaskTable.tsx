import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { Task } from '@tsunagu/contracts/cases';
import { useState } from 'react';
import { Badge } from '../../../components/Badge';
import { Button } from '../../../components/Button';
import { Notice } from '../../../components/FormError';
import { type Column, Table } from '../../../components/Table';
import { useToast } from '../../../components/Toast';
import { useErrorText } from '../../../lib/errors';
import { formatDate } from '../../../lib/format';
import { useI18n, useT } from '../../../lib/i18n';
import { formatDay } from '../../households/people';
import { completeTask } from '../api';
import { taskMessages } from '../task-messages';
import { OverdueBadge } from './CaseBadges';

/** Overdue open items first, then open ones by due date, then the done ones. */
export function sortTasks(tasks: Task[]): Task[] {
  const rank = (t: Task) => (t.doneAt ? 2 : t.overdue ? 0 : 1);
  return [...tasks].sort((a, b) => rank(a) - rank(b) || a.dueOn.localeCompare(b.dueOn));
}

/**
 * Action items as a table: the item, where it came from (meeting or plan, with the case), the owner
 * agency, the due date and its state — 期限切れ in words and a sign, the row tinted as well. The case
 * is a link where the server says the user may open it (`caseVisible`); items the user may complete
 * (`canComplete`) get a 完了にする button.
 */
export function TaskTable({
  caption,
  captionHidden = false,
  tasks,
  showOwner = true,
}: {
  caption: string;
  captionHidden?: boolean;
  tasks: Task[];
  showOwner?: boolean;
}) {
  const t = useT(taskMessages);
  const { locale } = useI18n();
  const errorText = useErrorText();
  const notify = useToast();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  async function done(task: Task) {
    setBusy(task.id);
    setFailure(null);
    try {
      await completeTask(task.id);
      notify(t('marked', { title: task.title }));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['tasks'] }),
        queryClient.invalidateQueries({ queryKey: ['cases', 'detail'] }),
        queryClient.invalidateQueries({ queryKey: ['meetings', 'detail'] }),
      ]);
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(null);
    }
  }

  const columns: Column<Task>[] = [
    {
      key: 'title',
      header: t('colTitle'),
      rowHeader: true,
      className: 'min-w-48',
      cell: (task) => task.title,
    },
    {
      key: 'from',
      header: t('colFrom'),
      cell: (task) => (
        <span className="flex flex-col items-start gap-2 whitespace-nowrap">
          {task.caseId && task.caseNumber !== null ? (
            task.caseVisible ? (
              <Link
                to="/staff/cases/$id"
                params={{ id: task.caseId }}
                search={{ tab: 'tasks' }}
                className="inline-flex min-h-6 items-center"
              >
                {t('caseNo', { n: task.caseNumber })}
              </Link>
            ) : (
              <span>{t('caseNo', { n: task.caseNumber })}</span>
            )
          ) : null}
          {task.meetingId ? (
            <Link
              to="/staff/meetings/$id"
              params={{ id: task.meetingId }}
              className="inline-flex min-h-6 items-center"
            >
              {t('fromMeeting')}
            </Link>
          ) : (
            <span className="text-dns-14N-130 text-solid-gray-700">{t('fromPlan')}</span>
          )}
        </span>
      ),
    },
  ];
  if (showOwner) columns.push({ key: 'owner', header: t('colOwner'), cell: (task) => task.ownerAgency.name });
  columns.push(
    {
      key: 'due',
      header: t('colDue'),
      className: 'whitespace-nowrap',
      cell: (task) => (
        <time dateTime={task.dueOn} className={task.overdue && !task.doneAt ? 'font-bold text-error-2' : ''}>
          {formatDay(task.dueOn, locale)}
        </time>
      ),
    },
    {
      key: 'state',
      header: t('colState'),
      cell: (task) =>
        task.doneAt ? (
          <Badge tone="success">{t('doneOn', { date: formatDate(task.doneAt, locale) })}</Badge>
        ) : task.overdue ? (
          <OverdueBadge />
        ) : (
          <Badge tone="info">{t('open')}</Badge>
        ),
    },
  );
  if (tasks.some((task) => task.canComplete))
    columns.push({
      key: 'action',
      header: t('colAction'),
      cell: (task) =>
        task.canComplete ? (
          <Button variant="secondary" size="sm" busy={busy === task.id} onClick={() => void done(task)}>
            {t('markDone')}
            <span className="sr-only">{`（${task.title}）`}</span>
          </Button>
        ) : null,
    });

  return (
    <div className="flex min-w-0 flex-col gap-3">
      {failure ? <Notice tone="error" live title={errorText(failure)} /> : null}
      <Table
        caption={caption}
        captionHidden={captionHidden}
        columns={columns}
        rows={sortTasks(tasks)}
        rowKey={(task) => task.id}
        rowClassName={(task) => (task.overdue && !task.doneAt ? 'bg-red-50' : '')}
      />
    </div>
  );
}
