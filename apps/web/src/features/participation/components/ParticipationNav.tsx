import { SectionNav } from '../../../components/SectionNav';
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
  return <SectionNav label={t('navLabel')} links={LINKS.map((l) => ({ ...l, label: t(l.key) }))} />;
}
