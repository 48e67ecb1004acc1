import type {
  Survey,
  SurveyAnswerInput,
  SurveyCreate,
  SurveyDetail,
  SurveyRequest,
} from '@tsunagu/contracts/plan';
import { toIsoDate } from '@tsunagu/japan';
import { eq } from 'drizzle-orm';
import { agencySurveys } from '../../db/schema';
import { recordAudit } from '../../platform/audit/audit';
import { hasRole, type UserActor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { runAs } from '../../platform/db/scope';
import { assertThat, invalidField, stateConflict } from '../../platform/errors';
import { isPlanner } from './plan.policy';
import * as repo from './survey.repository';
import { percent } from './survey-metrics';

function present(r: repo.CountedSurvey): Survey {
  const s = r.survey;
  return {
    id: s.id,
    fiscalYear: s.fiscalYear,
    question: s.question,
    state: s.state as Survey['state'],
    closesOn: s.closesOn,
    recipients: r.recipients,
    responses: r.responses,
    responseRate: percent(r.responses, r.recipients),
    yes: r.yes,
    collaborationRate: percent(r.yes, r.responses),
  };
}

/** The surveys with response rate and result (the planner). */
export function listSurveys(db: Db, actor: UserActor): Promise<{ items: Survey[] }> {
  assertThat(isPlanner(actor), 'forbidden');
  return runAs(db, actor, async (tx) => ({ items: (await repo.listSurveys(tx)).map(present) }));
}

/** One survey with who has answered (the planner). */
export function getSurvey(db: Db, actor: UserActor, id: string): Promise<SurveyDetail> {
  assertThat(isPlanner(actor), 'forbidden');
  return runAs(db, actor, async (tx) => {
    const counted = (await repo.listSurveys(tx)).find((r) => r.survey.id === id);
    assertThat(counted, 'not_found');
    const recipients = await repo.listRecipients(tx, id);
    return {
      ...present(counted),
      recipientList: recipients.map((r) => ({
        agency: { id: r.recipient.agencyId, name: r.agencyName },
        answered: r.recipient.answer !== null,
        answer: r.recipient.answer as SurveyDetail['recipientList'][number]['answer'],
        comment: r.recipient.comment,
      })),
    };
  });
}

/** Sends the 年度's survey to every agency of the directory (once per 年度). */
export function createSurvey(db: Db, actor: UserActor, input: SurveyCreate): Promise<SurveyDetail> {
  assertThat(isPlanner(actor), 'forbidden');
  if (input.closesOn < toIsoDate(new Date()))
    throw invalidField('closesOn', '締切日は今日以降にしてください / the closing date has passed');
  return runAs(db, actor, async (tx) => {
    const existing = await tx
      .select({ id: agencySurveys.id })
      .from(agencySurveys)
      .where(eq(agencySurveys.fiscalYear, input.fiscalYear));
    if (existing.length > 0)
      throw stateConflict(
        'この年度のアンケートはすでに送付しています。',
        'This fiscal year already has a survey.',
      );
    const [row] = await tx
      .insert(agencySurveys)
      .values({
        tenantId: actor.tenantId,
        fiscalYear: input.fiscalYear,
        question: input.question,
        closesOn: input.closesOn,
        createdBy: actor.userId,
      })
      .returning({ id: agencySurveys.id });
    if (!row) throw new Error('survey not inserted');
    const recipients = await repo.addAllAgencies(tx, actor.tenantId, row.id);
    await recordAudit(tx, actor, {
      action: 'survey.created',
      entityType: 'agency_survey',
      entityId: row.id,
      payload: { fiscalYear: input.fiscalYear, recipients },
    });
    return row.id;
  }).then((id) => getSurvey(db, actor, id));
}

/** Closes a survey: no more answers; the result stands for indicator No 5. */
export async function closeSurvey(db: Db, actor: UserActor, id: string): Promise<SurveyDetail> {
  assertThat(isPlanner(actor), 'forbidden');
  await runAs(db, actor, async (tx) => {
    const s = await repo.findSurvey(tx, id);
    assertThat(s, 'not_found');
    if (s.state !== 'open')
      throw stateConflict('このアンケートは締め切り済みです。', 'This survey is already closed.');
    await tx
      .update(agencySurveys)
      .set({ state: 'closed', closedAt: new Date() })
      .where(eq(agencySurveys.id, id));
    await recordAudit(tx, actor, {
      action: 'survey.closed',
      entityType: 'agency_survey',
      entityId: id,
      payload: { fiscalYear: s.fiscalYear },
    });
  });
  return getSurvey(db, actor, id);
}

/** Answers are taken until the planner closes the survey or its closing date has passed. */
const isOpen = (s: { state: string; closesOn: string }) =>
  s.state === 'open' && s.closesOn >= toIsoDate(new Date());

const canAnswer = (actor: UserActor) => hasRole(actor, 'agency_manager') && actor.agencyId !== null;

/** The surveys sent to the actor's agency and its answers (agency managers and staff read them). */
export function mySurveyRequests(db: Db, actor: UserActor): Promise<{ items: SurveyRequest[] }> {
  return runAs(db, actor, async (tx) => {
    if (!actor.agencyId) return { items: [] };
    const rows = (await repo.listRecipients(tx)).filter((r) => r.recipient.agencyId === actor.agencyId);
    return {
      items: rows.map((r) => ({
        surveyId: r.survey.id,
        fiscalYear: r.survey.fiscalYear,
        question: r.survey.question,
        state: r.survey.state as SurveyRequest['state'],
        closesOn: r.survey.closesOn,
        agency: { id: r.recipient.agencyId, name: r.agencyName },
        answer: r.recipient.answer as SurveyRequest['answer'],
        comment: r.recipient.comment,
        answeredAt: r.recipient.answeredAt?.toISOString() ?? null,
        canAnswer: canAnswer(actor) && isOpen(r.survey),
      })),
    };
  });
}

/** The agency's manager answers (or changes the answer) while the survey is open. */
export async function answerSurvey(db: Db, actor: UserActor, surveyId: string, input: SurveyAnswerInput) {
  assertThat(canAnswer(actor) && actor.agencyId, 'forbidden');
  const agencyId = actor.agencyId;
  await runAs(db, actor, async (tx) => {
    const s = await repo.findSurvey(tx, surveyId);
    assertThat(s, 'not_found');
    if (!isOpen(s)) throw stateConflict('このアンケートは締め切られました。', 'This survey is closed.');
    const done = await repo.answer(tx, surveyId, agencyId, {
      answer: input.answer,
      comment: input.comment?.trim() || null,
      answeredBy: actor.userId,
    });
    assertThat(done, 'not_found');
    await recordAudit(tx, actor, {
      action: 'survey.answered',
      entityType: 'agency_survey',
      entityId: surveyId,
      payload: { agencyId },
    });
  });
  return mySurveyRequests(db, actor);
}
