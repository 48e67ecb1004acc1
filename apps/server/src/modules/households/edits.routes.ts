import { idParamsSchema } from '@tsunagu/contracts';
import {
  historyListSchema,
  householdUpdateSchema,
  memberAddSchema,
  memberParamsSchema,
  memberUpdateSchema,
  personSchema,
  personUpdateSchema,
} from '@tsunagu/contracts/households';
import { z } from 'zod';
import { withErrors } from '../../platform/http/responses';
import { requireUser } from '../../platform/http/session';
import type { App, AppContext } from '../../platform/http/types';
import * as edits from './edits.service';

const tags = ['households'];

/** Corrections to persons, households and memberships, each kept in the change history. */
export function householdEditRoutes(app: App, ctx: AppContext) {
  app.put(
    '/api/persons/:id',
    {
      schema: {
        tags,
        summary: '個人情報の変更 / Correct a person',
        params: idParamsSchema,
        body: personUpdateSchema,
        response: withErrors({ 200: personSchema }),
      },
    },
    async (req) => edits.updatePerson(ctx.db, requireUser(req), req.params.id, req.body),
  );

  app.put(
    '/api/households/:id',
    {
      schema: {
        tags,
        summary: '世帯の住所・地区の変更 / Change a household’s address or district',
        params: idParamsSchema,
        body: householdUpdateSchema,
        response: withErrors({ 200: householdUpdateSchema.extend({ id: z.uuid() }) }),
      },
    },
    async (req) => edits.updateHousehold(ctx.db, requireUser(req), req.params.id, req.body),
  );

  app.post(
    '/api/households/:id/members',
    {
      schema: {
        tags,
        summary: '世帯員の追加 / Add a member',
        params: idParamsSchema,
        body: memberAddSchema,
        response: withErrors({ 201: z.object({ personId: z.uuid() }) }),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await edits.addMember(ctx.db, requireUser(req), req.params.id, req.body)),
  );

  app.put(
    '/api/households/:id/members/:personId',
    {
      schema: {
        tags,
        summary: '続柄・同居の変更 / Change a member’s relationship',
        params: memberParamsSchema,
        body: memberUpdateSchema,
        response: withErrors({ 200: memberUpdateSchema.extend({ personId: z.uuid() }) }),
      },
    },
    async (req) => edits.updateMember(ctx.db, requireUser(req), req.params.id, req.params.personId, req.body),
  );

  app.delete(
    '/api/households/:id/members/:personId',
    {
      schema: {
        tags,
        summary: '世帯員を外す（転出など） / Remove a member (moved out …)',
        params: memberParamsSchema,
        response: withErrors({ 204: z.null() }),
      },
    },
    async (req, reply) => {
      await edits.removeMember(ctx.db, requireUser(req), req.params.id, req.params.personId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/households/:id/history',
    {
      schema: {
        tags,
        summary: '変更履歴 / Change history',
        params: idParamsSchema,
        response: withErrors({ 200: historyListSchema }),
      },
    },
    async (req) => ({ items: await edits.getHistory(ctx.db, requireUser(req), req.params.id) }),
  );
}
