import { useQuery } from '@tanstack/react-query';
import { fiscalYearOf } from '@tsunagu/japan';
import { useState } from 'react';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { useErrorText } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/title';
import { hasRole, useMe } from '../../auth/api';
import { authMessages } from '../../auth/messages';
import { surveyListQuery } from '../api';
import { SurveyDetail } from '../components/SurveyDetail';
import { SurveyList } from '../components/SurveyList';
import { SurveyRequests } from '../components/SurveyRequests';
import { SurveySendForm } from '../components/SurveySendForm';
import { surveyMessages } from '../survey-messages';

/**
 * 連携アンケート: the planner sends the yearly survey to every agency and follows its responses
 * (indicator No 5); an agency's manager answers the surveys sent to the agency.
 */
export function SurveyPage() {
  const t = useT(surveyMessages);
  const a = useT(authMessages);
  const me = useMe();
  useDocumentTitle(t('title'));
  return (
    <div className="flex min-w-0 flex-col gap-10 *:min-w-0">
      <PageHeader
        title={t('title')}
        lead={t('lead')}
        breadcrumbs={<Breadcrumbs items={[{ label: a('homeTitle'), to: '/staff' }, { label: t('title') }]} />}
      />
      {hasRole(me, 'planner') ? <PlannerSurveys /> : null}
      {me?.user.agencyId ? <SurveyRequests /> : null}
    </div>
  );
}

/** The 年度 a survey can be sent for: the last three, this one and the next, less those already sent. */
function openYears(sent: number[]): number[] {
  const now = fiscalYearOf(new Date());
  return [now, now + 1, now - 1, now - 2, now - 3].filter((fy) => !sent.includes(fy));
}

function PlannerSurveys() {
  const t = useT(surveyMessages);
  const errorText = useErrorText();
  const result = useQuery(surveyListQuery);
  const [selected, setSelected] = useState<string | null>(null);
  const items = result.data?.items ?? [];
  return (
    <section aria-labelledby="survey-planner-heading" className="flex min-w-0 flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h2 id="survey-planner-heading" className="border-b-2 border-blue-900 pb-2 text-std-24B-150">
          {t('plannerHeading')}
        </h2>
        <p className="max-w-3xl text-std-16N-170 text-solid-gray-800">{t('plannerLead')}</p>
      </div>
      {result.isPending ? <Loading /> : null}
      {result.isError ? <Notice tone="error" live title={errorText(result.error)} /> : null}
      {result.data ? (
        <>
          <section
            aria-labelledby="survey-send-heading"
            className="flex min-w-0 flex-col gap-4 rounded-12 bg-solid-gray-50 p-5"
          >
            <h3 id="survey-send-heading" className="text-std-20B-150">
              {t('sendHeading')}
            </h3>
            <p className="text-std-16N-170">{t('sendLead')}</p>
            <SurveySendForm
              key={items.map((s) => s.fiscalYear).join()}
              years={openYears(items.map((s) => s.fiscalYear))}
              onSent={(s) => setSelected(s.id)}
            />
          </section>
          <section aria-labelledby="survey-list-heading" className="flex min-w-0 flex-col gap-4">
            <h3 id="survey-list-heading" className="text-std-20B-150">
              {t('listHeading', { count: items.length })}
            </h3>
            <SurveyList items={items} selected={selected} onSelect={setSelected} />
          </section>
          {selected ? <SurveyDetail id={selected} /> : null}
        </>
      ) : null}
    </section>
  );
}
