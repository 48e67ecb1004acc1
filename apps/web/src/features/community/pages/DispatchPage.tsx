import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import {
  DISPATCH_STATUS_LABELS,
  DISPATCH_STATUSES,
  type DispatchRequest,
  type DispatchStatus,
} from '@tsunagu/contracts/community';
import { fiscalYearLabel, fiscalYearOf } from '@tsunagu/japan';
import { useId, useState } from 'react';
import { Button } from '../../../components/Button';
import { EmptyState } from '../../../components/EmptyState';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { Select } from '../../../components/Select';
import { type Column, Table } from '../../../components/Table';
import { useErrorText } from '../../../lib/errors';
import { todayIso } from '../../../lib/format';
import { useI18n, useT } from '../../../lib/i18n';
import { formatDay } from '../../households/people';
import { LabelledOptions } from '../../participation/components/ChoiceFields';
import { Section } from '../../participation/components/Facts';
import { FilterBar, FilterSelect, filterValue } from '../../participation/components/FilterBar';
import { searchFiscalYear } from '../../plan/search';
import { useCodeLabel } from '../../settings/api';
import { CommunityFrame } from '../components/CommunityFrame';
import { DispatchStatusBadge } from '../components/DispatchBadges';
import { DispatchDueList } from '../components/DispatchDueList';
import { DispatchRequestDialog } from '../components/DispatchRequestDialog';
import { fiscalYearsUpTo } from '../labels';
import { dispatchListQuery } from '../support-api';
import { dispatchMessages } from '../support-dispatch-messages';

const route = getRouteApi('/_auth/staff/community/dispatch');

/**
 * アドバイザー派遣: the follow-ups due, then the requests of a 年度 (the current one by default) with
 * their status, and 受付する for the dispatch desk.
 */
export function DispatchPage() {
  const t = useT(dispatchMessages);
  const { locale } = useI18n();
  const codeLabel = useCodeLabel();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const id = useId();
  const search = route.useSearch();
  const current = fiscalYearOf(todayIso());
  const fiscalYear = search.fiscalYear ?? current;
  const result = useQuery(dispatchListQuery({ fiscalYear, status: search.status }));
  const [open, setOpen] = useState(false);
  const data = result.data;
  const rules = data?.rules ?? { maxFollowUps: 2, followUpMonths: 2, minActiveYears: 1 };

  function submit(form: FormData) {
    const year = searchFiscalYear(filterValue(form, 'fiscalYear'));
    void navigate({
      to: '/staff/community/dispatch',
      search: {
        fiscalYear: year === current ? undefined : year,
        status: filterValue(form, 'status') as DispatchStatus | undefined,
      },
    });
  }

  const columns: Column<DispatchRequest>[] = [
    {
      key: 'group',
      header: t('colGroup'),
      rowHeader: true,
      className: 'min-w-48',
      cell: (r) => (
        <Link to="/staff/community/dispatch/$id" params={{ id: r.id }}>
          {r.groupName}
        </Link>
      ),
    },
    {
      key: 'received',
      header: t('colReceivedOn'),
      className: 'whitespace-nowrap',
      cell: (r) => <time dateTime={r.receivedOn}>{formatDay(r.receivedOn, locale)}</time>,
    },
    { key: 'field', header: t('colField'), cell: (r) => codeLabel('advisor_field', r.fieldCode) },
    { key: 'status', header: t('status'), cell: (r) => <DispatchStatusBadge status={r.status} /> },
    { key: 'advisor', header: t('colAdvisor'), className: 'min-w-40', cell: (r) => r.advisorName ?? '—' },
    {
      key: 'session',
      header: t('colSessionOn'),
      className: 'whitespace-nowrap',
      cell: (r) => (r.sessionOn ? <time dateTime={r.sessionOn}>{formatDay(r.sessionOn, locale)}</time> : '—'),
    },
    {
      key: 'follow-ups',
      header: t('colFollowUps'),
      className: 'whitespace-nowrap',
      cell: (r) =>
        r.sessionOn && (r.status === 'held' || r.status === 'closed')
          ? t('followUpCount', { done: r.followUps.length, max: rules.maxFollowUps })
          : '—',
    },
  ];

  return (
    <CommunityFrame
      title={t('title')}
      lead={t('lead', { months: rules.followUpMonths, max: rules.maxFollowUps })}
      actions={data?.abilities.create ? <Button onClick={() => setOpen(true)}>{t('receive')}</Button> : null}
    >
      <DispatchDueList />
      <Section id="dispatch-list" title={t('listHeading')} lead={t('listLead')}>
        <FilterBar
          t={t}
          search={search}
          filtered={Boolean(search.fiscalYear || search.status)}
          onSearch={submit}
          onClear={() => void navigate({ to: '/staff/community/dispatch', search: {} })}
        >
          <div className="w-full max-w-[12rem]">
            <Select
              id={`${id}-fiscalYear`}
              name="fiscalYear"
              label={t('fiscalYear')}
              defaultValue={fiscalYear}
            >
              {fiscalYearsUpTo(Math.max(current, fiscalYear)).map((fy) => (
                <option key={fy} value={fy}>
                  {fiscalYearLabel(fy, { locale })}
                </option>
              ))}
            </Select>
          </div>
          <FilterSelect name="status" label={t('status')} value={search.status} width="max-w-xs">
            <LabelledOptions codes={DISPATCH_STATUSES} labels={DISPATCH_STATUS_LABELS} />
          </FilterSelect>
        </FilterBar>
        {result.isError ? <Notice tone="error" live title={errorText(result.error)} /> : null}
        {result.isPending ? <Loading /> : null}
        {data && data.items.length === 0 ? (
          <EmptyState title={t(search.status ? 'emptyFiltered' : 'empty')}>
            {data.abilities.create && !search.status ? t('emptyHint') : null}
          </EmptyState>
        ) : null}
        {data && data.items.length > 0 ? (
          <Table
            caption={t('listCaption', {
              year: fiscalYearLabel(fiscalYear, { locale }),
              count: data.items.length,
            })}
            columns={columns}
            rows={data.items}
            rowKey={(r) => r.id}
          />
        ) : null}
      </Section>
      <DispatchRequestDialog
        open={open}
        onClose={() => setOpen(false)}
        minActiveYears={rules.minActiveYears}
        onCreated={(requestId) =>
          void navigate({ to: '/staff/community/dispatch/$id', params: { id: requestId } })
        }
      />
    </CommunityFrame>
  );
}
