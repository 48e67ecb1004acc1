import { idParamsSchema } from '@tsunagu/contracts';
import {
  storyActionSchema,
  storyListQuerySchema,
  storyListSchema,
  storySchema,
  storyUpdateSchema,
} from '@tsunagu/contracts/cases';
import { z } from 'zod';
import { withErrors } from '../../platform/http/responses';
import { requireUser } from '../../platform/http/session';
import type { App, AppContext } from '../../platform/http/types';
import * as library from './library.service';

const tags = ['library'];

/** 事例集: anonymised stories of closed cases, reviewed before all staff see them. */
export function libraryRoutes(app: App, ctx: AppContext) {
  const { db } = ctx;
  app.post(
    '/api/cases/:id/story',
    {
      schema: {
        tags,
        summary: '事例集の下書きを作る / Draft a story from a closed case',
        params: idParamsSchema,
        response: withErrors({ 201: z.object({ id: z.uuid() }) }),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await library.createStory(db, requireUser(req), req.params.id)),
  );
  app.get(
    '/api/stories',
    {
      schema: {
        tags,
        summary: '事例集 / Case library',
        querystring: storyListQuerySchema,
        response: withErrors({ 200: storyListSchema }),
      },
    },
    async (req) => library.listStories(db, requireUser(req), req.query),
  );
  app.get(
    '/api/stories/:id',
    {
      schema: {
        tags,
        summary: '事例 / A story',
        params: idParamsSchema,
        response: withErrors({ 200: storySchema }),
      },
    },
    async (req) => library.getStory(db, requireUser(req), req.params.id),
  );
  app.put(
    '/api/stories/:id',
    {
      schema: {
        tags,
        summary: '事例を編集 / Edit a story',
        params: idParamsSchema,
        body: storyUpdateSchema,
        response: withErrors({ 200: storySchema }),
      },
    },
    async (req) => library.updateStory(db, requireUser(req), req.params.id, req.body),
  );
  for (const [path, summary, run] of [
    ['submit', '確認に回す / Send for review', library.submitStory],
    ['publish', '職員向けに公開 / Publish to staff', library.publishStory],
    ['return', '差し戻す / Return to the author', library.returnStory],
  ] as const) {
    app.post(
      `/api/stories/:id/${path}`,
      {
        schema: {
          tags,
          summary,
          params: idParamsSchema,
          body: storyActionSchema,
          response: withErrors({ 200: storySchema }),
        },
      },
      async (req) => {
        const { id } = req.params as { id: string };
        return run(db, requireUser(req), id, (req.body as { version: number }).version);
      },
    );
  }
}
