import { randomUUID } from 'node:crypto';
import type { DuplicateCandidate, DuplicateCheck, DuplicateDismiss } from '@tsunagu/contracts/households';
import {
  DUPLICATE_THRESHOLD,
  type PersonKey,
  rankDuplicates,
  scoreDuplicate,
} from '@tsunagu/contracts/persons';
import { foldForSearch } from '@tsunagu/japan';
import type { persons } from '../../db/schema';
import { recordAudit } from '../../platform/audit/audit';
import type { UserActor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { queryRows } from '../../platform/db/database';
import { runAs, runAsSystem } from '../../platform/db/scope';
import { assertThat } from '../../platform/errors';
import * as repo from './duplicates.repository';
import { canEnterPerson, canMergePersons } from './households.policy';
import { presentPerson } from './households.service';
import { nameKey, phoneDigits, phoneGrams } from './person-keys';

const MAX_CANDIDATES = 10;

type PersonRow = typeof persons.$inferSelect;

/**
 * Possible duplicates of the person being entered, scored on ふりがな, 氏名, birth date, address and
 * phone (see @tsunagu/contracts/persons). The whole tenant is searched, because a duplicate is most
 * often a record another agency made; what is shown follows the live links: a candidate the agency
 * sees comes in full, one it does not is only counted, with its score.
 */
export async function checkDuplicates(db: Db, actor: UserActor, input: DuplicateCheck) {
  assertThat(canEnterPerson(actor), 'forbidden');
  const entered: PersonKey = input;
  const keys: repo.CandidateKeys = {
    nameKey: input.familyNameKana || input.givenNameKana ? nameKey(input) : '',
    familyKey: foldForSearch(input.familyNameKana),
    birthDate: input.birthDate,
    phoneGrams: input.phones.map((p) => phoneGrams(phoneDigits(p))).filter((g) => g.length >= 2),
  };
  const pool = await runAsSystem(db, (tx) => repo.candidatePersons(tx, actor.tenantId, keys));
  const ranked = rankDuplicates(pool, entered).slice(0, MAX_CANDIDATES);
  return runAs(db, actor, async (tx) => {
    const visible = new Map(
      (
        await repo.visibleAmong(
          tx,
          ranked.map((r) => r.id),
        )
      ).map((v) => [v.id, v.householdIds]),
    );
    const items = ranked.map(({ score, reasons, ...candidate }): DuplicateCandidate => {
      const householdIds = visible.get(candidate.id);
      return householdIds
        ? { visible: true, score, reasons, person: presentPerson(candidate), householdIds }
        : { visible: false, score };
    });
    await recordAudit(tx, actor, {
      action: 'person.duplicates_checked',
      entityType: 'person',
      entityId: null,
      payload: { visible: visible.size, hidden: items.length - visible.size },
    });
    return items;
  });
}

/**
 * Likely duplicate pairs across the tenant, best first, for coordinators and admins to review and
 * merge: identified enough to decide (names, birth date, address, which agencies hold them).
 */
export async function listDuplicatePairs(db: Db, actor: UserActor, limit: number) {
  assertThat(canMergePersons(actor), 'forbidden');
  return runAsSystem(db, async (tx) => {
    const pairs = await queryRows<{ a: string; b: string }>(tx, repo.candidatePairsQuery(actor.tenantId));
    const people = new Map(
      (await repo.personsByIds(tx, [...new Set(pairs.flatMap((p) => [p.a, p.b]))])).map((p) => [p.id, p]),
    );
    const scored = pairs
      .map(({ a, b }) => ({ a: people.get(a)!, b: people.get(b)! }))
      .map((pair) => ({ ...pair, ...scoreDuplicate(pair.a, pair.b) }))
      .filter((p) => p.score >= DUPLICATE_THRESHOLD)
      .sort((x, y) => y.score - x.score)
      .slice(0, limit);
    const ids = scored.flatMap((p) => [p.a.id, p.b.id]);
    const agencies = await repo.linkedAgencyNames(tx, ids);
    const describe = (p: PersonRow) => ({
      id: p.id,
      familyName: p.familyName,
      givenName: p.givenName,
      familyNameKana: p.familyNameKana,
      givenNameKana: p.givenNameKana,
      birthDate: p.birthDate,
      address: p.address,
      agencyNames: agencies.filter((a) => a.personId === p.id).map((a) => a.name),
      createdAt: p.createdAt.toISOString(),
    });
    await recordAudit(tx, actor, {
      action: 'person.duplicate_pairs_viewed',
      entityType: 'person',
      entityId: null,
      payload: { pairs: scored.length },
    });
    return scored.map((p) => ({
      score: p.score,
      reasons: p.reasons,
      persons: [describe(p.a), describe(p.b)],
    }));
  });
}

/**
 * 別人として除外: a coordinator or admin records that the two records are different people, so the
 * pair leaves the review list for good. Unknown persons are 404; the decision is audited.
 */
export async function dismissDuplicatePair(db: Db, actor: UserActor, input: DuplicateDismiss) {
  assertThat(canMergePersons(actor), 'forbidden');
  const found = await runAsSystem(db, (tx) => repo.personsByIds(tx, input.personIds));
  assertThat(found.length === 2 && found.every((p) => p.tenantId === actor.tenantId), 'not_found');
  const id = randomUUID();
  await runAs(db, actor, async (tx) => {
    await repo.insertDismissal(tx, {
      id,
      tenantId: actor.tenantId,
      ids: input.personIds,
      note: input.note?.trim() || null,
      by: actor.userId,
    });
    await recordAudit(tx, actor, {
      action: 'person.duplicate_dismissed',
      entityType: 'person',
      entityId: null,
      payload: { persons: [...input.personIds] },
    });
  });
}
