import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { EmptyState } from '../../../components/EmptyState';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { useErrorText } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/title';
import { hasRole, useMe } from '../../auth/api';
import { authMessages } from '../../auth/messages';
import { storyListQuery } from '../api';
import { StoryFilters } from '../components/StoryFilters';
import { StoryMeta, StoryStateBadge } from '../components/StoryMeta';
import { libraryMessages } from '../messages';

const route = getRouteApi('/_auth/staff/library');

/**
 * 事例集: the anonymised stories, searched by problem field, agency kind and keywords. Coordinators and
 * admins also see drafts and stories in review, with their state.
 */
export function LibraryPage() {
  const t = useT(libraryMessages);
  const a = useT(authMessages);
  const errorText = useErrorText();
  const me = useMe();
  const editor = hasRole(me, 'coordinator', 'admin');
  const search = route.useSearch();
  const result = useQuery(storyListQuery(search));
  useDocumentTitle(t('title'));
  const items = result.data?.items ?? [];

  return (
    <div className="flex min-w-0 flex-col gap-6 *:min-w-0">
      <PageHeader
        title={t('title')}
        lead={t('lead')}
        breadcrumbs={<Breadcrumbs items={[{ label: a('homeTitle'), to: '/staff' }, { label: t('title') }]} />}
      />
      <StoryFilters search={search} showState={editor} />
      {result.isError ? <Notice tone="error" live title={errorText(result.error)} /> : null}
      {result.isPending ? <Loading /> : null}
      {result.data ? (
        <section aria-labelledby="library-list-heading" className="flex min-w-0 flex-col gap-4">
          <h2 id="library-list-heading" className="text-std-24B-150">
            {t('listHeading', { count: items.length })}
          </h2>
          {items.length === 0 ? (
            <EmptyState title={t('empty')}>{t('emptyHint')}</EmptyState>
          ) : (
            <ul className="grid gap-4 lg:grid-cols-2">
              {items.map((story) => (
                <li key={story.id} className="min-w-0">
                  <article
                    aria-labelledby={`story-${story.id}`}
                    className="flex h-full min-w-0 flex-col gap-3 rounded-12 border border-solid-gray-420 bg-white p-5"
                  >
                    <div className="flex flex-wrap items-start justify-between gap-2">
                      <h3 id={`story-${story.id}`} className="text-std-20B-150">
                        <Link to="/staff/library/$id" params={{ id: story.id }}>
                          {story.title}
                        </Link>
                      </h3>
                      {editor ? <StoryStateBadge state={story.state} /> : null}
                    </div>
                    <StoryMeta story={story} />
                  </article>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </div>
  );
}
