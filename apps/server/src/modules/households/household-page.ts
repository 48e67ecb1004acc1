import { type SQL, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../platform/db/database';
import { problemsOfIntakes } from './households.repository';

type PageRow = {
  household: { version: number; address: string | null; school_district_code: string | null } | null;
  members: {
    relationship: string;
    lives_together: boolean;
    id: string;
    version: number;
    family_name: string;
    given_name: string;
    family_name_kana: string;
    given_name_kana: string;
    birth_date: string | null;
    sex: string;
    address: string | null;
    school_district_code: string | null;
    phones: string[];
  }[];
  intakes: {
    id: string;
    agency_id: string;
    agency_name: string;
    received_on: string;
    channel: string;
    visitor: string;
    urgency: string;
    summary: string;
    accommodation: string | null;
  }[];
  problems: { intake_id: string; person_id: string; code: string; main: boolean }[];
  sensitive: { person_id: string; category: string }[];
  referrals: {
    id: string;
    from_agency_name: string;
    to_agency_name: string;
    state: string;
    sent_at: string;
    reason: string;
  }[];
  bases: string[];
};

/**
 * The statement of readHouseholdPage: the household, its current members with their persons, its
 * intakes (newest first) with the recording agency's name, the problems of those intakes (a merged
 * person's under the person kept), which kinds of 要配慮個人情報 each member has recorded (never the
 * content), its referrals (oldest first) with both agencies' names, and the kinds of live link through
 * which the actor's agency sees it (the read's legal basis). Each part is read under row-level security
 * as its own statement would be; the household is null when the actor may not see it.
 */
export function householdPageQuery(householdId: string): SQL {
  return sql`select
      (select json_build_object('version', h.version, 'address', h.address,
          'school_district_code', h.school_district_code)
        from households h where h.id = ${householdId}) as household,
      coalesce((select json_agg(json_build_object('relationship', hm.relationship,
          'lives_together', hm.lives_together, 'id', p.id, 'version', p.version,
          'family_name', p.family_name, 'given_name', p.given_name, 'family_name_kana', p.family_name_kana,
          'given_name_kana', p.given_name_kana, 'birth_date', p.birth_date, 'sex', p.sex,
          'address', p.address, 'school_district_code', p.school_district_code, 'phones', p.phones)
          order by hm.created_at)
        from household_members hm join persons p on p.id = hm.person_id
        where hm.household_id = ${householdId} and hm.removed_at is null), '[]') as members,
      coalesce((select json_agg(json_build_object('id', i.id, 'agency_id', i.agency_id, 'agency_name', a.name,
          'received_on', i.received_on, 'channel', i.channel, 'visitor', i.visitor, 'urgency', i.urgency,
          'summary', i.summary, 'accommodation', i.accommodation)
          order by i.received_on desc, i.created_at desc)
        from intakes i join agencies a on a.id = i.agency_id where i.household_id = ${householdId}), '[]')
        as intakes,
      coalesce((select json_agg(json_build_object('intake_id', x.intake_id, 'person_id', x.person_id,
          'code', x.category_code, 'main', x.is_main))
        from (${problemsOfIntakes(sql`select i.id from intakes i where i.household_id = ${householdId}`)}) x),
        '[]') as problems,
      coalesce((select json_agg(distinct jsonb_build_object('person_id', coalesce(p.merged_into, s.person_id),
          'category', s.category))
        from sensitive_notes s join persons p on p.id = s.person_id
        where s.household_id = ${householdId}
          and not exists (select 1 from sensitive_notes s2 where s2.supersedes = s.id)), '[]') as sensitive,
      coalesce((select json_agg(json_build_object('id', r.id, 'from_agency_name', fa.name,
          'to_agency_name', ta.name, 'state', r.state, 'sent_at', r.sent_at, 'reason', r.reason)
          order by r.sent_at)
        from referrals r join agencies fa on fa.id = r.from_agency_id join agencies ta on ta.id = r.to_agency_id
        where r.household_id = ${householdId}), '[]') as referrals,
      app_link_bases(${householdId}) as bases`;
}

/**
 * The household page in one statement instead of seven (household, members, intakes, problems,
 * 要配慮 kinds, referrals, link bases): on a machine where each round trip is a socket write and a
 * wake-up of the database, they were most of the page's cost in the app.
 */
export async function readHouseholdPage(tx: Tx, householdId: string) {
  const [row] = await queryRows<PageRow>(tx, householdPageQuery(householdId));
  const r = row!;
  return {
    household: r.household && {
      version: r.household.version,
      address: r.household.address,
      schoolDistrictCode: r.household.school_district_code,
    },
    members: r.members.map((m) => ({
      relationship: m.relationship,
      livesTogether: m.lives_together,
      person: {
        id: m.id,
        version: m.version,
        familyName: m.family_name,
        givenName: m.given_name,
        familyNameKana: m.family_name_kana,
        givenNameKana: m.given_name_kana,
        birthDate: m.birth_date,
        sex: m.sex,
        address: m.address,
        schoolDistrictCode: m.school_district_code,
        phones: m.phones,
      },
    })),
    intakes: r.intakes.map((i) => ({
      id: i.id,
      agencyId: i.agency_id,
      agencyName: i.agency_name,
      receivedOn: i.received_on,
      channel: i.channel,
      visitor: i.visitor,
      urgency: i.urgency,
      summary: i.summary,
      accommodation: i.accommodation,
    })),
    problems: r.problems.map((p) => ({
      intakeId: p.intake_id,
      personId: p.person_id,
      code: p.code,
      main: p.main,
    })),
    sensitive: r.sensitive.map((s) => ({ personId: s.person_id, category: s.category })),
    referrals: r.referrals.map((x) => ({
      id: x.id,
      fromAgencyName: x.from_agency_name,
      toAgencyName: x.to_agency_name,
      state: x.state,
      sentAt: new Date(x.sent_at).toISOString(),
      reason: x.reason,
    })),
    bases: r.bases,
  };
}
