import {
  CODE_LIST_LABELS,
  type CodeListItem,
  type CodeListName,
  type CodeLists,
} from '@tsunagu/contracts/settings';
import { useState } from 'react';
import { Badge } from '../../../components/Badge';
import { Button } from '../../../components/Button';
import { EmptyState } from '../../../components/EmptyState';
import { Notice } from '../../../components/FormError';
import { type Column, Table } from '../../../components/Table';
import { useLabel, useT } from '../../../lib/i18n';
import { commonMessages } from '../../../lib/messages';
import { settingsMessages } from '../messages';
import { CodeListItemDialog } from './CodeListItemDialog';

/** Lists whose items belong to a welfare district. */
const CHILD_LISTS: readonly CodeListName[] = ['school_district'];

/** One code list as a table; admins add and edit items in a dialog. */
export function CodeListTable({
  list,
  lists,
  canEdit,
}: {
  list: CodeListName;
  lists: CodeLists;
  canEdit: boolean;
}) {
  const t = useT(settingsMessages);
  const c = useT(commonMessages);
  const label = useLabel();
  const [dialog, setDialog] = useState<{ open: boolean; itemId?: string | undefined }>({ open: false });
  const items = [...lists[list]].sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code));
  const parents = CHILD_LISTS.includes(list) ? lists.welfare_district : undefined;
  const parentLabel = (code: string | null) => {
    const parent = code ? parents?.find((p) => p.code === code) : undefined;
    return parent ? label(parent) : '—';
  };
  const editing = dialog.itemId ? lists[list].find((i) => i.id === dialog.itemId) : undefined;
  const hasSamples = items.some((i) => i.sample);

  const columns: Column<CodeListItem>[] = [
    { key: 'code', header: t('colCode'), className: 'font-mono', cell: (i) => i.code },
    {
      key: 'labelJa',
      header: t('colLabelJa'),
      rowHeader: true,
      cell: (i) => (
        <span className="flex flex-wrap items-center gap-2">
          {i.labelJa}
          {i.sample ? <Badge tone="warning">{t('sample')}</Badge> : null}
        </span>
      ),
    },
    { key: 'labelEn', header: t('colLabelEn'), cell: (i) => <span lang="en">{i.labelEn}</span> },
    ...(parents
      ? [{ key: 'parent', header: t('colParent'), cell: (i: CodeListItem) => parentLabel(i.parentCode) }]
      : []),
    { key: 'order', header: t('colOrder'), className: 'text-right', cell: (i) => i.sortOrder },
    {
      key: 'status',
      header: t('colStatus'),
      cell: (i) => (i.active ? <Badge tone="success">{t('active')}</Badge> : <Badge>{t('inactive')}</Badge>),
    },
    ...(canEdit
      ? [
          {
            key: 'actions',
            header: t('colActions'),
            cell: (i: CodeListItem) => (
              <Button variant="secondary" size="sm" onClick={() => setDialog({ open: true, itemId: i.id })}>
                <span aria-hidden="true">{c('edit')}</span>
                <span className="sr-only">{t('editItem', { label: i.labelJa })}</span>
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <div className="flex flex-col gap-4">
      {canEdit ? (
        <div>
          <Button onClick={() => setDialog({ open: true })}>＋ {t('addItem')}</Button>
        </div>
      ) : null}
      {hasSamples ? <Notice tone="info" title={t('sampleNote')} /> : null}
      {items.length === 0 ? (
        <EmptyState title={t('none')} />
      ) : (
        <Table
          caption={t('caption', { list: label(CODE_LIST_LABELS[list]), count: items.length })}
          columns={columns}
          rows={items}
          rowKey={(i) => i.id}
        />
      )}
      {canEdit ? (
        <CodeListItemDialog
          list={list}
          item={editing}
          parents={parents}
          open={dialog.open}
          onClose={() => setDialog({ open: false })}
        />
      ) : null}
    </div>
  );
}
