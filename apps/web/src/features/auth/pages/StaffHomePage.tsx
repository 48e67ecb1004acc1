import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { ROLE_LABELS } from '@tsunagu/contracts';
import type { ReactNode } from 'react';
import { canUse } from '../../../app/access';
import { Badge } from '../../../components/Badge';
import { PageHeader } from '../../../components/PageHeader';
import { useLabel, useT } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/title';
import { changeRequestsQuery } from '../../change-requests/api';
import { referralCountsQuery } from '../../referrals/api';
import { hasRole, useMe } from '../api';
import { authMessages } from '../messages';

type CardTo =
  | '/'
  | '/staff/intakes/new'
  | '/staff/persons'
  | '/staff/referrals'
  | '/staff/referrals/metrics'
  | '/staff/cases'
  | '/staff/tasks'
  | '/staff/meetings'
  | '/staff/library'
  | '/staff/agencies'
  | '/staff/change-requests'
  | '/staff/import'
  | '/settings'
  | '/audit'
  | '/admin/sessions';

function AreaCard({
  to,
  title,
  body,
  extra,
}: {
  to: CardTo;
  title: string;
  body: string;
  extra?: ReactNode;
}) {
  return (
    <li className="flex">
      <div className="relative flex w-full flex-col gap-2 rounded-12 border border-solid-gray-420 bg-white p-5 hover:border-blue-900 hover:shadow-1">
        <h3 className="text-std-20B-150">
          <Link to={to} className="after:absolute after:inset-0 after:content-['']">
            {title}
          </Link>
        </h3>
        <p className="text-std-16N-170 text-solid-gray-800">{body}</p>
        {extra}
      </div>
    </li>
  );
}

/** 職員ホーム: a greeting, the user's roles and a card for each area the roles can use. */
export function StaffHomePage() {
  const t = useT(authMessages);
  const label = useLabel();
  const me = useMe();
  const reviewer = hasRole(me, 'admin', 'planner');
  const manager = hasRole(me, 'agency_manager');
  const pending = useQuery({ ...changeRequestsQuery('pending'), enabled: reviewer });
  const counts = useQuery({ ...referralCountsQuery, enabled: canUse(me, 'referrals') });
  const waiting = counts.data ? counts.data.incomingNew + counts.data.escalated : 0;
  useDocumentTitle(t('homeTitle'));
  if (!me) return null;
  const pendingCount = pending.data?.items.length ?? 0;

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t('homeTitle')} lead={t('greeting', { name: me.user.displayName })} />
      <dl className="grid gap-4 rounded-12 bg-solid-gray-50 p-5 md:grid-cols-[auto_1fr] md:gap-x-8">
        <dt className="text-std-16B-170">{t('yourRoles')}</dt>
        <dd>
          <ul className="flex flex-wrap gap-2">
            {me.user.roles.map((role) => (
              <li key={role}>
                <Badge tone="info">{label(ROLE_LABELS[role])}</Badge>
              </li>
            ))}
          </ul>
        </dd>
        {me.user.agencyName ? (
          <>
            <dt className="text-std-16B-170">{t('yourAgency')}</dt>
            <dd>{me.user.agencyName}</dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="areas-heading">
        <h2 id="areas-heading" className="mb-4 text-std-24B-150">
          {t('areas')}
        </h2>
        <ul className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
          {canUse(me, 'intake') ? (
            <AreaCard to="/staff/intakes/new" title={t('cardIntake')} body={t('cardIntakeBody')} />
          ) : null}
          {canUse(me, 'persons') ? (
            <AreaCard to="/staff/persons" title={t('cardPersons')} body={t('cardPersonsBody')} />
          ) : null}
          {canUse(me, 'referrals') ? (
            <AreaCard
              to="/staff/referrals"
              title={t('cardReferrals')}
              body={t('cardReferralsBody')}
              extra={
                waiting > 0 ? (
                  <p>
                    <Badge tone="danger">{t('cardReferralsNew', { count: waiting })}</Badge>
                  </p>
                ) : null
              }
            />
          ) : null}
          {canUse(me, 'referralMetrics') ? (
            <AreaCard
              to="/staff/referrals/metrics"
              title={t('cardReferralMetrics')}
              body={t('cardReferralMetricsBody')}
            />
          ) : null}
          {canUse(me, 'cases') ? (
            <AreaCard
              to="/staff/cases"
              title={t('cardCases')}
              body={t(canUse(me, 'caseQueue') ? 'cardCasesCoordinatorBody' : 'cardCasesBody')}
            />
          ) : null}
          {canUse(me, 'tasks') ? (
            <AreaCard to="/staff/tasks" title={t('cardTasks')} body={t('cardTasksBody')} />
          ) : null}
          {canUse(me, 'meetings') ? (
            <AreaCard to="/staff/meetings" title={t('cardMeetings')} body={t('cardMeetingsBody')} />
          ) : null}
          <AreaCard to="/staff/library" title={t('cardLibrary')} body={t('cardLibraryBody')} />
          <AreaCard
            to="/staff/agencies"
            title={t('cardAgencies')}
            body={
              reviewer
                ? t('cardAgenciesBody')
                : manager
                  ? t('cardAgenciesManagerBody')
                  : t('cardDirectoryBody')
            }
          />
          {canUse(me, 'changeRequests') ? (
            <AreaCard
              to="/staff/change-requests"
              title={t('cardChangeRequests')}
              body={reviewer ? t('cardChangeRequestsBody') : t('cardChangeRequestsManagerBody')}
              extra={
                reviewer && pending.data ? (
                  <p>
                    <Badge tone={pendingCount > 0 ? 'warning' : 'neutral'}>
                      {t('pendingCount', { count: pendingCount })}
                    </Badge>
                  </p>
                ) : null
              }
            />
          ) : null}
          {canUse(me, 'import') ? (
            <AreaCard to="/staff/import" title={t('cardImport')} body={t('cardImportBody')} />
          ) : null}
          <AreaCard to="/settings" title={t('cardSettings')} body={t('cardSettingsBody')} />
          {canUse(me, 'audit') ? (
            <AreaCard to="/audit" title={t('cardAudit')} body={t('cardAuditBody')} />
          ) : null}
          {canUse(me, 'sessions') ? (
            <AreaCard to="/admin/sessions" title={t('cardSessions')} body={t('cardSessionsBody')} />
          ) : null}
          <AreaCard to="/" title={t('cardDirectory')} body={t('cardDirectoryBody')} />
        </ul>
      </section>
    </div>
  );
}
