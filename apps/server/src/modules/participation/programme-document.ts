import { BARRIER_LEVELS } from '@tsunagu/contracts/participation';
import { z } from 'zod';
import { employmentProgrammes, programmeAgencies } from '../../db/schema';
import type { Tx } from '../../platform/db/database';

const codeItem = z.object({ code: z.string(), nameJa: z.string(), nameEn: z.string() });

/**
 * A city's employment programmes and the code lists matching uses, as data (Okayama's is
 * apps/server/demo/okayama/participation.json): each programme's owner division and the agencies that
 * work it, with the barrier levels each takes (振分け).
 */
export const participationDocumentSchema = z.object({
  programmes: z.array(
    z.object({
      code: z.string(),
      nameJa: z.string(),
      nameEn: z.string(),
      divisionCode: z.string(),
      matching: z.boolean(),
      agencies: z.array(
        z.object({
          agencyCode: z.string(),
          barrierLevels: z.array(z.enum(BARRIER_LEVELS)),
          desk: z.boolean(),
        }),
      ),
    }),
  ),
  codeLists: z.object({
    job_task: z.array(codeItem),
    work_demand: z.array(codeItem),
    industry: z.array(codeItem),
    interest: z.array(codeItem),
    accessibility: z.array(codeItem),
  }),
});
export type ParticipationDocument = z.infer<typeof participationDocumentSchema>;

/** Loads the programmes and their agencies (the code lists are loaded with the other lists). */
export async function importProgrammes(
  tx: Tx,
  tenantId: string,
  doc: ParticipationDocument,
  agencyIds: ReadonlyMap<string, string>,
) {
  await tx.insert(employmentProgrammes).values(
    doc.programmes.map((p, i) => ({
      tenantId,
      code: p.code,
      nameJa: p.nameJa,
      nameEn: p.nameEn,
      divisionCode: p.divisionCode,
      matching: p.matching,
      sortOrder: i + 1,
    })),
  );
  const links = doc.programmes.flatMap((p) =>
    p.agencies.map((a) => {
      const agencyId = agencyIds.get(a.agencyCode);
      if (!agencyId) throw new Error(`programme ${p.code}: unknown agency ${a.agencyCode}`);
      return { tenantId, programmeCode: p.code, agencyId, barrierLevels: a.barrierLevels, desk: a.desk };
    }),
  );
  if (links.length) await tx.insert(programmeAgencies).values(links);
}
