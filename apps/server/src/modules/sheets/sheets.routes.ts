import { idParamsSchema } from '@tsunagu/contracts';
import { requireUser } from '../../platform/http/session';
import type { App, AppContext } from '../../platform/http/types';
import { exportSheet, XLSX_TYPE } from './sheets.service';

/** つなぐシート as a file. */
export function sheetRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/households/:id/sheet.xlsx',
    {
      schema: {
        tags: ['households'],
        summary: 'つなぐシートの出力 (xlsx) / Export the Tsunagu sheet',
        description: 'An xlsx file. 要配慮個人情報 is included only for agency managers and coordinators.',
        params: idParamsSchema,
      },
    },
    async (req, reply) => {
      const file = await exportSheet(ctx.db, requireUser(req), req.params.id);
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('cache-control', 'no-store')
        .send(file.body);
    },
  );
}
