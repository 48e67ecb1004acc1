import { Link } from '@tanstack/react-router';
import { useT } from '../../../lib/i18n';
import { participationMessages } from '../messages';

type NavKey =
  | 'navParticipants'
  | 'navEmployers'
  | 'navPlaces'
  | 'navFairs'
  | 'navFollowUps'
  | 'navStatistics';

const LINKS: {
  to:
    | '/staff/participation'
    | '/staff/participation/employers'
    | '/staff/participation/places'
    | '/staff/participation/fairs'
    | '/staff/participation/follow-ups'
    | '/staff/participation/statistics';
  key: NavKey;
  exact?: boolean;
}[] = [
  { to: '/staff/participation', key: 'navParticipants', exact: true },
  { to: '/staff/participation/employers', key: 'navEmployers' },
  { to: '/staff/participation/places', key: 'navPlaces' },
  { to: '/staff/participation/fairs', key: 'navFairs' },
  { to: '/staff/participation/follow-ups', key: 'navFollowUps' },
  { to: '/staff/participation/statistics', key: 'navStatistics' },
];

/** The pages of 参加支援 as a row of tab-like links; the current one is marked (aria-current="page"). */
export function ParticipationNav() {
  const t = useT(participationMessages);
  return (
    <nav aria-label={t('navLabel')} className="-mt-4">
      <ul className="flex flex-wrap gap-x-1 border-b-2 border-solid-gray-420">
        {LINKS.map((link) => (
          <li key={link.to}>
            <Link
              to={link.to}
              activeOptions={{ exact: link.exact ?? false, includeSearch: false }}
              className="link-plain -mb-0.5 block rounded-t-8 border-b-4 px-4 py-3 text-std-16N-170 hover:bg-solid-gray-50 hover:text-blue-1000"
              activeProps={{ className: 'border-blue-900 font-bold text-blue-1000' }}
              inactiveProps={{ className: 'border-transparent text-solid-gray-800' }}
            >
              {t(link.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
