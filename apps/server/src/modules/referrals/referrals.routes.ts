import { idParamsSchema } from '@tsunagu/contracts';
import {
  referralCompleteSchema,
  referralCountsSchema,
  referralCreateSchema,
  referralDetailSchema,
  referralEscalateSchema,
  referralHandOnSchema,
  referralListQuerySchema,
  referralListSchema,
  referralMetricsQuerySchema,
  referralMetricsSchema,
  referralReceiversSchema,
  referralVersionSchema,
  sendResultSchema,
} from '@tsunagu/contracts/referrals';
import { actionRoutes } from '../../platform/http/actions';
import { withErrors } from '../../platform/http/responses';
import { requireUser } from '../../platform/http/session';
import type { App, AppContext } from '../../platform/http/types';
import * as actions from './referral-actions';
import { referralMetrics } from './referral-metrics';
import * as referrals from './referrals.service';

const tags = ['referrals'];

/** つなぐ: send, the inbox, one referral's closed loop, and the receiver's actions. */
export function referralRoutes(app: App, ctx: AppContext) {
  const { db, mail } = ctx;
  app.post(
    '/api/referrals',
    {
      schema: {
        tags,
        summary: '紹介する / Send referrals',
        body: referralCreateSchema,
        response: withErrors({ 201: sendResultSchema }),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await referrals.sendReferrals(db, mail, requireUser(req), req.body)),
  );

  app.get(
    '/api/referrals',
    {
      schema: {
        tags,
        summary: '紹介の受信箱・送信箱 / Referral inbox',
        querystring: referralListQuerySchema,
        response: withErrors({ 200: referralListSchema }),
      },
    },
    async (req) => referrals.listReferrals(db, requireUser(req), req.query),
  );

  app.get(
    '/api/referrals/counts',
    { schema: { tags, summary: '紹介の件数 / Counts', response: withErrors({ 200: referralCountsSchema }) } },
    async (req) => referrals.referralCounts(db, requireUser(req)),
  );

  app.get(
    '/api/referrals/receivers',
    {
      schema: {
        tags,
        summary: '紹介を受け付けられる機関 / Agencies that can accept referrals',
        response: withErrors({ 200: referralReceiversSchema }),
      },
    },
    async (req) => referrals.referralReceivers(db, requireUser(req)),
  );

  app.get(
    '/api/referrals/metrics',
    {
      schema: {
        tags,
        summary: '紹介の実績 / Referral metrics by 年度',
        querystring: referralMetricsQuerySchema,
        response: withErrors({ 200: referralMetricsSchema }),
      },
    },
    async (req) => referralMetrics(db, requireUser(req), req.query.fiscalYear),
  );

  app.get(
    '/api/referrals/:id',
    {
      schema: {
        tags,
        summary: '紹介の詳細と経過 / A referral and its loop',
        params: idParamsSchema,
        response: withErrors({ 200: referralDetailSchema }),
      },
    },
    async (req) => referrals.getReferral(db, requireUser(req), req.params.id),
  );

  const act = actionRoutes(app, {
    base: '/api/referrals',
    tags,
    response: referralDetailSchema,
    read: (actor, id) => referrals.getReferral(db, actor, id),
  });
  act('accept', '受け入れる / Accept', referralVersionSchema, (a, id, b) =>
    actions.acceptReferral(db, mail, a, id, b.version),
  );
  act('start', '支援を始める / Start support', referralVersionSchema, (a, id, b) =>
    actions.startReferral(db, mail, a, id, b.version),
  );
  act('complete', '完了にする / Complete', referralCompleteSchema, (a, id, b) =>
    actions.completeReferral(db, mail, a, id, b),
  );
  act('hand-on', '他の機関へつなぐ / Hand on', referralHandOnSchema, (a, id, b) =>
    actions.handOnReferral(db, mail, a, id, b),
  );
  act('escalate', '推進員へエスカレーション / Escalate', referralEscalateSchema, (a, id, b) =>
    actions.escalateReferral(db, mail, a, id, b),
  );
}
