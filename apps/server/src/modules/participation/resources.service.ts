import { randomUUID } from 'node:crypto';
import type {
  Employer,
  EmployerInput,
  EmployerList,
  EmployerUpdate,
  Opening,
  OpeningInput,
  OpeningUpdate,
  Programme,
} from '@tsunagu/contracts/participation';
import { toIsoDate } from '@tsunagu/japan';
import { employers, jobOpenings } from '../../db/schema';
import { recordAudit } from '../../platform/audit/audit';
import type { UserActor } from '../../platform/auth/actor';
import type { Db, Tx } from '../../platform/db/database';
import { oneByOne, runAs } from '../../platform/db/scope';
import { assertThat, invalidField } from '../../platform/errors';
import { getCodeLists } from '../settings/settings.service';
import { assertCodes, worksInParticipation } from './participation.policy';
import * as repo from './resources.repository';

/** The city's employment programmes with their owner division and agencies. */
export function listProgrammes(db: Db, actor: UserActor): Promise<{ items: Programme[] }> {
  return runAs(db, actor, async (tx) => {
    const [programmes, links, divisions, staff] = await oneByOne(
      () => repo.listProgrammes(tx),
      () => repo.listProgrammeAgencies(tx),
      () => repo.divisionNames(tx),
      () => repo.programmeStaff(tx),
    );
    const division = new Map(divisions.map((d) => [d.code, d.name]));
    return {
      items: programmes.map((p) => ({
        code: p.code,
        nameJa: p.nameJa,
        nameEn: p.nameEn,
        divisionCode: p.divisionCode,
        divisionName: division.get(p.divisionCode) ?? p.divisionCode,
        matching: p.matching,
        agencies: links
          .filter((l) => l.link.programmeCode === p.code)
          .map((l) => ({
            id: l.link.agencyId,
            name: l.agencyName,
            barrierLevels: l.link.barrierLevels as Programme['agencies'][number]['barrierLevels'],
            desk: l.link.desk,
            staff: staff
              .filter((u) => u.agencyId === l.link.agencyId)
              .map((u) => ({ id: u.id, name: u.name })),
          })),
      })),
    };
  });
}

/** Only agencies of a programme and programme staff keep its resources (the database agrees). */
export async function assertWriter(tx: Tx) {
  assertThat(await worksInParticipation(tx), 'forbidden');
}

export async function assertProgramme(tx: Tx, code: string | null, path: string) {
  if (code === null) return;
  const known = (await repo.listProgrammes(tx)).some((p) => p.code === code);
  if (!known) throw invalidField(path, '事業がありません / unknown programme');
}

function presentOpening(o: repo.ListedOpening): Opening {
  const x = o.opening;
  return {
    id: x.id,
    version: x.version,
    employerId: x.employerId,
    employerName: o.employerName,
    industryCode: o.industryCode,
    title: x.title,
    tasks: x.tasks,
    demands: x.demands,
    carvingNote: x.carvingNote,
    hoursPerWeek: x.hoursPerWeek,
    days: x.days as Opening['days'],
    timeNote: x.timeNote,
    wageNote: x.wageNote,
    conditionsNote: x.conditionsNote,
    address: x.address,
    schoolDistrictCode: x.schoolDistrictCode,
    positions: x.positions,
    open: x.open,
    openedOn: x.openedOn,
    placed: o.placed,
  };
}

function employerFields(e: repo.EmployerRow): EmployerInput {
  return {
    programmeCode: e.programmeCode,
    name: e.name,
    industryCode: e.industryCode,
    address: e.address,
    schoolDistrictCode: e.schoolDistrictCode,
    contactName: e.contactName,
    contactPhone: e.contactPhone,
    contactEmail: e.contactEmail,
    registeredOn: e.registeredOn,
    withdrawnOn: e.withdrawnOn,
    note: e.note,
  };
}

export async function listEmployers(
  db: Db,
  actor: UserActor,
  q: {
    q?: string | undefined;
    programme?: string | undefined;
    industry?: string | undefined;
    active?: '1' | undefined;
    limit: number;
    offset: number;
  },
): Promise<EmployerList> {
  return runAs(db, actor, async (tx) => {
    const { rows, total } = await repo.listEmployers(tx, { ...q, active: q.active === '1' });
    const names = new Map((await repo.listProgrammes(tx)).map((p) => [p.code, p.nameJa]));
    return {
      items: rows.map((r) => {
        const { note: _note, ...fields } = employerFields(r.employer);
        return {
          ...fields,
          id: r.employer.id,
          programmeName: names.get(r.employer.programmeCode) ?? r.employer.programmeCode,
          openOpenings: r.openOpenings,
          placements: r.placements,
        };
      }),
      total,
      abilities: { create: await worksInParticipation(tx) },
    };
  });
}

export function getEmployer(db: Db, actor: UserActor, id: string): Promise<Employer> {
  return runAs(db, actor, async (tx) => {
    const e = await repo.findEmployer(tx, id);
    assertThat(e, 'not_found');
    const names = new Map((await repo.listProgrammes(tx)).map((p) => [p.code, p.nameJa]));
    return {
      ...employerFields(e),
      id: e.id,
      version: e.version,
      programmeName: names.get(e.programmeCode) ?? e.programmeCode,
      openings: (await repo.listOpenings(tx, { employerId: id })).map(presentOpening),
      abilities: { edit: await worksInParticipation(tx) },
    };
  });
}

async function checkEmployer(db: Db, actor: UserActor, input: EmployerInput) {
  const lists = await getCodeLists(db, actor);
  assertCodes(lists, [
    ['industry', [input.industryCode], 'body.industryCode'],
    ['school_district', [input.schoolDistrictCode], 'body.schoolDistrictCode'],
  ]);
  if (input.withdrawnOn !== null && input.withdrawnOn < input.registeredOn)
    throw invalidField('body.withdrawnOn', '登録日より前の日付です / before the registration');
}

/** 企業登録: an employer joins a programme. */
export async function createEmployer(db: Db, actor: UserActor, input: EmployerInput) {
  await checkEmployer(db, actor, input);
  const id = randomUUID();
  await runAs(db, actor, async (tx) => {
    await assertWriter(tx);
    await assertProgramme(tx, input.programmeCode, 'body.programmeCode');
    await repo.insertEmployer(tx, { ...input, id, tenantId: actor.tenantId });
    await recordAudit(tx, actor, {
      action: 'employer.created',
      entityType: 'employer',
      entityId: id,
      payload: {},
    });
  });
  return getEmployer(db, actor, id);
}

export async function updateEmployer(db: Db, actor: UserActor, id: string, input: EmployerUpdate) {
  await checkEmployer(db, actor, input);
  const { version, ...set } = input;
  await runAs(db, actor, async (tx) => {
    await assertWriter(tx);
    assertThat(await repo.findEmployer(tx, id), 'not_found');
    await assertProgramme(tx, input.programmeCode, 'body.programmeCode');
    assertThat(await repo.updateAtVersion(tx, employers, id, version, set), 'version_conflict');
    await recordAudit(tx, actor, {
      action: 'employer.updated',
      entityType: 'employer',
      entityId: id,
      payload: { fields: Object.keys(set) },
    });
  });
  return getEmployer(db, actor, id);
}

async function checkOpening(db: Db, actor: UserActor, input: OpeningInput) {
  const lists = await getCodeLists(db, actor);
  assertCodes(lists, [
    ['job_task', input.tasks, 'body.tasks'],
    ['work_demand', input.demands, 'body.demands'],
    ['school_district', [input.schoolDistrictCode], 'body.schoolDistrictCode'],
  ]);
}

/** 求人: an opening with its carved tasks. */
export async function createOpening(db: Db, actor: UserActor, employerId: string, input: OpeningInput) {
  await checkOpening(db, actor, input);
  const id = randomUUID();
  return runAs(db, actor, async (tx) => {
    await assertWriter(tx);
    const employer = await repo.findEmployer(tx, employerId);
    assertThat(employer, 'not_found');
    await repo.insertOpening(tx, {
      ...input,
      id,
      tenantId: actor.tenantId,
      employerId,
      openedOn: toIsoDate(new Date()),
    });
    await recordAudit(tx, actor, {
      action: 'opening.created',
      entityType: 'job_opening',
      entityId: id,
      payload: {},
    });
    return presentOpening((await repo.findOpening(tx, id))!);
  });
}

export async function updateOpening(db: Db, actor: UserActor, id: string, input: OpeningUpdate) {
  await checkOpening(db, actor, input);
  const { version, ...set } = input;
  return runAs(db, actor, async (tx) => {
    await assertWriter(tx);
    assertThat(await repo.findOpening(tx, id), 'not_found');
    assertThat(await repo.updateAtVersion(tx, jobOpenings, id, version, set), 'version_conflict');
    await recordAudit(tx, actor, {
      action: 'opening.updated',
      entityType: 'job_opening',
      entityId: id,
      payload: { fields: Object.keys(set) },
    });
    return presentOpening((await repo.findOpening(tx, id))!);
  });
}
