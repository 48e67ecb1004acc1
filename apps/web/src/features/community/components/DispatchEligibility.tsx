import { useQuery } from '@tanstack/react-query';
import type { DispatchRequestInput, Eligibility } from '@tsunagu/contracts/community';
import { useI18n, useT } from '../../../lib/i18n';
import { eligibilityQuery } from '../support-api';
import { dispatchMessages } from '../support-dispatch-messages';

/** Each eligibility condition with ✓ or ✗ (said in words too) and the server's explanation. */
export function EligibilityChecks({ eligibility, label }: { eligibility: Eligibility; label?: string }) {
  const t = useT(dispatchMessages);
  const { locale } = useI18n();
  return (
    <ul aria-label={label} className="flex flex-col gap-2">
      {eligibility.checks.map((check) => (
        <li
          key={check.code}
          className={`flex items-start gap-3 rounded-8 border p-3 text-std-16N-170 ${
            check.ok ? 'border-green-900 bg-green-50' : 'border-error-2 bg-red-50'
          }`}
        >
          <span
            aria-hidden="true"
            className={`text-std-20B-150 leading-none ${check.ok ? 'text-green-1000' : 'text-error-2'}`}
          >
            {check.ok ? '✓' : '✗'}
          </span>
          <span>
            <span className="sr-only">{t(check.ok ? 'met' : 'notMet')}</span>
            {locale === 'ja' ? check.messageJa : check.messageEn}
          </span>
        </li>
      ))}
    </ul>
  );
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * 対象要件の確認 while a request is typed: asked of the server whenever the registration, the date the
 * group became active or the date received changes, and announced politely. An ineligible request can
 * still be received; it is then stored as 対象外, which the note says.
 */
export function DispatchEligibilityPreview({
  id,
  values,
}: {
  id: string;
  values: Pick<DispatchRequestInput, 'groupActiveSince' | 'receivedOn'> & { groupRegistration: string };
}) {
  const t = useT(dispatchMessages);
  const ready =
    values.groupRegistration !== '' &&
    ISO_DATE.test(values.groupActiveSince) &&
    ISO_DATE.test(values.receivedOn);
  const query = useQuery({
    ...eligibilityQuery({
      groupRegistration: values.groupRegistration as DispatchRequestInput['groupRegistration'],
      groupActiveSince: values.groupActiveSince,
      receivedOn: values.receivedOn,
    }),
    enabled: ready,
  });
  const data = ready ? query.data : undefined;
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4"
    >
      <h3 id={`${id}-heading`} className="text-std-18B-160">
        {t('eligibilityHeading')}
      </h3>
      <div aria-live="polite" className="flex flex-col gap-3" data-testid="eligibility">
        {!ready ? <p className="text-std-16N-170">{t('eligibilityWaiting')}</p> : null}
        {ready && query.isError ? <p className="text-std-16N-170">{t('eligibilityFailed')}</p> : null}
        {ready && !data && query.isFetching ? (
          <p className="text-std-16N-170">{t('eligibilityChecking')}</p>
        ) : null}
        {data ? (
          <>
            <p className={`text-std-16B-170 ${data.eligible ? 'text-green-1000' : 'text-error-2'}`}>
              {t(data.eligible ? 'eligible' : 'ineligible')}
            </p>
            <EligibilityChecks eligibility={data} />
            {data.eligible ? null : (
              <p className="rounded-8 border-l-8 border-yellow-1000 bg-yellow-50 p-3 text-std-16B-170">
                {t('ineligibleNote')}
              </p>
            )}
          </>
        ) : null}
      </div>
    </section>
  );
}
