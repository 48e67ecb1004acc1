import {
  emergencyAccessListSchema,
  emergencyAccessRequestSchema,
  emergencyAccessResultSchema,
} from '@tsunagu/contracts/households';
import { withErrors } from '../../platform/http/responses';
import { requireUser } from '../../platform/http/session';
import type { App, AppContext } from '../../platform/http/types';
import * as emergency from './emergency.service';

/** 緊急時のアクセス and its review list. */
export function emergencyRoutes(app: App, ctx: AppContext) {
  app.post(
    '/api/emergency-access',
    {
      schema: {
        tags: ['households'],
        summary: '緊急時のアクセス / Emergency access to a person’s records',
        body: emergencyAccessRequestSchema,
        response: withErrors({ 201: emergencyAccessResultSchema }),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await emergency.openEmergencyAccess(ctx.db, requireUser(req), req.body)),
  );

  app.get(
    '/api/admin/emergency-accesses',
    {
      schema: {
        tags: ['admin'],
        summary: '緊急時アクセスの一覧 / Emergency accesses',
        response: withErrors({ 200: emergencyAccessListSchema }),
      },
    },
    async (req) => ({ items: await emergency.listEmergencyAccesses(ctx.db, requireUser(req)) }),
  );
}
