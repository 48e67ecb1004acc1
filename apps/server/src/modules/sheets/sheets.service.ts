import { toIsoDate } from '@tsunagu/japan';
import { recordAudit } from '../../platform/audit/audit';
import type { UserActor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { runAs } from '../../platform/db/scope';
import { assertThat } from '../../platform/errors';
import { canExportSensitive } from '../households/households.policy';
import * as households from '../households/households.repository';
import { listForHousehold } from '../referrals/referrals.repository';
import { getCodeLists } from '../settings/settings.service';
import { toSheetData } from './sheet-data';
import * as repo from './sheets.repository';
import { buildSheetWorkbook } from './sheets.workbook';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * つなぐシート as an xlsx, for any agency holding a live link to the household (anyone else: 404, as
 * on screen). 要配慮個人情報 goes in only for those who may export it, and otherwise not even its
 * categories. The read and its audit record (`household.exported`, not `viewed`) share one transaction;
 * the audit says whether sensitive entries left the system and on what basis, never what they were.
 */
export async function exportSheet(db: Db, actor: UserActor, householdId: string, now = new Date()) {
  const lists = await getCodeLists(db, actor);
  const withSensitive = canExportSensitive(actor);
  const source = await runAs(db, actor, async (tx) => {
    const household = await households.findHousehold(tx, householdId);
    assertThat(household, 'not_found');
    const members = await households.listMembers(tx, householdId);
    const intakes = await households.listIntakes(tx, householdId);
    const problems = await households.listProblems(
      tx,
      intakes.map((i) => i.intake.id),
    );
    const notes = withSensitive ? await repo.listCurrentSensitiveNotes(tx, householdId) : null;
    const referrals = await listForHousehold(tx, householdId);
    await recordAudit(tx, actor, {
      action: 'household.exported',
      entityType: 'household',
      entityId: householdId,
      payload: {
        format: 'xlsx',
        sensitive: (notes?.length ?? 0) > 0,
        basis: await households.linkBases(tx, householdId),
      },
    });
    return { household, members, intakes, problems, notes, referrals };
  });
  const body = await buildSheetWorkbook(toSheetData(source, lists, householdId, now), now);
  // ASCII only, and no names: the file name shows in download lists and shared folders.
  return { body, filename: `tsunagu-sheet-${toIsoDate(now).replaceAll('-', '')}.xlsx` };
}
