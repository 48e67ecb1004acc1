import {
  type AgencyInput,
  agencyInputSchema,
  emptyAgencyInput,
  type ImportReport,
} from '@tsunagu/contracts/agencies';
import { recordAudit } from '../../platform/audit/audit';
import type { UserActor } from '../../platform/auth/actor';
import { analyzeReferenceTables, type Db } from '../../platform/db/database';
import { runAs } from '../../platform/db/scope';
import { AppError, assertThat } from '../../platform/errors';
import { parseCsv, type TableRow } from '../../platform/files/csv';
import { parseXlsx } from '../../platform/files/xlsx';
import { getCodeLists } from '../settings/settings.service';
import { canEditDirectory } from './agencies.policy';
import { changedFields, toInput, toValues } from './agencies.present';
import * as repo from './agencies.repository';
import { COLUMN_LABELS, readHeader, rowToInput } from './agencies.table';
import { codeIssues } from './agencies.validation';

const MAX_ROWS = 5000;
type RowError = ImportReport['errors'][number];

/** UTF-8 (with or without BOM) or, failing that, Shift_JIS/CP932 as Excel in Japan saves it. */
function decodeCsv(body: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder('shift_jis', { fatal: true }).decode(body);
  }
}

async function readTable(body: Buffer, contentType: string): Promise<TableRow[]> {
  try {
    if (contentType.startsWith('text/csv')) return parseCsv(decodeCsv(body));
    return await parseXlsx(body);
  } catch {
    throw new AppError('unprocessable', undefined, undefined, {
      ja: 'ファイルを読み取れません。CSV（UTF-8 または Shift_JIS）か Excel（.xlsx）を選んでください。',
      en: 'The file cannot be read. Use CSV (UTF-8 or Shift_JIS) or Excel (.xlsx).',
    });
  }
}

/**
 * Imports the directory from CSV or xlsx. Every row is checked (contract schema, code lists,
 * duplicate codes) and reported by row and column. A file with errors imports nothing unless the
 * caller asks for the valid rows only; a dry run reports what would be created and updated and
 * writes nothing. Rows with an existing code update it.
 */
export async function importAgencies(
  db: Db,
  actor: UserActor,
  file: { body: Buffer; contentType: string },
  options: { dryRun: boolean; validRowsOnly: boolean },
): Promise<ImportReport> {
  assertThat(canEditDirectory(actor), 'forbidden');
  const table = await readTable(file.body, file.contentType);
  const [headerRow, ...dataRows] = table;
  assertThat(headerRow, 'unprocessable', { reason: 'empty file' });
  assertThat(dataRows.length <= MAX_ROWS, 'payload_too_large', { maxRows: MAX_ROWS });
  const { columns, missing } = readHeader(headerRow.cells);
  if (missing.length) {
    throw new AppError('unprocessable', { missingColumns: missing.map((m) => COLUMN_LABELS[m]) }, undefined, {
      ja: `必須の列がありません: ${missing.map((m) => COLUMN_LABELS[m]).join('、')}`,
      en: `Required columns are missing: ${missing.join(', ')}`,
    });
  }
  const lists = await getCodeLists(db, actor);
  const codeAt = columns.indexOf('code');
  const codes = dataRows.map((r) => (r.cells[codeAt] ?? '').trim()).filter(Boolean);
  const stored = new Map(
    (await runAs(db, actor, (tx) => repo.findAgenciesByCodes(tx, [...new Set(codes)]))).map((a) => [
      a.code,
      a,
    ]),
  );
  const errors: RowError[] = [];
  const valid: { row: number; input: AgencyInput }[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of dataRows) {
    const code = (cells[codeAt] ?? '').trim();
    const current = stored.get(code);
    const base = current ? toInput(current) : emptyAgencyInput(code);
    const parsed = agencyInputSchema.safeParse(rowToInput(columns, cells, base));
    if (!parsed.success) {
      for (const i of parsed.error.issues)
        errors.push({ row, column: String(i.path[0] ?? ''), message: i.message });
      continue;
    }
    const issues = codeIssues(parsed.data, lists);
    const earlier = seen.get(parsed.data.code);
    if (earlier)
      issues.push({ path: 'code', message: `${earlier}行目と同じコードです / duplicate of row ${earlier}` });
    seen.set(parsed.data.code, row);
    if (issues.length) errors.push(...issues.map((i) => ({ row, column: i.path, message: i.message })));
    else valid.push({ row, input: parsed.data });
  }
  const report: ImportReport = {
    totalRows: dataRows.length,
    validRows: valid.length,
    created: 0,
    updated: 0,
    imported: false,
    errors,
  };
  if (errors.length && !options.validRowsOnly && !options.dryRun) {
    throw new AppError('import_has_errors', { report });
  }
  const result = await runAs(db, actor, async (tx) => {
    const existing = new Map(
      (
        await repo.findAgenciesByCodes(
          tx,
          valid.map((v) => v.input.code),
        )
      ).map((a) => [a.code, a]),
    );
    if (options.dryRun) {
      // Report what the import would do, write nothing.
      report.updated = valid.filter((v) => existing.has(v.input.code)).length;
      report.created = valid.length - report.updated;
      return report;
    }
    for (const { input } of valid) {
      const current = existing.get(input.code);
      if (current) {
        const updated = await repo.updateAgency(tx, current.id, current.version, toValues(input));
        assertThat(updated, 'version_conflict');
        report.updated += 1;
        await recordAudit(tx, actor, {
          action: 'agency.updated',
          entityType: 'agency',
          entityId: current.id,
          payload: { fields: changedFields(toInput(current), input), via: 'import' },
        });
      } else {
        const row = await repo.insertAgency(tx, actor.tenantId, toValues(input));
        report.created += 1;
        await recordAudit(tx, actor, {
          action: 'agency.created',
          entityType: 'agency',
          entityId: row.id,
          payload: { via: 'import' },
        });
      }
    }
    await recordAudit(tx, actor, {
      action: 'agency.imported',
      entityType: 'agency',
      entityId: null,
      payload: {
        created: report.created,
        updated: report.updated,
        skippedRows: report.totalRows - report.validRows,
      },
    });
    report.imported = true;
    return report;
  });
  // A whole directory can arrive at once: let the planner know its new size.
  if (result.imported) await analyzeReferenceTables(db);
  return result;
}
