import type { Agency } from '@tsunagu/contracts/agencies';
import { recordAudit } from '../../platform/audit/audit';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { runAs } from '../../platform/db/scope';
import { toCsv } from '../../platform/files/csv';
import { toXlsx } from '../../platform/files/xlsx';
import { findTenant } from '../settings/settings.repository';
import { getCodeLists } from '../settings/settings.service';
import { presentAgency } from './agencies.present';
import * as repo from './agencies.repository';
import { agenciesToRows } from './agencies.table';
import { toHsds } from './hsds';

export type ExportFormat = 'hsds' | 'csv' | 'xlsx';

/**
 * The directory as a file. The public gets the published entries, staff the whole directory;
 * staff exports are audited.
 */
export async function exportAgencies(db: Db, actor: Actor, format: ExportFormat) {
  const { agencies, tenantName } = await runAs(db, actor, async (tx) => {
    const page = await repo.searchAgencies(tx, {}, 100_000, 0);
    const tenant = await findTenant(tx, actor.tenantId);
    if (actor.kind === 'user') {
      await recordAudit(tx, actor, {
        action: 'agency.exported',
        entityType: 'agency',
        entityId: null,
        payload: { format, count: page.items.length },
      });
    }
    return { agencies: page.items.map((r) => presentAgency(r)) as Agency[], tenantName: tenant?.name ?? '' };
  });
  if (format === 'hsds') {
    const lists = await getCodeLists(db, actor);
    return {
      body: JSON.stringify(toHsds(agencies, lists, tenantName), null, 2),
      type: 'application/json; charset=utf-8',
      ext: 'json',
    };
  }
  const rows = agenciesToRows(agencies);
  if (format === 'csv') return { body: toCsv(rows), type: 'text/csv; charset=utf-8', ext: 'csv' };
  return {
    body: await toXlsx('相談機関一覧', rows),
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ext: 'xlsx',
  };
}
