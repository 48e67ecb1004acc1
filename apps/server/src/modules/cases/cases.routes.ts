import { idParamsSchema, uuidSchema } from '@tsunagu/contracts';
import {
  caseCloseSchema,
  caseDetailSchema,
  caseListQuerySchema,
  caseListSchema,
  caseQueueSchema,
  caseRecordPageSchema,
  caseRecordQuerySchema,
  caseRequestSchema,
  caseReviewInputSchema,
  contactInputSchema,
  outreachInputSchema,
  recordInputSchema,
  teamMemberInputSchema,
  triageSchema,
} from '@tsunagu/contracts/cases';
import { z } from 'zod';
import { actionRoutes } from '../../platform/http/actions';
import { withErrors } from '../../platform/http/responses';
import { requireUser } from '../../platform/http/session';
import type { App, AppContext } from '../../platform/http/types';
import { caseQueue } from './case-queue';
import * as work from './case-work';
import * as cases from './cases.service';

const tags = ['cases'];
const created = z.object({ id: z.uuid() });

/** The coordinator's queue, triage, the case list and the case page with its records. */
export function caseRoutes(app: App, ctx: AppContext) {
  const { db } = ctx;
  app.get(
    '/api/cases/queue',
    {
      schema: {
        tags,
        summary: '推進員の受付キュー / Coordinator queue',
        response: withErrors({ 200: caseQueueSchema }),
      },
    },
    async (req) => caseQueue(db, requireUser(req)),
  );
  app.post(
    '/api/cases',
    {
      schema: {
        tags,
        summary: '推進員へ直接相談する / Ask the coordinator directly',
        body: caseRequestSchema,
        response: withErrors({ 201: created.extend({ number: z.number().int() }) }),
      },
    },
    async (req, reply) => reply.status(201).send(await cases.requestCase(db, requireUser(req), req.body)),
  );
  app.post(
    '/api/cases/triage',
    {
      schema: {
        tags,
        summary: '振り分け（助言のみ／支援調整） / Triage',
        body: triageSchema,
        response: withErrors({ 200: caseDetailSchema }),
      },
    },
    async (req) => {
      const actor = requireUser(req);
      const { id } = await cases.triageCase(db, actor, req.body);
      return cases.getCase(db, actor, id);
    },
  );
  app.get(
    '/api/cases',
    {
      schema: {
        tags,
        summary: 'ケース一覧・検索 / Cases',
        querystring: caseListQuerySchema,
        response: withErrors({ 200: caseListSchema }),
      },
    },
    async (req) => cases.listCases(db, requireUser(req), req.query),
  );
  app.get(
    '/api/cases/:id',
    {
      schema: {
        tags,
        summary: 'ケースの詳細 / A case',
        params: idParamsSchema,
        response: withErrors({ 200: caseDetailSchema }),
      },
    },
    async (req) => cases.getCase(db, requireUser(req), req.params.id),
  );
  app.get(
    '/api/cases/:id/records',
    {
      schema: {
        tags,
        summary: '支援経過記録（以前の記録） / A page of the support record',
        params: idParamsSchema,
        querystring: caseRecordQuerySchema,
        response: withErrors({ 200: caseRecordPageSchema }),
      },
    },
    async (req) => cases.listCaseRecords(db, requireUser(req), req.params.id, req.query),
  );

  /** A change to the case that answers with the case page. */
  const change = actionRoutes(app, {
    base: '/api/cases',
    tags,
    response: caseDetailSchema,
    read: (actor, id) => cases.getCase(db, actor, id),
  });
  change('team', 'チームに機関を加える / Add to the team', teamMemberInputSchema, (a, id, b) =>
    work.addTeamMember(db, a, id, b),
  );
  change('team/end', 'チームから外す / End a membership', z.object({ memberId: uuidSchema }), (a, id, b) =>
    work.endTeamMember(db, a, id, b.memberId),
  );
  change('contacts', '個別調整を記録 / Record a coordination contact', contactInputSchema, (a, id, b) =>
    work.addContact(db, a, id, b),
  );
  change('outreach', 'アウトリーチを記録 / Record an outreach visit', outreachInputSchema, (a, id, b) =>
    work.addOutreach(db, a, id, b),
  );
  change('records', '支援経過記録 / Add to the support record', recordInputSchema, (a, id, b) =>
    work.addRecord(db, a, id, b),
  );
  change('close', '終結 / Close the case', caseCloseSchema, (a, id, b) => work.closeCase(db, a, id, b));
  change('review', '検証を記録 / Record the review', caseReviewInputSchema, (a, id, b) =>
    work.reviewCase(db, a, id, b),
  );
}
