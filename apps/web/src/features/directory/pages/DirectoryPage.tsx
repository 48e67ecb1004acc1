import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { EmptyState } from '../../../components/EmptyState';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { Pagination } from '../../../components/Pagination';
import { useErrorText } from '../../../lib/errors';
import { formatCount } from '../../../lib/format';
import { useI18n, useT } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/title';
import { useMe } from '../../auth/api';
import { useCodeLists } from '../../settings/api';
import { agencyListQuery } from '../api';
import { AgencyCard } from '../components/AgencyCard';
import { SearchForm } from '../components/SearchForm';
import { directoryMessages } from '../messages';
import { DIRECTORY_PAGE_SIZE } from '../search';

const route = getRouteApi('/');

/** 相談機関をさがす: the public directory search, its conditions in the URL. */
export function DirectoryPage() {
  const t = useT(directoryMessages);
  const { locale } = useI18n();
  const errorText = useErrorText();
  const search = route.useSearch();
  const me = useMe();
  const lists = useCodeLists();
  const page = search.page ?? 1;
  useDocumentTitle(t('title'));

  const result = useQuery({
    ...agencyListQuery(
      {
        q: search.q,
        field: search.field,
        district: search.district,
        limit: DIRECTORY_PAGE_SIZE,
        offset: (page - 1) * DIRECTORY_PAGE_SIZE,
      },
      !!me,
    ),
    enabled: me !== undefined,
  });

  const formKey = `${search.q ?? ''}|${search.field ?? ''}|${search.district ?? ''}|${lists ? 1 : 0}`;
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t('title')} lead={t('lead')} />
      <SearchForm key={formKey} search={search} />
      <section aria-labelledby="results-heading" className="flex flex-col gap-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="results-heading" className="text-std-24B-150">
            {t('resultHeading')}
          </h2>
          <p role="status" className="text-std-16B-170">
            {result.data ? t('resultCount', { total: formatCount(result.data.total, locale) }) : ''}
          </p>
        </div>
        {result.isError ? <Notice tone="error" live title={errorText(result.error)} /> : null}
        {result.isPending && !result.isError ? <Loading /> : null}
        {result.data && result.data.items.length === 0 ? (
          <EmptyState title={t('noResults')}>{t('noResultsHint')}</EmptyState>
        ) : null}
        {result.data && result.data.items.length > 0 ? (
          <ul className="grid gap-4 lg:grid-cols-2" aria-busy={result.isPlaceholderData || undefined}>
            {result.data.items.map((agency) => (
              <li key={agency.id} className="flex">
                <AgencyCard agency={agency} />
              </li>
            ))}
          </ul>
        ) : null}
        {result.data ? (
          <Pagination page={page} total={result.data.total} pageSize={DIRECTORY_PAGE_SIZE} />
        ) : null}
      </section>
    </div>
  );
}
