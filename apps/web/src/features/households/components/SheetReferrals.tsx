import { Link } from '@tanstack/react-router';
import type { Household } from '@tsunagu/contracts/households';
import { REFERRAL_STATE_LABELS } from '@tsunagu/contracts/referrals';
import { formatDate } from '../../../lib/format';
import { useI18n, useLabel, useT } from '../../../lib/i18n';
import { householdMessages } from '../messages';

/** 紹介先・紹介理由 of the つなぐシート: each referral of the household the viewer takes part in. */
export function SheetReferrals({ referrals }: { referrals: Household['referrals'] }) {
  const t = useT(householdMessages);
  const label = useLabel();
  const { locale } = useI18n();
  if (!referrals.length) {
    return (
      <div className="sheet-referrals min-h-24 border border-solid-gray-600 px-3 py-2 text-dns-16N-130">
        <p className="text-solid-gray-800">{t('referralsEmpty')}</p>
      </div>
    );
  }
  return (
    <ol className="sheet-referrals flex flex-col gap-2">
      {referrals.map((r) => (
        <li key={r.id} className="border border-solid-gray-600 px-3 py-2 text-dns-16N-130">
          <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
            <dt className="font-bold">{t('referredTo')}</dt>
            <dd>
              {r.toAgencyName}
              <span className="ml-2 text-dns-14N-130 text-solid-gray-800">
                {t('referredFrom', { agency: r.fromAgencyName, date: formatDate(r.sentAt, locale) })}・
                {label(REFERRAL_STATE_LABELS[r.state])}
              </span>
            </dd>
            <dt className="font-bold">{t('referralReason')}</dt>
            <dd className="whitespace-pre-wrap break-words">{r.reason}</dd>
          </dl>
          <p className="print-hide mt-1">
            <Link to="/staff/referrals/$id" params={{ id: r.id }} className="text-blue-1000 underline">
              {t('openReferral')}
            </Link>
          </p>
        </li>
      ))}
    </ol>
  );
}
