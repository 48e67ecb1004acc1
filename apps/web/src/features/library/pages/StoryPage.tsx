import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import type { Story } from '@tsunagu/contracts/cases';
import { useState } from 'react';
import { NotFoundPage } from '../../../app/ErrorPages';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { Button } from '../../../components/Button';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { useToast } from '../../../components/Toast';
import { isApiError } from '../../../lib/api';
import { useErrorText } from '../../../lib/errors';
import { formatDate } from '../../../lib/format';
import { useI18n, useT } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/title';
import { authMessages } from '../../auth/messages';
import { storyAction, storyQuery } from '../api';
import { StoryForm } from '../components/StoryForm';
import { StoryMeta, StoryStateBadge } from '../components/StoryMeta';
import { libraryMessages } from '../messages';

const route = getRouteApi('/_auth/staff/library/$id');

/** One story of the 事例集; editors also get the edit form, the warnings and the review buttons. */
export function StoryPage() {
  const { id } = route.useParams();
  const t = useT(libraryMessages);
  const errorText = useErrorText();
  const result = useQuery(storyQuery(id));
  if (result.isPending) return <Loading />;
  if (result.isError) {
    if (isApiError(result.error) && [400, 404].includes(result.error.status)) return <NotFoundPage />;
    return (
      <div className="flex min-w-0 flex-col gap-6 *:min-w-0">
        <PageHeader title={t('detailTitle')} breadcrumbs={<Crumbs />} />
        <Notice tone="error" live title={errorText(result.error)} />
      </div>
    );
  }
  return <StoryView story={result.data} />;
}

function Crumbs() {
  const t = useT(libraryMessages);
  const a = useT(authMessages);
  return (
    <Breadcrumbs
      items={[
        { label: a('homeTitle'), to: '/staff' },
        { label: t('title'), to: '/staff/library' },
        { label: t('detailTitle') },
      ]}
    />
  );
}

type Action = 'submit' | 'publish' | 'return';
const DONE_KEYS = { submit: 'submitted', publish: 'published', return: 'returned' } as const;

function StoryView({ story: s }: { story: Story }) {
  const t = useT(libraryMessages);
  const { locale } = useI18n();
  const errorText = useErrorText();
  const notify = useToast();
  const queryClient = useQueryClient();
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState<Action | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  useDocumentTitle(s.title);
  const key = storyQuery(s.id).queryKey;

  async function act(action: Action) {
    setBusy(action);
    setFailure(null);
    try {
      queryClient.setQueryData(key, await storyAction(s.id, action, s.version));
      notify(t(DONE_KEYS[action]));
      await queryClient.invalidateQueries({ queryKey: ['stories', 'list'] });
    } catch (err) {
      setFailure(err);
      await queryClient.invalidateQueries({ queryKey: key });
    } finally {
      setBusy(null);
    }
  }

  const canAct = s.abilities.submit || s.abilities.publish || s.abilities.return;
  return (
    <div className="flex min-w-0 flex-col gap-8 *:min-w-0">
      <PageHeader title={s.title} breadcrumbs={<Crumbs />} lead={<StoryStateBadge state={s.state} />} />
      {s.warnings.length > 0 ? (
        <Notice tone="warning" title={t('warningsTitle', { count: s.warnings.length })}>
          <p>{t('warningsBody')}</p>
          <ul className="mt-2 flex flex-wrap gap-2">
            {s.warnings.map((w) => (
              <li key={w} className="rounded-4 border border-yellow-1000 bg-white px-2 py-0.5 font-bold">
                {w}
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {canAct ? (
        <section
          aria-labelledby="story-actions-heading"
          className="flex min-w-0 flex-col gap-3 rounded-12 border-2 border-blue-900 bg-blue-50 p-5"
        >
          <h2 id="story-actions-heading" className="text-std-20B-150">
            {t('actionsHeading')}
          </h2>
          <p className="text-std-16N-170">{t('actionsLead')}</p>
          {failure ? <Notice tone="error" live title={errorText(failure)} /> : null}
          {dirty ? <Notice tone="warning">{t('unsaved')}</Notice> : null}
          <div className="flex flex-wrap gap-3">
            {s.abilities.submit ? (
              <Button disabled={dirty} busy={busy === 'submit'} onClick={() => void act('submit')}>
                {t('submit')}
              </Button>
            ) : null}
            {s.abilities.publish ? (
              <Button disabled={dirty} busy={busy === 'publish'} onClick={() => void act('publish')}>
                {t('publish')}
              </Button>
            ) : null}
            {s.abilities.return ? (
              <Button variant="secondary" busy={busy === 'return'} onClick={() => void act('return')}>
                {t('return')}
              </Button>
            ) : null}
          </div>
        </section>
      ) : null}
      <section aria-labelledby="story-body-heading" className="flex min-w-0 flex-col gap-4">
        <h2 id="story-body-heading" className="border-b-2 border-blue-900 pb-2 text-std-24B-150">
          {t('bodyHeading')}
        </h2>
        <StoryMeta story={s} />
        <p className="text-dns-14N-130 text-solid-gray-800">
          {`${t('author')}：${s.author}`}
          {s.reviewer ? `　${t('reviewer')}：${s.reviewer}` : ''}
          {s.publishedAt ? `　${t('publishedAt')}：${formatDate(s.publishedAt, locale)}` : ''}
        </p>
        <div className="max-w-prose text-std-16N-170 whitespace-pre-wrap">{s.body}</div>
        {s.caseId ? (
          <p>
            <Link to="/staff/cases/$id" params={{ id: s.caseId }}>
              {t('sourceCase')}
            </Link>
          </p>
        ) : null}
      </section>
      {s.abilities.edit ? (
        <section aria-labelledby="story-edit-heading" className="flex min-w-0 flex-col gap-4">
          <h2 id="story-edit-heading" className="border-b-2 border-blue-900 pb-2 text-std-24B-150">
            {t('editHeading')}
          </h2>
          <p className="text-std-16N-170">{t('editLead')}</p>
          <StoryForm story={s} onDirty={setDirty} />
        </section>
      ) : null}
    </div>
  );
}
