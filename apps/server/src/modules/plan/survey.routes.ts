import { idParamsSchema } from '@tsunagu/contracts';
import {
  surveyAnswerInputSchema,
  surveyCreateSchema,
  surveyDetailSchema,
  surveyListSchema,
  surveyRequestListSchema,
} from '@tsunagu/contracts/plan';
import { withErrors } from '../../platform/http/responses';
import { requireUser } from '../../platform/http/session';
import type { App, AppContext } from '../../platform/http/types';
import * as survey from './survey.service';

const tags = ['plan'];

/** 連携アンケート: the planner sends it to the directory; each agency's manager answers. */
export function surveyRoutes(app: App, ctx: AppContext) {
  const { db } = ctx;
  app.get(
    '/api/plan/surveys',
    {
      schema: {
        tags,
        summary: '連携アンケート / Agency surveys',
        response: withErrors({ 200: surveyListSchema }),
      },
    },
    async (req) => survey.listSurveys(db, requireUser(req)),
  );
  app.post(
    '/api/plan/surveys',
    {
      schema: {
        tags,
        summary: '連携アンケートを送付 / Send the survey to every agency',
        body: surveyCreateSchema,
        response: withErrors({ 201: surveyDetailSchema }),
      },
    },
    async (req, reply) => reply.status(201).send(await survey.createSurvey(db, requireUser(req), req.body)),
  );
  app.get(
    '/api/plan/surveys/:id',
    {
      schema: {
        tags,
        summary: '連携アンケートの回答状況 / Survey responses',
        params: idParamsSchema,
        response: withErrors({ 200: surveyDetailSchema }),
      },
    },
    async (req) => survey.getSurvey(db, requireUser(req), req.params.id),
  );
  app.post(
    '/api/plan/surveys/:id/close',
    {
      schema: {
        tags,
        summary: '連携アンケートを締め切る / Close the survey',
        params: idParamsSchema,
        response: withErrors({ 200: surveyDetailSchema }),
      },
    },
    async (req) => survey.closeSurvey(db, requireUser(req), req.params.id),
  );
  app.get(
    '/api/plan/survey-requests',
    {
      schema: {
        tags,
        summary: '自機関への連携アンケート / Surveys sent to my agency',
        response: withErrors({ 200: surveyRequestListSchema }),
      },
    },
    async (req) => survey.mySurveyRequests(db, requireUser(req)),
  );
  app.post(
    '/api/plan/surveys/:id/answer',
    {
      schema: {
        tags,
        summary: '連携アンケートに回答 / Answer for my agency',
        params: idParamsSchema,
        body: surveyAnswerInputSchema,
        response: withErrors({ 200: surveyRequestListSchema }),
      },
    },
    async (req) => survey.answerSurvey(db, requireUser(req), req.params.id, req.body),
  );
}
