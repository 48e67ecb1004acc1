import { auditListSchema, auditQuerySchema, auditVerifySchema } from '@tsunagu/contracts/audit';
import { withErrors } from '../../platform/http/responses';
import { requireUser } from '../../platform/http/session';
import type { App, AppContext } from '../../platform/http/types';
import * as audit from './audit.service';

/** The auditor's view of the append-only log and its hash-chain check. */
export function auditRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/audit/events',
    {
      schema: {
        tags: ['audit'],
        summary: '監査ログ / Audit log',
        querystring: auditQuerySchema,
        response: withErrors({ 200: auditListSchema }),
      },
    },
    async (req) => audit.listAuditEvents(ctx.db, requireUser(req), req.query),
  );

  app.post(
    '/api/audit/verify',
    {
      schema: {
        tags: ['audit'],
        summary: '監査ログの改ざん検証 / Verify the hash chain',
        response: withErrors({ 200: auditVerifySchema }),
      },
    },
    async (req) => audit.verifyAudit(ctx.db, requireUser(req)),
  );
}
