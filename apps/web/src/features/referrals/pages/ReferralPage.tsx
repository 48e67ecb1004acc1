import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { ReferralDetail } from '@tsunagu/contracts/referrals';
import { useEffect, useRef, useState } from 'react';
import { NotFoundPage } from '../../../app/ErrorPages';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { isApiError } from '../../../lib/api';
import { useErrorText } from '../../../lib/errors';
import { useI18n, useT } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/title';
import { authMessages } from '../../auth/messages';
import { formatDay } from '../../households/people';
import { referralQuery } from '../api';
import { AgencyRoute } from '../components/AgencyRoute';
import { ChainTimeline } from '../components/ChainTimeline';
import { ACTIONS_HEADING_ID, ReferralActions } from '../components/ReferralActions';
import { ReferralBadges } from '../components/ReferralBadges';
import { ReferralFacts } from '../components/ReferralFacts';
import { ReferralHistory } from '../components/ReferralHistory';
import { referralMessages } from '../messages';

const route = getRouteApi('/_auth/staff/referrals/$id');

/**
 * One referral: what it is, what the viewer may do now, the whole chain (the closed loop every party
 * sees) and its history. A referral outside the viewer's chains answers 404, shown like a wrong address.
 */
export function ReferralPage() {
  const { id } = route.useParams();
  const t = useT(referralMessages);
  const errorText = useErrorText();
  const result = useQuery(referralQuery(id));
  if (result.isPending) return <Loading />;
  if (result.isError) {
    if (isApiError(result.error) && [400, 404].includes(result.error.status)) return <NotFoundPage />;
    return (
      <div className="flex flex-col gap-6">
        <PageHeader title={t('detailTitle')} breadcrumbs={<Crumbs />} />
        <Notice tone="error" live title={errorText(result.error)} />
      </div>
    );
  }
  return <ReferralView referral={result.data} />;
}

function Crumbs() {
  const t = useT(referralMessages);
  const a = useT(authMessages);
  return (
    <Breadcrumbs
      items={[
        { label: a('homeTitle'), to: '/staff' },
        { label: t('inboxTitle'), to: '/staff/referrals' },
        { label: t('detailTitle') },
      ]}
    />
  );
}

function ReferralView({ referral: r }: { referral: ReferralDetail }) {
  const t = useT(referralMessages);
  const { locale } = useI18n();
  const title = r.personName ? t('detailTitleOf', { name: r.personName }) : t('detailTitle');
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const [focusAt, setFocusAt] = useState<number | null>(null);
  useDocumentTitle(title);
  // After an action the button that was pressed may be gone: once the referral on screen is the one the
  // action answered (version `focusAt`), continue from what can be done next, or from the summary when
  // nothing can. This runs after the dialog has closed and tried to give focus back.
  useEffect(() => {
    if (focusAt === null || r.version < focusAt) return;
    setFocusAt(null);
    (document.getElementById(ACTIONS_HEADING_ID) ?? summaryHeading.current)?.focus();
  }, [focusAt, r.version]);
  const receiver = r.actions.length > 0;
  const due = formatDay(r.acceptDueOn, locale);

  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        title={title}
        breadcrumbs={<Crumbs />}
        lead={
          <span className="flex flex-col gap-2">
            <AgencyRoute from={r.fromAgency.name} to={r.toAgency.name} />
            <ReferralBadges referral={r} />
          </span>
        }
      />
      {r.overdue ? (
        <Notice
          tone="error"
          title={receiver ? t('overdueForReceiver', { date: due }) : t('overdueForOthers', { date: due })}
        />
      ) : null}
      <ReferralActions referral={r} onSettled={setFocusAt} />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section aria-labelledby="referral-summary" className="flex flex-col gap-4">
          <h2
            id="referral-summary"
            ref={summaryHeading}
            tabIndex={-1}
            className="border-b-2 border-blue-900 pb-2 text-std-24B-150"
          >
            {t('summaryHeading')}
          </h2>
          <ReferralFacts referral={r} />
        </section>
        <section aria-labelledby="referral-chain" className="flex flex-col gap-4">
          <div className="flex flex-col gap-1 border-b-2 border-blue-900 pb-2">
            <h2 id="referral-chain" className="text-std-24B-150">
              {t('chainHeading')}
            </h2>
            <p className="text-dns-14N-130 text-solid-gray-800">{t('chainLead')}</p>
          </div>
          <ChainTimeline chain={r.chain} currentId={r.id} />
        </section>
      </div>
      <section aria-labelledby="referral-history" className="flex flex-col gap-4">
        <h2 id="referral-history" className="border-b-2 border-blue-900 pb-2 text-std-24B-150">
          {t('historyHeading')}
        </h2>
        <ReferralHistory events={r.events} />
      </section>
    </div>
  );
}
