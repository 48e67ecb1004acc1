import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { ChangeRequest } from '@tsunagu/contracts/agencies';
import type { ReactNode } from 'react';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { ApiError } from '../../../lib/api';
import { useErrorText } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { useI18n, useT } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/title';
import { hasRole, useMe } from '../../auth/api';
import { agencyQuery } from '../../directory/api';
import { changeRequestsQuery } from '../api';
import { ChangeDiff } from '../components/ChangeDiff';
import { DecisionForm } from '../components/DecisionForm';
import { StatusBadge } from '../components/StatusBadge';
import { changeRequestMessages } from '../messages';

const route = getRouteApi('/_auth/staff/change-requests/$id');

function Meta({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5">
      <dt className="text-dns-14B-130 text-solid-gray-800">{label}</dt>
      <dd className="text-std-16N-170">{children}</dd>
    </div>
  );
}

/** One change request: who proposed what, the current and proposed values side by side, and the decision. */
export function ChangeRequestDetailPage() {
  const { id } = route.useParams();
  const t = useT(changeRequestMessages);
  const errorText = useErrorText();
  const list = useQuery(changeRequestsQuery('all'));
  const request = list.data?.items.find((r) => r.id === id);
  useDocumentTitle(request ? `${t('detailTitle')}: ${request.agencyName}` : t('detailTitle'));
  const crumbs = (
    <Breadcrumbs
      items={[
        { label: t('listTitle'), to: '/staff/change-requests' },
        { label: request?.agencyName ?? t('detailTitle') },
      ]}
    />
  );

  if (list.isPending) return <Loading />;
  if (list.isError || !request) {
    const error = list.error ?? new ApiError(404, 'not_found', '見つかりません。', 'Not found.');
    return (
      <div className="flex flex-col gap-6">
        <PageHeader title={t('detailTitle')} breadcrumbs={crumbs} />
        <Notice tone="error" live title={errorText(error)} />
      </div>
    );
  }
  return <RequestView request={request} crumbs={crumbs} />;
}

function RequestView({ request, crumbs }: { request: ChangeRequest; crumbs: ReactNode }) {
  const t = useT(changeRequestMessages);
  const { locale } = useI18n();
  const me = useMe();
  const errorText = useErrorText();
  const current = useQuery(agencyQuery(request.agencyId));
  const reviewer = hasRole(me, 'admin', 'planner');
  const stale = request.status === 'pending' && current.data && current.data.version !== request.baseVersion;

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={`${t('detailTitle')}: ${request.agencyName}`} breadcrumbs={crumbs} />
      <dl className="grid gap-4 rounded-12 bg-solid-gray-50 p-5 sm:grid-cols-2 lg:grid-cols-4">
        <Meta label={t('status')}>
          <StatusBadge status={request.status} />
        </Meta>
        <Meta label={t('colProposedBy')}>{request.proposedBy}</Meta>
        <Meta label={t('colCreated')}>
          <time dateTime={request.createdAt}>{formatDateTime(request.createdAt, locale)}</time>
        </Meta>
        <Meta label={t('note')}>{request.note || t('noNote')}</Meta>
        {request.decidedAt ? (
          <>
            <Meta label={t('decidedBy')}>{request.decidedBy ?? '—'}</Meta>
            <Meta label={t('decidedAt')}>
              <time dateTime={request.decidedAt}>{formatDateTime(request.decidedAt, locale)}</time>
            </Meta>
            <Meta label={t('decisionComment')}>{request.decisionComment || '—'}</Meta>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="compare-heading" className="flex flex-col gap-4">
        <h2 id="compare-heading" className="text-std-24B-150">
          {t('comparison')}
        </h2>
        {stale && current.data ? (
          <Notice
            tone="warning"
            title={t('staleBase', { base: request.baseVersion, current: current.data.version })}
          />
        ) : null}
        {current.isError ? <Notice tone="error" title={errorText(current.error)} /> : null}
        {current.isPending ? (
          <Loading />
        ) : (
          <ChangeDiff current={current.data} proposed={request.proposed} fields={request.changedFields} />
        )}
      </section>
      {reviewer && request.status === 'pending' ? (
        <section aria-labelledby="decision-heading" className="flex max-w-2xl flex-col gap-4">
          <h2 id="decision-heading" className="text-std-24B-150">
            {t('decisionHeading')}
          </h2>
          <DecisionForm request={request} onDecided={() => void current.refetch()} />
        </section>
      ) : null}
    </div>
  );
}
