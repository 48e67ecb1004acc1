import { Link } from '@tanstack/react-router';
import {
  ESCALATION_REASON_LABELS,
  REFERRAL_OUTCOME_LABELS,
  type ReferralSummary,
} from '@tsunagu/contracts/referrals';
import { Badge } from '../../../components/Badge';
import { formatDate } from '../../../lib/format';
import { useI18n, useLabel, useT } from '../../../lib/i18n';
import { referralMessages } from '../messages';
import { AgencyRoute } from './AgencyRoute';
import { ReferralBadges } from './ReferralBadges';

/**
 * The closed loop at a glance: every referral of the chain, first first, down a line — who sent it to
 * whom, its state and dates, and how it ended — with the referral on screen marked. Each other hop
 * links to its own page (every agency of the chain may open them).
 */
export function ChainTimeline({ chain, currentId }: { chain: ReferralSummary[]; currentId: string }) {
  const t = useT(referralMessages);
  const { locale } = useI18n();
  const label = useLabel();
  const colon = locale === 'ja' ? '：' : ': ';
  const date = (iso: string) => <time dateTime={iso}>{formatDate(iso, locale)}</time>;
  return (
    <ol className="flex flex-col">
      {chain.map((hop, i) => {
        const current = hop.id === currentId;
        const last = i === chain.length - 1;
        return (
          <li
            key={hop.id}
            aria-current={current ? 'step' : undefined}
            className="relative grid grid-cols-[2.5rem_1fr] gap-x-4"
          >
            {last ? null : (
              <span
                aria-hidden="true"
                className="absolute top-10 bottom-0 left-[1.2rem] w-0.5 bg-solid-gray-420"
              />
            )}
            <span
              aria-hidden="true"
              className={`relative z-10 inline-flex size-10 items-center justify-center rounded-full border-2 text-std-16B-170 ${
                current ? 'border-blue-900 bg-blue-900 text-white' : 'border-solid-gray-536 bg-white'
              }`}
            >
              {i + 1}
            </span>
            <div
              className={`mb-4 flex flex-col gap-2 rounded-8 border p-4 ${
                current ? 'border-2 border-blue-900 bg-blue-50' : 'border-solid-gray-420 bg-white'
              }`}
            >
              <p className="flex flex-wrap items-center gap-2 text-dns-14B-130 text-solid-gray-800">
                {t('hopN', { n: i + 1 })}
                {current ? <Badge tone="info">{t('current')}</Badge> : null}
              </p>
              <div className="text-std-16N-170">
                <AgencyRoute from={hop.fromAgency.name} to={hop.toAgency.name} />
              </div>
              <ReferralBadges referral={hop} />
              <p className="flex flex-wrap gap-x-4 text-dns-14N-130 text-solid-gray-800">
                <span>
                  {t('sentOn')} {date(hop.sentAt)}
                </span>
                {hop.acceptedAt ? (
                  <span>
                    {t('acceptedOn')} {date(hop.acceptedAt)}
                  </span>
                ) : null}
                {hop.closedAt ? (
                  <span>
                    {t('closedOn')} {date(hop.closedAt)}
                  </span>
                ) : null}
              </p>
              {hop.outcome ? (
                <p className="text-dns-16N-130">
                  <span className="font-bold">
                    {t('outcome')}
                    {colon}
                  </span>
                  {label(REFERRAL_OUTCOME_LABELS[hop.outcome])}
                </p>
              ) : null}
              {hop.escalationReason ? (
                <p className="text-dns-16N-130">
                  <span className="font-bold">
                    {t('escalation')}
                    {colon}
                  </span>
                  {label(ESCALATION_REASON_LABELS[hop.escalationReason])}
                </p>
              ) : null}
              {current ? null : (
                <p>
                  <Link to="/staff/referrals/$id" params={{ id: hop.id }} className="text-dns-16N-130">
                    {t('openHop', { n: i + 1 })}
                  </Link>
                </p>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
