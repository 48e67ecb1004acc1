import { idParamsSchema } from '@tsunagu/contracts';
import {
  entryActionSchema,
  entryCommentSchema,
  entryCreateSchema,
  entryListQuerySchema,
  entryListSchema,
  entrySchema,
  entryUpdateSchema,
} from '@tsunagu/contracts/plan';
import { z } from 'zod';
import { actionRoutes } from '../../platform/http/actions';
import { withErrors } from '../../platform/http/responses';
import { requireUser } from '../../platform/http/session';
import type { App, AppContext } from '../../platform/http/types';
import * as entries from './entries.service';

const tags = ['plan'];

/** 進捗報告: the divisions' entries on the roadmap, written, submitted, approved or returned. */
export function entryRoutes(app: App, ctx: AppContext) {
  const { db } = ctx;
  app.get(
    '/api/plan/entries',
    {
      schema: {
        tags,
        summary: '進捗報告の一覧 / Progress entries of a fiscal year',
        querystring: entryListQuerySchema,
        response: withErrors({ 200: entryListSchema.extend({ fiscalYear: z.number().int() }) }),
      },
    },
    async (req) => entries.listEntries(db, requireUser(req), req.query),
  );
  app.post(
    '/api/plan/entries',
    {
      schema: {
        tags,
        summary: '進捗報告を作成 / Start an entry',
        body: entryCreateSchema,
        response: withErrors({ 201: entrySchema }),
      },
    },
    async (req, reply) => reply.status(201).send(await entries.createEntry(db, requireUser(req), req.body)),
  );
  app.get(
    '/api/plan/entries/:id',
    {
      schema: {
        tags,
        summary: '進捗報告 / An entry with its history',
        params: idParamsSchema,
        response: withErrors({ 200: entrySchema }),
      },
    },
    async (req) => entries.getEntry(db, requireUser(req), req.params.id),
  );
  app.put(
    '/api/plan/entries/:id',
    {
      schema: {
        tags,
        summary: '進捗報告を編集 / Edit an entry',
        params: idParamsSchema,
        body: entryUpdateSchema,
        response: withErrors({ 200: entrySchema }),
      },
    },
    async (req) => entries.updateEntry(db, requireUser(req), req.params.id, req.body),
  );
  const action = actionRoutes(app, {
    base: '/api/plan/entries',
    tags,
    response: entrySchema,
    read: (actor, id) => entries.getEntry(db, actor, id),
  });
  action('submit', '提出する / Submit to the planner', entryActionSchema, (a, id, b) =>
    entries.submitEntry(db, a, id, b),
  );
  action('approve', '承認する / Approve', entryActionSchema, (a, id, b) =>
    entries.approveEntry(db, a, id, b),
  );
  action('return', '差し戻す / Return with a comment', entryActionSchema, (a, id, b) =>
    entries.returnEntry(db, a, id, b),
  );
  action('comment', 'コメントする / Comment', entryCommentSchema, (a, id, b) =>
    entries.commentEntry(db, a, id, b.comment),
  );
}
