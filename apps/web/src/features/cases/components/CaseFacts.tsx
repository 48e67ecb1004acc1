import { Link } from '@tanstack/react-router';
import { CASE_OUTCOME_LABELS, CASE_SOURCE_LABELS, type CaseDetail } from '@tsunagu/contracts/cases';
import type { ReactNode } from 'react';
import { useI18n, useLabel, useT } from '../../../lib/i18n';
import { formatDay } from '../../households/people';
import { casePageMessages } from '../case-messages';

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-std-16B-170">{term}</dt>
      <dd className="text-std-16N-170">{children}</dd>
    </>
  );
}

/**
 * ケースの概要: when and how it came in, the household's members, what it is about, the coordinator's
 * advice and, once closed, the outcome. Links to the household and the original referral.
 */
export function CaseFacts({ caseDetail: c }: { caseDetail: CaseDetail }) {
  const t = useT(casePageMessages);
  const label = useLabel();
  const { locale } = useI18n();
  const day = (iso: string) => <time dateTime={iso}>{formatDay(iso, locale)}</time>;
  return (
    <section aria-labelledby="case-facts-heading" className="flex min-w-0 flex-col gap-4">
      <h2 id="case-facts-heading" className="border-b-2 border-blue-900 pb-2 text-std-24B-150">
        {t('factsHeading')}
      </h2>
      <dl className="grid gap-x-8 gap-y-3 md:grid-cols-[12rem_1fr]">
        <Fact term={t('received')}>{day(c.receivedOn)}</Fact>
        <Fact term={t('source')}>{label(CASE_SOURCE_LABELS[c.source])}</Fact>
        {c.requestAgency ? <Fact term={t('requestAgency')}>{c.requestAgency.name}</Fact> : null}
        <Fact term={t('members')}>
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {c.members.map((m) => (
              <li key={m.personId}>{`${m.name}（${m.relationship}）`}</li>
            ))}
          </ul>
        </Fact>
        <Fact term={t('summary')}>
          <span className="whitespace-pre-wrap">{c.summary}</span>
        </Fact>
        {c.advice ? (
          <Fact term={t('advice')}>
            <span className="whitespace-pre-wrap">{c.advice}</span>
          </Fact>
        ) : null}
        {c.nextMonitoringOn && c.stage !== 'closed' ? (
          <Fact term={t('nextMonitoring')}>{day(c.nextMonitoringOn)}</Fact>
        ) : null}
        {c.closedOn ? <Fact term={t('closedOn')}>{day(c.closedOn)}</Fact> : null}
        {c.outcome ? <Fact term={t('outcome')}>{label(CASE_OUTCOME_LABELS[c.outcome])}</Fact> : null}
        {c.closureNote ? (
          <Fact term={t('closureNote')}>
            <span className="whitespace-pre-wrap">{c.closureNote}</span>
          </Fact>
        ) : null}
      </dl>
      <p className="flex flex-wrap gap-x-6 gap-y-2">
        <Link to="/staff/households/$id" params={{ id: c.householdId }}>
          {t('householdLink')}
        </Link>
        {c.referralId ? (
          <Link to="/staff/referrals/$id" params={{ id: c.referralId }}>
            {t('referralLink')}
          </Link>
        ) : null}
      </p>
    </section>
  );
}
