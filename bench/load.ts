/**
 * Loads a generated city as the table owner (outside row-level security, like the demo seed), as
 * PostgreSQL's "Populating a Database" advises: one transaction per table; rows in batches of 5,000
 * through INSERT … SELECT FROM unnest() (one array parameter per column, far below the 65,535
 * bind-parameter limit; see bulk-insert.ts); secondary indexes dropped first and rebuilt after from
 * their exact definitions (one bulk build instead of 60,000 GIN insertions); foreign-key triggers
 * skipped (session_replication_role = replica, superuser only: the generated rows are consistent by
 * construction, and verifyLoad reads them back). Then ANALYZE (VACUUM ANALYZE if asked).
 */
import { inArray, sql } from 'drizzle-orm';
import {
  agencies,
  householdMembers,
  households,
  intakeProblems,
  intakes,
  liveLinks,
  persons,
  referralEvents,
  referrals,
} from '../apps/server/src/db/schema';
import { toValues } from '../apps/server/src/modules/agencies/agencies.present';
import { type Db, queryRows, type Tx } from '../apps/server/src/platform/db/database';
import { runAsSystem } from '../apps/server/src/platform/db/scope';
import { insertByUnnest } from './bulk-insert';
import type { City, ReferralSet } from './generator';

const BATCH_ROWS = 5_000;

/** Rows and milliseconds per table, and the total. */
export type LoadReport = {
  tables: { table: string; rows: number; ms: number }[];
  analyzeMs: number;
  totalMs: number;
};

/** Secondary (non-constraint) indexes of a table, with the statements that recreate them exactly. */
function secondaryIndexes(tx: Tx, table: string) {
  return queryRows<{ name: string; definition: string }>(
    tx,
    sql`select i.indexname as name, i.indexdef as definition from pg_indexes i
      where i.schemaname = 'public' and i.tablename = ${table}
        and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
  );
}

export async function isSuperuser(db: Db): Promise<boolean> {
  const rows = await queryRows<{ su: boolean }>(
    db,
    sql`select rolsuper as su from pg_roles where rolname = current_user`,
  );
  return rows[0]?.su === true;
}

/**
 * Loads one table in one transaction. `disableUserTriggers` (the case tables, whose triggers make live
 * links and move stages that the generator has already made) also holds them off without a superuser:
 * the table owner may disable its own triggers for the transaction.
 */
export async function loadTable<T extends object>(
  db: Db,
  table: string,
  rows: T[],
  insert: (tx: Tx, batch: T[]) => Promise<unknown>,
  skipTriggers: boolean,
  disableUserTriggers = false,
): Promise<void> {
  if (!rows.length) return;
  const holdTriggers = disableUserTriggers || LINK_KEY_TABLES.has(table);
  await runAsSystem(db, async (tx) => {
    if (skipTriggers) await tx.execute(sql`set local session_replication_role = replica`);
    if (holdTriggers) await tx.execute(sql`alter table ${sql.identifier(table)} disable trigger user`);
    const indexes = await secondaryIndexes(tx, table);
    for (const index of indexes) await tx.execute(sql`drop index ${sql.identifier(index.name)}`);
    for (let i = 0; i < rows.length; i += BATCH_ROWS) await insert(tx, rows.slice(i, i + BATCH_ROWS));
    // One bulk build per index; GIN builds much faster with more memory than the 64 MB default.
    await tx.execute(sql`set local maintenance_work_mem = '256MB'`);
    for (const index of indexes) await tx.execute(sql.raw(index.definition));
    if (holdTriggers) await tx.execute(sql`alter table ${sql.identifier(table)} enable trigger user`);
    if (table === 'live_links') await refreshLinkKeys(tx, rows as { householdId: string }[]);
  });
}

/**
 * Tables whose own triggers only keep persons.link_keys (the person search's agency keys, migration
 * 0038): held off while their rows go in, one row at a time would refresh the same persons over and
 * over. Each load of live links then computes the keys once for the persons of its households; the
 * members of a household are loaded before its links.
 */
const LINK_KEY_TABLES = new Set(['live_links', 'household_members']);

async function refreshLinkKeys(tx: Tx, links: { householdId: string }[]) {
  const households = [...new Set(links.map((l) => l.householdId))];
  await tx.execute(sql`select refresh_person_link_keys(array(
    select m.person_id from household_members m
    where m.household_id = any(${`{${households.join(',')}}`}::uuid[])))`);
}

/**
 * A loader of one table after another into `report`: each table through loadTable, timed and logged.
 * `holdsTriggers` names the tables whose own triggers are held off (the generator made their effects).
 */
export function tableLoader(
  db: Db,
  report: LoadReport,
  skipTriggers: boolean,
  log: (line: string) => void,
  holdsTriggers: (table: string) => boolean = () => false,
) {
  return async <T extends object>(table: string, rows: T[], insert: (tx: Tx, b: T[]) => Promise<unknown>) => {
    const t0 = performance.now();
    await loadTable(db, table, rows, insert, skipTriggers, holdsTriggers(table));
    const ms = performance.now() - t0;
    report.tables.push({ table, rows: rows.length, ms });
    log(`  ${table.padEnd(18)} ${String(rows.length).padStart(8)} rows  ${(ms / 1000).toFixed(1)} s`);
  };
}

/** Rows of a table (with an optional where clause), as the table owner. */
export const countRows = async (db: Db, table: string, where = '') =>
  Number(
    (await queryRows<{ n: number }>(db, sql.raw(`select count(*)::int as n from ${table} ${where}`)))[0]?.n ??
      0,
  );

/**
 * Inserts every row of the city for the tenant, and the referrals when given (their live links go in
 * with the intakes' ones); agency codes become the tenant's agency ids. The referrals' clerks are not
 * users of the demo: without a superuser (foreign keys checked) they become `staffUserId`.
 */
export async function loadCity(
  db: Db,
  city: City,
  tenantId: string,
  agencyIdByCode: Map<string, string>,
  options: {
    vacuum: boolean;
    log: (line: string) => void;
    referrals?: ReferralSet | undefined;
    staffUserId: string;
  },
): Promise<LoadReport> {
  const agencyId = (code: string) => {
    const id = agencyIdByCode.get(code);
    if (!id) throw new Error(`agency ${code} is not in the database`);
    return id;
  };
  const report: LoadReport = { tables: [], analyzeMs: 0, totalMs: 0 };
  const started = performance.now();
  const skipTriggers = await isSuperuser(db);
  if (!skipTriggers) options.log('  not a superuser: foreign keys are checked row by row (slower)');
  const step = tableLoader(db, report, skipTriggers, options.log);

  await step('agencies', city.directory, (tx, batch) =>
    tx.insert(agencies).values(batch.map((a) => ({ ...toValues(a), tenantId }))),
  );
  // The persons' link keys as the triggers will have kept them once the links below are in: the index
  // is built with them, and the refresh after the links then finds nothing to change.
  const linkKeys = expectedLinkKeys(city, options.referrals, agencyId);
  await step(
    'persons',
    city.persons.map(({ createdByAgencyCode, ...p }) => ({
      ...p,
      tenantId,
      createdByAgencyId: agencyId(createdByAgencyCode),
      linkKeys: linkKeys.get(p.id) ?? [],
      updatedAt: p.createdAt,
    })),
    (tx, b) => insertByUnnest(tx, persons, b),
  );
  await step(
    'households',
    city.households.map(({ createdByAgencyCode, type: _type, welfareDistrictCode: _w, ...h }) => ({
      ...h,
      tenantId,
      createdByAgencyId: agencyId(createdByAgencyCode),
      updatedAt: h.createdAt,
    })),
    (tx, b) => insertByUnnest(tx, households, b),
  );
  await step(
    'household_members',
    city.members.map((m) => ({ ...m, tenantId })),
    (tx, b) => insertByUnnest(tx, householdMembers, b),
  );
  const set = options.referrals;
  const user = (id: string) => (skipTriggers ? id : options.staffUserId);
  await step(
    'live_links',
    [
      ...city.liveLinks.map(({ agencyCode, validFrom, ...l }) => ({
        ...l,
        tenantId,
        agencyId: agencyId(agencyCode),
        basis: 'intake',
        sourceType: 'intake',
        validFrom,
        validUntil: null as Date | null,
        revokedAt: null as Date | null,
        createdAt: validFrom,
      })),
      ...(set?.links ?? []).map(({ agencyCode, validFrom, ...l }) => ({
        ...l,
        tenantId,
        agencyId: agencyId(agencyCode),
        basis: 'referral',
        sourceType: 'referral',
        validFrom,
        createdAt: validFrom,
      })),
    ],
    (tx, b) => insertByUnnest(tx, liveLinks, b),
  );
  await step(
    'intakes',
    city.intakes.map(({ agencyCode, ...i }) => ({ ...i, tenantId, agencyId: agencyId(agencyCode) })),
    (tx, b) => insertByUnnest(tx, intakes, b),
  );
  await step(
    'intake_problems',
    city.problems.map((p) => ({ ...p, tenantId })),
    (tx, b) => insertByUnnest(tx, intakeProblems, b),
  );

  if (set) {
    await step(
      'referrals',
      set.referrals.map(({ fromAgencyCode, toAgencyCode, createdBy, ...r }) => ({
        ...r,
        tenantId,
        fromAgencyId: agencyId(fromAgencyCode),
        toAgencyId: agencyId(toAgencyCode),
        createdBy: user(createdBy),
      })),
      (tx, b) => insertByUnnest(tx, referrals, b),
    );
    await step(
      'referral_events',
      set.events.map(({ agencyCode, actorUserId, ...e }) => ({
        ...e,
        tenantId,
        actorUserId: actorUserId === null ? null : user(actorUserId),
        agencyId: agencyCode === null ? null : agencyId(agencyCode),
      })),
      (tx, b) => insertByUnnest(tx, referralEvents, b),
    );
  }

  await verifyLoad(db, city, set, linkKeys);
  const t0 = performance.now();
  const tables = ['persons', 'households', 'household_members', 'live_links', 'intakes', 'intake_problems'];
  if (set) tables.push('referrals', 'referral_events');
  for (const table of tables) {
    await db.execute(sql.raw(`${options.vacuum ? 'vacuum analyze' : 'analyze'} ${table}`));
  }
  report.analyzeMs = performance.now() - t0;
  options.log(
    `  ${options.vacuum ? 'vacuum analyze' : 'analyze'}: ${(report.analyzeMs / 1000).toFixed(1)} s`,
  );
  report.totalMs = performance.now() - started;
  return report;
}

/**
 * Checks the load: row counts per table, every 500th person read back equal to what was generated, and
 * every 500th referral's state, deadlines and times.
 */
async function verifyLoad(
  db: Db,
  city: City,
  set: ReferralSet | undefined,
  linkKeys: Map<string, string[]>,
): Promise<void> {
  const expected: Record<string, number> = {
    persons: city.persons.length,
    households: city.households.length,
    household_members: city.members.length,
    live_links: city.liveLinks.length + (set?.links.length ?? 0),
    intakes: city.intakes.length,
    intake_problems: city.problems.length,
    ...(set ? { referrals: set.referrals.length, referral_events: set.events.length } : {}),
  };
  for (const [table, count] of Object.entries(expected)) {
    const rows = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from ${sql.identifier(table)}`,
    );
    if (Number(rows[0]?.n) !== count)
      throw new Error(`${table}: ${rows[0]?.n} rows loaded, ${count} generated`);
  }
  const sample = city.persons.filter((_, i) => i % 500 === 0);
  const loaded = await runAsSystem(db, (tx) =>
    tx
      .select()
      .from(persons)
      .where(
        inArray(
          persons.id,
          sample.map((p) => p.id),
        ),
      ),
  );
  const byId = new Map(loaded.map((p) => [p.id, p]));
  for (const p of sample) {
    const row = byId.get(p.id);
    const same =
      row &&
      row.linkKeys.toSorted().join('|') === (linkKeys.get(p.id) ?? []).join('|') &&
      row.nameKey === p.nameKey &&
      row.searchText === p.searchText &&
      row.searchGrams.join('|') === p.searchGrams.join('|') &&
      row.phones.join('|') === p.phones.join('|') &&
      row.birthDate === p.birthDate &&
      row.familyName === p.familyName &&
      row.createdAt.getTime() === p.createdAt.getTime();
    if (!same) throw new Error(`person ${p.id} was not loaded as generated`);
  }
  if (!set) return;
  const referralSample = set.referrals.filter((_, i) => i % 500 === 0);
  const loadedReferrals = await runAsSystem(db, (tx) =>
    tx
      .select()
      .from(referrals)
      .where(
        inArray(
          referrals.id,
          referralSample.map((r) => r.id),
        ),
      ),
  );
  const referralById = new Map(loadedReferrals.map((r) => [r.id, r]));
  const time = (d: Date | null) => d?.getTime() ?? null;
  for (const r of referralSample) {
    const row = referralById.get(r.id);
    const same =
      row &&
      row.state === r.state &&
      row.chainId === r.chainId &&
      row.hop === r.hop &&
      row.acceptDueOn === r.acceptDueOn &&
      row.escalateDueOn === r.escalateDueOn &&
      time(row.sentAt) === time(r.sentAt) &&
      time(row.closedAt) === time(r.closedAt) &&
      time(row.acceptedAt) === time(r.acceptedAt) &&
      row.version === r.version;
    if (!same) throw new Error(`referral ${r.id} was not loaded as generated`);
  }
}

/** Each person's link keys as the triggers would have kept them: the agencies of unrevoked links, sorted. */
function expectedLinkKeys(city: City, set: ReferralSet | undefined, agencyId: (code: string) => string) {
  const agenciesOf = new Map<string, Set<string>>();
  for (const l of [...city.liveLinks, ...(set?.links ?? [])]) {
    if ('revokedAt' in l && l.revokedAt) continue;
    const keys = agenciesOf.get(l.householdId) ?? new Set<string>();
    keys.add(`@${agencyId(l.agencyCode)}`);
    agenciesOf.set(l.householdId, keys);
  }
  const byPerson = new Map<string, string[]>();
  for (const m of city.members) {
    const keys = new Set([...(byPerson.get(m.personId) ?? []), ...(agenciesOf.get(m.householdId) ?? [])]);
    byPerson.set(m.personId, [...keys].sort());
  }
  return byPerson;
}
