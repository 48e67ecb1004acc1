import type { Council } from '@tsunagu/contracts/community';
import { fiscalYearLabel } from '@tsunagu/japan';
import { Badge } from '../../../components/Badge';
import { Button } from '../../../components/Button';
import { type Column, Table } from '../../../components/Table';
import { useI18n, useT } from '../../../lib/i18n';
import { useCodeNames } from '../../participation/components/ChoiceFields';
import { councilMessages } from '../council-messages';

/**
 * The districts of a 年度, one row each: the welfare district, 設置, 活動, the activities and the
 * promoter; with `onEdit`, a 記録する / 編集 button naming its district.
 */
export function CouncilTable({
  fiscalYear,
  items,
  onEdit,
}: {
  fiscalYear: number;
  items: Council[];
  onEdit?: ((council: Council) => void) | undefined;
}) {
  const t = useT(councilMessages);
  const { locale } = useI18n();
  const names = useCodeNames();
  const columns: Column<Council>[] = [
    {
      key: 'district',
      header: t('colDistrict'),
      rowHeader: true,
      className: 'whitespace-nowrap',
      cell: (c) => names('school_district', [c.schoolDistrictCode]),
    },
    {
      key: 'welfare',
      header: t('colWelfareDistrict'),
      className: 'whitespace-nowrap',
      cell: (c) => (c.welfareDistrictCode ? names('welfare_district', [c.welfareDistrictCode]) : '—'),
    },
    {
      key: 'established',
      header: t('colEstablished'),
      className: 'whitespace-nowrap',
      cell: (c) =>
        c.id === null ? (
          <span className="text-solid-gray-700">{t('unrecorded')}</span>
        ) : c.established ? (
          <Badge tone="info">{t('established')}</Badge>
        ) : (
          t('notEstablished')
        ),
    },
    {
      key: 'active',
      header: t('colActive'),
      className: 'whitespace-nowrap',
      cell: (c) =>
        c.id === null ? '—' : c.active ? <Badge tone="success">{t('active')}</Badge> : t('inactive'),
    },
    {
      key: 'activities',
      header: t('colActivities'),
      className: 'min-w-48',
      cell: (c) => names('council_activity', c.activities),
    },
    {
      key: 'promoter',
      header: t('colPromoter'),
      className: 'whitespace-nowrap',
      cell: (c) => c.promoterName || '—',
    },
  ];
  if (onEdit)
    columns.push({
      key: 'action',
      header: t('colAction'),
      cell: (c) => (
        <Button size="sm" variant="secondary" onClick={() => onEdit(c)}>
          {t(c.id === null ? 'record' : 'edit')}
          <span className="sr-only">（{names('school_district', [c.schoolDistrictCode])}）</span>
        </Button>
      ),
    });
  return (
    <Table
      caption={t('districtsCaption', { year: fiscalYearLabel(fiscalYear, { locale }), n: items.length })}
      columns={columns}
      rows={items}
      rowKey={(c) => c.schoolDistrictCode}
    />
  );
}
