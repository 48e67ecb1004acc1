import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import {
  agencies,
  cases,
  employers,
  employmentProgrammes,
  jobOpenings,
  liveLinks,
  matches,
  participants,
  personColumns,
  persons,
  places,
  programmeAgencies,
  retentionFollowUps,
  users,
} from '../../db/schema';
import { queryRows, type Tx } from '../../platform/db/database';

export type ParticipantRow = typeof participants.$inferSelect;
export type MatchRow = typeof matches.$inferSelect;
export type FollowUpRow = typeof retentionFollowUps.$inferSelect;

export async function insertParticipant(tx: Tx, values: typeof participants.$inferInsert) {
  await tx.insert(participants).values(values);
}

/** The registering agency's own link to the household of a person registered standalone. */
export async function insertRegistrationLink(
  tx: Tx,
  values: { tenantId: string; householdId: string; agencyId: string; participantId: string; userId: string },
) {
  await tx.insert(liveLinks).values({
    id: crypto.randomUUID(),
    tenantId: values.tenantId,
    householdId: values.householdId,
    agencyId: values.agencyId,
    basis: 'participation',
    sourceType: 'participant_registration',
    sourceId: values.participantId,
    createdBy: values.userId,
  });
}

/** The household of the person's latest participant record the actor sees (row-level security). */
export async function participantHouseholdOf(tx: Tx, personId: string) {
  const rows = await tx
    .select({ householdId: participants.householdId })
    .from(participants)
    .where(eq(participants.personId, personId))
    .orderBy(desc(participants.registeredOn))
    .limit(1);
  return rows[0]?.householdId;
}

/** The participant with its person, programme, agency and staff names, if the actor sees it. */
export async function findParticipant(tx: Tx, id: string) {
  const rows = await tx
    .select({
      participant: participants,
      person: personColumns,
      programmeName: employmentProgrammes.nameJa,
      programmeNameEn: employmentProgrammes.nameEn,
      agencyName: agencies.name,
      userName: users.displayName,
    })
    .from(participants)
    .innerJoin(persons, eq(persons.id, participants.personId))
    .leftJoin(
      employmentProgrammes,
      and(
        eq(employmentProgrammes.tenantId, participants.tenantId),
        eq(employmentProgrammes.code, participants.programmeCode),
      ),
    )
    .leftJoin(agencies, eq(agencies.id, participants.allocatedAgencyId))
    .leftJoin(users, eq(users.id, participants.assignedUserId))
    .where(eq(participants.id, id))
    .limit(1);
  return rows[0];
}
export type FoundParticipant = NonNullable<Awaited<ReturnType<typeof findParticipant>>>;

/** Updates the participant if still at `version`; returns whether it moved. */
export async function updateParticipant(
  tx: Tx,
  id: string,
  version: number,
  set: Partial<typeof participants.$inferInsert>,
): Promise<boolean> {
  const rows = await tx
    .update(participants)
    .set({ ...set, version: version + 1, updatedAt: new Date() })
    .where(and(eq(participants.id, id), eq(participants.version, version)))
    .returning({ id: participants.id });
  return rows.length > 0;
}

/** The stage of a participant, from its matches and follow-ups (SQL, for lists and filters). */
const stageSql = sql`case
  when p.closed_on is not null then 'closed'
  when exists (select 1 from matches m join retention_follow_ups f on f.match_id = m.id
    where m.participant_id = p.id and m.state = 'placed' and f.month = 6 and f.still_working) then 'retained'
  when exists (select 1 from matches m where m.participant_id = p.id and m.state = 'placed') then 'placed'
  when exists (select 1 from matches m where m.participant_id = p.id and m.state = 'trial') then 'trial'
  when exists (select 1 from matches m where m.participant_id = p.id and m.state = 'proposed') then 'matching'
  else 'registered' end`;

export type ParticipantListRow = {
  id: string;
  version: number;
  person_id: string;
  family_name: string;
  given_name: string;
  family_name_kana: string;
  given_name_kana: string;
  birth_date: string | null;
  aim: string;
  programme_code: string;
  programme_name: string | null;
  programme_name_en: string | null;
  barrier_level: string;
  registered_on: string;
  allocated_agency_id: string | null;
  agency_name: string | null;
  assigned_user_id: string | null;
  user_name: string | null;
  stage: string;
  case_id: string | null;
  next_follow_up_on: string | null;
  total: number;
};

export type ParticipantFilter = {
  aim?: string | undefined;
  stage?: string | undefined;
  programme?: string | undefined;
  assignedUserId?: string | undefined;
  caseId?: string | undefined;
  participantId?: string | undefined;
  /** The participants of a case: linked to it, or of its person and not linked to any case. */
  ofCase?: { caseId: string; personId: string } | undefined;
  limit: number;
  offset: number;
};

/** The participants the actor sees, newest registration first, with their stage. */
export function listParticipants(tx: Tx, f: ParticipantFilter) {
  const where = [sql`true`];
  if (f.aim) where.push(sql`p.aim = ${f.aim}`);
  if (f.programme) where.push(sql`p.programme_code = ${f.programme}`);
  if (f.assignedUserId) where.push(sql`p.assigned_user_id = ${f.assignedUserId}`);
  if (f.caseId) where.push(sql`p.case_id = ${f.caseId}`);
  if (f.participantId) where.push(sql`p.id = ${f.participantId}`);
  if (f.ofCase)
    where.push(
      sql`(p.case_id = ${f.ofCase.caseId} or (p.person_id = ${f.ofCase.personId} and p.case_id is null))`,
    );
  return queryRows<ParticipantListRow>(
    tx,
    sql`with listed as (
      select p.id, p.version, p.person_id, x.family_name, x.given_name, x.family_name_kana, x.given_name_kana,
        x.birth_date::text as birth_date, p.aim, p.programme_code, g.name_ja as programme_name,
        g.name_en as programme_name_en, p.barrier_level,
        p.registered_on::text as registered_on, p.allocated_agency_id, a.name as agency_name,
        p.assigned_user_id, u.display_name as user_name, p.case_id, ${stageSql} as stage,
        (select min(f.due_on)::text from retention_follow_ups f
          where f.participant_id = p.id and f.done_on is null) as next_follow_up_on
      from participants p
      join persons x on x.id = p.person_id
      left join employment_programmes g on g.tenant_id = p.tenant_id and g.code = p.programme_code
      left join agencies a on a.id = p.allocated_agency_id
      left join users u on u.id = p.assigned_user_id
      where ${sql.join(where, sql` and `)}
    )
    select *, count(*) over ()::int as total from listed
    ${f.stage ? sql`where stage = ${f.stage}` : sql``}
    order by registered_on desc, family_name_kana, given_name_kana
    limit ${f.limit} offset ${f.offset}`,
  );
}

/** A participant's matches with what they are matched to. */
export function listMatches(tx: Tx, participantId: string) {
  return tx
    .select({
      match: matches,
      openingTitle: jobOpenings.title,
      employerName: employers.name,
      placeName: places.name,
      placeHost: places.host,
    })
    .from(matches)
    .leftJoin(jobOpenings, eq(jobOpenings.id, matches.openingId))
    .leftJoin(employers, eq(employers.id, jobOpenings.employerId))
    .leftJoin(places, eq(places.id, matches.placeId))
    .where(eq(matches.participantId, participantId))
    .orderBy(asc(matches.proposedOn), asc(matches.createdAt));
}
export type ListedMatch = Awaited<ReturnType<typeof listMatches>>[number];

export function listFollowUps(tx: Tx, matchIds: string[]) {
  if (matchIds.length === 0) return Promise.resolve([] as FollowUpRow[]);
  return tx
    .select()
    .from(retentionFollowUps)
    .where(inArray(retentionFollowUps.matchId, matchIds))
    .orderBy(asc(retentionFollowUps.month));
}

/** The agencies of a programme with the barrier levels they take. */
export function programmeAgencyRows(tx: Tx, programmeCode: string) {
  return tx
    .select({
      agencyId: programmeAgencies.agencyId,
      barrierLevels: programmeAgencies.barrierLevels,
      desk: programmeAgencies.desk,
    })
    .from(programmeAgencies)
    .where(eq(programmeAgencies.programmeCode, programmeCode));
}

export async function findProgramme(tx: Tx, code: string) {
  const rows = await tx
    .select()
    .from(employmentProgrammes)
    .where(eq(employmentProgrammes.code, code))
    .limit(1);
  return rows[0];
}

/** Whether the user is active staff of the agency (the one a participant can be assigned to). */
export async function isAgencyUser(tx: Tx, userId: string, agencyId: string): Promise<boolean> {
  const rows = await queryRows<{ ok: boolean }>(
    tx,
    sql`select exists (select 1 from users u where u.id = ${userId} and u.agency_id = ${agencyId}
      and u.disabled_at is null) as ok`,
  );
  return Boolean(rows[0]?.ok);
}

/** Open participants of the person in a programme (one registration per person and programme). */
export async function openRegistration(tx: Tx, personId: string, programmeCode: string) {
  const rows = await tx
    .select({ id: participants.id })
    .from(participants)
    .where(
      and(
        eq(participants.personId, personId),
        eq(participants.programmeCode, programmeCode),
        isNull(participants.closedOn),
      ),
    )
    .limit(1);
  return rows[0]?.id;
}

/** The person of a case the actor sees (a case links only participants of its own person). */
export async function findCase(tx: Tx, caseId: string) {
  const rows = await tx.select({ personId: cases.personId }).from(cases).where(eq(cases.id, caseId)).limit(1);
  return rows[0];
}
