import { idParamsSchema } from '@tsunagu/contracts';
import {
  districtLookupResultSchema,
  districtLookupSchema,
  duplicateCheckResultSchema,
  duplicateCheckSchema,
  duplicateDismissSchema,
  duplicatePairListSchema,
  personMergeResultSchema,
  personMergeSchema,
  sensitiveNoteCreateSchema,
  sensitiveNoteListSchema,
  sheetPrintRequestSchema,
  sheetPrintSchema,
} from '@tsunagu/contracts/households';
import { z } from 'zod';
import { withErrors } from '../../platform/http/responses';
import { requireUser } from '../../platform/http/session';
import type { App, AppContext } from '../../platform/http/types';
import { lookupDistrict } from '../settings/address-districts';
import { checkDuplicates, dismissDuplicatePair, listDuplicatePairs } from './duplicates.service';
import { mergePersons } from './merge.service';
import { printSheet, recordNote, viewNotes } from './sensitive.service';

const tags = ['persons'];

/** 要配慮個人情報, duplicate detection and merging, and the address → district proposal. */
export function personRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/persons/:id/sensitive',
    {
      schema: {
        tags,
        summary: '要配慮個人情報の表示（記録されます） / Open sensitive information (logged)',
        params: idParamsSchema,
        response: withErrors({ 200: sensitiveNoteListSchema }),
      },
    },
    async (req) => ({ items: await viewNotes(ctx.db, requireUser(req), req.params.id) }),
  );

  app.post(
    '/api/persons/:id/sensitive',
    {
      schema: {
        tags,
        summary: '要配慮個人情報の記録 / Record sensitive information',
        params: idParamsSchema,
        body: sensitiveNoteCreateSchema,
        response: withErrors({ 201: z.object({ id: z.uuid() }) }),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await recordNote(ctx.db, requireUser(req), req.params.id, req.body)),
  );

  app.post(
    '/api/households/:id/print',
    {
      schema: {
        tags: ['households'],
        summary: 'つなぐシートの印刷（記録されます） / Print the sheet (logged)',
        params: idParamsSchema,
        body: sheetPrintRequestSchema,
        response: withErrors({ 200: sheetPrintSchema }),
      },
    },
    async (req) => printSheet(ctx.db, requireUser(req), req.params.id, req.body),
  );

  app.post(
    '/api/persons/duplicates',
    {
      schema: {
        tags,
        summary: '重複候補の確認 / Check for duplicates while entering a person',
        body: duplicateCheckSchema,
        response: withErrors({ 200: duplicateCheckResultSchema }),
      },
    },
    async (req) => ({ items: await checkDuplicates(ctx.db, requireUser(req), req.body) }),
  );

  app.get(
    '/api/admin/duplicate-pairs',
    {
      schema: {
        tags,
        summary: '重複の可能性がある記録の組 / Likely duplicate pairs',
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }),
        response: withErrors({ 200: duplicatePairListSchema }),
      },
    },
    async (req) => ({ items: await listDuplicatePairs(ctx.db, requireUser(req), req.query.limit) }),
  );

  app.post(
    '/api/admin/duplicate-pairs/dismiss',
    {
      schema: {
        tags,
        summary: '別人として除外 / Dismiss a pair as two different people',
        body: duplicateDismissSchema,
        response: withErrors({ 200: z.object({ ok: z.literal(true) }) }),
      },
    },
    async (req) => {
      await dismissDuplicatePair(ctx.db, requireUser(req), req.body);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/persons/:id/merge',
    {
      schema: {
        tags,
        summary: '重複した記録の統合 / Merge a duplicate into another record',
        params: idParamsSchema,
        body: personMergeSchema,
        response: withErrors({ 200: personMergeResultSchema }),
      },
    },
    async (req) => mergePersons(ctx.db, requireUser(req), req.params.id, req.body),
  );

  app.post(
    '/api/address-districts/lookup',
    {
      schema: {
        tags: ['settings'],
        summary: '住所から学区を推定 / Propose the school district of an address',
        body: districtLookupSchema,
        response: withErrors({ 200: districtLookupResultSchema }),
      },
    },
    async (req) => lookupDistrict(ctx.db, requireUser(req), req.body.address),
  );
}
