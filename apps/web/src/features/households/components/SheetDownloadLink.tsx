import { AnchorLinkButton } from '../../../components/Button';
import { defineMessages, useT } from '../../../lib/i18n';

const messages = defineMessages({
  ja: {
    label: 'Excelで出力（xlsx）',
    hint: '要配慮個人情報は、管理者・推進員が出力したときだけ含まれます。出力は記録されます。',
  },
  en: {
    label: 'Export to Excel (xlsx)',
    hint: 'Sensitive personal information is included only when a manager or coordinator exports. Exports are logged.',
  },
});

/**
 * Downloads the つなぐシート as an xlsx: a plain link, so the browser saves the file with the server's
 * name for it. The server decides what goes in and audits the export.
 */
export function SheetDownloadLink({ householdId }: { householdId: string }) {
  const t = useT(messages);
  return (
    <div className="mt-2 flex flex-col items-end gap-1">
      <AnchorLinkButton
        href={`/api/households/${householdId}/sheet.xlsx`}
        download
        variant="secondary"
        aria-describedby="sheet-xlsx-hint"
      >
        {t('label')}
      </AnchorLinkButton>
      <p id="sheet-xlsx-hint" className="max-w-sm text-right text-dns-14N-130 text-solid-gray-700">
        {t('hint')}
      </p>
    </div>
  );
}
