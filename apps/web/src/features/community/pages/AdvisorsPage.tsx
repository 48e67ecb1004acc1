import { useQuery } from '@tanstack/react-query';
import type { Advisor } from '@tsunagu/contracts/community';
import { fiscalYearLabel } from '@tsunagu/japan';
import { useState } from 'react';
import { Badge } from '../../../components/Badge';
import { Button } from '../../../components/Button';
import { EmptyState } from '../../../components/EmptyState';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { type Column, Table } from '../../../components/Table';
import { useErrorText } from '../../../lib/errors';
import { useI18n, useLabel, useT } from '../../../lib/i18n';
import { Section } from '../../participation/components/Facts';
import { activeItems, useCodeLists } from '../../settings/api';
import { AdvisorDialog } from '../components/AdvisorDialog';
import { CommunityFrame } from '../components/CommunityFrame';
import { advisorListQuery } from '../support-api';
import { registryMessages } from '../support-messages';

/** The advisors in groups, one per field, in the field list's order (unknown fields last). */
function byField(advisors: readonly Advisor[], fieldOrder: readonly string[]) {
  const codes = [
    ...fieldOrder,
    ...new Set(advisors.map((a) => a.fieldCode).filter((c) => !fieldOrder.includes(c))),
  ];
  return codes
    .map((code) => ({ code, items: advisors.filter((a) => a.fieldCode === code) }))
    .filter((group) => group.items.length > 0);
}

/** 分野別アドバイザー: the advisor organisations grouped by field, with how often each was dispatched. */
export function AdvisorsPage() {
  const t = useT(registryMessages);
  const label = useLabel();
  const { locale } = useI18n();
  const errorText = useErrorText();
  const lists = useCodeLists();
  const result = useQuery(advisorListQuery);
  const [editing, setEditing] = useState<Advisor | null>(null);
  const [open, setOpen] = useState(false);
  const data = result.data;
  const fields = activeItems(lists, 'advisor_field');
  const fieldName = (code: string) => {
    const item = lists?.advisor_field.find((i) => i.code === code);
    return item ? label(item) : code;
  };
  const start = (advisor: Advisor | null) => {
    setEditing(advisor);
    setOpen(true);
  };
  const columns: Column<Advisor>[] = [
    { key: 'name', header: t('colName'), rowHeader: true, className: 'min-w-56', cell: (a) => a.name },
    { key: 'contact', header: t('contact'), className: 'min-w-40', cell: (a) => a.contact || '—' },
    {
      key: 'since',
      header: t('advisorSince'),
      className: 'whitespace-nowrap',
      cell: (a) => (a.sinceFiscalYear ? fiscalYearLabel(a.sinceFiscalYear, { locale }) : '—'),
    },
    {
      key: 'dispatches',
      header: t('colDispatches'),
      className: 'text-right whitespace-nowrap',
      cell: (a) => t('countDispatches', { n: a.dispatches }),
    },
    {
      key: 'status',
      header: t('colStatus'),
      cell: (a) => (
        <Badge tone={a.active ? 'success' : 'neutral'}>{t(a.active ? 'active' : 'inactive')}</Badge>
      ),
    },
  ];
  if (data?.abilities.edit) {
    columns.push({
      key: 'actions',
      header: t('colActions'),
      cell: (a) => (
        <Button
          variant="secondary"
          size="sm"
          aria-label={t('editOf', { name: a.name })}
          onClick={() => start(a)}
        >
          {t('edit')}
        </Button>
      ),
    });
  }
  return (
    <CommunityFrame
      title={t('advisorsTitle')}
      lead={t('advisorsLead')}
      actions={data?.abilities.edit ? <Button onClick={() => start(null)}>{t('advisorNew')}</Button> : null}
    >
      <Section
        id="advisor-list"
        title={t('advisorListHeading')}
        lead={data ? t('advisorsCount', { count: data.items.length }) : undefined}
      >
        {result.isError ? <Notice tone="error" live title={errorText(result.error)} /> : null}
        {result.isPending ? <Loading /> : null}
        {data && data.items.length === 0 ? <EmptyState title={t('advisorsEmpty')} /> : null}
        {data
          ? byField(
              data.items,
              fields.map((f) => f.code),
            ).map((group) => (
              <Table
                key={group.code}
                caption={t('advisorCaption', { field: fieldName(group.code), count: group.items.length })}
                columns={columns}
                rows={group.items}
                rowKey={(a) => a.id}
              />
            ))
          : null}
      </Section>
      <AdvisorDialog open={open} onClose={() => setOpen(false)} advisor={editing} />
    </CommunityFrame>
  );
}
