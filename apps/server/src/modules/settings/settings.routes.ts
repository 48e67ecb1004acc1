import { idParamsSchema } from '@tsunagu/contracts';
import {
  codeListItemInputSchema,
  codeListItemSchema,
  codeListItemUpdateSchema,
  codeListNameSchema,
  codeListsSchema,
  tenantProfileSchema,
  tenantSettingsResponseSchema,
  tenantSettingsSchema,
} from '@tsunagu/contracts/settings';
import { z } from 'zod';
import { withErrors } from '../../platform/http/responses';
import { actorOf, requireUser } from '../../platform/http/session';
import type { App, AppContext } from '../../platform/http/types';
import * as settings from './settings.service';

/** Code lists (public read, admin write) and tenant settings (admin). */
export function settingsRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/code-lists',
    {
      schema: {
        tags: ['settings'],
        summary: 'コード一覧 / Code lists',
        response: withErrors({ 200: codeListsSchema }),
      },
      config: { public: true },
    },
    async (req) => settings.getCodeLists(ctx.db, actorOf(req)),
  );

  app.post(
    '/api/code-lists/:list',
    {
      schema: {
        tags: ['settings'],
        summary: 'コードの追加 / Add a code',
        params: z.object({ list: codeListNameSchema }),
        body: codeListItemInputSchema,
        response: withErrors({ 201: codeListItemSchema }),
      },
    },
    async (req, reply) => {
      const item = await settings.createCodeListItem(ctx.db, requireUser(req), req.params.list, req.body);
      return reply.status(201).send(item);
    },
  );

  app.put(
    '/api/code-lists/items/:id',
    {
      schema: {
        tags: ['settings'],
        summary: 'コードの編集 / Edit a code',
        params: idParamsSchema,
        body: codeListItemUpdateSchema,
        response: withErrors({ 200: codeListItemSchema }),
      },
    },
    async (req) => settings.updateCodeListItem(ctx.db, requireUser(req), req.params.id, req.body),
  );

  app.get(
    '/api/tenant',
    {
      schema: {
        tags: ['settings'],
        summary: '自治体名 / The tenant (public)',
        response: withErrors({ 200: tenantProfileSchema }),
      },
      config: { public: true },
    },
    async (req) => settings.getTenantProfile(ctx.db, actorOf(req)),
  );

  app.get(
    '/api/settings',
    {
      schema: {
        tags: ['settings'],
        summary: 'テナント設定 / Tenant settings',
        response: withErrors({ 200: tenantSettingsResponseSchema }),
      },
    },
    async (req) => settings.getTenantSettings(ctx.db, requireUser(req)),
  );

  app.put(
    '/api/settings',
    {
      schema: {
        tags: ['settings'],
        summary: 'テナント設定の変更 / Change tenant settings',
        body: tenantSettingsSchema,
        response: withErrors({ 200: tenantSettingsResponseSchema }),
      },
    },
    async (req) => settings.updateTenantSettings(ctx.db, requireUser(req), req.body),
  );
}
