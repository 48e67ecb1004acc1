import { idParamsSchema } from '@tsunagu/contracts';
import {
  householdSchema,
  intakeCreatedSchema,
  intakeCreateSchema,
  personSearchQuerySchema,
  personSearchResultSchema,
} from '@tsunagu/contracts/households';
import { withErrors } from '../../platform/http/responses';
import { requireUser } from '../../platform/http/session';
import type { App, AppContext } from '../../platform/http/types';
import { createIntake } from '../intakes/intakes.service';
import * as households from './households.service';

const tags = ['households'];

/** 相談受付 and the households it creates, visible through live links only. */
export function householdRoutes(app: App, ctx: AppContext) {
  app.post(
    '/api/intakes',
    {
      schema: {
        tags,
        summary: '相談受付の登録 / Record an intake',
        body: intakeCreateSchema,
        response: withErrors({ 201: intakeCreatedSchema }),
      },
    },
    async (req, reply) => reply.status(201).send(await createIntake(ctx.db, requireUser(req), req.body)),
  );

  app.get(
    '/api/households/:id',
    {
      schema: {
        tags,
        summary: '世帯 / A household',
        params: idParamsSchema,
        response: withErrors({ 200: householdSchema }),
      },
    },
    async (req) => households.getHousehold(ctx.db, requireUser(req), req.params.id),
  );

  app.get(
    '/api/persons',
    {
      schema: {
        tags,
        summary: '個人の検索（ふりがな） / Search persons by kana',
        querystring: personSearchQuerySchema,
        response: withErrors({ 200: personSearchResultSchema }),
      },
    },
    async (req) => ({
      items: await households.searchPersons(ctx.db, requireUser(req), req.query.q, req.query.limit),
    }),
  );
}
