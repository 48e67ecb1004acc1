import { CONSENT_METHOD_LABELS, CONSENT_PURPOSE_LABELS, type Consent } from '@tsunagu/contracts/consents';
import type { ReactNode } from 'react';
import { Badge } from '../../../components/Badge';
import { Button, LinkButton } from '../../../components/Button';
import { formatDateTime } from '../../../lib/format';
import { useI18n, useLabel, useT } from '../../../lib/i18n';
import { formatDay } from '../../households/people';
import { consentMessages } from '../messages';
import { ScopeAgencies, ScopeCategories } from './ScopeList';

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-bold">{term}</dt>
      <dd className="min-w-0 break-words whitespace-pre-wrap">{children}</dd>
    </>
  );
}

/** One consent with its scope in full, a link to its printable receipt and, while in force, 撤回. */
export function ConsentCard({
  consent,
  householdId,
  onWithdraw,
}: {
  consent: Consent;
  householdId: string | undefined;
  /** Absent when the user may not withdraw consents. */
  onWithdraw: ((consent: Consent) => void) | undefined;
}) {
  const t = useT(consentMessages);
  const { locale } = useI18n();
  const label = useLabel();
  const purpose = label(CONSENT_PURPOSE_LABELS[consent.purpose]);
  const date = formatDay(consent.obtainedOn, locale);
  const headingId = `consent-${consent.id}`;
  return (
    <article
      aria-labelledby={headingId}
      className={`flex flex-col gap-4 rounded-12 border p-5 ${
        consent.active
          ? 'border-solid-gray-420 bg-white'
          : 'border-dashed border-solid-gray-536 bg-solid-gray-50'
      }`}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={headingId} className="text-std-18B-160">
          {purpose}
        </h3>
        <Badge tone={consent.active ? 'success' : 'neutral'}>
          {consent.active ? t('statusActive') : t('statusWithdrawn')}
        </Badge>
      </div>
      <dl className="grid gap-x-6 gap-y-2 text-dns-16N-130 sm:grid-cols-[9rem_1fr]">
        <Item term={t('obtainedOn')}>
          <time dateTime={consent.obtainedOn}>{date}</time>
        </Item>
        <Item term={t('method')}>{label(CONSENT_METHOD_LABELS[consent.method])}</Item>
        <Item term={t('scopeAgencies')}>
          <ScopeAgencies consent={consent} />
        </Item>
        <Item term={t('scopeCategories')}>
          <ScopeCategories consent={consent} />
        </Item>
        <Item term={t('recordedBy')}>{consent.recordedByAgencyName}</Item>
        {consent.note ? <Item term={t('note')}>{consent.note}</Item> : null}
        {consent.withdrawnAt ? (
          <Item term={t('withdrawnAt')}>
            <time dateTime={consent.withdrawnAt}>{formatDateTime(consent.withdrawnAt, locale)}</time>
          </Item>
        ) : null}
        {consent.withdrawalNote ? <Item term={t('withdrawalNote')}>{consent.withdrawalNote}</Item> : null}
      </dl>
      <div className="flex flex-wrap gap-3">
        <LinkButton
          to="/staff/persons/$id/consents/$consentId/receipt"
          params={{ id: consent.personId, consentId: consent.id }}
          search={{ household: householdId }}
          variant="secondary"
          size="sm"
        >
          <span aria-hidden="true">{t('receipt')}</span>
          <span className="sr-only">{t('receiptLabel', { date, purpose })}</span>
        </LinkButton>
        {consent.active && onWithdraw ? (
          <Button variant="danger" size="sm" onClick={() => onWithdraw(consent)}>
            <span aria-hidden="true">{t('withdraw')}</span>
            <span className="sr-only">{t('withdrawLabel', { date, purpose })}</span>
          </Button>
        ) : null}
      </div>
    </article>
  );
}
