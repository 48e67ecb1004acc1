import { useQuery } from '@tanstack/react-query';
import { Link, useRouterState } from '@tanstack/react-router';
import type { Me } from '@tsunagu/contracts/auth';
import { useEffect, useRef } from 'react';
import { communityMessages } from '../features/community/messages';
import { referralCountsQuery } from '../features/referrals/api';
import { useT } from '../lib/i18n';
import { type Area, canUse } from './access';
import { shellMessages } from './messages';

type NavKey =
  | 'navDirectory'
  | 'navStaffHome'
  | 'navIntake'
  | 'navPersons'
  | 'navAgencies'
  | 'navChangeRequests'
  | 'navSettings'
  | 'navAudit'
  | 'navSessions'
  | 'navEmergencyAccesses'
  | 'navDuplicates'
  | 'navReferrals'
  | 'navCases'
  | 'navTasks'
  | 'navProgress'
  | 'navPlan'
  | 'navSurveys'
  | 'navParticipation'
  | 'navCommunity';

interface NavItem {
  to:
    | '/'
    | '/progress'
    | '/staff'
    | '/staff/intakes/new'
    | '/staff/persons'
    | '/staff/referrals'
    | '/staff/cases'
    | '/staff/tasks'
    | '/staff/participation'
    | '/staff/community'
    | '/staff/plan'
    | '/staff/surveys'
    | '/staff/agencies'
    | '/staff/change-requests'
    | '/settings'
    | '/audit'
    | '/admin/sessions'
    | '/admin/emergency-accesses'
    | '/admin/duplicates';
  key: NavKey;
  exact?: boolean;
  /** null: everyone; 'signedIn': any signed-in user; 'signedOut': visitors only; otherwise an area. */
  access: null | 'signedIn' | 'signedOut' | Area;
}

const ITEMS: NavItem[] = [
  { to: '/', key: 'navDirectory', exact: true, access: null },
  // Staff reach the public progress page from 計画の進捗.
  { to: '/progress', key: 'navProgress', access: 'signedOut' },
  { to: '/staff', key: 'navStaffHome', exact: true, access: 'signedIn' },
  { to: '/staff/intakes/new', key: 'navIntake', access: 'intake' },
  { to: '/staff/persons', key: 'navPersons', access: 'persons' },
  { to: '/staff/referrals', key: 'navReferrals', access: 'referrals' },
  { to: '/staff/cases', key: 'navCases', access: 'cases' },
  { to: '/staff/tasks', key: 'navTasks', access: 'tasks' },
  { to: '/staff/participation', key: 'navParticipation', access: 'participation' },
  // 地域づくり is open to every staff member; each record says whether the user may change it.
  { to: '/staff/community', key: 'navCommunity', access: 'signedIn' },
  { to: '/staff/plan', key: 'navPlan', access: 'plan' },
  { to: '/staff/surveys', key: 'navSurveys', access: 'surveys' },
  { to: '/staff/agencies', key: 'navAgencies', access: 'agencies' },
  { to: '/staff/change-requests', key: 'navChangeRequests', access: 'changeRequests' },
  { to: '/settings', key: 'navSettings', access: 'settings' },
  { to: '/audit', key: 'navAudit', access: 'audit' },
  { to: '/admin/sessions', key: 'navSessions', access: 'sessions' },
  { to: '/admin/emergency-accesses', key: 'navEmergencyAccesses', access: 'emergencyAccesses' },
  { to: '/admin/duplicates', key: 'navDuplicates', access: 'duplicates' },
];

const linkClass =
  'link-plain block border-b-4 px-3 py-3 text-std-16N-170 hover:bg-blue-50 hover:text-blue-1000 md:px-4';

/** The main navigation: the public directory, then the staff areas the user's roles can open. */
export function MainNav({ me }: { me: Me | null | undefined }) {
  const t = useT(shellMessages);
  const c = useT(communityMessages);
  const label = (key: NavKey) => (key === 'navCommunity' ? c('title') : t(key));
  const list = useRef<HTMLUListElement>(null);
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  // On narrow screens the menu scrolls sideways: keep the current page's item in view.
  useEffect(() => {
    if (pathname)
      list.current
        ?.querySelector('[aria-current="page"]')
        ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [pathname]);
  const counts = useQuery({ ...referralCountsQuery, enabled: canUse(me, 'referrals') });
  // What waits for the user: new referrals to the agency and, for coordinators, the escalated ones.
  const waiting = counts.data ? counts.data.incomingNew + counts.data.escalated : 0;
  const items = ITEMS.filter((item) => {
    if (item.access === null) return true;
    if (item.access === 'signedIn') return !!me;
    if (item.access === 'signedOut') return !me;
    return canUse(me, item.access);
  });
  return (
    <nav aria-label={t('mainNav')} className="print-hide border-b border-solid-gray-420 bg-white">
      <ul
        ref={list}
        className="mx-auto flex max-w-[1200px] overflow-x-auto px-4 whitespace-nowrap md:flex-wrap md:px-8"
      >
        {items.map((item) => (
          <li key={item.to}>
            <Link
              to={item.to}
              activeOptions={{ exact: item.exact ?? false }}
              className={linkClass}
              activeProps={{ className: 'border-blue-900 font-bold text-blue-1000' }}
              inactiveProps={{ className: 'border-transparent text-solid-gray-900' }}
            >
              {label(item.key)}
              {item.key === 'navReferrals' && waiting > 0 ? (
                <CountBadge text={t('navReferralsNew', { count: waiting })} count={waiting} />
              ) : null}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A count beside a menu item: the number for the eye, the words ("新着3件") for screen readers. */
export function CountBadge({ count, text }: { count: number; text: string }) {
  return (
    <span className="ml-2 inline-flex min-w-6 items-center justify-center rounded-full bg-error-2 px-2 text-oln-14B-100 text-white">
      <span aria-hidden="true">{count}</span>
      <span className="sr-only">{text}</span>
    </span>
  );
}
