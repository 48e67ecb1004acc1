import type { Consent } from '@tsunagu/contracts/consents';
import { useT } from '../../../lib/i18n';
import { useCodeLabel } from '../../settings/api';
import { consentMessages } from '../messages';

/** The named agencies of a consent's scope, in full, or なし. */
export function ScopeAgencies({ consent }: { consent: Consent }) {
  const t = useT(consentMessages);
  if (consent.scopeAgencies.length === 0) return <>{t('none')}</>;
  return (
    <ul className="list-disc pl-5">
      {consent.scopeAgencies.map((a) => (
        <li key={a.id}>{a.name}</li>
      ))}
    </ul>
  );
}

/** The agency categories of a consent's scope, by their labels, or なし. */
export function ScopeCategories({ consent }: { consent: Consent }) {
  const t = useT(consentMessages);
  const codeLabel = useCodeLabel();
  if (consent.scopeAgencyCategories.length === 0) return <>{t('none')}</>;
  return (
    <ul className="list-disc pl-5">
      {consent.scopeAgencyCategories.map((code) => (
        <li key={code}>{codeLabel('agency_category', code)}</li>
      ))}
    </ul>
  );
}
