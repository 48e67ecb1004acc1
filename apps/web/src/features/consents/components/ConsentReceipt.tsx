import { CONSENT_METHOD_LABELS, CONSENT_PURPOSE_LABELS, type Consent } from '@tsunagu/contracts/consents';
import type { ReactNode } from 'react';
import { formatDateTime, todayIso } from '../../../lib/format';
import { useI18n, useLabel, useT } from '../../../lib/i18n';
import { useMe } from '../../auth/api';
import { formatDay, fullKana, fullName, type Member } from '../../households/people';
import { consentMessages } from '../messages';
import { ScopeAgencies, ScopeCategories } from './ScopeList';

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[8rem_1fr] border-b border-solid-gray-600 last:border-b-0 sm:grid-cols-[10rem_1fr]">
      <dt className="border-r border-solid-gray-600 bg-solid-gray-50 px-3 py-2 font-bold">{term}</dt>
      <dd className="min-w-0 px-3 py-2 break-words whitespace-pre-wrap">{children}</dd>
    </div>
  );
}

/** A line to write on by hand, announced as such. */
function Blank() {
  const t = useT(consentMessages);
  return (
    <span className="block min-h-10 border-b border-solid-gray-900">
      <span className="sr-only">{t('blankLine')}</span>
    </span>
  );
}

/**
 * The printable 同意書 控え: who, for what, to whom (listed in full), how and when, by which agency,
 * and lines for the signatures. Laid out for A4 (see the print rules for .consent-receipt).
 */
export function ConsentReceipt({ consent, member }: { consent: Consent; member: Member | undefined }) {
  const t = useT(consentMessages);
  const { locale } = useI18n();
  const label = useLabel();
  const me = useMe();
  const tenant = me?.tenant ? (locale === 'ja' ? me.tenant.name : me.tenant.nameEn || me.tenant.name) : '';
  return (
    <article
      aria-labelledby="receipt-title"
      className="consent-receipt mx-auto flex w-full max-w-[800px] flex-col gap-6 rounded-4 border border-solid-gray-420 bg-white p-5 text-dns-16N-130 shadow-1 md:p-10"
    >
      <div className="receipt-head flex flex-wrap items-end justify-between gap-4 border-b-4 border-double border-solid-gray-900 pb-4">
        <h1 id="receipt-title" className="flex flex-col gap-1">
          <span className="receipt-kind text-std-16B-170 text-blue-1000">{t('receiptKind')}</span>
          <span className="text-std-24B-150 text-solid-gray-900 md:text-std-28B-150">
            {t('receiptHeading')}
          </span>
        </h1>
        {tenant ? <p className="text-std-16B-170">{tenant}</p> : null}
      </div>
      <p className="text-std-16N-170">{t('receiptIntro')}</p>
      <dl className="receipt-grid border border-solid-gray-600">
        <Row term={t('personName')}>
          {member ? (
            <>
              <span className="block text-std-18B-160">{fullName(member.person)}</span>
              <span className="block text-dns-14N-130 text-solid-gray-800">{fullKana(member.person)}</span>
            </>
          ) : (
            <Blank />
          )}
        </Row>
        <Row term={t('purpose')}>{label(CONSENT_PURPOSE_LABELS[consent.purpose])}</Row>
        <Row term={t('scopeAgencies')}>
          <ScopeAgencies consent={consent} />
        </Row>
        <Row term={t('scopeCategories')}>
          <ScopeCategories consent={consent} />
        </Row>
        <Row term={t('method')}>{label(CONSENT_METHOD_LABELS[consent.method])}</Row>
        <Row term={t('obtainedOn')}>
          <time dateTime={consent.obtainedOn}>{formatDay(consent.obtainedOn, locale)}</time>
        </Row>
        <Row term={t('recordedBy')}>{consent.recordedByAgencyName}</Row>
        {consent.note ? <Row term={t('note')}>{consent.note}</Row> : null}
        <Row term={t('status')}>
          {consent.withdrawnAt
            ? t('withdrawnOn', { date: formatDateTime(consent.withdrawnAt, locale) })
            : t('statusActive')}
        </Row>
      </dl>
      <p className="text-std-16N-170">{t('receiptRevocable')}</p>
      <section aria-labelledby="receipt-sign" className="receipt-sign flex flex-col gap-3">
        <h2 id="receipt-sign" className="text-std-18B-160">
          {t('signatureHeading')}
        </h2>
        <dl className="grid gap-x-8 gap-y-5 sm:grid-cols-2 print:grid-cols-2">
          <div className="flex flex-col gap-1">
            <dt className="font-bold">{t('signPerson')}</dt>
            <dd>
              <Blank />
            </dd>
          </div>
          <div className="flex flex-col gap-1">
            <dt className="font-bold">{t('signDate')}</dt>
            <dd className="min-h-10 border-b border-solid-gray-900 pt-2">{t('signDateBlank')}</dd>
          </div>
          <div className="flex flex-col gap-1">
            <dt className="font-bold">{t('signStaff')}</dt>
            <dd>
              <Blank />
            </dd>
          </div>
          <div className="flex flex-col gap-1">
            <dt className="font-bold">{t('signAgency')}</dt>
            <dd className="min-h-10 border-b border-solid-gray-900 pt-2">{consent.recordedByAgencyName}</dd>
          </div>
        </dl>
      </section>
      <div className="receipt-foot flex flex-wrap justify-between gap-2 border-t border-solid-gray-420 pt-3 text-dns-14N-130 text-solid-gray-800">
        <p>{t('receiptFooter')}</p>
        <p>{t('printedOn', { date: formatDay(todayIso(), locale) })}</p>
      </div>
    </article>
  );
}
