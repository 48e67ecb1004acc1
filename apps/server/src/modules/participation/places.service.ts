import { randomUUID } from 'node:crypto';
import type {
  Fair,
  FairInput,
  FairList,
  FairUpdate,
  Place,
  PlaceInput,
  PlaceList,
} from '@tsunagu/contracts/participation';
import { fiscalYearOf } from '@tsunagu/japan';
import { jobFairs, places } from '../../db/schema';
import { recordAudit } from '../../platform/audit/audit';
import type { UserActor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { runAs } from '../../platform/db/scope';
import { assertThat } from '../../platform/errors';
import { percent } from '../plan/survey-metrics';
import { getCodeLists } from '../settings/settings.service';
import { assertCodes, worksInParticipation } from './participation.policy';
import * as repo from './resources.repository';

import { assertProgramme, assertWriter } from './resources.service';

function presentPlace(p: repo.PlaceRow, attending: number): Place {
  return {
    id: p.id,
    version: p.version,
    name: p.name,
    kind: p.kind as Place['kind'],
    host: p.host,
    address: p.address,
    schoolDistrictCode: p.schoolDistrictCode,
    days: p.days as Place['days'],
    timeNote: p.timeNote,
    accessibility: p.accessibility,
    interests: p.interests,
    capacity: p.capacity,
    feeNote: p.feeNote,
    contact: p.contact,
    active: p.active,
    attending,
  };
}

/** 通いの場・サロン・居場所, filtered by kind, school district or interest. */
export function listPlaces(
  db: Db,
  actor: UserActor,
  q: { kind?: string | undefined; district?: string | undefined; interest?: string | undefined },
): Promise<PlaceList> {
  return runAs(db, actor, async (tx) => {
    const rows = (await repo.listPlaces(tx)).filter(
      (r) =>
        (!q.kind || r.place.kind === q.kind) &&
        (!q.district || r.place.schoolDistrictCode === q.district) &&
        (!q.interest || r.place.interests.includes(q.interest)),
    );
    return {
      items: rows.map((r) => presentPlace(r.place, r.attending)),
      abilities: { create: await worksInParticipation(tx) },
    };
  });
}

async function checkPlace(db: Db, actor: UserActor, input: PlaceInput) {
  const lists = await getCodeLists(db, actor);
  assertCodes(lists, [
    ['interest', input.interests, 'body.interests'],
    ['accessibility', input.accessibility, 'body.accessibility'],
    ['school_district', [input.schoolDistrictCode], 'body.schoolDistrictCode'],
  ]);
}

export async function createPlace(db: Db, actor: UserActor, input: PlaceInput) {
  await checkPlace(db, actor, input);
  const id = randomUUID();
  return runAs(db, actor, async (tx) => {
    await assertWriter(tx);
    await repo.insertPlace(tx, { ...input, id, tenantId: actor.tenantId });
    await recordAudit(tx, actor, { action: 'place.created', entityType: 'place', entityId: id, payload: {} });
    return presentPlace((await repo.findPlace(tx, id))!, 0);
  });
}

export async function updatePlace(
  db: Db,
  actor: UserActor,
  id: string,
  input: PlaceInput & { version: number },
) {
  await checkPlace(db, actor, input);
  const { version, ...set } = input;
  return runAs(db, actor, async (tx) => {
    await assertWriter(tx);
    assertThat(await repo.findPlace(tx, id), 'not_found');
    assertThat(await repo.updateAtVersion(tx, places, id, version, set), 'version_conflict');
    await recordAudit(tx, actor, {
      action: 'place.updated',
      entityType: 'place',
      entityId: id,
      payload: { fields: Object.keys(set) },
    });
    const listed = (await repo.listPlaces(tx)).find((r) => r.place.id === id)!;
    return presentPlace(listed.place, listed.attending);
  });
}

/** 就職率 = hires ÷ participants, %, one decimal rounded half up (FIGURES.md §4). */
export function presentFair(f: repo.FairRow): Fair {
  return {
    id: f.id,
    version: f.version,
    kind: f.kind as Fair['kind'],
    name: f.name,
    heldOn: f.heldOn,
    fiscalYear: fiscalYearOf(f.heldOn),
    venue: f.venue,
    coHost: f.coHost,
    programmeCode: f.programmeCode,
    employers: f.employers,
    participants: f.participants,
    hires: f.hires,
    hireRate: f.hires === null ? null : percent(f.hires, f.participants),
    note: f.note,
  };
}

export function listFairs(db: Db, actor: UserActor): Promise<FairList> {
  return runAs(db, actor, async (tx) => ({
    items: (await repo.listFairs(tx)).map(presentFair),
    abilities: { create: await worksInParticipation(tx) },
  }));
}

export function createFair(db: Db, actor: UserActor, input: FairInput): Promise<Fair> {
  const id = randomUUID();
  return runAs(db, actor, async (tx) => {
    await assertWriter(tx);
    await assertProgramme(tx, input.programmeCode, 'body.programmeCode');
    await repo.insertFair(tx, { ...input, id, tenantId: actor.tenantId, createdBy: actor.userId });
    await recordAudit(tx, actor, {
      action: 'fair.created',
      entityType: 'job_fair',
      entityId: id,
      payload: {},
    });
    return presentFair((await repo.findFair(tx, id))!);
  });
}

export function updateFair(db: Db, actor: UserActor, id: string, input: FairUpdate): Promise<Fair> {
  const { version, ...set } = input;
  return runAs(db, actor, async (tx) => {
    await assertWriter(tx);
    assertThat(await repo.findFair(tx, id), 'not_found');
    await assertProgramme(tx, input.programmeCode, 'body.programmeCode');
    assertThat(await repo.updateAtVersion(tx, jobFairs, id, version, set), 'version_conflict');
    await recordAudit(tx, actor, {
      action: 'fair.updated',
      entityType: 'job_fair',
      entityId: id,
      payload: { fields: Object.keys(set) },
    });
    return presentFair((await repo.findFair(tx, id))!);
  });
}
