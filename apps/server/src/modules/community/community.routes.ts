import { idParamsSchema } from '@tsunagu/contracts';
import {
  carryForwardResultSchema,
  carryForwardSchema,
  communityFiguresSchema,
  communityProgrammeListSchema,
  councilInputSchema,
  councilListQuerySchema,
  councilListSchema,
  councilParamsSchema,
  councilSchema,
  eventInputSchema,
  eventListQuerySchema,
  eventListSchema,
  eventUpdateSchema,
  figuresQuerySchema,
  programmeEventSchema,
  programmeTotalsSchema,
  totalsQuerySchema,
} from '@tsunagu/contracts/community';
import { z } from 'zod';
import { withErrors } from '../../platform/http/responses';
import { requireUser } from '../../platform/http/session';
import type { App, AppContext } from '../../platform/http/types';
import { getCodeLists } from '../settings/settings.service';
import { XLSX_TYPE } from '../sheets/sheets.service';
import * as councils from './councils.service';
import * as events from './events.service';
import { eventsWorkbook } from './events-sheet';
import { communityFigures } from './figures.service';

const tags = ['community'];
const codeParams = z.object({ code: z.string().min(1).max(63) });

/** Community programmes and their events, 支え合い推進会議, and the community figures (SPEC M6). */
export function communityRoutes(app: App, ctx: AppContext) {
  const { db } = ctx;
  app.get(
    '/api/community/programmes',
    {
      schema: {
        tags,
        summary: '事業 / Community programmes',
        response: withErrors({ 200: communityProgrammeListSchema }),
      },
    },
    async (req) => events.listCommunityProgrammes(db, requireUser(req)),
  );
  app.get(
    '/api/community/programmes/:code/events',
    {
      schema: {
        tags,
        summary: '事業実績の一覧 / A programme’s events',
        params: codeParams,
        querystring: eventListQuerySchema,
        response: withErrors({ 200: eventListSchema }),
      },
    },
    async (req) => events.listEvents(db, requireUser(req), req.params.code, req.query),
  );
  app.get(
    '/api/community/programmes/:code/events.xlsx',
    {
      schema: {
        tags,
        summary: '事業実績 (xlsx) / A programme’s events as a workbook',
        params: codeParams,
        querystring: eventListQuerySchema.omit({ limit: true, offset: true }),
      },
    },
    async (req, reply) => {
      const actor = requireUser(req);
      const { programme, items, totals } = await events.eventsForExport(
        db,
        actor,
        req.params.code,
        req.query,
      );
      const file = await eventsWorkbook(
        programme,
        items,
        totals,
        await getCodeLists(db, actor),
        req.query.fiscalYear,
      );
      return reply
        .type(XLSX_TYPE)
        .header(
          'content-disposition',
          `attachment; filename="${file.filename}"; filename*=UTF-8''${encodeURIComponent(file.filenameJa)}`,
        )
        .header('cache-control', 'no-store')
        .send(file.body);
    },
  );
  app.get(
    '/api/community/programmes/:code/totals',
    {
      schema: {
        tags,
        summary: '年度別の集計 / Totals by 年度',
        params: codeParams,
        querystring: totalsQuerySchema,
        response: withErrors({ 200: programmeTotalsSchema }),
      },
    },
    async (req) => events.programmeTotals(db, requireUser(req), req.params.code, req.query),
  );
  app.post(
    '/api/community/events',
    {
      schema: {
        tags,
        summary: '事業実績の記録 / Record an event',
        body: eventInputSchema,
        response: withErrors({ 201: programmeEventSchema }),
      },
    },
    async (req, reply) => reply.status(201).send(await events.recordEvent(db, requireUser(req), req.body)),
  );
  app.get(
    '/api/community/events/:id',
    {
      schema: {
        tags,
        summary: '事業実績 / An event',
        params: idParamsSchema,
        response: withErrors({ 200: programmeEventSchema }),
      },
    },
    async (req) => events.getEvent(db, requireUser(req), req.params.id),
  );
  app.put(
    '/api/community/events/:id',
    {
      schema: {
        tags,
        summary: '事業実績の更新 / Update an event',
        params: idParamsSchema,
        body: eventUpdateSchema,
        response: withErrors({ 200: programmeEventSchema }),
      },
    },
    async (req) => events.updateEvent(db, requireUser(req), req.params.id, req.body),
  );
  app.get(
    '/api/community/councils',
    {
      schema: {
        tags,
        summary: '支え合い推進会議 / Mutual-aid councils of a 年度',
        querystring: councilListQuerySchema,
        response: withErrors({ 200: councilListSchema }),
      },
    },
    async (req) => councils.listCouncils(db, requireUser(req), req.query),
  );
  app.put(
    '/api/community/councils/:schoolDistrictCode/:fiscalYear',
    {
      schema: {
        tags,
        summary: '支え合い推進会議の記録 / Record a district’s council for a 年度',
        params: councilParamsSchema,
        body: councilInputSchema,
        response: withErrors({ 200: councilSchema }),
      },
    },
    async (req) =>
      councils.saveCouncil(
        db,
        requireUser(req),
        req.params.schoolDistrictCode,
        req.params.fiscalYear,
        req.body,
      ),
  );
  app.post(
    '/api/community/councils/carry-forward',
    {
      schema: {
        tags,
        summary: '前年度から引き継ぐ / Start a 年度 from the previous one',
        body: carryForwardSchema,
        response: withErrors({ 200: carryForwardResultSchema }),
      },
    },
    async (req) => councils.carryForwardCouncils(db, requireUser(req), req.body.fiscalYear),
  );
  app.get(
    '/api/community/figures',
    {
      schema: {
        tags,
        summary: '地域づくり・在宅医療の実績 / Community figures',
        querystring: figuresQuerySchema,
        response: withErrors({ 200: communityFiguresSchema }),
      },
    },
    async (req) => communityFigures(db, requireUser(req), req.query),
  );
}
