import { idParamsSchema } from '@tsunagu/contracts';
import {
  changePasswordRequestSchema,
  loginRequestSchema,
  meSchema,
  sessionListSchema,
} from '@tsunagu/contracts/auth';
import { z } from 'zod';
import { withErrors } from '../../platform/http/responses';
import { clearSessionCookie, requireUser, setSessionCookie } from '../../platform/http/session';
import type { App, AppContext } from '../../platform/http/types';
import * as auth from './auth.service';

const okSchema = z.object({ ok: z.literal(true) });

/** Sign-in, sign-out, the current user, password change and session administration. */
export function authRoutes(app: App, ctx: AppContext) {
  app.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'サインイン / Sign in',
        body: loginRequestSchema,
        response: withErrors({ 200: meSchema }),
      },
      config: { public: true, rateLimit: { max: ctx.config.loginRateLimit, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const { token, resolved } = await auth.login(ctx.db, {
        email: req.body.email,
        password: req.body.password,
        userAgent: req.headers['user-agent'] ?? null,
        ip: req.ip,
      });
      setSessionCookie(reply, ctx.config, token, 72 * 3600);
      return resolved.me;
    },
  );

  app.post(
    '/api/auth/logout',
    {
      schema: { tags: ['auth'], summary: 'サインアウト / Sign out', response: withErrors({ 200: okSchema }) },
    },
    async (req, reply) => {
      const actor = requireUser(req);
      await auth.logout(ctx.db, actor);
      clearSessionCookie(reply, ctx.config);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/auth/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'サインイン中の利用者 / Current user',
        response: withErrors({ 200: meSchema }),
      },
    },
    async (req) => {
      requireUser(req);
      return req.session!.me;
    },
  );

  app.post(
    '/api/auth/password',
    {
      schema: {
        tags: ['auth'],
        summary: 'パスワード変更 / Change password',
        body: changePasswordRequestSchema,
        response: withErrors({ 200: okSchema }),
      },
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (req) => {
      await auth.changePassword(ctx.db, requireUser(req), req.body.currentPassword, req.body.newPassword);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/admin/sessions',
    {
      schema: {
        tags: ['admin'],
        summary: 'セッション一覧 / Live sessions',
        response: withErrors({ 200: sessionListSchema }),
      },
    },
    async (req) => {
      return { items: await auth.listSessions(ctx.db, requireUser(req)) };
    },
  );

  app.delete(
    '/api/admin/sessions/:id',
    {
      schema: {
        tags: ['admin'],
        summary: 'セッションの失効 / Revoke a session',
        params: idParamsSchema,
        response: withErrors({ 200: okSchema }),
      },
    },
    async (req) => {
      await auth.revokeSession(ctx.db, requireUser(req), req.params.id);
      return { ok: true as const };
    },
  );
}
