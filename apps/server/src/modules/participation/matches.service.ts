import { randomUUID } from 'node:crypto';
import {
  type DueFollowUpList,
  FOLLOW_UP_MONTHS,
  type FollowUpRecord,
  type MatchCreate,
  type MatchEnd,
  type MatchPlace,
  type MatchTrial,
  type Participant,
} from '@tsunagu/contracts/participation';
import { addDays, addMonths, toIsoDate } from '@tsunagu/japan';
import type { matches } from '../../db/schema';
import { recordAudit } from '../../platform/audit/audit';
import type { UserActor } from '../../platform/auth/actor';
import type { Db, Tx } from '../../platform/db/database';
import { runAs } from '../../platform/db/scope';
import { assertThat, invalidField, stateConflict } from '../../platform/errors';
import { getCodeLists } from '../settings/settings.service';
import * as repo from './matches.repository';
import { scoreOpening, scorePlace } from './matching';
import * as matching from './matching.repository';
import { matchingContext, openingFacts, placeFacts, seekerFacts } from './matching.service';
import { getParticipant } from './participants.service';
import * as resources from './resources.repository';

type MatchRow = repo.MatchRow;

async function findMatch(tx: Tx, id: string): Promise<MatchRow> {
  const found = await repo.findMatch(tx, id);
  assertThat(found, 'not_found');
  return found;
}

/**
 * Staff confirm a suggestion: the match is proposed with the score as it stood then, so the record
 * shows why it was made even after the person's or the opening's details change.
 */
export async function proposeMatch(db: Db, actor: UserActor, input: MatchCreate): Promise<Participant> {
  const ctx = matchingContext(await getCodeLists(db, actor));
  const id = randomUUID();
  await runAs(db, actor, async (tx) => {
    const [seeker] = await matching.seekers(tx, { id: input.participantId });
    assertThat(seeker, 'not_found');
    if (input.proposedOn > toIsoDate(new Date()))
      throw invalidField('body.proposedOn', '未来の日付です / in the future');
    const facts = seekerFacts(ctx, seeker);
    let score: ReturnType<typeof scoreOpening>;
    if (input.openingId) {
      if (seeker.aim !== 'work')
        throw invalidField(
          'body.openingId',
          '就労を目指す利用者ではありません / the participant is not after work',
        );
      const opening = await resources.findOpening(tx, input.openingId);
      assertThat(opening, 'not_found');
      if (!opening.opening.open)
        throw stateConflict('この求人は締め切られています。', 'The opening is closed.');
      score = scoreOpening(facts, openingFacts(ctx, opening), ctx.label);
    } else {
      const place = await resources.findPlace(tx, input.placeId!);
      assertThat(place, 'not_found');
      if (!place.active) throw stateConflict('この通いの場は休止中です。', 'The place is not active.');
      score = scorePlace(facts, placeFacts(ctx, place), ctx.label);
    }
    const target = (input.openingId ?? input.placeId) as string;
    if ((await matching.activeTargets(tx, input.participantId)).includes(target))
      throw stateConflict('この利用者はすでにこの求人・通いの場で支援中です。', 'Already matched to it.');
    await repo.insertMatch(tx, {
      id,
      tenantId: actor.tenantId,
      participantId: input.participantId,
      openingId: input.openingId,
      placeId: input.placeId,
      score: score.score,
      scoreItems: score.items,
      proposedOn: input.proposedOn,
      proposedBy: actor.userId,
    });
    await recordAudit(tx, actor, {
      action: 'match.proposed',
      entityType: 'match',
      entityId: id,
      payload: { participantId: input.participantId, state: 'proposed' },
    });
  });
  return getParticipant(db, actor, input.participantId, false);
}

async function move(
  db: Db,
  actor: UserActor,
  id: string,
  version: number,
  allowed: readonly string[],
  step: (m: MatchRow) => Partial<typeof matches.$inferInsert>,
  action: 'match.trial' | 'match.placed' | 'match.ended' | 'match.declined',
  after?: (tx: Tx, m: MatchRow, set: Partial<typeof matches.$inferInsert>) => Promise<void>,
): Promise<Participant> {
  const m = await runAs(db, actor, async (tx) => {
    const m = await findMatch(tx, id);
    if (!allowed.includes(m.state))
      throw stateConflict('今の状態ではこの操作はできません。', 'Not possible in the current state.');
    const set = step(m);
    assertThat(await repo.updateMatchAtVersion(tx, id, version, set), 'version_conflict');
    await after?.(tx, m, set);
    await recordAudit(tx, actor, {
      action,
      entityType: 'match',
      entityId: id,
      payload: { participantId: m.participantId, state: set.state ?? m.state },
    });
    return m;
  });
  return getParticipant(db, actor, m.participantId, false);
}

/** 体験: a trial period of work (or a first visit to a place). */
export function recordTrial(db: Db, actor: UserActor, id: string, input: MatchTrial) {
  return move(
    db,
    actor,
    id,
    input.version,
    ['proposed', 'trial'],
    (m) => {
      if (input.trialFrom < m.proposedOn)
        throw invalidField('body.trialFrom', '提案日より前の日付です / before the proposal');
      return {
        state: 'trial',
        trialFrom: input.trialFrom,
        trialTo: input.trialTo,
        trialNote: input.trialNote,
      };
    },
    'match.trial',
  );
}

/** 就労 / 参加開始: the placement; a job placement gets its follow-ups at 1, 3 and 6 months. */
export function recordPlacement(db: Db, actor: UserActor, id: string, input: MatchPlace) {
  return move(
    db,
    actor,
    id,
    input.version,
    ['proposed', 'trial'],
    (m) => {
      if (input.placedOn < m.proposedOn)
        throw invalidField('body.placedOn', '提案日より前の日付です / before the proposal');
      if (input.placedOn > toIsoDate(new Date()))
        throw invalidField('body.placedOn', '未来の日付です / in the future');
      return { state: 'placed', placedOn: input.placedOn };
    },
    'match.placed',
    async (tx, m) => {
      if (m.openingId === null) return;
      await repo.insertFollowUps(
        tx,
        FOLLOW_UP_MONTHS.map((month) => ({
          id: randomUUID(),
          tenantId: actor.tenantId,
          matchId: m.id,
          participantId: m.participantId,
          month,
          dueOn: addMonths(input.placedOn, month),
        })),
      );
    },
  );
}

/** The person left the job or the place (the follow-ups still due stay, to record how it went). */
export function endMatch(db: Db, actor: UserActor, id: string, input: MatchEnd) {
  return move(
    db,
    actor,
    id,
    input.version,
    ['placed'],
    (m) => {
      if (m.placedOn && input.endedOn < m.placedOn)
        throw invalidField('body.endedOn', '就労・参加開始日より前の日付です / before the placement');
      return { state: 'ended', endedOn: input.endedOn, endReason: input.reason.trim() };
    },
    'match.ended',
  );
}

/** Not taken up (by the person or the employer) before a placement. */
export function declineMatch(db: Db, actor: UserActor, id: string, input: MatchEnd) {
  return move(
    db,
    actor,
    id,
    input.version,
    ['proposed', 'trial'],
    (m) => {
      if (input.endedOn < m.proposedOn)
        throw invalidField('body.endedOn', '提案日より前の日付です / before the proposal');
      return { state: 'declined', endedOn: input.endedOn, endReason: input.reason.trim() };
    },
    'match.declined',
  );
}

/** 定着支援の記録: who was contacted and whether the person is still in work. */
export async function recordFollowUp(db: Db, actor: UserActor, id: string, input: FollowUpRecord) {
  const participantId = await runAs(db, actor, async (tx) => {
    const f = await repo.findFollowUp(tx, id);
    assertThat(f, 'not_found');
    const m = await findMatch(tx, f.matchId);
    if (m.placedOn === null || input.doneOn < m.placedOn)
      throw invalidField('body.doneOn', '就労開始日より前の日付です / before the placement');
    if (input.doneOn > toIsoDate(new Date()))
      throw invalidField('body.doneOn', '未来の日付です / in the future');
    const { version, ...set } = input;
    assertThat(
      await repo.updateFollowUpAtVersion(tx, id, version, { ...set, recordedBy: actor.userId }),
      'version_conflict',
    );
    await recordAudit(tx, actor, {
      action: 'follow_up.recorded',
      entityType: 'retention_follow_up',
      entityId: id,
      payload: { matchId: f.matchId, month: f.month, stillWorking: input.stillWorking },
    });
    return f.participantId;
  });
  return getParticipant(db, actor, participantId, false);
}

/**
 * 定着支援の予定: follow-ups not yet done, due within `days` or overdue, of the people the actor sees —
 * not those of a job that ended before they fell due (the retention rate counts that job as not
 * kept; there is nothing left to follow up).
 */
export function dueFollowUps(db: Db, actor: UserActor, days: number): Promise<DueFollowUpList> {
  const today = toIsoDate(new Date());
  return runAs(db, actor, async (tx) => {
    const rows = await repo.listDueFollowUps(tx, addDays(today, days));
    await recordAudit(tx, actor, {
      action: 'follow_up.listed',
      entityType: 'participant',
      entityId: null,
      payload: { list: 'follow_ups_due', results: rows.length },
    });
    const items = rows.map((r) => ({
      id: r.id,
      matchId: r.match_id,
      participantId: r.participant_id,
      name: `${r.family_name} ${r.given_name}`,
      employerName: r.employer_name,
      openingTitle: r.title,
      month: Number(r.month),
      placedOn: r.placed_on,
      dueOn: r.due_on,
      overdue: r.due_on < today,
      assignedUser: r.assigned_user_id && r.user_name ? { id: r.assigned_user_id, name: r.user_name } : null,
    }));
    return { items, overdue: items.filter((i) => i.overdue).length };
  });
}
