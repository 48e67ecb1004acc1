import type { Role } from '@tsunagu/contracts';
import { fiscalYearOf, toIsoDate } from '@tsunagu/japan';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { agencies, surveyRecipients, users } from '../../db/schema';
import type { UserActor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { runAsSystem } from '../../platform/db/scope';
import { createSurvey } from '../plan/survey.service';

/** Invented answers of a few directory agencies, so the survey page shows a response rate. */
const ANSWERS: [code: string, answer: 'yes' | 'no'][] = [
  ['shakyo', 'yes'],
  ['yorisoi-support', 'yes'],
  ['hokatsu-naka', 'no'],
  ['coordinator-desk', 'yes'],
  ['shogai-katsuyaku', 'no'],
];

/**
 * The 年度's 連携アンケート, sent by the demo planner to every agency and answered by five of them
 * (invented answers); the demo agency manager's agency has not answered yet, so signing in as
 * manager@demo.example shows the question waiting.
 */
export async function seedDemoSurvey(db: Db, tenantId: string): Promise<void> {
  const planner = await runAsSystem(db, async (tx) => {
    const [u] = await tx
      .select()
      .from(users)
      .where(and(eq(users.tenantId, tenantId), eq(users.email, 'planner@demo.example')));
    return u;
  });
  if (!planner) throw new Error('demo survey: no planner');
  const actor: UserActor = {
    kind: 'user',
    tenantId,
    userId: planner.id,
    sessionId: '',
    agencyId: null,
    divisionCode: planner.divisionCode,
    roles: planner.roles as Role[],
  };
  const closesOn = toIsoDate(new Date(Date.now() + 21 * 86_400_000));
  const survey = await createSurvey(db, actor, {
    fiscalYear: fiscalYearOf(new Date()),
    question: '関係機関との密な連携がとれていると感じますか。',
    closesOn,
  });
  await runAsSystem(db, async (tx) => {
    const rows = await tx
      .select({ id: agencies.id, code: agencies.code })
      .from(agencies)
      .where(
        and(
          eq(agencies.tenantId, tenantId),
          inArray(
            agencies.code,
            ANSWERS.map(([c]) => c),
          ),
        ),
      );
    for (const [code, answer] of ANSWERS) {
      const agency = rows.find((r) => r.code === code);
      if (!agency) continue;
      await tx
        .update(surveyRecipients)
        .set({ answer, answeredAt: new Date() })
        .where(
          and(
            eq(surveyRecipients.surveyId, survey.id),
            eq(surveyRecipients.agencyId, agency.id),
            isNull(surveyRecipients.answer),
          ),
        );
    }
  });
}
