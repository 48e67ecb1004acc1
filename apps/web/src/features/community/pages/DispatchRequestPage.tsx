import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { type DispatchRequest, GROUP_REGISTRATION_LABELS } from '@tsunagu/contracts/community';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { NotFoundPage } from '../../../app/ErrorPages';
import { Button } from '../../../components/Button';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { isApiError } from '../../../lib/api';
import { useErrorText } from '../../../lib/errors';
import { useI18n, useLabel, useT } from '../../../lib/i18n';
import { formatDay } from '../../households/people';
import { Facts, Section } from '../../participation/components/Facts';
import { useCodeLabel, useDistrictLabel } from '../../settings/api';
import { CommunityFrame } from '../components/CommunityFrame';
import { DispatchStatusBadge } from '../components/DispatchBadges';
import { EligibilityChecks } from '../components/DispatchEligibility';
import { DispatchEndDialog } from '../components/DispatchEndDialog';
import { DispatchFollowUpDialog } from '../components/DispatchFollowUpDialog';
import { DispatchFollowUps } from '../components/DispatchFollowUps';
import { DispatchScheduleDialog } from '../components/DispatchScheduleDialog';
import { DispatchSessionDialog } from '../components/DispatchSessionDialog';
import { DispatchTimeline } from '../components/DispatchTimeline';
import { dispatchListQuery, dispatchQuery } from '../support-api';
import { dispatchMessages } from '../support-dispatch-messages';

const route = getRouteApi('/_auth/staff/community/dispatch/$id');
type Action = 'schedule' | 'session' | 'followUp' | 'close' | 'withdraw';

/** 派遣依頼: the group and request, the eligibility, the course so far and what may be done next. */
export function DispatchRequestPage() {
  const { id } = route.useParams();
  const t = useT(dispatchMessages);
  const errorText = useErrorText();
  const result = useQuery(dispatchQuery(id));
  if (result.isPending) return <Loading />;
  if (result.isError) {
    if (isApiError(result.error) && [400, 404].includes(result.error.status)) return <NotFoundPage />;
    return (
      <CommunityFrame
        title={t('loadFailed')}
        lead={null}
        trail={[{ label: t('title'), to: '/staff/community/dispatch' }]}
      >
        <Notice tone="error" live title={errorText(result.error)} />
      </CommunityFrame>
    );
  }
  return <DispatchView request={result.data} />;
}

/** Whole years and months from `from` to `to` ('YYYY-MM-DD'). */
function yearsMonths(from: string, to: string) {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  const months = Math.max(0, (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0));
  return { years: Math.floor(months / 12), months: months % 12 };
}

function DispatchView({ request: r }: { request: DispatchRequest }) {
  const t = useT(dispatchMessages);
  const label = useLabel();
  const codeLabel = useCodeLabel();
  const district = useDistrictLabel();
  const { locale } = useI18n();
  const list = useQuery(dispatchListQuery({ fiscalYear: r.fiscalYear })).data;
  const canWrite = list?.abilities.create ?? false;
  const rules = list?.rules ?? { maxFollowUps: 2, followUpMonths: 2, minActiveYears: 1 };
  const [action, setAction] = useState<Action | null>(null);
  const [open, setOpen] = useState(false);
  const start = (next: Action) => {
    setAction(next);
    setOpen(true);
  };
  // The dialog stays mounted after closing, so focus goes back to the button that opened it.
  const close = () => setOpen(false);
  const field = codeLabel('advisor_field', r.fieldCode);
  const facts: [string, ReactNode][] = [
    [t('groupName'), r.groupName],
    [t('groupRegistration'), label(GROUP_REGISTRATION_LABELS[r.groupRegistration])],
    [t('registrationRef'), r.groupRegistrationRef || '—'],
    [
      t('groupActiveSince'),
      t('activeYears', {
        date: formatDay(r.groupActiveSince, locale),
        ...yearsMonths(r.groupActiveSince, r.receivedOn),
      }),
    ],
    [t('contact'), r.contact || '—'],
    [t('schoolDistrict'), r.schoolDistrictCode ? district(r.schoolDistrictCode) : '—'],
    [t('field'), field],
    [t('request'), r.request],
    [t('receivedOn'), formatDay(r.receivedOn, locale)],
  ];
  const endable = r.status === 'received' || r.status === 'scheduled';
  return (
    <CommunityFrame
      title={r.groupName}
      trail={[{ label: t('title'), to: '/staff/community/dispatch' }]}
      lead={
        <span className="flex flex-wrap items-center gap-3">
          <DispatchStatusBadge status={r.status} />
          <span>{t('pageLead', { date: formatDay(r.receivedOn, locale), field })}</span>
        </span>
      }
      actions={
        canWrite ? (
          <>
            {r.status === 'held' ? <Button onClick={() => start('close')}>{t('close')}</Button> : null}
            {endable ? (
              <Button variant="danger" onClick={() => start('withdraw')}>
                {t('withdraw')}
              </Button>
            ) : null}
          </>
        ) : null
      }
    >
      {r.status === 'ineligible' ? <Notice tone="warning" title={t('ineligibleNotice')} /> : null}
      {r.status === 'withdrawn' ? <Notice tone="info" title={t('withdrawnNotice')} /> : null}
      {r.status === 'closed' ? <Notice tone="success" title={t('closedNotice')} /> : null}
      <div className="grid min-w-0 gap-8 lg:grid-cols-[3fr_2fr] *:min-w-0">
        <Section id="dispatch-request" title={t('requestHeading')}>
          <Facts items={facts} />
        </Section>
        <Section id="dispatch-eligibility" title={t('eligibilityHeading')}>
          <p className={`text-std-16B-170 ${r.eligibility.eligible ? 'text-green-1000' : 'text-error-2'}`}>
            {t(r.eligibility.eligible ? 'eligible' : 'ineligible')}
          </p>
          <EligibilityChecks eligibility={r.eligibility} />
        </Section>
      </div>
      <Section
        id="dispatch-timeline"
        title={t('timelineHeading')}
        lead={t('timelineLead')}
        actions={
          canWrite ? (
            <>
              {r.status === 'received' ? (
                <Button onClick={() => start('schedule')}>{t('schedule')}</Button>
              ) : null}
              {r.status === 'scheduled' ? (
                <>
                  <Button onClick={() => start('session')}>{t('recordSession')}</Button>
                  <Button variant="secondary" onClick={() => start('schedule')}>
                    {t('reschedule')}
                  </Button>
                </>
              ) : null}
            </>
          ) : null
        }
      >
        <DispatchTimeline request={r} maxFollowUps={rules.maxFollowUps} />
      </Section>
      {r.status === 'held' || r.status === 'closed' ? (
        <DispatchFollowUps request={r} rules={rules} canWrite={canWrite} onAdd={() => start('followUp')} />
      ) : null}
      {action === 'schedule' ? <DispatchScheduleDialog request={r} open={open} onClose={close} /> : null}
      {action === 'session' ? <DispatchSessionDialog request={r} open={open} onClose={close} /> : null}
      {action === 'followUp' ? <DispatchFollowUpDialog request={r} open={open} onClose={close} /> : null}
      {action === 'close' || action === 'withdraw' ? (
        <DispatchEndDialog request={r} kind={action} open={open} onClose={close} />
      ) : null}
    </CommunityFrame>
  );
}
