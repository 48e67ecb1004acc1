import { idParamsSchema } from '@tsunagu/contracts';
import {
  advisorInputSchema,
  advisorListSchema,
  advisorSchema,
  advisorUpdateSchema,
  dispatchDueListSchema,
  dispatchListQuerySchema,
  dispatchListSchema,
  dispatchRequestInputSchema,
  dispatchRequestSchema,
  eligibilityQuerySchema,
  eligibilitySchema,
  followUpInputSchema,
  scheduleInputSchema,
  sessionInputSchema,
  versionBodySchema,
} from '@tsunagu/contracts/community';
import { withErrors } from '../../platform/http/responses';
import { requireUser } from '../../platform/http/session';
import type { App, AppContext } from '../../platform/http/types';
import * as advisors from './advisors.service';
import * as dispatch from './dispatch.service';
import * as lists from './dispatch-lists.service';

const tags = ['community'];
const one = { params: idParamsSchema, response: withErrors({ 200: dispatchRequestSchema }) };

/** 市民活動支援アドバイザー派遣: advisors, requests with their eligibility, sessions and follow-ups. */
export function dispatchRoutes(app: App, ctx: AppContext) {
  const { db } = ctx;
  app.get(
    '/api/community/advisors',
    {
      schema: { tags, summary: 'アドバイザー / Advisors', response: withErrors({ 200: advisorListSchema }) },
    },
    async (req) => advisors.listAdvisors(db, requireUser(req)),
  );
  app.post(
    '/api/community/advisors',
    {
      schema: {
        tags,
        summary: 'アドバイザーの登録 / Add an advisor',
        body: advisorInputSchema,
        response: withErrors({ 201: advisorSchema }),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await advisors.saveAdvisor(db, requireUser(req), null, req.body)),
  );
  app.put(
    '/api/community/advisors/:id',
    {
      schema: {
        tags,
        summary: 'アドバイザーの更新 / Update an advisor',
        params: idParamsSchema,
        body: advisorUpdateSchema,
        response: withErrors({ 200: advisorSchema }),
      },
    },
    async (req) => advisors.saveAdvisor(db, requireUser(req), req.params.id, req.body),
  );
  app.get(
    '/api/community/dispatches',
    {
      schema: {
        tags,
        summary: 'アドバイザー派遣の一覧 / Dispatch requests',
        querystring: dispatchListQuerySchema,
        response: withErrors({ 200: dispatchListSchema }),
      },
    },
    async (req) => lists.listDispatches(db, requireUser(req), req.query),
  );
  app.post(
    '/api/community/dispatches/eligibility',
    {
      schema: {
        tags,
        summary: '対象団体の確認 / Check a group’s eligibility',
        body: eligibilityQuerySchema,
        response: withErrors({ 200: eligibilitySchema }),
      },
    },
    async (req) => lists.checkEligibility(db, requireUser(req), req.body),
  );
  app.post(
    '/api/community/dispatches',
    {
      schema: {
        tags,
        summary: '派遣の受付 / Receive a request',
        body: dispatchRequestInputSchema,
        response: withErrors({ 201: dispatchRequestSchema }),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await dispatch.receiveDispatch(db, requireUser(req), req.body)),
  );
  app.get(
    '/api/community/dispatches/due',
    {
      schema: {
        tags,
        summary: 'フォローアップ期限 / Follow-ups due',
        response: withErrors({ 200: dispatchDueListSchema }),
      },
    },
    async (req) => lists.followUpsDue(db, requireUser(req)),
  );
  app.get(
    '/api/community/dispatches/:id',
    { schema: { tags, summary: 'アドバイザー派遣 / A request', ...one } },
    async (req) => lists.getDispatch(db, requireUser(req), req.params.id),
  );
  app.post(
    '/api/community/dispatches/:id/schedule',
    { schema: { tags, summary: '派遣の決定 / Schedule the advisor', body: scheduleInputSchema, ...one } },
    async (req) => dispatch.scheduleDispatch(db, requireUser(req), req.params.id, req.body),
  );
  app.post(
    '/api/community/dispatches/:id/session',
    { schema: { tags, summary: '派遣の実施 / Record the session', body: sessionInputSchema, ...one } },
    async (req) => dispatch.recordSession(db, requireUser(req), req.params.id, req.body),
  );
  app.post(
    '/api/community/dispatches/:id/follow-ups',
    {
      schema: {
        tags,
        summary: 'フォローアップの記録 / Record a follow-up',
        params: idParamsSchema,
        body: followUpInputSchema,
        response: withErrors({ 201: dispatchRequestSchema }),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await dispatch.addFollowUp(db, requireUser(req), req.params.id, req.body)),
  );
  app.post(
    '/api/community/dispatches/:id/close',
    { schema: { tags, summary: '完了 / Close', body: versionBodySchema, ...one } },
    async (req) => dispatch.closeDispatch(db, requireUser(req), req.params.id, req.body.version),
  );
  app.post(
    '/api/community/dispatches/:id/withdraw',
    { schema: { tags, summary: '取下げ / Withdraw', body: versionBodySchema, ...one } },
    async (req) => dispatch.withdrawDispatch(db, requireUser(req), req.params.id, req.body.version),
  );
}
