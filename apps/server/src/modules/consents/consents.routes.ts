import { idParamsSchema } from '@tsunagu/contracts';
import {
  consentCreateSchema,
  consentListSchema,
  consentSchema,
  consentWithdrawSchema,
} from '@tsunagu/contracts/consents';
import { withErrors } from '../../platform/http/responses';
import { requireUser } from '../../platform/http/session';
import type { App, AppContext } from '../../platform/http/types';
import * as consents from './consents.service';

const tags = ['consents'];

/** 同意: record, list and withdraw a person's consent to sharing. */
export function consentRoutes(app: App, ctx: AppContext) {
  app.post(
    '/api/persons/:id/consents',
    {
      schema: {
        tags,
        summary: '同意の記録 / Record a consent',
        params: idParamsSchema,
        body: consentCreateSchema,
        response: withErrors({ 201: consentSchema }),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await consents.recordConsent(ctx.db, requireUser(req), req.params.id, req.body)),
  );

  app.get(
    '/api/persons/:id/consents',
    {
      schema: {
        tags,
        summary: '同意の一覧 / A person’s consents',
        params: idParamsSchema,
        response: withErrors({ 200: consentListSchema }),
      },
    },
    async (req) => ({ items: await consents.listConsents(ctx.db, requireUser(req), req.params.id) }),
  );

  app.post(
    '/api/consents/:id/withdraw',
    {
      schema: {
        tags,
        summary: '同意の撤回 / Withdraw a consent',
        params: idParamsSchema,
        body: consentWithdrawSchema,
        response: withErrors({ 200: consentSchema }),
      },
    },
    async (req) => consents.withdrawConsent(ctx.db, requireUser(req), req.params.id, req.body.note),
  );
}
