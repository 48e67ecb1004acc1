import { Link } from '@tanstack/react-router';
import { Notice } from '../../../components/FormError';
import { isApiError } from '../../../lib/api';
import { useErrorText } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { referralFormMessages } from '../form-messages';

function isAgencyRef(value: unknown): value is { id: string; name: string } {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.name === 'string';
}

/** True for the server's refusal of a referral that no consent of the person covers. */
export function isConsentRequired(err: unknown): boolean {
  return isApiError(err, 'consent_required');
}

/**
 * The person has not consented to sharing with some of the chosen agencies: the server's message names
 * them; the link opens the person's consents so one can be recorded (or the sender states an emergency).
 */
export function ConsentRequired({
  failure,
  personId,
  householdId,
}: {
  failure: unknown;
  personId: string;
  householdId: string;
}) {
  const t = useT(referralFormMessages);
  const errorText = useErrorText();
  const details = isApiError(failure) ? failure.details : {};
  const target = typeof details.personId === 'string' ? details.personId : personId;
  const agencies = Array.isArray(details.agencies) ? details.agencies.filter(isAgencyRef) : [];
  return (
    <Notice tone="error" live title={t('consentTitle')}>
      {agencies.length > 0 ? (
        <>
          <p>{t('consentAgencies')}</p>
          <ul className="list-disc pl-6">
            {agencies.map((a) => (
              <li key={a.id}>{a.name}</li>
            ))}
          </ul>
          <p className="mt-2">{t('consentHint')}</p>
        </>
      ) : (
        <p>{errorText(failure)}</p>
      )}
      <p className="mt-2">
        <Link to="/staff/persons/$id/consents" params={{ id: target }} search={{ household: householdId }}>
          {t('consentLink')}
        </Link>
      </p>
    </Notice>
  );
}
