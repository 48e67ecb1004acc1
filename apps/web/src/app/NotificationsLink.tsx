import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { Me } from '@tsunagu/contracts/auth';
import { referralCountsQuery } from '../features/referrals/api';
import { useT } from '../lib/i18n';
import { CountBadge } from './MainNav';
import { shellMessages } from './messages';

/**
 * お知らせ in the header, with the unread count, for users who can be told anything: the users of an
 * agency (its referrals) and coordinators (escalations).
 */
export function NotificationsLink({ me }: { me: Me }) {
  const t = useT(shellMessages);
  const told = me.user.agencyId !== null || me.user.roles.includes('coordinator');
  const counts = useQuery({ ...referralCountsQuery, enabled: told });
  if (!told) return null;
  const unread = counts.data?.unreadNotifications ?? 0;
  return (
    <Link
      to="/staff/notifications"
      className="link-plain flex items-center rounded-8 border border-solid-gray-536 px-3 py-1.5 text-oln-14B-100 text-solid-gray-900 hover:bg-blue-50"
    >
      {t('notificationsLink')}
      {unread > 0 ? <CountBadge count={unread} text={t('notificationsUnread', { count: unread })} /> : null}
    </Link>
  );
}
