import type { Plan } from '@tsunagu/contracts/cases';
import type { ReactNode } from 'react';
import { Badge } from '../../../components/Badge';
import { type Column, Table } from '../../../components/Table';
import { formatDate } from '../../../lib/format';
import { useI18n, useT } from '../../../lib/i18n';
import { formatDay } from '../../households/people';
import { planMessages } from '../plan-messages';
import { EvaluationBadge, PlanStateBadge } from './CaseBadges';

type Goal = Plan['goals'][number] & { index: number };
type Action = Plan['actions'][number] & { index: number };

function Block({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="flex min-w-0 flex-col gap-2">
      <h4 className="text-std-18B-160">{title}</h4>
      {children}
    </div>
  );
}

/**
 * One version of the support plan laid out like the city's プランシート: 本人の思い, goals with their
 * latest evaluation (達成 / 一部達成 / 未達成), actions with owner agency and due date, the 参加支援 and
 * アウトリーチ flags, the monitoring dates and the next review. `actions` holds buttons (承認する).
 */
export function PlanSheet({ plan, actions }: { plan: Plan; actions?: ReactNode }) {
  const t = useT(planMessages);
  const { locale } = useI18n();
  const headingId = `plan-sheet-${plan.id}`;
  const goals: Goal[] = plan.goals.map((g, index) => ({ ...g, index }));
  const planActions: Action[] = plan.actions.map((a, index) => ({ ...a, index }));
  const goalColumns: Column<Goal>[] = [
    { key: 'no', header: t('colNo'), rowHeader: true, className: 'w-16', cell: (g) => g.index + 1 },
    { key: 'goal', header: t('colGoal'), cell: (g) => g.text },
    {
      key: 'evaluation',
      header: t('colEvaluation'),
      cell: (g) =>
        g.evaluation ? <EvaluationBadge evaluation={g.evaluation} /> : <Badge>{t('notEvaluated')}</Badge>,
    },
    { key: 'comment', header: t('colComment'), cell: (g) => g.evaluationComment ?? '—' },
  ];
  const actionColumns: Column<Action>[] = [
    { key: 'action', header: t('colAction'), rowHeader: true, cell: (a) => a.text },
    {
      key: 'goal',
      header: t('colForGoal'),
      className: 'whitespace-nowrap',
      cell: (a) => t('goalNo', { n: a.goalIndex + 1 }),
    },
    { key: 'owner', header: t('colOwner'), cell: (a) => a.ownerAgency.name },
    {
      key: 'due',
      header: t('colDue'),
      className: 'whitespace-nowrap',
      cell: (a) => <time dateTime={a.dueOn}>{formatDay(a.dueOn, locale)}</time>,
    },
  ];
  const flag = (on: boolean) => (on ? <Badge tone="accent">{t('yes')}</Badge> : <Badge>{t('no')}</Badge>);
  return (
    <article
      aria-labelledby={headingId}
      className="flex min-w-0 flex-col gap-5 rounded-12 border-2 border-solid-gray-420 bg-white p-5"
    >
      <header className="flex min-w-0 flex-col gap-2 border-b border-solid-gray-200 pb-3">
        <div className="flex flex-wrap items-center gap-3">
          <h3 id={headingId} className="text-std-20B-150">
            {t('sheetTitle', { n: plan.version })}
          </h3>
          <PlanStateBadge state={plan.state} />
        </div>
        <p className="text-dns-14N-130 text-solid-gray-800">
          {t('createdBy', { date: formatDate(plan.createdAt, locale), name: plan.createdBy })}
          {plan.approvedAt && plan.approvedBy ? (
            <span className="ml-4">
              {t('approvedBy', { date: formatDate(plan.approvedAt, locale), name: plan.approvedBy })}
            </span>
          ) : null}
        </p>
        {actions ? <div className="flex flex-wrap gap-3">{actions}</div> : null}
      </header>
      <Block title={t('personWords')}>
        <blockquote className="rounded-8 border-l-4 border-blue-900 bg-blue-50 px-4 py-3 text-std-16N-170 whitespace-pre-wrap">
          {plan.personWords}
        </blockquote>
      </Block>
      <Block title={t('goals')}>
        <Table
          caption={t('goalsCaption', { n: plan.version })}
          captionHidden
          columns={goalColumns}
          rows={goals}
          rowKey={(g) => String(g.index)}
        />
      </Block>
      <Block title={t('actions')}>
        {planActions.length === 0 ? (
          <p className="text-std-16N-170">{t('noActions')}</p>
        ) : (
          <Table
            caption={t('actionsCaption', { n: plan.version })}
            captionHidden
            columns={actionColumns}
            rows={planActions}
            rowKey={(a) => String(a.index)}
          />
        )}
      </Block>
      <dl className="grid gap-x-8 gap-y-3 sm:grid-cols-[auto_1fr]">
        <dt className="text-std-16B-170">{t('participation')}</dt>
        <dd>{flag(plan.participationSupport)}</dd>
        <dt className="text-std-16B-170">{t('outreach')}</dt>
        <dd>{flag(plan.outreach)}</dd>
        <dt className="text-std-16B-170">{t('monitoringDates')}</dt>
        <dd>
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {plan.monitoringDates.map((d) => (
              <li key={d}>
                <time dateTime={d}>{formatDay(d, locale)}</time>
              </li>
            ))}
          </ul>
        </dd>
        <dt className="text-std-16B-170">{t('nextReview')}</dt>
        <dd>
          <time dateTime={plan.nextReviewOn}>{formatDay(plan.nextReviewOn, locale)}</time>
        </dd>
      </dl>
    </article>
  );
}
