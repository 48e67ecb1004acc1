import { idParamsSchema } from '@tsunagu/contracts';
import {
  agencyInputSchema,
  agencyListSchema,
  agencySchema,
  agencySearchQuerySchema,
  agencyUpdateSchema,
  CHANGE_REQUEST_STATUSES,
  changeRequestCreateSchema,
  changeRequestDecisionSchema,
  changeRequestListSchema,
  changeRequestSchema,
  importQuerySchema,
  importReportSchema,
} from '@tsunagu/contracts/agencies';
import { z } from 'zod';
import { AppError } from '../../platform/errors';
import { withErrors } from '../../platform/http/responses';
import { actorOf, requireUser } from '../../platform/http/session';
import type { App, AppContext } from '../../platform/http/types';
import { type ExportFormat, exportAgencies } from './agencies.export';
import { importAgencies } from './agencies.import';
import * as agencies from './agencies.service';

const tags = ['agencies'];

/** The agency directory: public search, staff editing, change requests, import and export. */
export function agencyRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/agencies',
    {
      schema: {
        tags,
        summary: '相談機関の検索 / Search the directory (public)',
        querystring: agencySearchQuerySchema,
        response: withErrors({ 200: agencyListSchema }),
      },
      config: { public: true },
    },
    async (req) => agencies.searchAgencies(ctx.db, actorOf(req), req.query),
  );

  for (const [format, path] of [
    ['hsds', '/api/agencies/export/hsds.json'],
    ['csv', '/api/agencies/export.csv'],
    ['xlsx', '/api/agencies/export.xlsx'],
  ] as const) {
    app.get(
      path,
      {
        schema: { tags, summary: `相談機関一覧の出力 (${format}) / Export the directory` },
        config: { public: true },
      },
      async (req, reply) => {
        const file = await exportAgencies(ctx.db, actorOf(req), format as ExportFormat);
        return reply
          .type(file.type)
          .header(
            'content-disposition',
            `attachment; filename="agencies.${file.ext}"; filename*=UTF-8''${encodeURIComponent(`相談機関一覧.${file.ext}`)}`,
          )
          .send(file.body);
      },
    );
  }

  app.get(
    '/api/agencies/:id',
    {
      schema: {
        tags,
        summary: '相談機関 / One agency (public)',
        params: idParamsSchema,
        response: withErrors({ 200: agencySchema }),
      },
      config: { public: true },
    },
    async (req) => agencies.getAgency(ctx.db, actorOf(req), req.params.id),
  );

  app.post(
    '/api/agencies',
    {
      schema: {
        tags,
        summary: '相談機関の登録 / Add an agency',
        body: agencyInputSchema,
        response: withErrors({ 201: agencySchema }),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await agencies.createAgency(ctx.db, requireUser(req), req.body)),
  );

  app.put(
    '/api/agencies/:id',
    {
      schema: {
        tags,
        summary: '相談機関の編集 / Edit an agency',
        params: idParamsSchema,
        body: agencyUpdateSchema,
        response: withErrors({ 200: agencySchema }),
      },
    },
    async (req) => agencies.updateAgency(ctx.db, requireUser(req), req.params.id, req.body),
  );

  app.post(
    '/api/agencies/import',
    {
      schema: {
        tags,
        summary: '相談機関の一括取り込み (CSV/xlsx) / Import the directory',
        description: 'Body: the raw file with Content-Type text/csv or the xlsx type.',
        querystring: importQuerySchema,
        response: withErrors({ 200: importReportSchema }),
      },
    },
    async (req) => {
      const user = requireUser(req);
      const contentType = req.headers['content-type'] ?? '';
      if (!Buffer.isBuffer(req.body)) throw new AppError('unsupported_media_type');
      return importAgencies(ctx.db, user, { body: req.body, contentType }, req.query);
    },
  );

  app.post(
    '/api/agencies/:id/change-requests',
    {
      schema: {
        tags,
        summary: '掲載内容の変更申請 / Propose a change to an agency entry',
        params: idParamsSchema,
        body: changeRequestCreateSchema,
        response: withErrors({ 201: changeRequestSchema }),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await agencies.proposeChange(ctx.db, requireUser(req), req.params.id, req.body)),
  );

  app.get(
    '/api/agency-change-requests',
    {
      schema: {
        tags,
        summary: '変更申請の一覧 / Change requests',
        querystring: z.object({ status: z.enum(CHANGE_REQUEST_STATUSES).optional() }),
        response: withErrors({ 200: changeRequestListSchema }),
      },
    },
    async (req) => ({ items: await agencies.listChangeRequests(ctx.db, requireUser(req), req.query.status) }),
  );

  app.post(
    '/api/agency-change-requests/:id/decision',
    {
      schema: {
        tags,
        summary: '変更申請の承認・却下 / Decide a change request',
        params: idParamsSchema,
        body: changeRequestDecisionSchema,
        response: withErrors({ 200: changeRequestSchema }),
      },
    },
    async (req) => agencies.decideChange(ctx.db, requireUser(req), req.params.id, req.body),
  );
}
