import { SectionNav } from '../../../components/SectionNav';
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
  return <SectionNav label={t('navLabel')} links={LINKS.map((l) => ({ ...l, label: t(l.key) }))} />;
}
