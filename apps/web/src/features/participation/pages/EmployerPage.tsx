import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { Employer, Opening } from '@tsunagu/contracts/participation';
import { type ReactNode, useState } from 'react';
import { NotFoundPage } from '../../../app/ErrorPages';
import { Badge } from '../../../components/Badge';
import { Button } from '../../../components/Button';
import { EmptyState } from '../../../components/EmptyState';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { isApiError } from '../../../lib/api';
import { useErrorText } from '../../../lib/errors';
import { useI18n, useT } from '../../../lib/i18n';
import { formatDay } from '../../households/people';
import { useCodeLabel, useDistrictLabel } from '../../settings/api';
import { employerQuery } from '../api';
import { useCodeNames, useDayNames } from '../components/ChoiceFields';
import { Facts, Section } from '../components/Facts';
import { OpeningDialog } from '../components/OpeningDialog';
import { PageFrame } from '../components/PageFrame';
import { TargetSuggestions } from '../components/TargetSuggestions';
import { resourceMessages } from '../resource-messages';

const route = getRouteApi('/_auth/staff/participation/employers/$id');

/** 協力企業: the employer's facts and its openings, each with the participants who fit it. */
export function EmployerPage() {
  const { id } = route.useParams();
  const t = useT(resourceMessages);
  const errorText = useErrorText();
  const result = useQuery(employerQuery(id));
  if (result.isPending) return <Loading />;
  if (result.isError) {
    if (isApiError(result.error) && [400, 404].includes(result.error.status)) return <NotFoundPage />;
    return (
      <PageFrame title={t('employerLoadFailed')} lead={null} nav={false}>
        <Notice tone="error" live title={errorText(result.error)} />
      </PageFrame>
    );
  }
  return <EmployerView employer={result.data} />;
}

function EmployerView({ employer }: { employer: Employer }) {
  const t = useT(resourceMessages);
  const { locale } = useI18n();
  const codeLabel = useCodeLabel();
  const district = useDistrictLabel();
  const [open, setOpen] = useState(false);
  const facts: [string, ReactNode][] = [
    [t('programme'), employer.programmeName],
    [t('industry'), codeLabel('industry', employer.industryCode)],
    [t('address'), employer.address || '—'],
    [t('schoolDistrict'), employer.schoolDistrictCode ? district(employer.schoolDistrictCode) : '—'],
    [t('contactName'), employer.contactName || '—'],
    [t('contactPhone'), employer.contactPhone || '—'],
    [t('contactEmail'), employer.contactEmail || '—'],
    [t('registeredOn'), formatDay(employer.registeredOn, locale)],
  ];
  if (employer.withdrawnOn) facts.push([t('withdrawnOn'), formatDay(employer.withdrawnOn, locale)]);
  if (employer.note) facts.push([t('note'), employer.note]);
  return (
    <PageFrame
      title={employer.name}
      lead={t('employerLead')}
      trail={[{ label: t('employersTitle'), to: '/staff/participation/employers' }]}
    >
      <Section id="employer-facts" title={t('employerFactsHeading')}>
        <Facts items={facts} />
      </Section>
      <Section
        id="openings"
        title={t('openingsHeading')}
        lead={t('openingsLead')}
        actions={
          employer.abilities.edit ? (
            <Button variant="secondary" size="sm" onClick={() => setOpen(true)}>
              {t('openingNewAction')}
            </Button>
          ) : null
        }
      >
        {employer.openings.length === 0 ? (
          <EmptyState title={t('openingsEmpty')}>{t('openingsEmptyHint')}</EmptyState>
        ) : (
          <ul className="flex min-w-0 flex-col gap-6">
            {employer.openings.map((o) => (
              <li key={o.id}>
                <OpeningCard opening={o} />
              </li>
            ))}
          </ul>
        )}
      </Section>
      <OpeningDialog
        open={open}
        onClose={() => setOpen(false)}
        employerId={employer.id}
        employerName={employer.name}
        address={employer.address}
        schoolDistrictCode={employer.schoolDistrictCode}
      />
    </PageFrame>
  );
}

/** 求人: the carved tasks, demands, hours, days and place, and who fits it. */
function OpeningCard({ opening: o }: { opening: Opening }) {
  const t = useT(resourceMessages);
  const { locale } = useI18n();
  const names = useCodeNames();
  const dayNames = useDayNames();
  const district = useDistrictLabel();
  const place = [o.address, o.schoolDistrictCode ? district(o.schoolDistrictCode) : '']
    .filter(Boolean)
    .join('　');
  const facts: [string, ReactNode][] = [
    [t('tasks'), names('job_task', o.tasks)],
    [t('carvingNote'), o.carvingNote || '—'],
    [t('demands'), names('work_demand', o.demands)],
    [t('hoursAndDays'), t('hoursDays', { hours: o.hoursPerWeek, days: dayNames(o.days) })],
    [t('timeNote'), o.timeNote || '—'],
    [t('wageNote'), o.wageNote || '—'],
    [t('workAddress'), place || '—'],
    [t('positions'), t('positionsPlaced', { positions: o.positions, placed: o.placed })],
    [t('openedOn'), formatDay(o.openedOn, locale)],
  ];
  if (o.conditionsNote) facts.splice(6, 0, [t('conditionsNote'), o.conditionsNote]);
  return (
    <article
      aria-labelledby={`opening-${o.id}`}
      className="flex min-w-0 flex-col gap-4 rounded-8 border border-solid-gray-420 p-4 sm:p-6"
    >
      <div className="flex flex-wrap items-center gap-3">
        <h3 id={`opening-${o.id}`} className="text-std-20B-150">
          {o.title}
        </h3>
        {o.open ? <Badge tone="success">{t('openingOpen')}</Badge> : <Badge>{t('openingClosed')}</Badge>}
      </div>
      <Facts items={facts} />
      {o.open ? <TargetSuggestions kind="openings" id={o.id} name={o.title} /> : null}
    </article>
  );
}
