/**
 * Loads the generated community records (generator/community.ts) after the city, as load.ts loads it:
 * as the table owner, one transaction per table, INSERT … SELECT FROM unnest() in batches, secondary
 * indexes rebuilt after. Before that, what the generator needs of the tenant is read back: the
 * programmes as configured, the code lists of themes, professions and council activities, and the
 * councils' division.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import {
  communityOrganisations,
  communityProgrammes,
  communitySettings,
  eventOrganisations,
  programmeEvents,
  supportCouncils,
} from '../apps/server/src/db/schema';
import type { Db } from '../apps/server/src/platform/db/database';
import { runAsSystem } from '../apps/server/src/platform/db/scope';
import { insertByUnnest } from './bulk-insert';
import type { CommunityRefs, CommunitySet, ProgrammeRef, SchoolDistrictRef } from './generator';
import { countRows, isSuperuser, type LoadReport, tableLoader } from './load';
import { readCodeList } from './tenant';

/** The tenant's community configuration, as the table owner reads it. */
export function readCommunityRefs(
  db: Db,
  tenantId: string,
  schoolDistricts: SchoolDistrictRef[],
): Promise<CommunityRefs> {
  return runAsSystem(db, async (tx) => {
    const list = async (name: string) => (await readCodeList(tx, tenantId, name)).map((c) => c.code);
    const programmes = await tx
      .select()
      .from(communityProgrammes)
      .where(eq(communityProgrammes.tenantId, tenantId))
      .orderBy(asc(communityProgrammes.sortOrder), asc(communityProgrammes.code));
    const [councils] = await tx
      .select({ divisionCode: communitySettings.divisionCode })
      .from(communitySettings)
      .where(and(eq(communitySettings.tenantId, tenantId), eq(communitySettings.section, 'councils')));
    if (!programmes.length || !councils?.divisionCode)
      throw new Error('the tenant has no community programmes or councils division: is the demo seeded?');
    return {
      programmes: programmes.map(
        (p): ProgrammeRef => ({
          code: p.code,
          divisionCode: p.divisionCode,
          usesThemes: p.usesThemes,
          usesProfessions: p.usesProfessions,
          recordsOrganisations: p.recordsOrganisations,
          kinds: p.kinds as ProgrammeRef['kinds'],
        }),
      ),
      themes: await list('community_theme'),
      professions: await list('profession'),
      councilActivities: await list('council_activity'),
      councilDivision: councils.divisionCode,
      schoolDistricts,
    };
  });
}

/** The tables a community load fills, in the order of their foreign keys. */
export const COMMUNITY_TABLES = [
  'community_organisations',
  'programme_events',
  'event_organisations',
  'support_councils',
] as const;

/** Inserts every generated community row for the tenant, then checks the counts and ANALYZEs. */
export async function loadCommunity(
  db: Db,
  set: CommunitySet,
  tenantId: string,
  options: { log: (line: string) => void },
): Promise<LoadReport> {
  const report: LoadReport = { tables: [], analyzeMs: 0, totalMs: 0 };
  const started = performance.now();
  const skipTriggers = await isSuperuser(db);
  const before = Object.fromEntries(
    await Promise.all(COMMUNITY_TABLES.map(async (t) => [t, await countRows(db, t)])),
  );
  const step = tableLoader(db, report, skipTriggers, options.log);
  await step(
    'community_organisations',
    set.organisations.map((o) => ({ ...o, tenantId, updatedAt: o.createdAt })),
    (tx, b) => insertByUnnest(tx, communityOrganisations, b),
  );
  await step(
    'programme_events',
    set.events.map((e) => ({ ...e, tenantId, updatedAt: e.createdAt })),
    (tx, b) => insertByUnnest(tx, programmeEvents, b),
  );
  await step(
    'event_organisations',
    set.eventOrganisations.map((o) => ({ ...o, tenantId })),
    (tx, b) => insertByUnnest(tx, eventOrganisations, b),
  );
  await step(
    'support_councils',
    set.councils.map((c) => ({ ...c, tenantId })),
    (tx, b) => insertByUnnest(tx, supportCouncils, b),
  );
  const expected: Record<(typeof COMMUNITY_TABLES)[number], number> = {
    community_organisations: set.organisations.length,
    programme_events: set.events.length,
    event_organisations: set.eventOrganisations.length,
    support_councils: set.councils.length,
  };
  for (const table of COMMUNITY_TABLES) {
    const added = (await countRows(db, table)) - Number(before[table]);
    if (added !== expected[table])
      throw new Error(`${table}: loaded ${added} rows, expected ${expected[table]}`);
  }
  const t0 = performance.now();
  for (const table of COMMUNITY_TABLES) await db.execute(sql.raw(`analyze ${table}`));
  report.analyzeMs = performance.now() - t0;
  report.totalMs = performance.now() - started;
  return report;
}
