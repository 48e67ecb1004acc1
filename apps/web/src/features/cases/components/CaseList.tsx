import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { CASE_STAGE_LABELS, CASE_STAGES, type CaseStage, type CaseSummary } from '@tsunagu/contracts/cases';
import { type FormEvent, useId } from 'react';
import { Button } from '../../../components/Button';
import { EmptyState } from '../../../components/EmptyState';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { Pagination } from '../../../components/Pagination';
import { Select } from '../../../components/Select';
import { type Column, Table } from '../../../components/Table';
import { TextField } from '../../../components/TextField';
import { useErrorText } from '../../../lib/errors';
import { formatCount } from '../../../lib/format';
import { useI18n, useLabel, useT } from '../../../lib/i18n';
import { formatDay } from '../../households/people';
import { caseListQuery } from '../api';
import { caseMessages } from '../messages';
import { CASE_PAGE_SIZE } from '../search';
import { KindBadge, ReviewPendingBadge, StageBadge } from './CaseBadges';

const route = getRouteApi('/_auth/staff/cases');

/** ケース一覧: search by name, ふりがな or number and filter by stage (both kept in the URL). */
export function CaseList() {
  const t = useT(caseMessages);
  const label = useLabel();
  const { locale } = useI18n();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const id = useId();
  const search = route.useSearch();
  const page = search.page ?? 1;
  const result = useQuery(
    caseListQuery({
      q: search.q,
      stage: search.stage,
      limit: CASE_PAGE_SIZE,
      offset: (page - 1) * CASE_PAGE_SIZE,
    }),
  );
  const filtered = Boolean(search.q || search.stage);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const q = String(data.get('q') ?? '').trim();
    const stage = String(data.get('stage') ?? '');
    void navigate({
      to: '/staff/cases',
      search: { q: q || undefined, stage: (stage || undefined) as CaseStage | undefined },
    });
  }

  const columns: Column<CaseSummary>[] = [
    {
      key: 'number',
      header: t('colNumber'),
      rowHeader: true,
      className: 'whitespace-nowrap',
      cell: (c) => (
        <Link to="/staff/cases/$id" params={{ id: c.id }}>
          {t('caseNo', { n: c.number })}
        </Link>
      ),
    },
    {
      key: 'person',
      header: t('colPerson'),
      className: 'whitespace-nowrap',
      cell: (c) => c.personName ?? t('noName'),
    },
    {
      key: 'stage',
      header: t('colStage'),
      cell: (c) => (
        <span className="inline-flex flex-wrap gap-1">
          <StageBadge stage={c.stage} />
          {c.reviewPending ? <ReviewPendingBadge /> : null}
        </span>
      ),
    },
    { key: 'kind', header: t('colKind'), cell: (c) => <KindBadge kind={c.kind} /> },
    {
      key: 'received',
      header: t('colReceived'),
      className: 'whitespace-nowrap',
      cell: (c) => <time dateTime={c.receivedOn}>{formatDay(c.receivedOn, locale)}</time>,
    },
    {
      key: 'monitoring',
      header: t('colNextMonitoring'),
      className: 'whitespace-nowrap',
      cell: (c) =>
        c.nextMonitoringOn && c.stage !== 'closed' ? (
          <time dateTime={c.nextMonitoringOn}>{formatDay(c.nextMonitoringOn, locale)}</time>
        ) : (
          '—'
        ),
    },
    { key: 'request', header: t('colRequest'), cell: (c) => c.requestAgency?.name ?? '—' },
  ];

  const data = result.data;
  return (
    <section aria-labelledby="case-list-heading" className="flex min-w-0 flex-col gap-4">
      <h2 id="case-list-heading" className="border-b-2 border-blue-900 pb-2 text-std-24B-150">
        {t('listHeading')}
      </h2>
      <search aria-label={t('searchLabel')}>
        <form
          key={`${search.q ?? ''}|${search.stage ?? ''}`}
          onSubmit={submit}
          className="flex flex-wrap items-end gap-4"
        >
          <div className="w-full max-w-md">
            <TextField
              id={`${id}-q`}
              name="q"
              type="search"
              label={t('q')}
              hint={t('qHint')}
              defaultValue={search.q ?? ''}
              maxLength={100}
              autoComplete="off"
            />
          </div>
          <div className="w-full max-w-xs">
            <Select id={`${id}-stage`} name="stage" label={t('stage')} defaultValue={search.stage ?? ''}>
              <option value="">{t('stageAll')}</option>
              {CASE_STAGES.map((s) => (
                <option key={s} value={s}>
                  {label(CASE_STAGE_LABELS[s])}
                </option>
              ))}
            </Select>
          </div>
          <div className="flex gap-3">
            <Button type="submit">{t('search')}</Button>
            {filtered ? (
              <Button variant="tertiary" onClick={() => void navigate({ to: '/staff/cases', search: {} })}>
                {t('clear')}
              </Button>
            ) : null}
          </div>
        </form>
      </search>
      {result.isError ? <Notice tone="error" live title={errorText(result.error)} /> : null}
      {result.isPending ? <Loading /> : null}
      {data && data.items.length === 0 ? (
        <EmptyState title={t(filtered ? 'emptySearch' : 'empty')}>
          {t(filtered ? 'emptySearchHint' : 'emptyHint')}
        </EmptyState>
      ) : null}
      {data && data.items.length > 0 ? (
        <Table
          caption={t('listCaption', { total: formatCount(data.total, locale) })}
          columns={columns}
          rows={data.items}
          rowKey={(c) => c.id}
        />
      ) : null}
      {data ? <Pagination page={page} total={data.total} pageSize={CASE_PAGE_SIZE} /> : null}
    </section>
  );
}
