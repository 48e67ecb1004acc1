import { z } from 'zod';
import { advisors, communityProgrammes, communitySettings } from '../../db/schema';
import type { Tx } from '../../platform/db/database';

const codeItem = z.object({ code: z.string(), nameJa: z.string(), nameEn: z.string() });

const fieldSchema = codeItem.extend({
  /** The catalogue metric this count feeds (e.g. supporters.graduates for indicator No 9). */
  metric: z.string().optional(),
});

const kindSchema = codeItem.extend({ followsKind: z.string().nullable(), fields: z.array(fieldSchema) });

/** One line of the community figures: where its value comes from and how it is counted. */
export const figureRowConfigSchema = z.object({
  code: z.string(),
  labelJa: z.string(),
  labelEn: z.string(),
  unitJa: z.string(),
  source: z.enum(['programme', 'councils', 'dispatch']),
  programmeCode: z.string().optional(),
  kindCode: z.string().optional(),
  /** events (records), sessions (回), organisations (distinct), field:<code> (a count summed), established, active, held. */
  measure: z.string(),
  breakdown: z.enum(['theme', 'welfare_district']).optional(),
});
export type FigureRowConfig = z.infer<typeof figureRowConfigSchema>;

export const figureSectionConfigSchema = z.object({
  code: z.string(),
  titleJa: z.string(),
  titleEn: z.string(),
  rows: z.array(figureRowConfigSchema),
});

export const dispatchRulesSchema = z.object({
  divisionCode: z.string(),
  maxFollowUps: z.number().int().min(0).max(10),
  followUpMonths: z.number().int().min(1).max(24),
  minActiveYears: z.number().int().min(0).max(10),
  sessionHours: z.number().min(0.5).max(8),
});
export type DispatchRules = z.infer<typeof dispatchRulesSchema>;

/**
 * A city's community programmes and settings as data (Okayama's is
 * apps/server/demo/okayama/community.json): the programmes with their event kinds and count fields,
 * the owner division of councils, dispatch, the physicians' registry and the matching board, the
 * dispatch rules and advisors, and the lines of the community figures (FIGURES.md §6–§7).
 */
export const communityDocumentSchema = z.object({
  codeLists: z.object({
    community_theme: z.array(codeItem),
    profession: z.array(codeItem),
    council_activity: z.array(codeItem),
    advisor_field: z.array(codeItem),
    medical_care: z.array(codeItem),
    board_field: z.array(codeItem),
  }),
  programmes: z.array(
    codeItem.extend({
      divisionCode: z.string(),
      policyNo: z.number().int().nullable(),
      usesThemes: z.boolean(),
      usesProfessions: z.boolean(),
      recordsOrganisations: z.boolean(),
      organisationMetric: z.string().nullable(),
      kinds: z.array(kindSchema).min(1),
    }),
  ),
  councils: z.object({ divisionCode: z.string() }),
  dispatch: dispatchRulesSchema.extend({
    advisors: z.array(
      z.object({ name: z.string(), fieldCode: z.string(), sinceFiscalYear: z.number().int() }),
    ),
  }),
  physicians: z.object({ divisionCode: z.string() }),
  board: z.object({ divisionCode: z.string() }),
  figures: z.array(figureSectionConfigSchema),
});
export type CommunityDocument = z.infer<typeof communityDocumentSchema>;

/** Loads the programmes, the section settings and the advisors (the code lists load with the others). */
export async function importCommunity(tx: Tx, tenantId: string, doc: CommunityDocument) {
  await tx.insert(communityProgrammes).values(
    doc.programmes.map((p, i) => ({
      tenantId,
      code: p.code,
      nameJa: p.nameJa,
      nameEn: p.nameEn,
      divisionCode: p.divisionCode,
      policyNo: p.policyNo,
      usesThemes: p.usesThemes,
      usesProfessions: p.usesProfessions,
      recordsOrganisations: p.recordsOrganisations,
      organisationMetric: p.organisationMetric,
      kinds: p.kinds,
      sortOrder: i + 1,
    })),
  );
  const { advisors: advisorList, ...dispatch } = doc.dispatch;
  await tx.insert(communitySettings).values([
    { tenantId, section: 'councils', divisionCode: doc.councils.divisionCode, settings: {} },
    { tenantId, section: 'dispatch', divisionCode: dispatch.divisionCode, settings: dispatch },
    { tenantId, section: 'physicians', divisionCode: doc.physicians.divisionCode, settings: {} },
    { tenantId, section: 'board', divisionCode: doc.board.divisionCode, settings: {} },
    { tenantId, section: 'figures', divisionCode: null, settings: { sections: doc.figures } },
  ]);
  if (advisorList.length)
    await tx
      .insert(advisors)
      .values(advisorList.map((a) => ({ tenantId, divisionCode: dispatch.divisionCode, ...a })));
}
