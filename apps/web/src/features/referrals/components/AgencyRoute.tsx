import { useT } from '../../../lib/i18n';
import { referralMessages } from '../messages';

/**
 * 紹介元 → 紹介先. The arrow is drawn for the eye; screen readers hear "A から B へ" instead.
 */
export function AgencyRoute({ from, to }: { from: string; to: string }) {
  const t = useT(referralMessages);
  return (
    <>
      <span aria-hidden="true" className="flex flex-wrap items-center gap-x-2">
        <span>{from}</span>
        <span className="text-solid-gray-700">→</span>
        <span className="font-bold">{to}</span>
      </span>
      <span className="sr-only">{t('route', { from, to })}</span>
    </>
  );
}
