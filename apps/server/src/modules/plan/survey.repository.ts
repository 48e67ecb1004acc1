import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { agencies, agencySurveys, surveyRecipients } from '../../db/schema';
import type { Tx } from '../../platform/db/database';

export type SurveyRow = typeof agencySurveys.$inferSelect;

/** The surveys with their counts (for the planner: every recipient row is visible to them). */
export function listSurveys(tx: Tx) {
  return tx
    .select({
      survey: agencySurveys,
      recipients: sql<number>`count(${surveyRecipients.id})::int`,
      responses: sql<number>`count(${surveyRecipients.answer})::int`,
      yes: sql<number>`(count(*) filter (where ${surveyRecipients.answer} = 'yes'))::int`,
    })
    .from(agencySurveys)
    .leftJoin(surveyRecipients, eq(surveyRecipients.surveyId, agencySurveys.id))
    .groupBy(agencySurveys.id)
    .orderBy(desc(agencySurveys.fiscalYear));
}
export type CountedSurvey = Awaited<ReturnType<typeof listSurveys>>[number];

export async function findSurvey(tx: Tx, id: string): Promise<SurveyRow | undefined> {
  const rows = await tx.select().from(agencySurveys).where(eq(agencySurveys.id, id)).limit(1);
  return rows[0];
}

/** Sends the survey to every agency of the tenant's directory; returns how many. */
export async function addAllAgencies(tx: Tx, tenantId: string, surveyId: string): Promise<number> {
  const rows = await tx
    .insert(surveyRecipients)
    .select(
      tx
        .select({
          id: sql`gen_random_uuid()`.as('id'),
          tenantId: sql`${tenantId}::uuid`.as('tenant_id'),
          surveyId: sql`${surveyId}::uuid`.as('survey_id'),
          agencyId: agencies.id,
          answer: sql`null`.as('answer'),
          comment: sql`null`.as('comment'),
          answeredBy: sql`null::uuid`.as('answered_by'),
          answeredAt: sql`null::timestamptz`.as('answered_at'),
        })
        .from(agencies),
    )
    .returning({ id: surveyRecipients.id });
  return rows.length;
}

/** The recipient rows the actor may see (the planner: all; an agency: its own), with agency names. */
export function listRecipients(tx: Tx, surveyId?: string) {
  return tx
    .select({ recipient: surveyRecipients, agencyName: agencies.name, survey: agencySurveys })
    .from(surveyRecipients)
    .innerJoin(agencies, eq(agencies.id, surveyRecipients.agencyId))
    .innerJoin(agencySurveys, eq(agencySurveys.id, surveyRecipients.surveyId))
    .where(surveyId ? eq(surveyRecipients.surveyId, surveyId) : undefined)
    .orderBy(desc(agencySurveys.fiscalYear), asc(agencies.nameKana));
}

export async function answer(
  tx: Tx,
  surveyId: string,
  agencyId: string,
  set: { answer: string; comment: string | null; answeredBy: string },
): Promise<boolean> {
  const rows = await tx
    .update(surveyRecipients)
    .set({ ...set, answeredAt: new Date() })
    .where(and(eq(surveyRecipients.surveyId, surveyId), eq(surveyRecipients.agencyId, agencyId)))
    .returning({ id: surveyRecipients.id });
  return rows.length > 0;
}
