import type { ImportReport } from '@tsunagu/contracts/agencies';
import { ApiError, api } from '../../lib/api';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The content type to send for a chosen file, or null when it is neither CSV nor xlsx. */
export function importContentType(file: File): string | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv')) return 'text/csv';
  if (name.endsWith('.xlsx')) return XLSX;
  return null;
}

/** The outcome of an import call: the report, and whether the server refused because of bad rows. */
export interface ImportOutcome {
  report: ImportReport;
  hasErrors: boolean;
}

/**
 * Sends the file to the directory import. A 422 import_has_errors still carries the row-by-row report
 * (nothing was imported); it is returned rather than thrown so the page can show the rows.
 */
export async function importAgencies(
  file: File,
  options: { dryRun: boolean; validRowsOnly: boolean },
): Promise<ImportOutcome> {
  const contentType = importContentType(file) ?? 'text/csv';
  try {
    const report = await api<ImportReport>('/api/agencies/import', {
      raw: { body: file, contentType },
      query: { dryRun: options.dryRun, validRowsOnly: options.validRowsOnly },
    });
    return { report, hasErrors: report.errors.length > 0 };
  } catch (err) {
    const report =
      err instanceof ApiError && err.code === 'import_has_errors' ? err.details.report : undefined;
    if (report && typeof report === 'object') return { report: report as ImportReport, hasErrors: true };
    throw err;
  }
}
