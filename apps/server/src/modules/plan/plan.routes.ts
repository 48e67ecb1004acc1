import { idParamsSchema } from '@tsunagu/contracts';
import {
  fiscalYearQuerySchema,
  indicatorListSchema,
  indicatorSchema,
  indicatorUpdateSchema,
  indicatorValueInputSchema,
  indicatorValueParamsSchema,
  metricKeyParamsSchema,
  metricListSchema,
  metricValuesQuerySchema,
  metricValuesSchema,
  planOverviewSchema,
  progressReportSchema,
} from '@tsunagu/contracts/plan';
import { z } from 'zod';
import { withErrors } from '../../platform/http/responses';
import { actorOf, requireUser } from '../../platform/http/session';
import type { App, AppContext } from '../../platform/http/types';
import { XLSX_TYPE } from '../sheets/sheets.service';
import * as indicators from './indicators.service';
import { getOverview } from './plan.service';
import { buildReport, logReportExport } from './report.service';
import { progressReportWorkbook } from './report-sheet';

const tags = ['plan'];
const reportQuerySchema = fiscalYearQuerySchema.extend({
  /** Signed-in staff may include entries not yet approved (marked as such). */
  drafts: z
    .enum(['0', '1'], { error: 'drafts は 0 か 1 です / drafts must be 0 or 1' })
    .optional()
    .transform((v) => v === '1'),
});

/** 地域共生社会推進計画: the plan, roadmap, indicators and the annual progress report. */
export function cityPlanRoutes(app: App, ctx: AppContext) {
  const { db } = ctx;
  app.get(
    '/api/plan',
    {
      schema: {
        tags,
        summary: '計画と工程表 / The plan and its roadmap',
        querystring: fiscalYearQuerySchema,
        response: withErrors({ 200: planOverviewSchema }),
      },
    },
    async (req) => getOverview(db, requireUser(req), req.query.fiscalYear),
  );
  app.get(
    '/api/plan/indicators',
    {
      schema: {
        tags,
        summary: '成果指標 / Outcome indicators',
        response: withErrors({ 200: indicatorListSchema }),
      },
    },
    async (req) => indicators.listIndicators(db, requireUser(req)),
  );
  app.put(
    '/api/plan/indicators/:id',
    {
      schema: {
        tags,
        summary: '成果指標の設定 / Set an indicator',
        params: idParamsSchema,
        body: indicatorUpdateSchema,
        response: withErrors({ 200: indicatorSchema }),
      },
    },
    async (req) => indicators.updateIndicator(db, requireUser(req), req.params.id, req.body),
  );
  app.put(
    '/api/plan/indicators/:id/values/:fiscalYear',
    {
      schema: {
        tags,
        summary: '成果指標の実績値を記録 / Record a value for a fiscal year',
        params: indicatorValueParamsSchema,
        body: indicatorValueInputSchema,
        response: withErrors({ 200: indicatorSchema }),
      },
    },
    async (req) =>
      indicators.recordValue(db, requireUser(req), req.params.id, req.params.fiscalYear, req.body),
  );
  app.get(
    '/api/plan/metrics',
    {
      schema: {
        tags,
        summary: '指標の計算方法の一覧 / The metric catalogue',
        response: withErrors({ 200: metricListSchema }),
      },
    },
    async (req) => {
      requireUser(req);
      return indicators.metricCatalogue();
    },
  );
  app.get(
    '/api/plan/metrics/:key/values',
    {
      schema: {
        tags,
        summary: '指標の年度別の値（記録から算出） / A metric per fiscal year',
        params: metricKeyParamsSchema,
        querystring: metricValuesQuerySchema,
        response: withErrors({ 200: metricValuesSchema }),
      },
    },
    async (req) => indicators.metricValues(db, requireUser(req), req.params.key, req.query),
  );
  app.get(
    '/api/plan/report',
    {
      schema: {
        tags,
        summary: '進捗状況報告 / The annual progress report',
        querystring: reportQuerySchema,
        response: withErrors({ 200: progressReportSchema }),
      },
    },
    async (req) =>
      buildReport(db, requireUser(req), {
        fiscalYear: req.query.fiscalYear,
        includeDrafts: req.query.drafts,
      }),
  );
  app.get(
    '/api/plan/report.xlsx',
    {
      schema: {
        tags,
        summary: '進捗状況報告 (xlsx) / The progress report as a workbook',
        querystring: reportQuerySchema,
      },
    },
    async (req, reply) => {
      const actor = requireUser(req);
      const report = await buildReport(db, actor, {
        fiscalYear: req.query.fiscalYear,
        includeDrafts: req.query.drafts,
      });
      const file = await progressReportWorkbook(report);
      await logReportExport(db, actor, report, 'xlsx');
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
  app.post(
    '/api/plan/report/print',
    {
      schema: {
        tags,
        summary: '進捗状況報告の印刷を記録 / Log a print of the report',
        querystring: reportQuerySchema,
        response: withErrors({ 204: z.null() }),
      },
    },
    async (req, reply) => {
      const actor = requireUser(req);
      const report = await buildReport(db, actor, {
        fiscalYear: req.query.fiscalYear,
        includeDrafts: req.query.drafts,
      });
      await logReportExport(db, actor, report, 'print');
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/api/public/progress',
    {
      schema: {
        tags,
        summary: '計画の進捗（公開） / Public progress page: approved entries, indicators, statistics',
        querystring: fiscalYearQuerySchema,
        response: withErrors({ 200: progressReportSchema }),
      },
      config: { public: true },
    },
    async (req) => buildReport(db, actorOf(req), { fiscalYear: req.query.fiscalYear, includeDrafts: false }),
  );
}
