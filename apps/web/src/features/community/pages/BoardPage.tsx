import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import {
  BOARD_POST_STATUS_LABELS,
  BOARD_POST_STATUSES,
  type BoardMatch,
  type BoardPost,
  type BoardPostStatus,
} from '@tsunagu/contracts/community';
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { EmptyState } from '../../../components/EmptyState';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { type Column, Table } from '../../../components/Table';
import { useErrorText } from '../../../lib/errors';
import { useI18n, useT } from '../../../lib/i18n';
import { formatDay } from '../../households/people';
import { CodeOptions, LabelledOptions } from '../../participation/components/ChoiceFields';
import { Section } from '../../participation/components/Facts';
import { FilterBar, FilterSelect, filterValue } from '../../participation/components/FilterBar';
import { BoardCloseDialog } from '../components/BoardCloseDialog';
import { BoardMatchDialog } from '../components/BoardMatchDialog';
import { BoardPostCard } from '../components/BoardPostCard';
import { BoardPostDialog } from '../components/BoardPostDialog';
import { CommunityFrame } from '../components/CommunityFrame';
import { boardQuery } from '../support-api';
import { boardMessages } from '../support-board-messages';

const route = getRouteApi('/_auth/staff/community/board');
type Action = { kind: 'post' } | { kind: 'match' } | { kind: 'close'; post: BoardPost };

/** マッチング: the needs and the offers side by side, filtered by status and field, and the matches. */
export function BoardPage() {
  const t = useT(boardMessages);
  const { locale } = useI18n();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const search = route.useSearch();
  const result = useQuery(boardQuery(search));
  const [action, setAction] = useState<Action | null>(null);
  const [open, setOpen] = useState(false);
  const data = result.data;
  const canWrite = data?.abilities.edit ?? false;
  const filtered = Boolean(search.status || search.field);
  const start = (next: Action) => {
    setAction(next);
    setOpen(true);
  };

  function submit(form: FormData) {
    void navigate({
      to: '/staff/community/board',
      search: {
        status: filterValue(form, 'status') as BoardPostStatus | undefined,
        field: filterValue(form, 'field'),
      },
    });
  }

  const column = (kind: 'needs' | 'offers', posts: BoardPost[]) => (
    <Section
      id={`board-${kind}`}
      title={t(kind === 'needs' ? 'needsHeading' : 'offersHeading')}
      lead={t(kind === 'needs' ? 'needsLead' : 'offersLead')}
    >
      {posts.length === 0 ? (
        <EmptyState title={t(kind === 'needs' ? 'needsEmpty' : 'offersEmpty')} />
      ) : (
        <ul className="flex flex-col gap-4">
          {posts.map((p) => (
            <li key={p.id}>
              <BoardPostCard
                post={p}
                onClose={canWrite ? () => start({ kind: 'close', post: p }) : undefined}
              />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );

  const matchColumns: Column<BoardMatch>[] = [
    {
      key: 'agreed',
      header: t('colAgreedOn'),
      className: 'whitespace-nowrap',
      cell: (m) => <time dateTime={m.agreedOn}>{formatDay(m.agreedOn, locale)}</time>,
    },
    { key: 'need', header: t('colNeed'), rowHeader: true, className: 'min-w-48', cell: (m) => m.needTitle },
    { key: 'offer', header: t('colOffer'), className: 'min-w-48', cell: (m) => m.offerTitle },
    {
      key: 'organisation',
      header: t('colOrganisation'),
      className: 'min-w-40',
      cell: (m) => m.organisationName,
    },
    { key: 'note', header: t('note'), className: 'min-w-48 whitespace-pre-line', cell: (m) => m.note || '—' },
  ];

  return (
    <CommunityFrame
      title={t('title')}
      lead={t('lead')}
      actions={
        canWrite ? (
          <>
            <Button onClick={() => start({ kind: 'post' })}>{t('post')}</Button>
            <Button variant="secondary" onClick={() => start({ kind: 'match' })}>
              {t('match')}
            </Button>
          </>
        ) : null
      }
    >
      <FilterBar
        t={t}
        search={search}
        filtered={filtered}
        onSearch={submit}
        onClear={() => void navigate({ to: '/staff/community/board', search: {} })}
      >
        <FilterSelect name="status" label={t('status')} value={search.status} width="max-w-[14rem]">
          <LabelledOptions codes={BOARD_POST_STATUSES} labels={BOARD_POST_STATUS_LABELS} />
        </FilterSelect>
        <FilterSelect name="field" label={t('field')} value={search.field} width="max-w-[16rem]">
          <CodeOptions list="board_field" />
        </FilterSelect>
      </FilterBar>
      {result.isError ? <Notice tone="error" live title={errorText(result.error)} /> : null}
      {result.isPending ? <Loading /> : null}
      {data ? (
        <div className="grid min-w-0 gap-8 lg:grid-cols-2 *:min-w-0">
          {column('needs', data.needs)}
          {column('offers', data.offers)}
        </div>
      ) : null}
      {data ? (
        <Section id="board-matches" title={t('matchesHeading')} lead={t('matchesLead')}>
          {data.matches.length === 0 ? (
            <EmptyState title={t('matchesEmpty')} />
          ) : (
            <Table
              caption={t('matchesCaption', { count: data.matches.length })}
              columns={matchColumns}
              rows={data.matches}
              rowKey={(m) => m.id}
            />
          )}
        </Section>
      ) : null}
      {action?.kind === 'post' ? <BoardPostDialog open={open} onClose={() => setOpen(false)} /> : null}
      {action?.kind === 'match' ? <BoardMatchDialog open={open} onClose={() => setOpen(false)} /> : null}
      {action?.kind === 'close' ? (
        <BoardCloseDialog post={action.post} open={open} onClose={() => setOpen(false)} />
      ) : null}
    </CommunityFrame>
  );
}
