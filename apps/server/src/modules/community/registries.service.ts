import { randomUUID } from 'node:crypto';
import type {
  Organisation,
  OrganisationInput,
  OrganisationList,
  Physician,
  PhysicianInput,
  PhysicianList,
} from '@tsunagu/contracts/community';
import type { CodeLists } from '@tsunagu/contracts/settings';
import { communityOrganisations, medicalCarePhysicians } from '../../db/schema';
import { recordAudit } from '../../platform/audit/audit';
import type { UserActor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { runAs } from '../../platform/db/scope';
import { updateAtVersion } from '../../platform/db/versioned';
import { assertThat } from '../../platform/errors';
import { assertCodes } from '../settings/code-checks';
import { getCodeLists } from '../settings/settings.service';
import { assertWritesCommunity, sectionDivision, writesCommunity } from './community-config';
import * as repo from './registries.repository';

function presentOrganisation(o: repo.OrganisationRow, p?: { firstOn: string; events: number }): Organisation {
  return {
    id: o.id,
    version: o.version,
    name: o.name,
    kind: o.kind as Organisation['kind'],
    schoolDistrictCode: o.schoolDistrictCode,
    contact: o.contact,
    note: o.note,
    active: o.active,
    firstParticipationOn: p?.firstOn ?? null,
    events: p?.events ?? 0,
  };
}

/** 法人・企業・団体 taking part in community building, with when each first took part. */
export function listOrganisations(
  db: Db,
  actor: UserActor,
  q: { kind?: string | undefined; q?: string | undefined },
): Promise<OrganisationList> {
  return runAs(db, actor, async (tx) => {
    const taking = await repo.participationOf(tx);
    return {
      items: (await repo.listOrganisations(tx, q)).map((o) => presentOrganisation(o, taking.get(o.id))),
      abilities: { edit: await writesCommunity(tx, null) },
    };
  });
}

async function checkDistrict(db: Db, actor: UserActor, code: string | null) {
  assertCodes(await getCodeLists(db, actor), [['school_district', [code], 'body.schoolDistrictCode']]);
}

export async function saveOrganisation(
  db: Db,
  actor: UserActor,
  id: string | null,
  input: OrganisationInput & { version?: number },
): Promise<Organisation> {
  await checkDistrict(db, actor, input.schoolDistrictCode);
  const { version, ...fields } = input;
  const target = id ?? randomUUID();
  return runAs(db, actor, async (tx) => {
    await assertWritesCommunity(tx, null);
    if (id === null)
      await tx.insert(communityOrganisations).values({ ...fields, id: target, tenantId: actor.tenantId });
    else {
      assertThat(await repo.findOrganisation(tx, id), 'not_found');
      assertThat(
        await updateAtVersion(tx, communityOrganisations, id, version ?? 0, fields),
        'version_conflict',
      );
    }
    await recordAudit(tx, actor, {
      action: id === null ? 'organisation.created' : 'organisation.updated',
      entityType: 'community_organisation',
      entityId: target,
      payload: id === null ? {} : { fields: Object.keys(fields) },
    });
    return presentOrganisation(
      (await repo.findOrganisation(tx, target))!,
      (await repo.participationOf(tx)).get(target),
    );
  });
}

function presentPhysician(p: repo.PhysicianRow, lists: CodeLists): Physician {
  return {
    id: p.id,
    version: p.version,
    physicianName: p.physicianName,
    clinicName: p.clinicName,
    address: p.address,
    schoolDistrictCode: p.schoolDistrictCode,
    welfareDistrictCode:
      lists.school_district.find((s) => s.code === p.schoolDistrictCode)?.parentCode ?? null,
    phone: p.phone,
    careTypes: p.careTypes,
    ages: p.ages,
    homeVisits: p.homeVisits,
    trainedOn: p.trainedOn,
    registeredOn: p.registeredOn,
    withdrawnOn: p.withdrawnOn,
    note: p.note,
  };
}

/** 医療的ケア児かかりつけ医, filtered by kind of care, district (school or welfare) and home visits. */
export async function listPhysicians(
  db: Db,
  actor: UserActor,
  q: {
    careType?: string | undefined;
    district?: string | undefined;
    homeVisits?: boolean | undefined;
    current?: boolean | undefined;
  },
): Promise<PhysicianList> {
  const lists = await getCodeLists(db, actor);
  const schoolDistricts = q.district
    ? lists.school_district
        .filter((s) => s.code === q.district || s.parentCode === q.district)
        .map((s) => s.code)
    : undefined;
  return runAs(db, actor, async (tx) => ({
    items: (await repo.listPhysicians(tx, { ...q, schoolDistricts, current: q.current ?? true })).map((p) =>
      presentPhysician(p, lists),
    ),
    abilities: { edit: await writesCommunity(tx, await sectionDivision(tx, actor.tenantId, 'physicians')) },
  }));
}

export async function savePhysician(
  db: Db,
  actor: UserActor,
  id: string | null,
  input: PhysicianInput & { version?: number },
): Promise<Physician> {
  const lists = await getCodeLists(db, actor);
  assertCodes(lists, [
    ['medical_care', input.careTypes, 'body.careTypes'],
    ['school_district', [input.schoolDistrictCode], 'body.schoolDistrictCode'],
  ]);
  const { version, ...fields } = input;
  const target = id ?? randomUUID();
  return runAs(db, actor, async (tx) => {
    const divisionCode = await sectionDivision(tx, actor.tenantId, 'physicians');
    await assertWritesCommunity(tx, divisionCode);
    if (id === null)
      await tx
        .insert(medicalCarePhysicians)
        .values({ ...fields, id: target, tenantId: actor.tenantId, divisionCode });
    else {
      assertThat(await repo.findPhysician(tx, id), 'not_found');
      assertThat(
        await updateAtVersion(tx, medicalCarePhysicians, id, version ?? 0, fields),
        'version_conflict',
      );
    }
    await recordAudit(tx, actor, {
      action: id === null ? 'physician.registered' : 'physician.updated',
      entityType: 'medical_care_physician',
      entityId: target,
      payload: id === null ? {} : { fields: Object.keys(fields) },
    });
    return presentPhysician((await repo.findPhysician(tx, target))!, lists);
  });
}
