import type { TeamRole } from '@tsunagu/contracts/cases';
import { RELATIONSHIP_LABELS } from '@tsunagu/contracts/households';
import type { agendaCaseSchema } from '@tsunagu/contracts/meetings';
import type { z } from 'zod';
import type { Tx } from '../../platform/db/database';
import { oneByOne } from '../../platform/db/scope';
import { personName } from '../cases/cases.present';
import * as caseRepo from '../cases/cases.repository';
import { listPlans } from '../cases/plans.repository';
import { listMembers } from '../households/households.repository';

/**
 * An agenda case as the meeting shows it — what the meeting's purpose needs: who is in the household,
 * the request, the current goals and the team. Read under row-level security (the meeting context
 * for an attending agency); undefined when the actor may not see it.
 */
export async function readAgendaCase(
  tx: Tx,
  caseId: string,
): Promise<z.infer<typeof agendaCaseSchema> | undefined> {
  const listed = await caseRepo.findListed(tx, caseId);
  if (!listed) return undefined;
  const c = listed.case;
  const [members, team, plans] = await oneByOne(
    () => listMembers(tx, c.householdId),
    () => caseRepo.listTeam(tx, caseId),
    () => listPlans(tx, caseId),
  );
  const current = plans.find((p) => p.plan.state === 'approved') ?? plans[0];
  return {
    caseId,
    number: c.number,
    personName: personName(listed),
    stage: c.stage,
    summary: c.summary,
    members: members.map((m) => ({
      name: `${m.person.familyName} ${m.person.givenName}`.trim(),
      relationship:
        RELATIONSHIP_LABELS[m.member.relationship as keyof typeof RELATIONSHIP_LABELS]?.ja ??
        m.member.relationship,
    })),
    goals: current?.plan.goals.map((g) => g.text) ?? [],
    team: team
      .filter((t) => !t.member.endedAt)
      .map((t) => ({
        agency: { id: t.member.agencyId, name: t.agencyName },
        role: t.member.role as TeamRole,
      })),
  };
}
