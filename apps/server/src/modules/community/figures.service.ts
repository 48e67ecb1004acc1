import type { CommunityFigures, FigureRow } from '@tsunagu/contracts/community';
import type { CodeLists } from '@tsunagu/contracts/settings';
import { fiscalYearOf } from '@tsunagu/japan';
import type { UserActor } from '../../platform/auth/actor';
import type { Db, Tx } from '../../platform/db/database';
import { runAsSystem } from '../../platform/db/scope';
import type { Series } from '../plan/metric';
import { getCodeLists } from '../settings/settings.service';
import { assertYearRange, figureSections } from './community-config';
import type { FigureRowConfig } from './community-document';
import { councilSeries, dispatchSeries, type Measured, measureProgramme } from './community-statistics';

async function measure(
  tx: Tx,
  tenantId: string,
  row: FigureRowConfig,
  from: number,
  to: number,
): Promise<Measured> {
  if (row.source === 'councils')
    return {
      total: await councilSeries(tx, tenantId, row.measure === 'active' ? 'active' : 'established', from, to),
      parts: new Map(),
    };
  if (row.source === 'dispatch')
    return { total: await dispatchSeries(tx, tenantId, from, to), parts: new Map() };
  return measureProgramme(tx, tenantId, row, from, to);
}

/**
 * The community figures (FIGURES.md §6 地域づくり, §7 在宅医療) for 年度 from..to, each line as the
 * tenant configured it, computed from the records.
 */
export async function computeFigures(
  tx: Tx,
  tenantId: string,
  lists: CodeLists,
  from: number,
  to: number,
): Promise<CommunityFigures> {
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const values = (s: Series) => years.map((y) => s.get(y) ?? 0);
  const sections = await figureSections(tx, tenantId);
  const out: CommunityFigures['sections'] = [];
  for (const section of sections) {
    const rows: FigureRow[] = [];
    for (const row of section.rows) {
      const m = await measure(tx, tenantId, row, from, to);
      const list =
        row.breakdown === 'theme'
          ? lists.community_theme
          : row.breakdown === 'welfare_district'
            ? lists.welfare_district
            : [];
      rows.push({
        code: row.code,
        labelJa: row.labelJa,
        labelEn: row.labelEn,
        unitJa: row.unitJa,
        values: values(m.total),
        breakdown: list.map((item) => ({
          labelJa: item.labelJa,
          labelEn: item.labelEn,
          values: values(m.parts.get(item.code) ?? new Map()),
        })),
      });
    }
    out.push({ code: section.code, titleJa: section.titleJa, titleEn: section.titleEn, rows });
  }
  return { years, sections: out };
}

/** The figures for the screen: every signed-in user may see them (aggregates, no personal data). */
export async function communityFigures(
  db: Db,
  actor: UserActor,
  q: { from?: number | undefined; to?: number | undefined },
): Promise<CommunityFigures> {
  const to = q.to ?? fiscalYearOf(new Date());
  const from = q.from ?? to - 3;
  assertYearRange(from, to);
  const lists = await getCodeLists(db, actor);
  return runAsSystem(db, (tx) => computeFigures(tx, actor.tenantId, lists, from, to));
}
