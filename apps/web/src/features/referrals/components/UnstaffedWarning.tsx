import type { Agency } from '@tsunagu/contracts/agencies';
import { Notice } from '../../../components/FormError';
import { useT } from '../../../lib/i18n';
import { referralFormMessages } from '../form-messages';

/**
 * Shown while a chosen destination has no account that can accept a referral: the referral would wait
 * there unread until its accept deadline and then go to the coordinator. Sending stays allowed (the
 * agency may be reached by telephone, or get an account), so this warns, it does not refuse.
 */
export function UnstaffedWarning({ agencies }: { agencies: Agency[] }) {
  const t = useT(referralFormMessages);
  if (agencies.length === 0) return null;
  return (
    <Notice tone="warning" live title={t('unstaffedTitle')}>
      {t('unstaffedBody', { names: agencies.map((a) => a.name).join('、') })}
    </Notice>
  );
}
