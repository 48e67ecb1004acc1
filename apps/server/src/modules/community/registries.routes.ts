import { idParamsSchema } from '@tsunagu/contracts';
import {
  boardMatchInputSchema,
  boardMatchSchema,
  boardPostInputSchema,
  boardPostSchema,
  boardPostUpdateSchema,
  boardQuerySchema,
  boardSchema,
  closePostSchema,
  organisationInputSchema,
  organisationListQuerySchema,
  organisationListSchema,
  organisationSchema,
  organisationUpdateSchema,
  physicianInputSchema,
  physicianListQuerySchema,
  physicianListSchema,
  physicianSchema,
  physicianUpdateSchema,
} from '@tsunagu/contracts/community';
import { withErrors } from '../../platform/http/responses';
import { requireUser } from '../../platform/http/session';
import type { App, AppContext } from '../../platform/http/types';
import * as board from './board.service';
import * as registries from './registries.service';

const tags = ['community'];

/** Registries: participating organisations, 医療的ケア児かかりつけ医, the matching board. */
export function registryRoutes(app: App, ctx: AppContext) {
  const { db } = ctx;
  app.get(
    '/api/community/organisations',
    {
      schema: {
        tags,
        summary: '参加法人・企業 / Organisations',
        querystring: organisationListQuerySchema,
        response: withErrors({ 200: organisationListSchema }),
      },
    },
    async (req) => registries.listOrganisations(db, requireUser(req), req.query),
  );
  app.post(
    '/api/community/organisations',
    {
      schema: {
        tags,
        summary: '法人・企業の登録 / Register an organisation',
        body: organisationInputSchema,
        response: withErrors({ 201: organisationSchema }),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await registries.saveOrganisation(db, requireUser(req), null, req.body)),
  );
  app.put(
    '/api/community/organisations/:id',
    {
      schema: {
        tags,
        summary: '法人・企業の更新 / Update an organisation',
        params: idParamsSchema,
        body: organisationUpdateSchema,
        response: withErrors({ 200: organisationSchema }),
      },
    },
    async (req) => registries.saveOrganisation(db, requireUser(req), req.params.id, req.body),
  );
  app.get(
    '/api/community/physicians',
    {
      schema: {
        tags,
        summary: '医療的ケア児かかりつけ医 / Physicians',
        querystring: physicianListQuerySchema,
        response: withErrors({ 200: physicianListSchema }),
      },
    },
    async (req) => registries.listPhysicians(db, requireUser(req), req.query),
  );
  app.post(
    '/api/community/physicians',
    {
      schema: {
        tags,
        summary: 'かかりつけ医の登録 / Register a physician',
        body: physicianInputSchema,
        response: withErrors({ 201: physicianSchema }),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await registries.savePhysician(db, requireUser(req), null, req.body)),
  );
  app.put(
    '/api/community/physicians/:id',
    {
      schema: {
        tags,
        summary: 'かかりつけ医の更新 / Update a physician',
        params: idParamsSchema,
        body: physicianUpdateSchema,
        response: withErrors({ 200: physicianSchema }),
      },
    },
    async (req) => registries.savePhysician(db, requireUser(req), req.params.id, req.body),
  );
  app.get(
    '/api/community/board',
    {
      schema: {
        tags,
        summary: 'マッチング掲示板 / Matching board',
        querystring: boardQuerySchema,
        response: withErrors({ 200: boardSchema }),
      },
    },
    async (req) => board.getBoard(db, requireUser(req), req.query),
  );
  app.post(
    '/api/community/board/posts',
    {
      schema: {
        tags,
        summary: '掲示の登録 / Post a need or offer',
        body: boardPostInputSchema,
        response: withErrors({ 201: boardPostSchema }),
      },
    },
    async (req, reply) => reply.status(201).send(await board.savePost(db, requireUser(req), null, req.body)),
  );
  app.put(
    '/api/community/board/posts/:id',
    {
      schema: {
        tags,
        summary: '掲示の更新 / Update a post',
        params: idParamsSchema,
        body: boardPostUpdateSchema,
        response: withErrors({ 200: boardPostSchema }),
      },
    },
    async (req) => board.savePost(db, requireUser(req), req.params.id, req.body),
  );
  app.post(
    '/api/community/board/posts/:id/close',
    {
      schema: {
        tags,
        summary: '掲示の終了 / Close a post',
        params: idParamsSchema,
        body: closePostSchema,
        response: withErrors({ 200: boardPostSchema }),
      },
    },
    async (req) => board.closePost(db, requireUser(req), req.params.id, req.body.version),
  );
  app.post(
    '/api/community/board/matches',
    {
      schema: {
        tags,
        summary: 'マッチング / Match a need with an offer',
        body: boardMatchInputSchema,
        response: withErrors({ 201: boardMatchSchema }),
      },
    },
    async (req, reply) => reply.status(201).send(await board.matchPosts(db, requireUser(req), req.body)),
  );
}
