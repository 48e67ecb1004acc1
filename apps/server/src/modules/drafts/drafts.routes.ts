import { errorResponseSchema } from '@tsunagu/contracts';
import { intakeDraftSaveSchema, intakeDraftSchema } from '@tsunagu/contracts/households';
import { z } from 'zod';
import { withErrors } from '../../platform/http/responses';
import { requireUser } from '../../platform/http/session';
import type { App, AppContext } from '../../platform/http/types';
import * as drafts from './drafts.service';

const tags = ['intakes'];
const URL = '/api/intake-draft';

/** 下書き: the signed-in user's one intake draft, autosaved by the form. */
export function draftRoutes(app: App, ctx: AppContext) {
  app.get(
    URL,
    {
      schema: {
        tags,
        summary: '相談受付の下書き / The intake draft',
        response: withErrors({ 200: intakeDraftSchema }),
      },
    },
    async (req) => drafts.getDraft(ctx.db, requireUser(req)),
  );

  app.put(
    URL,
    {
      // Fastify refuses anything much larger before parsing it; the service checks the exact limit.
      bodyLimit: 256 * 1024,
      schema: {
        tags,
        summary: '相談受付の下書きを保存 / Save the intake draft',
        body: intakeDraftSaveSchema,
        response: withErrors({ 200: intakeDraftSchema, 413: errorResponseSchema }),
      },
    },
    async (req) => drafts.saveDraft(ctx.db, requireUser(req), req.body.payload),
  );

  app.delete(
    URL,
    {
      schema: {
        tags,
        summary: '相談受付の下書きを破棄 / Discard the intake draft',
        response: withErrors({ 204: z.null() }),
      },
    },
    async (req, reply) => {
      await drafts.discardDraft(ctx.db, requireUser(req));
      return reply.status(204).send(null);
    },
  );
}
