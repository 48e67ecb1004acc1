import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import { agencies, matches, participants, persons } from '../../db/schema';
import type { Tx } from '../../platform/db/database';

const ACTIVE = ['proposed', 'trial', 'placed'];

/** Open participants the actor sees, with what matching needs of them. */
export function seekers(tx: Tx, f: { id?: string; aim?: string }) {
  return tx
    .select({
      id: participants.id,
      aim: participants.aim,
      abilities: participants.abilities,
      limits: participants.limits,
      wishedIndustries: participants.wishedIndustries,
      interests: participants.interests,
      accessibilityNeeds: participants.accessibilityNeeds,
      availableDays: participants.availableDays,
      maxHoursPerWeek: participants.maxHoursPerWeek,
      travelRange: participants.travelRange,
      schoolDistrictCode: persons.schoolDistrictCode,
      familyName: persons.familyName,
      givenName: persons.givenName,
      agencyName: agencies.name,
    })
    .from(participants)
    .innerJoin(persons, eq(persons.id, participants.personId))
    .leftJoin(agencies, eq(agencies.id, participants.allocatedAgencyId))
    .where(
      and(
        isNull(participants.closedOn),
        f.id ? eq(participants.id, f.id) : undefined,
        f.aim ? eq(participants.aim, f.aim) : undefined,
      ),
    );
}
export type SeekerRow = Awaited<ReturnType<typeof seekers>>[number];

/** The openings and places the participant is already proposed to, on trial at or placed with. */
export async function activeTargets(tx: Tx, participantId: string): Promise<string[]> {
  const rows = await tx
    .select({ openingId: matches.openingId, placeId: matches.placeId })
    .from(matches)
    .where(and(eq(matches.participantId, participantId), inArray(matches.state, ACTIVE)));
  return rows.map((r) => (r.openingId ?? r.placeId) as string);
}

/** The participants already matched (and not declined or ended) to an opening or a place. */
export async function participantsMatchedTo(tx: Tx, targetId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: matches.participantId })
    .from(matches)
    .where(
      and(or(eq(matches.openingId, targetId), eq(matches.placeId, targetId)), inArray(matches.state, ACTIVE)),
    );
  return rows.map((r) => r.id);
}
