/**
 * Loads the generated cases after the city and its referrals, as load.ts loads them (as the table
 * owner, one transaction per table, INSERT … SELECT FROM unnest() in batches, secondary indexes rebuilt
 * after, foreign-key triggers skipped with a superuser). The case tables' own triggers (the team's and
 * the desk's live links, the stage a first plan draft sets) are held off: the generator made those
 * rows as the triggers would have, with the times they would have had. Then the clerks the rows name
 * exist as users, the case number sequence goes on after the last number, and the escalations
 * triaged into cases are marked seen by the coordinator and triaged, as triage does.
 */
import { inArray, sql } from 'drizzle-orm';
import {
  actionItems,
  caseContacts,
  caseOutreach,
  caseRecords,
  caseReviews,
  cases,
  caseTeam,
  liveLinks,
  meetingAttendees,
  meetingCases,
  meetings,
  monitorings,
  supportPlans,
  users,
} from '../apps/server/src/db/schema';
import { type Db, queryRows } from '../apps/server/src/platform/db/database';
import { runAsSystem } from '../apps/server/src/platform/db/scope';
import { insertByUnnest } from './bulk-insert';
import type { CaseSet } from './generator';
import { isSuperuser, type LoadReport, tableLoader } from './load';

/** The tables a case load fills, in the order of their foreign keys. */
export const CASE_TABLES = [
  'users',
  'cases',
  'case_team',
  'case_contacts',
  'case_outreach',
  'case_records',
  'case_reviews',
  'support_plans',
  'monitorings',
  'meetings',
  'meeting_cases',
  'meeting_attendees',
  'action_items',
  'live_links',
] as const;

/** Inserts every row of the case set for the tenant; agency codes become the tenant's agency ids. */
export async function loadCases(
  db: Db,
  set: CaseSet,
  tenantId: string,
  agencyIdByCode: Map<string, string>,
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
  const step = tableLoader(
    db,
    report,
    skipTriggers,
    options.log,
    (table) => table !== 'users' && table !== 'live_links',
  );

  await step(
    'users',
    set.users.map((u) => ({
      id: u.id,
      tenantId,
      email: u.email,
      displayName: u.displayName,
      passwordHash: '!bench-no-sign-in',
      roles: u.roles,
      agencyId: agencyId(u.agencyCode),
    })),
    (tx, b) => insertByUnnest(tx, users, b),
  );
  await step(
    'cases',
    set.cases.map(({ requestAgencyCode, ...c }) => ({
      ...c,
      tenantId,
      requestAgencyId: requestAgencyCode === null ? null : agencyId(requestAgencyCode),
    })),
    (tx, b) => insertByUnnest(tx, cases, b),
  );
  await step(
    'case_team',
    set.team.map(({ agencyCode, ...t }) => ({
      ...t,
      tenantId,
      agencyId: agencyId(agencyCode),
      meetingId: null as string | null,
    })),
    (tx, b) => insertByUnnest(tx, caseTeam, b),
  );
  await step(
    'case_contacts',
    set.contacts.map(({ agencyCode, ...k }) => ({ ...k, tenantId, agencyId: agencyId(agencyCode) })),
    (tx, b) => insertByUnnest(tx, caseContacts, b),
  );
  await step(
    'case_outreach',
    set.outreach.map((o) => ({ ...o, tenantId })),
    (tx, b) => insertByUnnest(tx, caseOutreach, b),
  );
  await step(
    'case_records',
    set.records.map(({ agencyCode, ...r }) => ({
      ...r,
      tenantId,
      agencyId: agencyCode === null ? null : agencyId(agencyCode),
    })),
    (tx, b) => insertByUnnest(tx, caseRecords, b),
  );
  await step(
    'case_reviews',
    set.reviews.map((r) => ({ ...r, tenantId })),
    (tx, b) => insertByUnnest(tx, caseReviews, b),
  );
  await step(
    'support_plans',
    set.plans.map(({ actions, ...p }) => ({
      ...p,
      tenantId,
      actions: actions.map(({ ownerAgencyCode, ...a }) => ({
        ...a,
        ownerAgencyId: agencyId(ownerAgencyCode),
      })),
    })),
    (tx, b) => insertByUnnest(tx, supportPlans, b),
  );
  await step(
    'monitorings',
    set.monitorings.map((m) => ({ ...m, tenantId })),
    (tx, b) => insertByUnnest(tx, monitorings, b),
  );
  await step(
    'meetings',
    set.meetings.map((m) => ({ ...m, tenantId })),
    (tx, b) => insertByUnnest(tx, meetings, b),
  );
  await step(
    'meeting_cases',
    set.meetingCases.map((m) => ({ ...m, tenantId })),
    (tx, b) => insertByUnnest(tx, meetingCases, b),
  );
  await step(
    'meeting_attendees',
    set.attendees.map(({ agencyCode, ...a }) => ({ ...a, tenantId, agencyId: agencyId(agencyCode) })),
    (tx, b) => insertByUnnest(tx, meetingAttendees, b),
  );
  await step(
    'action_items',
    set.actionItems.map(({ ownerAgencyCode, ...t }) => ({
      ...t,
      tenantId,
      ownerAgencyId: agencyId(ownerAgencyCode),
    })),
    (tx, b) => insertByUnnest(tx, actionItems, b),
  );
  await step(
    'live_links',
    set.links.map(({ agencyCode, validFrom, ...l }) => ({
      ...l,
      tenantId,
      agencyId: agencyId(agencyCode),
      basis: 'case_team',
      validFrom,
      validUntil: null as Date | null,
      createdAt: validFrom,
    })),
    (tx, b) => insertByUnnest(tx, liveLinks, b),
  );

  await runAsSystem(db, async (tx) => {
    await tx.execute(sql`select setval('cases_number_seq', (select max(number) from cases))`);
    if (set.seen.length)
      await tx.execute(sql`update referrals r set coordinator_seen_at = u.at, case_opened_at = u.at
        from unnest(${`{${set.seen.map((s) => s.referralId).join(',')}}`}::uuid[],
          ${`{${set.seen.map((s) => `"${s.at.toISOString()}"`).join(',')}}`}::timestamptz[]) as u(id, at)
        where r.id = u.id`);
  });
  await verifyCases(db, set);

  const t0 = performance.now();
  for (const table of [...CASE_TABLES, 'referrals'])
    await db.execute(sql.raw(`${options.vacuum ? 'vacuum analyze' : 'analyze'} ${table}`));
  report.analyzeMs = performance.now() - t0;
  options.log(
    `  ${options.vacuum ? 'vacuum analyze' : 'analyze'}: ${(report.analyzeMs / 1000).toFixed(1)} s`,
  );
  report.totalMs = performance.now() - started;
  return report;
}

/** Row counts per table, the case links, and every 100th case read back as generated. */
async function verifyCases(db: Db, set: CaseSet): Promise<void> {
  const expected: Record<string, number> = {
    cases: set.cases.length,
    case_team: set.team.length,
    case_contacts: set.contacts.length,
    case_outreach: set.outreach.length,
    case_records: set.records.length,
    case_reviews: set.reviews.length,
    support_plans: set.plans.length,
    monitorings: set.monitorings.length,
    meetings: set.meetings.length,
    meeting_cases: set.meetingCases.length,
    meeting_attendees: set.attendees.length,
    action_items: set.actionItems.length,
  };
  for (const [table, count] of Object.entries(expected)) {
    const rows = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from ${sql.identifier(table)}`,
    );
    if (Number(rows[0]?.n) !== count)
      throw new Error(`${table}: ${rows[0]?.n} rows loaded, ${count} generated`);
  }
  const [links] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from live_links where basis = 'case_team'`,
  );
  if (Number(links?.n) !== set.links.length)
    throw new Error(`live_links: ${links?.n} case links loaded, ${set.links.length} generated`);
  const sample = set.cases.filter((_, i) => i % 100 === 0);
  const loaded = await runAsSystem(db, (tx) =>
    tx
      .select()
      .from(cases)
      .where(
        inArray(
          cases.id,
          sample.map((c) => c.id),
        ),
      ),
  );
  const byId = new Map(loaded.map((c) => [c.id, c]));
  for (const c of sample) {
    const row = byId.get(c.id);
    const same =
      row &&
      row.number === c.number &&
      row.stage === c.stage &&
      row.kind === c.kind &&
      row.receivedOn === c.receivedOn &&
      row.closedOn === c.closedOn &&
      row.version === c.version &&
      row.createdAt.getTime() === c.createdAt.getTime();
    if (!same) throw new Error(`case ${c.id} was not loaded as generated`);
  }
}
