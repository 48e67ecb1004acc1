import type { ImportReport } from '@tsunagu/contracts/agencies';
import { Table } from '../../../components/Table';
import { formatCount } from '../../../lib/format';
import { localizeBilingual, useI18n, useT } from '../../../lib/i18n';
import { useAgencyFieldLabel } from '../../agencies/field-labels';
import { importMessages } from '../messages';

type ImportError = ImportReport['errors'][number];

/** The figures of a dry run or an import, and the row-by-row errors. */
export function ImportReportView({ report, dryRun }: { report: ImportReport; dryRun: boolean }) {
  const t = useT(importMessages);
  const { locale } = useI18n();
  const fieldLabel = useAgencyFieldLabel();
  const figures = [
    { label: t('totalRows'), value: report.totalRows },
    { label: t('validRows'), value: report.validRows },
    { label: t('errorRows'), value: report.errors.length },
    // A dry run writes nothing: its counts are what the import would create and update.
    { label: dryRun ? t('wouldCreate') : t('willCreate'), value: report.created },
    { label: dryRun ? t('wouldUpdate') : t('willUpdate'), value: report.updated },
  ];
  return (
    <div className="flex flex-col gap-4">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
        {figures.map((f) => (
          <div key={f.label} className="rounded-8 border border-solid-gray-420 p-3">
            <dt className="text-dns-14N-130 text-solid-gray-800">{f.label}</dt>
            <dd className="text-std-24B-150">{formatCount(f.value, locale)}</dd>
          </div>
        ))}
      </dl>
      {report.errors.length > 0 ? (
        <Table<ImportError>
          caption={t('errorCaption')}
          columns={[
            {
              key: 'row',
              header: t('colRow'),
              rowHeader: true,
              className: 'w-20 text-right',
              cell: (e) => e.row,
            },
            {
              key: 'column',
              header: t('colColumn'),
              cell: (e) => (
                <span className="flex flex-col">
                  <span>{fieldLabel(e.column)}</span>
                  {fieldLabel(e.column) !== e.column ? (
                    <span className="font-mono text-dns-14N-130 text-solid-gray-700">{e.column}</span>
                  ) : null}
                </span>
              ),
            },
            { key: 'message', header: t('colMessage'), cell: (e) => localizeBilingual(e.message, locale) },
          ]}
          rows={report.errors}
          rowKey={(e) => `${e.row}-${e.column}-${e.message}`}
        />
      ) : null}
    </div>
  );
}
