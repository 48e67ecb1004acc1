import { idParamsSchema } from '@tsunagu/contracts';
import { notificationListSchema } from '@tsunagu/contracts/referrals';
import { z } from 'zod';
import { withErrors } from '../../platform/http/responses';
import { requireUser } from '../../platform/http/session';
import type { App, AppContext } from '../../platform/http/types';
import * as notifications from './notifications.service';

const tags = ['notifications'];
const done = z.object({ ok: z.literal(true) });

/** In-app notifications of the signed-in user. */
export function notificationRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/notifications',
    {
      schema: {
        tags,
        summary: 'お知らせ / Notifications',
        response: withErrors({ 200: notificationListSchema }),
      },
    },
    async (req) => notifications.listNotifications(ctx.db, requireUser(req)),
  );
  app.post(
    '/api/notifications/read',
    { schema: { tags, summary: 'すべて既読にする / Mark all read', response: withErrors({ 200: done }) } },
    async (req) => {
      await notifications.markRead(ctx.db, requireUser(req), null);
      return { ok: true as const };
    },
  );
  app.post(
    '/api/notifications/:id/read',
    {
      schema: {
        tags,
        summary: '既読にする / Mark read',
        params: idParamsSchema,
        response: withErrors({ 200: done }),
      },
    },
    async (req) => {
      await notifications.markRead(ctx.db, requireUser(req), req.params.id);
      return { ok: true as const };
    },
  );
}
