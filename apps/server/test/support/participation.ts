import type { PersonInput } from '@tsunagu/contracts/households';
import type { EmployerInput, OpeningInput, ParticipantCreate } from '@tsunagu/contracts/participation';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { personInput } from './households';
import { rows } from './sql';
import type { Session, TestApp } from './test-app';

/** A standalone registration for the lifelong employment programme; override what the test is about. */
export function participantInput(overrides: Partial<ParticipantCreate> = {}): ParticipantCreate {
  return {
    aim: 'work',
    programmeCode: 'lifelong',
    person: personInput({
      familyName: '岡山',
      givenName: '一夫',
      familyNameKana: 'おかやま',
      givenNameKana: 'かずお',
      birthDate: '1957-05-10',
      sex: 'male',
      schoolDistrictCode: null,
    }),
    caseId: null,
    registeredOn: '2025-06-02',
    allocatedAgencyId: null,
    allocationNote: '',
    healthLevel: 'fair',
    healthNote: '腰痛があり、重い物は持てない。',
    wishesNote: '午前中だけ、人と話せる仕事がしたい。',
    wishedIndustries: ['care'],
    abilities: ['cleaning', 'care-assist'],
    limits: ['lifting'],
    interests: ['talk'],
    accessibilityNeeds: [],
    availableDays: ['mon', 'wed', 'fri'],
    maxHoursPerWeek: 15,
    travelRange: 'welfare',
    barrierLevel: 'medium',
    barriersNote: '離職期間が長い。',
    ...overrides,
  };
}

export function employerInput(overrides: Partial<EmployerInput> = {}): EmployerInput {
  return {
    programmeCode: 'lifelong',
    name: '株式会社テスト介護',
    industryCode: 'care',
    address: '岡山市北区鹿田町2-2-2',
    schoolDistrictCode: null,
    contactName: '人事 担当',
    contactPhone: '086-000-2222',
    contactEmail: '',
    registeredOn: '2025-04-10',
    withdrawnOn: null,
    note: '',
    ...overrides,
  };
}

export function openingInput(overrides: Partial<OpeningInput> = {}): OpeningInput {
  return {
    title: 'デイサービスの配膳・清掃（午前）',
    tasks: ['care-assist', 'cleaning'],
    demands: ['standing'],
    carvingNote: '介護職員の業務から配膳とシーツ交換を切り出した。',
    hoursPerWeek: 12,
    days: ['mon', 'wed', 'fri'],
    timeNote: '9:00〜13:00',
    wageNote: '時給1,000円',
    conditionsNote: '',
    address: '岡山市北区鹿田町2-2-2',
    schoolDistrictCode: null,
    positions: 2,
    open: true,
    ...overrides,
  };
}

/** Calls the API and fails with the body unless the response is 200 (or `status`). */
export async function ok<T>(
  t: TestApp,
  session: Session,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  body?: unknown,
  status = 200,
): Promise<T> {
  const res = await t.call(session, method, url, body);
  if (res.statusCode !== status) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json() as T;
}

/** POSTs a new record and fails with the body unless it is created (201). */
export const created = <T>(t: TestApp, session: Session, url: string, body: unknown) =>
  ok<T>(t, session, 'POST', url, body, 201);

/** A registration's new person, named for the test (a man born 1960, no school district unless given). */
export function namedPerson(
  familyName: string,
  familyNameKana: string,
  overrides: Partial<PersonInput> = {},
): PersonInput {
  return personInput({
    familyName,
    givenName: '太郎',
    familyNameKana,
    givenNameKana: 'たろう',
    birthDate: '1960-04-01',
    sex: 'male',
    schoolDistrictCode: null,
    ...overrides,
  });
}

/**
 * The live links a participant's registration made, read as the database owner: the agency, the source
 * ('participant' for the allocated agency, 'participant_registration' for the registering one) and
 * whether the link is live, as sorted `agencyId source live|revoked` strings.
 */
export async function participantLinks(t: TestApp, participantId: string): Promise<string[]> {
  const found = await rows<{ agency_id: string; source_type: string; live: boolean }>(
    t.db,
    sql`select agency_id, source_type, revoked_at is null as live from live_links where source_id = ${participantId}`,
  );
  return found.map((l) => `${l.agency_id} ${l.source_type} ${l.live ? 'live' : 'revoked'}`).sort();
}

/** The paths of a 400's issues; fails with the body unless the response is a validation error. */
export function issuePaths(res: LightMyRequestResponse): string[] {
  if (res.statusCode !== 400) throw new Error(`expected 400, got ${res.statusCode} ${res.body}`);
  const body = res.json() as { error: { code: string; issues?: { path: string }[] } };
  if (body.error.code !== 'validation_failed') throw new Error(`expected validation_failed: ${res.body}`);
  return (body.error.issues ?? []).map((i) => i.path);
}

/** The number of rows of a table (as the database owner), to show that a refused write wrote nothing. */
export async function rowCount(t: TestApp, table: string): Promise<number> {
  const [r] = await rows<{ n: number }>(t.db, sql`select count(*)::int as n from ${sql.identifier(table)}`);
  return Number(r!.n);
}
