import { useQuery } from '@tanstack/react-query';
import { SURVEY_ANSWER_LABELS, type SurveyRequest } from '@tsunagu/contracts/plan';
import { fiscalYearLabel } from '@tsunagu/japan';
import { EmptyState } from '../../../components/EmptyState';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { useErrorText } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { useI18n, useLabel, useT } from '../../../lib/i18n';
import { formatDay } from '../../households/people';
import { surveyRequestsQuery } from '../api';
import { surveyMessages } from '../survey-messages';
import { SurveyAnswerForm } from './SurveyAnswerForm';
import { SurveyStateBadge } from './SurveyStateBadge';

/** 自機関への連携アンケート: each survey sent to the user's agency, with the form or the answer given. */
export function SurveyRequests() {
  const t = useT(surveyMessages);
  const errorText = useErrorText();
  const result = useQuery(surveyRequestsQuery);
  return (
    <section aria-labelledby="survey-agency-heading" className="flex min-w-0 flex-col gap-4">
      <div className="flex flex-col gap-1">
        <h2 id="survey-agency-heading" className="border-b-2 border-blue-900 pb-2 text-std-24B-150">
          {t('agencyHeading')}
        </h2>
        <p className="text-std-16N-170 text-solid-gray-800">{t('agencyLead')}</p>
      </div>
      {result.isPending ? <Loading /> : null}
      {result.isError ? <Notice tone="error" live title={errorText(result.error)} /> : null}
      {result.data?.items.length === 0 ? (
        <EmptyState title={t('agencyEmpty')}>{t('agencyEmptyHint')}</EmptyState>
      ) : null}
      {[...(result.data?.items ?? [])]
        .sort((a, b) => b.fiscalYear - a.fiscalYear)
        .map((r) => (
          <RequestCard key={r.surveyId} request={r} />
        ))}
    </section>
  );
}

function RequestCard({ request: r }: { request: SurveyRequest }) {
  const t = useT(surveyMessages);
  const { locale } = useI18n();
  const label = useLabel();
  const headingId = `survey-request-${r.surveyId}`;
  return (
    <article
      aria-labelledby={headingId}
      className="flex min-w-0 flex-col gap-4 rounded-12 border border-solid-gray-420 bg-white p-5"
    >
      <div className="flex flex-wrap items-center gap-3">
        <h3 id={headingId} className="text-std-20B-150">
          {t('requestHeading', { year: fiscalYearLabel(r.fiscalYear, { locale }) })}
        </h3>
        <SurveyStateBadge state={r.state} />
      </div>
      <dl className="grid gap-x-6 gap-y-1 text-std-16N-170 sm:grid-cols-[auto_1fr]">
        <dt className="font-bold">{t('agency')}</dt>
        <dd>{r.agency.name}</dd>
        <dt className="font-bold">{t('closesOn')}</dt>
        <dd>{formatDay(r.closesOn, locale)}</dd>
        <dt className="font-bold">{t('yourAnswer')}</dt>
        <dd>
          {r.answer ? (
            <>
              <span className="font-bold">{label(SURVEY_ANSWER_LABELS[r.answer])}</span>
              {r.answeredAt
                ? ` ${t('answeredNotice', { date: formatDateTime(r.answeredAt, locale) })}`
                : null}
            </>
          ) : (
            t('notYetAnswered')
          )}
        </dd>
      </dl>
      {r.canAnswer ? (
        <SurveyAnswerForm request={r} />
      ) : (
        <>
          <p className="text-std-16B-170">{r.question}</p>
          {r.comment ? <p className="whitespace-pre-line">{r.comment}</p> : null}
          <Notice tone="info">{r.state === 'closed' ? t('closedNote') : t('managerOnly')}</Notice>
        </>
      )}
    </article>
  );
}
