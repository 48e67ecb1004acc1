import { Link } from '@tanstack/react-router';
import type { CaseSummary } from '@tsunagu/contracts/cases';
import { forwardRef } from 'react';
import { Notice } from '../../../components/FormError';
import { isApiError } from '../../../lib/api';
import { useErrorText } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { meetingFormMessages } from '../form-messages';

type Missing = { caseNumber: number; agency: string };

function missingPairs(details: Record<string, unknown>): Missing[] {
  const list = Array.isArray(details.missing) ? details.missing : [];
  return list.filter(
    (m): m is Missing =>
      typeof m === 'object' && m !== null && typeof m.caseNumber === 'number' && typeof m.agency === 'string',
  );
}

function agencyNames(details: Record<string, unknown>): string[] {
  const list = Array.isArray(details.agencies) ? details.agencies : [];
  return list.flatMap((a) =>
    typeof a === 'object' && a !== null && typeof a.name === 'string' ? [a.name] : [],
  );
}

/**
 * Why the meeting could not be registered, above the form. 重層的支援会議 without consent (422
 * consent_required) lists each case and agency the consent does not cover, with a link to that case's
 * household to record it; a 支援会議 with non-member agencies lists them; anything else shows the
 * server's message unless the field errors already say it. It takes focus when it appears.
 */
export const MeetingRefusal = forwardRef<
  HTMLDivElement,
  { failure: unknown; hasFieldErrors: boolean; cases: CaseSummary[] }
>(function MeetingRefusal({ failure, hasFieldErrors, cases }, ref) {
  const t = useT(meetingFormMessages);
  const errorText = useErrorText();
  const details = isApiError(failure) ? failure.details : {};
  const missing = missingPairs(details);
  const outsiders = agencyNames(details);
  const numbers = [...new Set(missing.map((m) => m.caseNumber))];
  return (
    <div ref={ref} tabIndex={-1} className="outline-none empty:hidden">
      {isApiError(failure, 'consent_required') && missing.length > 0 ? (
        <Notice tone="error" live title={t('consentTitle')}>
          <ul className="list-disc pl-6">
            {missing.map((m) => (
              <li key={`${m.caseNumber}-${m.agency}`}>
                {t('consentPair', { n: m.caseNumber, agency: m.agency })}
              </li>
            ))}
          </ul>
          <p className="mt-2">{t('consentHint')}</p>
          <ul className="mt-2 flex flex-col gap-1">
            {numbers.map((n) => {
              const c = cases.find((x) => x.number === n);
              return c ? (
                <li key={n}>
                  <Link to="/staff/households/$id" params={{ id: c.householdId }}>
                    {t('openHousehold', { n })}
                  </Link>
                </li>
              ) : null;
            })}
          </ul>
        </Notice>
      ) : outsiders.length > 0 ? (
        <Notice tone="error" live title={t('outsidersTitle')}>
          <ul className="list-disc pl-6">
            {outsiders.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
          <p className="mt-2">{errorText(failure)}</p>
        </Notice>
      ) : failure && !hasFieldErrors ? (
        <Notice tone="error" live title={errorText(failure)} />
      ) : null}
    </div>
  );
});
