import { idParamsSchema } from '@tsunagu/contracts';
import {
  employerInputSchema,
  employerListQuerySchema,
  employerListSchema,
  employerSchema,
  employerUpdateSchema,
  fairInputSchema,
  fairListSchema,
  fairSchema,
  fairUpdateSchema,
  openingInputSchema,
  openingSchema,
  openingUpdateSchema,
  participationStatisticsQuerySchema,
  participationStatisticsSchema,
  placeInputSchema,
  placeListQuerySchema,
  placeListSchema,
  placeSchema,
  placeUpdateSchema,
  programmeListSchema,
} from '@tsunagu/contracts/participation';
import { withErrors } from '../../platform/http/responses';
import { requireUser } from '../../platform/http/session';
import type { App, AppContext } from '../../platform/http/types';
import * as places from './places.service';
import * as resources from './resources.service';
import { participationStatistics } from './statistics.service';

const tags = ['participation'];

/** Programmes, employers and openings, places to go, fairs, and the programme figures. */
export function participationResourceRoutes(app: App, ctx: AppContext) {
  const { db } = ctx;
  app.get(
    '/api/participation/programmes',
    {
      schema: {
        tags,
        summary: '就労支援事業 / Programmes',
        response: withErrors({ 200: programmeListSchema }),
      },
    },
    async (req) => resources.listProgrammes(db, requireUser(req)),
  );
  app.get(
    '/api/participation/statistics',
    {
      schema: {
        tags,
        summary: '事業実績 / Programme figures per 年度',
        querystring: participationStatisticsQuerySchema,
        response: withErrors({ 200: participationStatisticsSchema }),
      },
    },
    async (req) => participationStatistics(db, requireUser(req), req.query),
  );
  app.get(
    '/api/participation/employers',
    {
      schema: {
        tags,
        summary: '協力企業 / Employers',
        querystring: employerListQuerySchema,
        response: withErrors({ 200: employerListSchema }),
      },
    },
    async (req) => resources.listEmployers(db, requireUser(req), req.query),
  );
  app.post(
    '/api/participation/employers',
    {
      schema: {
        tags,
        summary: '企業登録 / Register an employer',
        body: employerInputSchema,
        response: withErrors({ 201: employerSchema }),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await resources.createEmployer(db, requireUser(req), req.body)),
  );
  app.get(
    '/api/participation/employers/:id',
    {
      schema: {
        tags,
        summary: '協力企業 / Employer',
        params: idParamsSchema,
        response: withErrors({ 200: employerSchema }),
      },
    },
    async (req) => resources.getEmployer(db, requireUser(req), req.params.id),
  );
  app.put(
    '/api/participation/employers/:id',
    {
      schema: {
        tags,
        summary: '協力企業を更新 / Update an employer',
        params: idParamsSchema,
        body: employerUpdateSchema,
        response: withErrors({ 200: employerSchema }),
      },
    },
    async (req) => resources.updateEmployer(db, requireUser(req), req.params.id, req.body),
  );
  app.post(
    '/api/participation/employers/:id/openings',
    {
      schema: {
        tags,
        summary: '求人を登録 / Add an opening',
        params: idParamsSchema,
        body: openingInputSchema,
        response: withErrors({ 201: openingSchema }),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await resources.createOpening(db, requireUser(req), req.params.id, req.body)),
  );
  app.put(
    '/api/participation/openings/:id',
    {
      schema: {
        tags,
        summary: '求人を更新 / Update an opening',
        params: idParamsSchema,
        body: openingUpdateSchema,
        response: withErrors({ 200: openingSchema }),
      },
    },
    async (req) => resources.updateOpening(db, requireUser(req), req.params.id, req.body),
  );
  app.get(
    '/api/participation/places',
    {
      schema: {
        tags,
        summary: '通いの場・居場所 / Places to go',
        querystring: placeListQuerySchema,
        response: withErrors({ 200: placeListSchema }),
      },
    },
    async (req) => places.listPlaces(db, requireUser(req), req.query),
  );
  app.post(
    '/api/participation/places',
    {
      schema: {
        tags,
        summary: '通いの場を登録 / Add a place',
        body: placeInputSchema,
        response: withErrors({ 201: placeSchema }),
      },
    },
    async (req, reply) => reply.status(201).send(await places.createPlace(db, requireUser(req), req.body)),
  );
  app.put(
    '/api/participation/places/:id',
    {
      schema: {
        tags,
        summary: '通いの場を更新 / Update a place',
        params: idParamsSchema,
        body: placeUpdateSchema,
        response: withErrors({ 200: placeSchema }),
      },
    },
    async (req) => places.updatePlace(db, requireUser(req), req.params.id, req.body),
  );
  app.get(
    '/api/participation/fairs',
    {
      schema: { tags, summary: '就職面接会・フェア / Fairs', response: withErrors({ 200: fairListSchema }) },
    },
    async (req) => places.listFairs(db, requireUser(req)),
  );
  app.post(
    '/api/participation/fairs',
    {
      schema: {
        tags,
        summary: '面接会・フェアを記録 / Record a fair',
        body: fairInputSchema,
        response: withErrors({ 201: fairSchema }),
      },
    },
    async (req, reply) => reply.status(201).send(await places.createFair(db, requireUser(req), req.body)),
  );
  app.put(
    '/api/participation/fairs/:id',
    {
      schema: {
        tags,
        summary: '面接会・フェアを更新 / Update a fair',
        params: idParamsSchema,
        body: fairUpdateSchema,
        response: withErrors({ 200: fairSchema }),
      },
    },
    async (req) => places.updateFair(db, requireUser(req), req.params.id, req.body),
  );
}
