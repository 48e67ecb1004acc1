import type {
  FollowUp,
  Match,
  Participant,
  ParticipantProfile,
  ParticipantStage,
  ParticipantSummary,
  ScoreItem,
} from '@tsunagu/contracts/participation';
import { ageOn, toIsoDate } from '@tsunagu/japan';
import { hasRole, type UserActor } from '../../platform/auth/actor';
import type {
  FollowUpRow,
  FoundParticipant,
  ListedMatch,
  ParticipantListRow,
} from './participants.repository';

export function ageToday(birthDate: string | null): number | null {
  if (!birthDate) return null;
  const today = toIsoDate(new Date());
  return today < birthDate ? null : ageOn(birthDate, today);
}

export function presentSummary(r: ParticipantListRow): ParticipantSummary {
  return {
    id: r.id,
    version: Number(r.version),
    personId: r.person_id,
    name: `${r.family_name} ${r.given_name}`,
    nameKana: `${r.family_name_kana} ${r.given_name_kana}`,
    age: ageToday(r.birth_date),
    aim: r.aim as ParticipantSummary['aim'],
    programmeCode: r.programme_code,
    programmeName: r.programme_name ?? r.programme_code,
    programmeNameEn: r.programme_name_en ?? r.programme_code,
    barrierLevel: r.barrier_level as ParticipantSummary['barrierLevel'],
    registeredOn: r.registered_on,
    allocatedAgency:
      r.allocated_agency_id && r.agency_name ? { id: r.allocated_agency_id, name: r.agency_name } : null,
    assignedUser: r.assigned_user_id && r.user_name ? { id: r.assigned_user_id, name: r.user_name } : null,
    stage: r.stage as ParticipantStage,
    caseId: r.case_id,
    nextFollowUpOn: r.next_follow_up_on,
  };
}

export function presentFollowUp(f: FollowUpRow): FollowUp {
  return {
    id: f.id,
    month: f.month,
    dueOn: f.dueOn,
    doneOn: f.doneOn,
    personContacted: f.personContacted,
    employerContacted: f.employerContacted,
    stillWorking: f.stillWorking,
    note: f.note,
    version: f.version,
  };
}

export function presentMatch(m: ListedMatch, followUps: FollowUpRow[]): Match {
  const x = m.match;
  const opening = x.openingId !== null;
  return {
    id: x.id,
    version: x.version,
    participantId: x.participantId,
    target: {
      kind: opening ? 'opening' : 'place',
      id: (x.openingId ?? x.placeId) as string,
      name: (opening ? m.openingTitle : m.placeName) ?? '',
      organisation: (opening ? m.employerName : m.placeHost) ?? '',
    },
    state: x.state as Match['state'],
    score: x.score,
    scoreItems: x.scoreItems as ScoreItem[],
    proposedOn: x.proposedOn,
    trialFrom: x.trialFrom,
    trialTo: x.trialTo,
    trialNote: x.trialNote,
    placedOn: x.placedOn,
    endedOn: x.endedOn,
    endReason: x.endReason,
    followUps: followUps.filter((f) => f.matchId === x.id).map(presentFollowUp),
  };
}

/** One participant as its page shows it, with what the actor may do. */
export function presentParticipant(
  actor: UserActor,
  found: FoundParticipant,
  listed: ParticipantListRow | undefined,
  matchRows: ListedMatch[],
  followUps: FollowUpRow[],
): Participant {
  const p = found.participant;
  const allocatedHere = p.allocatedAgencyId !== null && p.allocatedAgencyId === actor.agencyId;
  return {
    id: p.id,
    version: p.version,
    personId: p.personId,
    name: `${found.person.familyName} ${found.person.givenName}`,
    nameKana: `${found.person.familyNameKana} ${found.person.givenNameKana}`,
    age: ageToday(found.person.birthDate),
    aim: p.aim as Participant['aim'],
    programmeCode: p.programmeCode,
    programmeName: found.programmeName ?? p.programmeCode,
    programmeNameEn: found.programmeNameEn ?? p.programmeCode,
    barrierLevel: p.barrierLevel as Participant['barrierLevel'],
    registeredOn: p.registeredOn,
    allocatedAgency:
      p.allocatedAgencyId && found.agencyName ? { id: p.allocatedAgencyId, name: found.agencyName } : null,
    assignedUser: p.assignedUserId && found.userName ? { id: p.assignedUserId, name: found.userName } : null,
    stage: (listed?.stage ?? 'registered') as Participant['stage'],
    caseId: p.caseId,
    nextFollowUpOn: listed?.next_follow_up_on ?? null,
    profile: {
      aim: p.aim as Participant['aim'],
      programmeCode: p.programmeCode,
      healthLevel: p.healthLevel as ParticipantProfile['healthLevel'],
      healthNote: p.healthNote,
      wishesNote: p.wishesNote,
      wishedIndustries: p.wishedIndustries,
      abilities: p.abilities,
      limits: p.limits,
      interests: p.interests,
      accessibilityNeeds: p.accessibilityNeeds,
      availableDays: p.availableDays as ParticipantProfile['availableDays'],
      maxHoursPerWeek: p.maxHoursPerWeek,
      travelRange: p.travelRange as ParticipantProfile['travelRange'],
      barrierLevel: p.barrierLevel as ParticipantProfile['barrierLevel'],
      barriersNote: p.barriersNote,
    },
    allocationNote: p.allocationNote,
    closedOn: p.closedOn,
    closeReason: p.closeReason,
    schoolDistrictCode: found.person.schoolDistrictCode,
    matches: matchRows.map((m) => presentMatch(m, followUps)),
    abilities: {
      edit: p.closedOn === null,
      assign: p.closedOn === null && (allocatedHere || hasRole(actor, 'programme_staff')),
    },
  };
}
