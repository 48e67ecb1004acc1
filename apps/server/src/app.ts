import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify from 'fastify';
import { jsonSchemaTransform, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config';
import { agencyRoutes } from './modules/agencies/agencies.routes';
import { auditRoutes } from './modules/audit/audit.routes';
import { authRoutes } from './modules/auth/auth.routes';
import { caseRoutes } from './modules/cases/cases.routes';
import { planRoutes } from './modules/cases/plans.routes';
import { communityRoutes } from './modules/community/community.routes';
import { dispatchRoutes } from './modules/community/dispatch.routes';
import { registryRoutes } from './modules/community/registries.routes';
import { consentRoutes } from './modules/consents/consents.routes';
import { draftRoutes } from './modules/drafts/drafts.routes';
import { emergencyRoutes } from './modules/emergency/emergency.routes';
import { healthRoutes } from './modules/health/health.routes';
import { householdEditRoutes } from './modules/households/edits.routes';
import { householdRoutes } from './modules/households/households.routes';
import { personRoutes } from './modules/households/persons.routes';
import { libraryRoutes } from './modules/library/library.routes';
import { meetingRoutes } from './modules/meetings/meetings.routes';
import { notificationRoutes } from './modules/notifications/notifications.routes';
import { participationRoutes } from './modules/participation/participation.routes';
import { participationResourceRoutes } from './modules/participation/resources.routes';
import { entryRoutes } from './modules/plan/entries.routes';
import { cityPlanRoutes } from './modules/plan/plan.routes';
import { surveyRoutes } from './modules/plan/survey.routes';
import { referralRoutes } from './modules/referrals/referrals.routes';
import { settingsRoutes } from './modules/settings/settings.routes';
import { sheetRoutes } from './modules/sheets/sheets.routes';
import type { Db } from './platform/db/database';
import { AppError } from './platform/errors';
import { answerSerializerCompiler } from './platform/http/answers';
import { errorHandler } from './platform/http/error-handler';
import { databaseRateLimitStore } from './platform/http/rate-limit-store';
import { sessionHook } from './platform/http/session';
import type { App, AppContext } from './platform/http/types';
import { loggerOptions } from './platform/logger';
import { type MailSender, MemoryMailSender } from './platform/mail/mail';

/** Builds the HTTP application: plugins, the session hook, every module's routes and the web app. */
export async function buildApp(opts: {
  db: Db;
  config: Config;
  publicTenantId: string;
  logger?: boolean;
  /** Where notification e-mails go; kept in memory when not given. */
  mail?: MailSender;
}): Promise<App> {
  const app = Fastify({
    logger: opts.logger === false ? false : loggerOptions(opts.config),
    bodyLimit: 5 * 1024 * 1024,
    trustProxy: false,
    // A URL Fastify cannot decode (a stray "%", invalid UTF-8) is refused before routing, outside
    // the error handler: send it through the handler so it gets the one error shape too.
    frameworkErrors: (err, req, reply) => errorHandler(err, req, reply),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(answerSerializerCompiler(opts.config.checkAnswers));
  app.setErrorHandler(errorHandler);

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  // Counted in the database, so that several server processes limit together.
  await app.register(rateLimit, { global: false, store: databaseRateLimitStore(opts.db) });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Tsunagu API',
        description: 'つなぐ — 地域共生社会推進のための相談支援プラットフォーム',
        version: '0.1.0',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'tsunagu_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  // Raw uploads for imports: the import service parses and validates them itself.
  for (const type of ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']) {
    app.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: 10 * 1024 * 1024 }, (_req, body, done) =>
      done(null, body),
    );
  }

  const ctx: AppContext = {
    db: opts.db,
    config: opts.config,
    publicTenantId: opts.publicTenantId,
    mail: opts.mail ?? new MemoryMailSender(),
  };
  app.addHook('onRequest', sessionHook(opts.db, opts.publicTenantId));

  app.get('/api/openapi.json', { schema: { hide: true }, config: { public: true } }, async () =>
    app.swagger(),
  );
  healthRoutes(app, ctx);
  authRoutes(app, ctx);
  agencyRoutes(app, ctx);
  settingsRoutes(app, ctx);
  auditRoutes(app, ctx);
  householdRoutes(app, ctx);
  householdEditRoutes(app, ctx);
  personRoutes(app, ctx);
  consentRoutes(app, ctx);
  emergencyRoutes(app, ctx);
  draftRoutes(app, ctx);
  sheetRoutes(app, ctx);
  referralRoutes(app, ctx);
  notificationRoutes(app, ctx);
  caseRoutes(app, ctx);
  planRoutes(app, ctx);
  meetingRoutes(app, ctx);
  libraryRoutes(app, ctx);
  cityPlanRoutes(app, ctx);
  entryRoutes(app, ctx);
  surveyRoutes(app, ctx);
  participationRoutes(app, ctx);
  participationResourceRoutes(app, ctx);
  communityRoutes(app, ctx);
  dispatchRoutes(app, ctx);
  registryRoutes(app, ctx);

  await serveWeb(app, opts.config.webDist);
  return app;
}

/** Serves the built web app, with index.html for client-side routes; JSON 404 under /api. */
async function serveWeb(app: App, webDist: string) {
  const index = path.join(webDist, 'index.html');
  const hasWeb = fs.existsSync(index);
  if (hasWeb) await app.register(fastifyStatic, { root: webDist, wildcard: true, index: 'index.html' });
  app.setNotFoundHandler((req, reply) => {
    const pathname = req.url.split('?')[0] ?? '';
    // Client-side routes get the app; API paths and missing files (anything with an extension) get 404.
    const isFile = /\.[a-z0-9]+$/i.test(pathname) || pathname.startsWith('/assets/');
    if (pathname.startsWith('/api/') || req.method !== 'GET' || !hasWeb || isFile) {
      return reply.status(404).send(new AppError('not_found').toBody());
    }
    return reply.type('text/html; charset=utf-8').send(fs.createReadStream(index));
  });
}
