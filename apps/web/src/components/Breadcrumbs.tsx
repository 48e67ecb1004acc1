import { Link } from '@tanstack/react-router';
import { useT } from '../lib/i18n';
import { commonMessages } from '../lib/messages';

/** One step of a breadcrumb trail; the last one (the current page) has no `to`. */
export interface Crumb {
  label: string;
  to?: string;
  params?: Record<string, string>;
  /** Query parameters of the link (e.g. where the user came from). */
  search?: Record<string, string | undefined>;
}

/** The trail to the current page, as a labelled navigation landmark. */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  const t = useT(commonMessages);
  return (
    <nav aria-label={t('breadcrumbs')}>
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1 text-dns-14N-130">
        {items.map((item, i) => (
          <li key={`${item.to ?? 'current'}-${item.label}`} className="flex items-center gap-2">
            {i > 0 ? (
              <span aria-hidden="true" className="text-solid-gray-536">
                ›
              </span>
            ) : null}
            {item.to ? (
              <Link to={item.to} params={item.params} search={item.search} className="text-blue-1000">
                {item.label}
              </Link>
            ) : (
              <span aria-current="page" className="text-solid-gray-800">
                {item.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
