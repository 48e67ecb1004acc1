import type { ParticipationStatistics } from '@tsunagu/contracts/participation';
import { fiscalYearOf } from '@tsunagu/japan';
import type { UserActor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { runAs, runAsSystem } from '../../platform/db/scope';
import { assertThat, invalidField } from '../../platform/errors';
import { computeParticipationStatistics, supportedPerProgramme } from './participation-statistics';
import { presentFair } from './places.service';
import * as repo from './resources.repository';

/**
 * The programme figures for 年度 from–to (FIGURES.md §3–§5): aggregates only, computed as the system
 * after the actor's read of the (non-personal) programme list.
 */
export async function participationStatistics(
  db: Db,
  actor: UserActor,
  q: { programme?: string | undefined; from?: number | undefined; to?: number | undefined },
): Promise<ParticipationStatistics> {
  const to = q.to ?? fiscalYearOf(new Date());
  const from = q.from ?? to - 2;
  if (from > to) throw invalidField('querystring.from', '開始年度が終了年度より後です / from is after to');
  if (to - from > 20)
    throw invalidField('querystring.from', '20年度以内で指定してください / at most 20 years');
  const { programmes, divisions, fairs } = await runAs(db, actor, async (tx) => ({
    programmes: await repo.listProgrammes(tx),
    divisions: new Map((await repo.divisionNames(tx)).map((d) => [d.code, d.name])),
    fairs: await repo.listFairs(tx),
  }));
  const programme = q.programme
    ? programmes.find((p) => p.code === q.programme)
    : (programmes.find((p) => p.matching) ?? programmes[0]);
  assertThat(programme, 'not_found');
  const { rows, supported } = await runAsSystem(db, async (tx) => ({
    rows: await computeParticipationStatistics(tx, actor.tenantId, { codes: [programme.code] }, from, to),
    supported: await supportedPerProgramme(tx, actor.tenantId, to),
  }));
  return {
    programme: { code: programme.code, name: programme.nameJa },
    rows,
    supportedFiscalYear: to,
    supported: programmes.map((p) => ({
      code: p.code,
      name: p.nameJa,
      divisionName: divisions.get(p.divisionCode) ?? p.divisionCode,
      count: supported.get(p.code) ?? 0,
    })),
    fairs: fairs
      .map(presentFair)
      .filter((f) => f.fiscalYear >= from && f.fiscalYear <= to)
      .map((f) => ({
        id: f.id,
        name: f.name,
        heldOn: f.heldOn,
        participants: f.participants,
        hires: f.hires,
        hireRate: f.hireRate,
      })),
  };
}
