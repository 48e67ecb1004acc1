import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config';
import { type ResolvedSession, resolveSession } from '../../modules/auth/auth.service';
import type { Actor, UserActor } from '../auth/actor';
import { safeEqual } from '../auth/tokens';
import type { Db } from '../db/database';
import { AppError } from '../errors';

export const SESSION_COOKIE = 'tsunagu_session';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Sign-in creates the session, so it cannot carry its token; JSON-only bodies and SameSite guard it. */
const CSRF_EXEMPT = new Set(['/api/auth/login']);

declare module 'fastify' {
  interface FastifyRequest {
    session: ResolvedSession | undefined;
    publicTenantId: string;
  }
  interface FastifyContextConfig {
    /** The route answers without a session (public directory, sign-in). API routes are private by default. */
    public?: boolean;
  }
}

/**
 * Runs first on every request: resolves the session cookie into an actor, refuses API routes not
 * marked public without a session (deny by default, before the body is even parsed), then checks the
 * CSRF token of state-changing requests against the session's own token (sent in X-CSRF-Token).
 */
export function sessionHook(db: Db, publicTenantId: string) {
  return async (req: FastifyRequest) => {
    req.publicTenantId = publicTenantId;
    req.session = undefined;
    // Static files and the web app's pages need no session: no database round trip for them.
    if (!req.url.startsWith('/api/')) return;
    const token = req.cookies[SESSION_COOKIE];
    if (token && token.length < 200) req.session = await resolveSession(db, token, req.ip);
    const route = req.routeOptions.url ?? '';
    const isApi = route.startsWith('/api/') && !route.startsWith('/api/docs');
    if (isApi && !req.session && req.routeOptions.config?.public !== true)
      throw new AppError('unauthenticated');
    if (UNSAFE.has(req.method) && req.session && !CSRF_EXEMPT.has(route)) {
      const sent = req.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !safeEqual(sent, req.session.me.csrfToken))
        throw new AppError('csrf_failed');
    }
  };
}

/** The signed-in actor, or 401. */
export function requireUser(req: FastifyRequest): UserActor {
  if (!req.session) throw new AppError('unauthenticated');
  return req.session.actor;
}

/** The signed-in actor, or the public actor of the deployment's default tenant. */
export function actorOf(req: FastifyRequest): Actor {
  return req.session?.actor ?? { kind: 'public', tenantId: req.publicTenantId, ip: req.ip };
}

/** Sets the session cookie: httpOnly, SameSite=Strict, Secure behind TLS. */
export function setSessionCookie(reply: FastifyReply, config: Config, token: string, maxAgeSeconds: number) {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: config.secureCookies,
    path: '/',
    maxAge: maxAgeSeconds,
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config) {
  reply.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'strict',
    secure: config.secureCookies,
    path: '/',
  });
}
