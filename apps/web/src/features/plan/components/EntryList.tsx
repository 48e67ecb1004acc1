import { Link } from '@tanstack/react-router';
import { ENTRY_STATE_LABELS, ENTRY_STATES, type EntrySummary } from '@tsunagu/contracts/plan';
import { EmptyState } from '../../../components/EmptyState';
import { Table } from '../../../components/Table';
import { formatDate, isoDateTime } from '../../../lib/format';
import { useI18n, useLabel, useT } from '../../../lib/i18n';
import { entryMessages } from '../entry-messages';
import { ENTRY_STATE_LOOK, EntryStateBadge } from './EntryStateBadge';

/** How many entries are in each state (承認済み 44件・確認待ち 1件), leaving out states with none. */
export function EntryCounts({ items }: { items: EntrySummary[] }) {
  const t = useT(entryMessages);
  const label = useLabel();
  const counts = ENTRY_STATES.map((s) => ({ state: s, n: items.filter((e) => e.state === s).length })).filter(
    (c) => c.n > 0,
  );
  if (counts.length === 0) return null;
  return (
    <ul aria-label={t('countsLabel')} className="flex flex-wrap gap-3">
      {counts.map(({ state, n }) => (
        <li
          key={state}
          className="flex items-center gap-2 rounded-8 border border-solid-gray-420 bg-white px-3 py-2 text-std-16B-170"
        >
          <span aria-hidden="true">{ENTRY_STATE_LOOK[state].mark}</span>
          {t('countItem', { label: label(ENTRY_STATE_LABELS[state]), count: n })}
        </li>
      ))}
    </ul>
  );
}

/** The entries grouped by 施策, one table each: No, item (a link to the entry), divisions, state, date. */
export function EntryList({
  items,
  policyNames,
}: {
  items: EntrySummary[];
  /** 施策 names by number, when the plan is loaded. */
  policyNames: ReadonlyMap<number, string>;
}) {
  const t = useT(entryMessages);
  const { locale } = useI18n();
  if (items.length === 0) return <EmptyState title={t('empty')}>{t('emptyHint')}</EmptyState>;
  const groups = new Map<number, EntrySummary[]>();
  for (const e of [...items].sort((a, b) => a.policyNo - b.policyNo || a.itemNo - b.itemNo))
    groups.set(e.policyNo, [...(groups.get(e.policyNo) ?? []), e]);
  const divisions = (e: EntrySummary) => e.divisions.map((d) => d.name).join('、');

  return (
    <div className="flex min-w-0 flex-col gap-6">
      {[...groups].map(([no, rows]) => {
        const name = policyNames.get(no);
        return (
          <Table
            key={no}
            caption={
              name
                ? t('policyCaption', { no, name, count: rows.length })
                : t('policyCaptionNoName', { no, count: rows.length })
            }
            rows={rows}
            rowKey={(e) => e.id}
            columns={[
              {
                key: 'no',
                header: t('colNo'),
                className: 'w-16 whitespace-nowrap',
                cell: (e) => t('itemNo', { policy: e.policyNo, item: e.itemNo }),
              },
              {
                key: 'item',
                header: t('colItem'),
                rowHeader: true,
                className: 'min-w-64',
                cell: (e) => (
                  <Link to="/staff/plan/entries/$id" params={{ id: e.id }}>
                    {e.itemTitle}
                    <span className="sr-only">{`（${divisions(e)}）`}</span>
                  </Link>
                ),
              },
              { key: 'divisions', header: t('colDivisions'), className: 'w-72', cell: divisions },
              {
                key: 'state',
                header: t('colState'),
                className: 'w-48',
                cell: (e) => <EntryStateBadge state={e.state} />,
              },
              {
                key: 'updated',
                header: t('colUpdated'),
                className: 'w-44 whitespace-nowrap',
                cell: (e) => (
                  <time dateTime={isoDateTime(e.updatedAt)}>{formatDate(e.updatedAt, locale)}</time>
                ),
              },
            ]}
          />
        );
      })}
    </div>
  );
}
