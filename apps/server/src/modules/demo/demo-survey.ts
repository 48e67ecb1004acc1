import { surveyCreateSchema } from '@tsunagu/contracts/plan';
import { fiscalYearOf } from '@tsunagu/japan';
import { and, eq, isNull } from 'drizzle-orm';
import { surveyRecipients } from '../../db/schema';
import type { Db } from '../../platform/db/database';
import { runAsSystem } from '../../platform/db/scope';
import { createSurvey } from '../plan/survey.service';
import { daysFromToday, demoLookups } from './demo-cases';

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
  const { actor, agency } = await demoLookups(db, tenantId);
  const survey = await createSurvey(
    db,
    actor('planner@demo.example'),
    surveyCreateSchema.parse({ fiscalYear: fiscalYearOf(new Date()), closesOn: daysFromToday(21) }),
  );
  await runAsSystem(db, async (tx) => {
    for (const [code, answer] of ANSWERS)
      await tx
        .update(surveyRecipients)
        .set({ answer, answeredAt: new Date() })
        .where(
          and(
            eq(surveyRecipients.surveyId, survey.id),
            eq(surveyRecipients.agencyId, agency(code)),
            isNull(surveyRecipients.answer),
          ),
        );
  });
}
