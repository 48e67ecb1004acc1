import { Link } from '@tanstack/react-router';
import { useT } from '../../../lib/i18n';
import { communityMessages } from '../messages';

type NavKey =
  | 'navHub'
  | 'navCouncils'
  | 'navDispatch'
  | 'navAdvisors'
  | 'navPhysicians'
  | 'navBoard'
  | 'navOrganisations'
  | 'navFigures';

const LINKS: {
  to:
    | '/staff/community'
    | '/staff/community/councils'
    | '/staff/community/dispatch'
    | '/staff/community/advisors'
    | '/staff/community/physicians'
    | '/staff/community/board'
    | '/staff/community/organisations'
    | '/staff/community/figures';
  key: NavKey;
  exact?: boolean;
}[] = [
  { to: '/staff/community', key: 'navHub', exact: true },
  { to: '/staff/community/councils', key: 'navCouncils' },
  { to: '/staff/community/dispatch', key: 'navDispatch' },
  { to: '/staff/community/advisors', key: 'navAdvisors' },
  { to: '/staff/community/physicians', key: 'navPhysicians' },
  { to: '/staff/community/board', key: 'navBoard' },
  { to: '/staff/community/organisations', key: 'navOrganisations' },
  { to: '/staff/community/figures', key: 'navFigures' },
];

/** The pages of 地域づくり as a row of tab-like links; the current one is marked (aria-current="page"). */
export function CommunityNav() {
  const t = useT(communityMessages);
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
