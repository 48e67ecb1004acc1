import type { EventKind } from '@tsunagu/contracts/community';
import { and, asc, eq, sql } from 'drizzle-orm';
import { communityProgrammes, communitySettings } from '../../db/schema';
import { queryRows, type Tx } from '../../platform/db/database';
import { AppError, assertThat, invalidField } from '../../platform/errors';
import {
  type DispatchRules,
  dispatchRulesSchema,
  type FigureRowConfig,
  figureSectionConfigSchema,
} from './community-document';

export type ProgrammeRow = typeof communityProgrammes.$inferSelect;
/** An event kind as configured, its count fields possibly tagged with the metric they feed. */
export type KindConfig = EventKind & { fields: (EventKind['fields'][number] & { metric?: string })[] };

export function kindsOf(p: ProgrammeRow): KindConfig[] {
  return p.kinds as KindConfig[];
}

export function listProgrammes(tx: Tx): Promise<ProgrammeRow[]> {
  return tx.select().from(communityProgrammes).orderBy(asc(communityProgrammes.sortOrder));
}

/** The programme, or a 404 naming it. */
export async function getProgramme(tx: Tx, code: string): Promise<ProgrammeRow> {
  const [row] = await tx
    .select()
    .from(communityProgrammes)
    .where(eq(communityProgrammes.code, code))
    .limit(1);
  assertThat(row, 'not_found');
  return row;
}

/** The programme named in a body, or a 400 on that field. */
export async function programmeForBody(tx: Tx, code: string, path: string): Promise<ProgrammeRow> {
  const [row] = await tx
    .select()
    .from(communityProgrammes)
    .where(eq(communityProgrammes.code, code))
    .limit(1);
  if (!row) throw invalidField(path, '事業がありません / unknown programme');
  return row;
}

export type Section = 'councils' | 'dispatch' | 'physicians' | 'board' | 'figures';

/** The owner division and settings of a section, as configured for the tenant. */
export async function sectionOf(tx: Tx, tenantId: string, section: Section) {
  const [row] = await tx
    .select()
    .from(communitySettings)
    .where(and(eq(communitySettings.tenantId, tenantId), eq(communitySettings.section, section)))
    .limit(1);
  if (!row)
    throw new AppError('not_found', undefined, undefined, {
      ja: 'この機能は設定されていません',
      en: 'this feature is not configured for the tenant',
    });
  return row;
}

/** The division that owns a section's records. */
export async function sectionDivision(tx: Tx, tenantId: string, section: Section): Promise<string> {
  return (await sectionOf(tx, tenantId, section)).divisionCode ?? '';
}

export async function dispatchRules(tx: Tx, tenantId: string): Promise<DispatchRules> {
  return dispatchRulesSchema.parse((await sectionOf(tx, tenantId, 'dispatch')).settings);
}

export async function figureSections(tx: Tx, tenantId: string) {
  const settings = (await sectionOf(tx, tenantId, 'figures')).settings as { sections: unknown };
  return figureSectionConfigSchema.array().parse(settings.sections);
}
export type { FigureRowConfig };

/**
 * Whether the actor writes community records of the division (null: of any division). The database
 * decides, with the function its row-level policies use.
 */
export async function writesCommunity(tx: Tx, division: string | null): Promise<boolean> {
  const rows = await queryRows<{ ok: boolean }>(tx, sql`select app_writes_community(${division}) as ok`);
  return Boolean(rows[0]?.ok);
}

export async function assertWritesCommunity(tx: Tx, division: string | null) {
  assertThat(await writesCommunity(tx, division), 'forbidden');
}

/** A range of 年度 for totals and figures: from ≤ to, at most 30 years. */
export function assertYearRange(from: number, to: number) {
  if (from > to) throw invalidField('query.from', '開始年度が終了年度より後です / from is after to');
  if (to - from >= 30) throw invalidField('query.from', '30年度以内で指定してください / at most 30 years');
}
