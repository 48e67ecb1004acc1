import type { Council, CouncilInput, CouncilList } from '@tsunagu/contracts/community';
import type { CodeListItem, CodeLists } from '@tsunagu/contracts/settings';
import { fiscalYearOf } from '@tsunagu/japan';
import { supportCouncils } from '../../db/schema';
import { recordAudit } from '../../platform/audit/audit';
import type { UserActor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { runAs } from '../../platform/db/scope';
import { updateAtVersion } from '../../platform/db/versioned';
import { assertThat } from '../../platform/errors';
import { assertCodes } from '../settings/code-checks';
import { getCodeLists } from '../settings/settings.service';
import { assertWritesCommunity, sectionDivision, writesCommunity } from './community-config';
import * as repo from './councils.repository';

type Districts = { school: CodeListItem[]; welfare: Map<string, CodeListItem> };

function districts(lists: CodeLists): Districts {
  return {
    school: lists.school_district,
    welfare: new Map(lists.welfare_district.map((w) => [w.code, w])),
  };
}

function present(d: Districts, school: CodeListItem, fiscalYear: number, row?: repo.CouncilRow): Council {
  const welfare = school.parentCode ? d.welfare.get(school.parentCode) : undefined;
  return {
    schoolDistrictCode: school.code,
    schoolDistrictName: school.labelJa,
    welfareDistrictCode: welfare?.code ?? null,
    welfareDistrictName: welfare?.labelJa ?? null,
    fiscalYear,
    id: row?.id ?? null,
    version: row?.version ?? null,
    established: row?.established ?? false,
    establishedOn: row?.establishedOn ?? null,
    active: row?.active ?? false,
    activities: row?.activities ?? [],
    promoterName: row?.promoterName ?? '',
    meetings: row?.meetings ?? null,
    note: row?.note ?? '',
  };
}

/**
 * The 支え合い推進会議 of every school district in a 年度 (a district without a record shows as not set
 * up), the overview by welfare district, and the counts of every recorded 年度.
 */
export async function listCouncils(
  db: Db,
  actor: UserActor,
  q: { fiscalYear?: number | undefined; welfareDistrict?: string | undefined },
): Promise<CouncilList> {
  const fiscalYear = q.fiscalYear ?? fiscalYearOf(new Date());
  const d = districts(await getCodeLists(db, actor));
  return runAs(db, actor, async (tx) => {
    const rows = new Map((await repo.councilsOfYear(tx, fiscalYear)).map((r) => [r.schoolDistrictCode, r]));
    const all = d.school.map((s) => present(d, s, fiscalYear, rows.get(s.code)));
    const overview = [...d.welfare.values()].map((w) => {
      const inWelfare = all.filter((c) => c.welfareDistrictCode === w.code);
      return {
        welfareDistrictCode: w.code,
        welfareDistrictName: w.labelJa,
        districts: inWelfare.length,
        established: inWelfare.filter((c) => c.established).length,
        active: inWelfare.filter((c) => c.active).length,
      };
    });
    return {
      fiscalYear,
      items: q.welfareDistrict ? all.filter((c) => c.welfareDistrictCode === q.welfareDistrict) : all,
      overview,
      totals: {
        districts: all.length,
        established: all.filter((c) => c.established).length,
        active: all.filter((c) => c.active).length,
      },
      years: (await repo.countsByYear(tx)).map((y) => ({ ...y, districts: all.length })),
      abilities: { edit: await writesCommunity(tx, await sectionDivision(tx, actor.tenantId, 'councils')) },
    };
  });
}

/** Records (version null) or edits a district's council for the 年度. */
export async function saveCouncil(
  db: Db,
  actor: UserActor,
  schoolDistrictCode: string,
  fiscalYear: number,
  input: CouncilInput,
): Promise<Council> {
  const lists = await getCodeLists(db, actor);
  const d = districts(lists);
  const school = d.school.find((s) => s.code === schoolDistrictCode);
  assertThat(school, 'not_found');
  assertCodes(lists, [['council_activity', input.activities, 'body.activities']]);
  const { version, ...fields } = input;
  return runAs(db, actor, async (tx) => {
    const divisionCode = await sectionDivision(tx, actor.tenantId, 'councils');
    await assertWritesCommunity(tx, divisionCode);
    if (version === null) {
      const inserted = await repo.insertCouncil(tx, {
        ...fields,
        tenantId: actor.tenantId,
        divisionCode,
        schoolDistrictCode,
        fiscalYear,
        updatedBy: actor.userId,
      });
      assertThat(inserted, 'version_conflict');
    } else {
      const row = await repo.findCouncil(tx, schoolDistrictCode, fiscalYear);
      assertThat(row, 'not_found');
      const moved = await updateAtVersion(tx, supportCouncils, row.id, version, {
        ...fields,
        updatedBy: actor.userId,
      });
      assertThat(moved, 'version_conflict');
    }
    const saved = (await repo.findCouncil(tx, schoolDistrictCode, fiscalYear))!;
    await recordAudit(tx, actor, {
      action: version === null ? 'council.recorded' : 'council.updated',
      entityType: 'support_council',
      entityId: saved.id,
      payload: { schoolDistrictCode, fiscalYear, fields: Object.keys(fields) },
    });
    return present(d, school, fiscalYear, saved);
  });
}

/** Starts a 年度 from the previous one: copies its councils for the districts not yet recorded. */
export function carryForwardCouncils(db: Db, actor: UserActor, fiscalYear: number) {
  return runAs(db, actor, async (tx) => {
    await assertWritesCommunity(tx, await sectionDivision(tx, actor.tenantId, 'councils'));
    const copied = await repo.carryForward(tx, actor.tenantId, fiscalYear, actor.userId);
    await recordAudit(tx, actor, {
      action: 'council.carried_forward',
      entityType: 'support_council',
      entityId: null,
      payload: { fiscalYear, copied },
    });
    return { copied };
  });
}
