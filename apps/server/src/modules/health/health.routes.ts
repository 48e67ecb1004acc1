import { z } from 'zod';
import { pingDatabase } from '../../platform/db/database';
import { AppError } from '../../platform/errors';
import type { App, AppContext } from '../../platform/http/types';

const healthSchema = z.object({ status: z.literal('ok'), database: z.literal('ok') });

/** Liveness with the database checked. */
export function healthRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/health',
    {
      schema: { tags: ['platform'], summary: '稼働状況 / Health', response: { 200: healthSchema } },
      config: { public: true },
    },
    async () => {
      try {
        await pingDatabase(ctx.db);
      } catch {
        throw new AppError('unavailable');
      }
      return { status: 'ok' as const, database: 'ok' as const };
    },
  );
}
