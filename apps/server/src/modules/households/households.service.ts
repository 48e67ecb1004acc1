import { type Household, type Person, SENSITIVE_CATEGORIES } from '@tsunagu/contracts/households';
import { isIsoDate, parseWareki } from '@tsunagu/japan';
import type { PersonRow } from '../../db/schema';
import { recordAudit } from '../../platform/audit/audit';
import type { UserActor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { runAs } from '../../platform/db/scope';
import { assertThat } from '../../platform/errors';
import { canHandleReferrals } from '../referrals/referrals.policy';
import { readHouseholdPage } from './household-page';
import { canEditHousehold, canExportSensitive } from './households.policy';
import type { PersonCriteria } from './households.repository';
import * as repo from './households.repository';
import { foldName, phoneGrams, queryGrams } from './person-keys';

export function presentPerson(
  p: Pick<
    PersonRow,
    | 'id'
    | 'version'
    | 'familyName'
    | 'givenName'
    | 'familyNameKana'
    | 'givenNameKana'
    | 'birthDate'
    | 'sex'
    | 'address'
    | 'schoolDistrictCode'
    | 'phones'
  >,
): Person {
  return {
    id: p.id,
    version: p.version,
    familyName: p.familyName,
    givenName: p.givenName,
    familyNameKana: p.familyNameKana,
    givenNameKana: p.givenNameKana,
    birthDate: p.birthDate,
    sex: p.sex as Person['sex'],
    address: p.address,
    schoolDistrictCode: p.schoolDistrictCode,
    phones: p.phones,
  };
}

/**
 * A household with its members and intakes, for an agency holding a live link to it. Anyone else is
 * told it does not exist (404), whatever their role. Every view is audited.
 */
export async function getHousehold(db: Db, actor: UserActor, id: string): Promise<Household> {
  return runAs(db, actor, async (tx) => {
    const page = await readHouseholdPage(tx, id);
    assertThat(page.household, 'not_found');
    await recordAudit(tx, actor, {
      action: 'household.viewed',
      entityType: 'household',
      entityId: id,
      payload: { basis: page.bases },
    });
    return {
      id,
      ...page.household,
      members: page.members.map((m) => ({
        person: presentPerson(m.person),
        relationship: m.relationship as Household['members'][number]['relationship'],
        livesTogether: m.livesTogether,
        sensitiveCategories: SENSITIVE_CATEGORIES.filter((c) =>
          page.sensitive.some((s) => s.personId === m.person.id && s.category === c),
        ),
      })),
      intakes: page.intakes.map((intake) => ({
        ...intake,
        channel: intake.channel as Household['intakes'][number]['channel'],
        visitor: intake.visitor as Household['intakes'][number]['visitor'],
        urgency: intake.urgency as Household['intakes'][number]['urgency'],
        problems: page.problems
          .filter((p) => p.intakeId === intake.id)
          .map((p) => ({ personId: p.personId, code: p.code, main: p.main })),
      })),
      abilities: {
        edit: canEditHousehold(actor),
        refer: canHandleReferrals(actor),
        exportSensitive: canExportSensitive(actor),
      },
      referrals: page.referrals.map((r) => ({
        ...r,
        state: r.state as Household['referrals'][number]['state'],
      })),
    };
  });
}

/**
 * Reads a search box: a date (西暦 or 和暦) searches birth dates, a run of digits phones, anything
 * else names — kanji or ふりがな, partial, insensitive to kana, width and common 異体字 (高 finds 髙).
 */
export function parsePersonQuery(q: string): PersonCriteria | undefined {
  const text = q.normalize('NFKC').trim();
  // A date-shaped query that is no calendar date (2026-02-30) finds nobody; the database would refuse it.
  if (/^\d{4}-\d{2}-\d{2}$/.test(text))
    return isIsoDate(text) ? { kind: 'birthDate', date: text } : undefined;
  try {
    return { kind: 'birthDate', date: parseWareki(text) };
  } catch {
    // not a 和暦 date
  }
  const digits = text.replace(/[-()\s]/g, '');
  if (/^\d{4,}$/.test(digits)) return { kind: 'phone', digits, grams: phoneGrams(digits) };
  const folded = foldName(text);
  return folded ? { kind: 'name', folded, grams: queryGrams(folded) } : undefined;
}

/**
 * Persons the actor's agency may see, by name, birth date or phone: matched through the indexes, then
 * read under row-level security (see the repository). The search is audited, not its words.
 */
export async function searchPersons(db: Db, actor: UserActor, q: string, limit: number) {
  const criteria = parsePersonQuery(q);
  const agencyId = actor.agencyId;
  const ids =
    criteria && agencyId
      ? // One statement, outside a transaction: nothing it finds is shown before the read below.
        (await repo.searchPersonIds(db, { tenantId: actor.tenantId, agencyId }, criteria, limit)).map(
          (r) => r.id,
        )
      : [];
  return runAs(db, actor, async (tx) => {
    const rows = await repo.readVisiblePersons(tx, ids);
    await recordAudit(tx, actor, {
      action: 'person.searched',
      entityType: 'person',
      entityId: null,
      payload: { results: rows.length, by: criteria?.kind ?? 'none' },
    });
    return rows.map((r) => ({ ...presentPerson(r.person), householdIds: r.householdIds }));
  });
}
