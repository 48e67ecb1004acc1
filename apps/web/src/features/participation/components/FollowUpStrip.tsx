import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Badge } from '../../../components/Badge';
import { useT } from '../../../lib/i18n';
import { dueFollowUpsQuery } from '../api';
import { participationMessages } from '../messages';

/**
 * 定着支援の予定 at a glance: how many follow-ups fall due within 30 days, how many are overdue (in
 * red), and the link to the list. Nothing while it loads or when none are due.
 */
export function FollowUpStrip() {
  const t = useT(participationMessages);
  const data = useQuery(dueFollowUpsQuery(30)).data;
  if (!data) return null;
  const due = data.items.length;
  return (
    <section
      aria-labelledby="follow-up-strip-heading"
      className={`flex flex-col gap-2 rounded-8 border-l-8 border-y border-r p-4 sm:flex-row sm:items-center sm:justify-between ${
        data.overdue > 0 ? 'border-red-1000 bg-red-50' : 'border-blue-900 bg-blue-50'
      }`}
    >
      <div className="flex flex-col gap-1">
        <h2 id="follow-up-strip-heading" className="text-std-18B-160">
          {t('stripHeading')}
        </h2>
        <p className="flex flex-wrap items-center gap-3 text-std-16N-170">
          <span>{due === 0 ? t('stripNone') : t('stripDue', { count: due })}</span>
          {data.overdue > 0 ? (
            <Badge tone="danger">{t('stripOverdue', { count: data.overdue })}</Badge>
          ) : null}
        </p>
      </div>
      <Link to="/staff/participation/follow-ups" className="text-std-16B-170">
        {t('stripLink')}
      </Link>
    </section>
  );
}
