import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { type Entry, entryUpdateSchema } from '@tsunagu/contracts/plan';
import { fiscalYearLabel } from '@tsunagu/japan';
import { useEffect, useRef } from 'react';
import { NotFoundPage } from '../../../app/ErrorPages';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { useToast } from '../../../components/Toast';
import { isApiError } from '../../../lib/api';
import { useErrorText } from '../../../lib/errors';
import { applyServerIssues } from '../../../lib/form';
import { useI18n, useT } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/title';
import { authMessages } from '../../auth/messages';
import { entryAction, entryQuery } from '../api';
import type { EntryMove } from '../components/EntryActionDialog';
import { EntryActions } from '../components/EntryActions';
import { EntryCommentForm } from '../components/EntryCommentForm';
import { useEntryEditor } from '../components/EntryEditor';
import { EntryFailure } from '../components/EntryFailure';
import { EntryForm } from '../components/EntryForm';
import { EntryHistory } from '../components/EntryHistory';
import { EntryStateBadge } from '../components/EntryStateBadge';
import { EntryTexts } from '../components/EntryTexts';
import { entryMessages } from '../entry-messages';

const route = getRouteApi('/_auth/staff/plan/entries/$id');

/** One progress entry: the item, the text (a form for its division), the moves and the history. */
export function EntryPage() {
  const { id } = route.useParams();
  const t = useT(entryMessages);
  const errorText = useErrorText();
  const result = useQuery(entryQuery(id));
  if (result.isPending) return <Loading />;
  if (result.isError) {
    if (isApiError(result.error) && [400, 404].includes(result.error.status)) return <NotFoundPage />;
    return (
      <div className="flex min-w-0 flex-col gap-6 *:min-w-0">
        <PageHeader title={t('loadFailedTitle')} breadcrumbs={<Crumbs />} />
        <Notice tone="error" live title={errorText(result.error)} />
      </div>
    );
  }
  return <EntryView entry={result.data} />;
}

function Crumbs({ current }: { current?: string }) {
  const t = useT(entryMessages);
  const a = useT(authMessages);
  return (
    <Breadcrumbs
      items={[
        { label: a('homeTitle'), to: '/staff' },
        { label: t('planTitle'), to: '/staff/plan' },
        { label: t('title'), to: '/staff/plan/entries' },
        { label: current ?? t('loadFailedTitle') },
      ]}
    />
  );
}

const DONE = { submit: 'submitted', approve: 'approved', return: 'returned' } as const;

function EntryView({ entry }: { entry: Entry }) {
  const t = useT(entryMessages);
  const { locale } = useI18n();
  const notify = useToast();
  const queryClient = useQueryClient();
  const editor = useEntryEditor(entry);
  const failureBox = useRef<HTMLDivElement>(null);
  const title = t('entryTitle', { policy: entry.policyNo, item: entry.itemNo, title: entry.itemTitle });
  const year = fiscalYearLabel(entry.fiscalYear, { locale });
  useDocumentTitle(`${title}（${year}）`);
  useEffect(() => {
    if (editor.failure) failureBox.current?.focus();
  }, [editor.failure]);

  async function move(kind: EntryMove, comment: string | null) {
    let version = entry.version;
    if (kind === 'submit' && editor.isDirty) {
      const parsed = entryUpdateSchema.safeParse(editor.form.getValues());
      if (!parsed.success) {
        await editor.form.trigger(undefined, { shouldFocus: true });
        return;
      }
      const saved = await editor.save(parsed.data);
      if (!saved) return;
      version = saved.version;
    }
    editor.setFailure(null);
    try {
      const next = await entryAction(entry.id, kind, { version, comment });
      queryClient.setQueryData(entryQuery(entry.id).queryKey, next);
      notify(t(DONE[kind]));
      void editor.refreshLists();
    } catch (err) {
      editor.setFailure(err);
      applyServerIssues(err, editor.form.setError, locale);
    }
  }

  return (
    <div className="flex min-w-0 flex-col gap-8 *:min-w-0">
      <PageHeader
        title={title}
        breadcrumbs={<Crumbs current={title} />}
        lead={
          <span className="flex flex-wrap items-center gap-3">
            <EntryStateBadge state={entry.state} />
            <span>{t('headerLead', { year, divisions: entry.divisions.map((d) => d.name).join('、') })}</span>
          </span>
        }
      />
      <EntryFailure ref={failureBox} failure={editor.failure} onReload={editor.reload} />
      <section aria-labelledby="entry-detail-heading" className="flex min-w-0 flex-col gap-3">
        <h2 id="entry-detail-heading" className="border-b-2 border-blue-900 pb-2 text-std-24B-150">
          {t('detailHeading')}
        </h2>
        <p className="max-w-prose text-std-16N-170 whitespace-pre-line">{entry.itemDetail}</p>
      </section>
      <section aria-labelledby="entry-text-heading" className="flex min-w-0 flex-col gap-4">
        <h2 id="entry-text-heading" className="border-b-2 border-blue-900 pb-2 text-std-24B-150">
          {t('textHeading')}
        </h2>
        {entry.abilities.edit ? <EntryForm editor={editor} /> : <EntryTexts entry={entry} />}
      </section>
      <EntryActions entry={entry} dirty={entry.abilities.edit && editor.isDirty} onMove={move} />
      <EntryHistory
        entry={entry}
        commentBox={entry.abilities.comment ? <EntryCommentForm entry={entry} /> : null}
      />
    </div>
  );
}
