import { idParamsSchema, isoDateSchema } from '@tsunagu/contracts';
import {
  caseDetailSchema,
  caseStatisticsQuerySchema,
  caseStatisticsSchema,
  monitoringInputSchema,
  monitoringListSchema,
  planInputSchema,
  taskListQuerySchema,
  taskListSchema,
  taskSchema,
} from '@tsunagu/contracts/cases';
import { z } from 'zod';
import { withErrors } from '../../platform/http/responses';
import { requireUser } from '../../platform/http/session';
import type { App, AppContext } from '../../platform/http/types';
import { caseStatistics } from './case-statistics';
import * as cases from './cases.service';
import { exportPlanSheet, logPlanPrint, XLSX_TYPE } from './plan-sheet';
import * as plans from './plans.service';
import * as tasks from './tasks.service';

const tags = ['cases'];

/** Support plans, monitoring, task lists and the 事業実績 statistics. */
export function planRoutes(app: App, ctx: AppContext) {
  const { db } = ctx;
  app.post(
    '/api/cases/:id/plans',
    {
      schema: {
        tags,
        summary: '支援計画の新しい版を保存 / Save a plan version',
        params: idParamsSchema,
        body: planInputSchema,
        response: withErrors({ 200: caseDetailSchema }),
      },
    },
    async (req) => {
      const actor = requireUser(req);
      await plans.savePlan(db, actor, req.params.id, req.body);
      return cases.getCase(db, actor, req.params.id);
    },
  );
  app.post(
    '/api/plans/:id/approve',
    {
      schema: {
        tags,
        summary: '支援計画を承認 / Approve a plan',
        params: idParamsSchema,
        response: withErrors({ 200: caseDetailSchema }),
      },
    },
    async (req) => {
      const actor = requireUser(req);
      const { caseId } = await plans.approvePlan(db, actor, req.params.id);
      return cases.getCase(db, actor, caseId);
    },
  );
  app.get(
    '/api/cases/:id/plan.xlsx',
    {
      schema: {
        tags,
        summary: 'プランシートの出力 (xlsx) / The plan sheet',
        params: idParamsSchema,
      },
    },
    async (req, reply) => {
      const file = await exportPlanSheet(db, requireUser(req), req.params.id);
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('cache-control', 'no-store')
        .send(file.body);
    },
  );
  app.post(
    '/api/cases/:id/plan/print',
    {
      schema: {
        tags,
        summary: 'プランシートの印刷を記録 / Log a print of the plan sheet',
        params: idParamsSchema,
        response: withErrors({ 204: z.null() }),
      },
    },
    async (req, reply) => {
      await logPlanPrint(db, requireUser(req), req.params.id);
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/api/monitorings',
    {
      schema: {
        tags,
        summary: 'モニタリング予定・期限切れ / Monitoring due',
        querystring: z.object({ until: isoDateSchema.optional() }),
        response: withErrors({ 200: monitoringListSchema }),
      },
    },
    async (req) => plans.dueMonitorings(db, requireUser(req), req.query.until),
  );
  app.post(
    '/api/monitorings/:id',
    {
      schema: {
        tags,
        summary: 'モニタリングを記録 / Record a monitoring',
        params: idParamsSchema,
        body: monitoringInputSchema,
        response: withErrors({ 200: caseDetailSchema }),
      },
    },
    async (req) => {
      const actor = requireUser(req);
      const { caseId } = await plans.recordMonitoring(db, actor, req.params.id, req.body);
      return cases.getCase(db, actor, caseId);
    },
  );
  app.get(
    '/api/tasks',
    {
      schema: {
        tags,
        summary: '自機関のタスク / The agency’s task list',
        querystring: taskListQuerySchema,
        response: withErrors({ 200: taskListSchema }),
      },
    },
    async (req) => tasks.agencyTasks(db, requireUser(req), req.query.show),
  );
  app.get(
    '/api/tasks/overdue',
    {
      schema: {
        tags,
        summary: '期限切れのタスク / Overdue tasks',
        response: withErrors({ 200: taskListSchema }),
      },
    },
    async (req) => tasks.overdueTasks(db, requireUser(req)),
  );
  app.post(
    '/api/tasks/:id/done',
    {
      schema: {
        tags,
        summary: 'タスクを完了 / Mark done',
        params: idParamsSchema,
        response: withErrors({ 200: taskSchema }),
      },
    },
    async (req) => tasks.completeTask(db, requireUser(req), req.params.id),
  );
  app.get(
    '/api/cases/statistics',
    {
      schema: {
        tags,
        summary: '総合相談支援体制 事業実績 / Case statistics by 年度',
        querystring: caseStatisticsQuerySchema,
        response: withErrors({ 200: caseStatisticsSchema }),
      },
    },
    async (req) => caseStatistics(db, requireUser(req), req.query),
  );
}
