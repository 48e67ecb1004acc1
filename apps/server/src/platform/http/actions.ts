import { idParamsSchema } from '@tsunagu/contracts';
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { UserActor } from '../auth/actor';
import { withErrors } from './responses';
import { requireUser } from './session';
import type { App } from './types';

/**
 * Registers `POST <base>/:id/<path>` routes that each run one action on a record and answer with the
 * record as the actor now sees it (the referral, the case, the meeting), so every action's response
 * has the same shape as the record's page.
 */
export function actionRoutes<R>(
  app: App,
  options: {
    base: string;
    tags: string[];
    response: z.ZodType<R>;
    read: (actor: UserActor, id: string) => Promise<R>;
  },
) {
  return <B>(
    path: string,
    summary: string,
    body: z.ZodType<B>,
    run: (actor: UserActor, id: string, input: B) => Promise<unknown>,
  ) =>
    // Registered without the zod type provider's inference (it cannot follow the generic record type);
    // the schemas still validate the body and serialise the response at run time.
    (app as unknown as FastifyInstance).post(
      `${options.base}/:id/${path}`,
      {
        schema: {
          tags: options.tags,
          summary,
          params: idParamsSchema,
          body,
          response: withErrors({ 200: options.response }),
        },
      },
      async (req) => {
        const actor = requireUser(req);
        const { id } = req.params as { id: string };
        await run(actor, id, req.body as B);
        return options.read(actor, id);
      },
    );
}
