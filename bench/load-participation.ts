/**
 * Loads the generated employment programme after the city (and after the other benchmarks have run, so
 * that they read the same rows with or without it), as load.ts loads it (as the table owner,
 * one transaction per table, INSERT … SELECT FROM unnest() in batches, secondary indexes rebuilt after,
 * foreign-key triggers skipped with a superuser). The participants' own trigger (the allocated
 * agency's live link, migration 0029) and the matches' guard are held off: the generator made those
 * links as the trigger would have, with the registration's time, and they go into live_links here.
 * Before that, what the generator needs of the tenant is read back: the programme's agencies and the
 * code lists of matching.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import {
  agencies,
  employers,
  jobOpenings,
  liveLinks,
  matches,
  participants,
  programmeAgencies,
} from '../apps/server/src/db/schema';
import type { Db } from '../apps/server/src/platform/db/database';
import { runAsSystem } from '../apps/server/src/platform/db/scope';
import { insertByUnnest } from './bulk-insert';
import type { CodeRef, ParticipationRefs, ParticipationSet } from './generator';
import { countRows, isSuperuser, type LoadReport, tableLoader } from './load';
import { readCodeList } from './tenant';

/** The programme the matching benchmark registers its participants into. */
export const MATCHING_PROGRAMME = 'lifelong';

/** The tables a participation load fills, in the order of their foreign keys. */
export const PARTICIPATION_TABLES = [
  'employers',
  'job_openings',
  'participants',
  'matches',
  'live_links',
] as const;

/** The programme's agencies and the code lists the generator draws from, as the table owner reads them. */
export function readParticipationRefs(db: Db, tenantId: string): Promise<ParticipationRefs> {
  return runAsSystem(db, async (tx) => {
    const list = async (name: string): Promise<CodeRef[]> =>
      (await readCodeList(tx, tenantId, name)).map((c) => ({ code: c.code, labelJa: c.labelJa }));
    const rows = await tx
      .select({
        agencyCode: agencies.code,
        barrierLevels: programmeAgencies.barrierLevels,
        desk: programmeAgencies.desk,
      })
      .from(programmeAgencies)
      .innerJoin(agencies, eq(agencies.id, programmeAgencies.agencyId))
      .where(
        and(
          eq(programmeAgencies.tenantId, tenantId),
          eq(programmeAgencies.programmeCode, MATCHING_PROGRAMME),
        ),
      )
      .orderBy(asc(agencies.code));
    if (!rows.length)
      throw new Error(`the programme ${MATCHING_PROGRAMME} has no agencies: is the demo seeded?`);
    return {
      programmeCode: MATCHING_PROGRAMME,
      agencies: rows,
      codes: {
        job_task: await list('job_task'),
        work_demand: await list('work_demand'),
        industry: await list('industry'),
        interest: await list('interest'),
        accessibility: await list('accessibility'),
      },
    };
  });
}

/**
 * Inserts every row of the set for the tenant; agency codes become the tenant's agency ids. The
 * registering user (and the proposer of the matches) is the programme desk's user `deskUserId`.
 */
export async function loadParticipation(
  db: Db,
  set: ParticipationSet,
  tenantId: string,
  agencyIdByCode: Map<string, string>,
  deskUserId: string,
  options: { vacuum: boolean; log: (line: string) => void },
): Promise<LoadReport> {
  const agencyId = (code: string) => {
    const id = agencyIdByCode.get(code);
    if (!id) throw new Error(`agency ${code} is not in the database`);
    return id;
  };
  const report: LoadReport = { tables: [], analyzeMs: 0, totalMs: 0 };
  const started = performance.now();
  const skipTriggers = await isSuperuser(db);
  // What the demo seed already holds, so that the counts after the load can be checked.
  const before: Record<string, number> = {};
  for (const table of PARTICIPATION_TABLES) before[table] = await countRows(db, table);
  const participantLinksBefore = await countRows(db, 'live_links', `where source_type = 'participant'`);
  const step = tableLoader(db, report, skipTriggers, options.log, (table) => table !== 'live_links');

  await step(
    'employers',
    set.employers.map((e) => ({ ...e, tenantId, updatedAt: e.createdAt })),
    (tx, b) => insertByUnnest(tx, employers, b),
  );
  await step(
    'job_openings',
    set.openings.map((o) => ({ ...o, tenantId, updatedAt: o.createdAt })),
    (tx, b) => insertByUnnest(tx, jobOpenings, b),
  );
  await step(
    'participants',
    set.participants.map(({ registeredByAgencyCode, allocatedAgencyCode, assignedToRegistrar, ...p }) => ({
      ...p,
      tenantId,
      registeredByAgencyId: agencyId(registeredByAgencyCode),
      registeredBy: deskUserId,
      allocatedAgencyId: agencyId(allocatedAgencyCode),
      assignedUserId: assignedToRegistrar ? deskUserId : null,
      updatedAt: p.createdAt,
    })),
    (tx, b) => insertByUnnest(tx, participants, b),
  );
  await step(
    'matches',
    set.matches.map((m) => ({
      ...m,
      tenantId,
      placeId: null as string | null,
      proposedBy: deskUserId,
      updatedAt: m.createdAt,
    })),
    (tx, b) => insertByUnnest(tx, matches, b),
  );
  await step(
    'live_links',
    set.links.map(({ agencyCode, validFrom, ...l }) => ({
      ...l,
      tenantId,
      agencyId: agencyId(agencyCode),
      basis: 'participation',
      sourceType: 'participant',
      validFrom,
      validUntil: null as Date | null,
      revokedAt: null as Date | null,
      createdBy: deskUserId,
      createdAt: validFrom,
    })),
    (tx, b) => insertByUnnest(tx, liveLinks, b),
  );

  await verifyParticipation(db, set, before, participantLinksBefore);
  const t0 = performance.now();
  for (const table of PARTICIPATION_TABLES)
    await db.execute(sql.raw(`${options.vacuum ? 'vacuum analyze' : 'analyze'} ${table}`));
  report.analyzeMs = performance.now() - t0;
  options.log(
    `  ${options.vacuum ? 'vacuum analyze' : 'analyze'}: ${(report.analyzeMs / 1000).toFixed(1)} s`,
  );
  report.totalMs = performance.now() - started;
  return report;
}

/** Row counts per table (the demo's rows beside), the participant links, and every 100th participant and opening. */
async function verifyParticipation(
  db: Db,
  set: ParticipationSet,
  before: Record<string, number>,
  participantLinksBefore: number,
): Promise<void> {
  const generated: Record<string, number> = {
    employers: set.employers.length,
    job_openings: set.openings.length,
    participants: set.participants.length,
    matches: set.matches.length,
    live_links: set.links.length,
  };
  for (const [table, n] of Object.entries(generated)) {
    const after = await countRows(db, table);
    if (after !== (before[table] ?? 0) + n)
      throw new Error(`${table}: ${after - (before[table] ?? 0)} rows loaded, ${n} generated`);
  }
  const links = await countRows(db, 'live_links', `where source_type = 'participant'`);
  if (links !== participantLinksBefore + set.links.length)
    throw new Error(
      `live_links: ${links - participantLinksBefore} participant links loaded, ${set.links.length} generated`,
    );
  const sample = set.participants.filter((_, i) => i % 100 === 0);
  const loaded = await runAsSystem(db, (tx) =>
    tx
      .select()
      .from(participants)
      .where(
        inArray(
          participants.id,
          sample.map((p) => p.id),
        ),
      ),
  );
  const byId = new Map(loaded.map((p) => [p.id, p]));
  const same = (a: readonly string[], b: readonly string[]) => a.join('|') === b.join('|');
  for (const p of sample) {
    const row = byId.get(p.id);
    const ok =
      row &&
      row.personId === p.personId &&
      row.householdId === p.householdId &&
      row.registeredOn === p.registeredOn &&
      row.barrierLevel === p.barrierLevel &&
      same(row.abilities, p.abilities) &&
      same(row.limits, p.limits) &&
      same(row.wishedIndustries, p.wishedIndustries) &&
      same(row.availableDays, p.availableDays) &&
      row.maxHoursPerWeek === p.maxHoursPerWeek &&
      row.travelRange === p.travelRange &&
      row.closedOn === null &&
      row.createdAt.getTime() === p.createdAt.getTime();
    if (!ok) throw new Error(`participant ${p.id} was not loaded as generated`);
  }
  const openingSample = set.openings.filter((_, i) => i % 100 === 0);
  const openings = await runAsSystem(db, (tx) =>
    tx
      .select()
      .from(jobOpenings)
      .where(
        inArray(
          jobOpenings.id,
          openingSample.map((o) => o.id),
        ),
      ),
  );
  const openingById = new Map(openings.map((o) => [o.id, o]));
  for (const o of openingSample) {
    const row = openingById.get(o.id);
    const ok =
      row &&
      row.employerId === o.employerId &&
      row.open === o.open &&
      row.openedOn === o.openedOn &&
      row.hoursPerWeek === o.hoursPerWeek &&
      same(row.tasks, o.tasks) &&
      same(row.demands, o.demands) &&
      same(row.days, o.days) &&
      row.schoolDistrictCode === o.schoolDistrictCode;
    if (!ok) throw new Error(`opening ${o.id} was not loaded as generated`);
  }
}
