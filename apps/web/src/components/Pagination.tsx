import { Link } from '@tanstack/react-router';
import { useT } from '../lib/i18n';
import { commonMessages } from '../lib/messages';

/** Props of {@link Pagination}. */
export interface PaginationProps {
  /** 1-based current page. */
  page: number;
  total: number;
  pageSize: number;
}

/** Which page numbers to show: first, last and two around the current one, with gaps. */
export function pageWindow(page: number, pageCount: number): (number | 'gap')[] {
  const pages = new Set([1, pageCount, page - 1, page, page + 1].filter((p) => p >= 1 && p <= pageCount));
  const sorted = [...pages].sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  for (const p of sorted) {
    const prev = out[out.length - 1];
    if (typeof prev === 'number' && p - prev > 1) out.push('gap');
    out.push(p);
  }
  return out;
}

const itemClass =
  'link-plain inline-flex min-h-11 min-w-11 items-center justify-center rounded-8 border px-3 text-oln-16B-100';

/**
 * Page links for a list whose page lives in the URL (`?page=`), so each page can be shared and the
 * browser's back button works. Renders nothing for a single page.
 */
export function Pagination({ page, total, pageSize }: PaginationProps) {
  const t = useT(commonMessages);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  if (pageCount <= 1) return null;
  const link = (p: number) =>
    ({ to: '.', search: (prev: Record<string, unknown>) => ({ ...prev, page: p }) }) as const;
  return (
    <nav aria-label={t('paginationLabel')} className="mt-6">
      <ul className="flex flex-wrap items-center gap-2">
        <li>
          {page > 1 ? (
            <Link
              {...link(page - 1)}
              className={`${itemClass} border-blue-900 text-blue-900 hover:bg-blue-50`}
            >
              <span aria-hidden="true">‹ </span>
              {t('previousPage')}
            </Link>
          ) : null}
        </li>
        {pageWindow(page, pageCount).map((p, i) =>
          p === 'gap' ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: gaps have no identity of their own
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-solid-gray-700">
              …
            </li>
          ) : (
            <li key={p}>
              <Link
                {...link(p)}
                aria-label={t('pageN', { page: p })}
                aria-current={p === page ? 'page' : undefined}
                className={
                  p === page
                    ? `${itemClass} border-blue-900 bg-blue-900 text-white`
                    : `${itemClass} border-solid-gray-420 text-blue-900 hover:bg-blue-50`
                }
              >
                {p}
              </Link>
            </li>
          ),
        )}
        <li>
          {page < pageCount ? (
            <Link
              {...link(page + 1)}
              className={`${itemClass} border-blue-900 text-blue-900 hover:bg-blue-50`}
            >
              {t('nextPage')}
              <span aria-hidden="true"> ›</span>
            </Link>
          ) : null}
        </li>
      </ul>
    </nav>
  );
}
