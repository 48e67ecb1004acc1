import { type SQL, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../platform/db/database';

/** An instant as the API gives it (toISOString), from PostgreSQL's JSON text of a timestamptz. */
const iso = (s: string) => new Date(s).toISOString();
const isoOrNull = (s: string | null) => (s === null ? null : iso(s));

type TrailRow = {
  members: { person_id: string; family_name: string; given_name: string; relationship: string }[];
  team: {
    id: string;
    agency_id: string;
    agency_name: string;
    role: string;
    contact_name: string | null;
    added_at: string;
    ended_at: string | null;
  }[];
  contacts: {
    id: string;
    contacted_on: string;
    agency_id: string;
    agency_name: string;
    method: string;
    content: string;
    recorded_by: string;
  }[];
  outreach: {
    id: string;
    visited_on: string;
    before_consent: boolean;
    place: string | null;
    summary: string;
    recorded_by: string;
  }[];
  reviews: { id: string; reviewed_on: string; findings: string; lessons: string | null; reviewer: string }[];
  meetings: { id: string; kind: string; held_on: string; state: string; purpose: string }[];
  has_story: boolean;
  record_total: number;
};

/**
 * The case page's smaller parts in one statement, each a JSON list read under row-level security as
 * its own statement would be: the household's members (names and relationships), the team, the
 * 個別調整 contacts, the outreach visits, the reviews, the meetings that had the case on their agenda,
 * whether a story was made, and how many 支援経過記録 entries there are. One round trip instead of
 * eight: on a machine where each round trip is a socket write and a wake-up of the database, they were
 * a third of the page's cost in the app. The benchmark's raw-SQL baseline sends the same statement.
 */
export function caseTrailQuery(caseId: string, householdId: string): SQL {
  return sql`select
      coalesce((select json_agg(json_build_object('person_id', p.id, 'family_name', p.family_name,
          'given_name', p.given_name, 'relationship', hm.relationship) order by hm.created_at)
        from household_members hm join persons p on p.id = hm.person_id
        where hm.household_id = ${householdId} and hm.removed_at is null), '[]') as members,
      coalesce((select json_agg(json_build_object('id', t.id, 'agency_id', t.agency_id, 'agency_name', a.name,
          'role', t.role, 'contact_name', t.contact_name, 'added_at', t.created_at, 'ended_at', t.ended_at)
          order by t.created_at)
        from case_team t join agencies a on a.id = t.agency_id where t.case_id = ${caseId}), '[]') as team,
      coalesce((select json_agg(json_build_object('id', k.id, 'contacted_on', k.contacted_on, 'agency_id', k.agency_id,
          'agency_name', a.name, 'method', k.method, 'content', k.content, 'recorded_by', u.display_name)
          order by k.contacted_on desc, k.created_at desc)
        from case_contacts k join agencies a on a.id = k.agency_id join users u on u.id = k.recorded_by
        where k.case_id = ${caseId}), '[]') as contacts,
      coalesce((select json_agg(json_build_object('id', o.id, 'visited_on', o.visited_on,
          'before_consent', o.before_consent, 'place', o.place, 'summary', o.summary, 'recorded_by', u.display_name)
          order by o.visited_on desc, o.created_at desc)
        from case_outreach o join users u on u.id = o.recorded_by where o.case_id = ${caseId}), '[]') as outreach,
      coalesce((select json_agg(json_build_object('id', r.id, 'reviewed_on', r.reviewed_on, 'findings', r.findings,
          'lessons', r.lessons, 'reviewer', u.display_name) order by r.created_at)
        from case_reviews r join users u on u.id = r.reviewer_id where r.case_id = ${caseId}), '[]') as reviews,
      coalesce((select json_agg(json_build_object('id', m.id, 'kind', m.kind, 'held_on', m.held_on,
          'state', m.state, 'purpose', m.purpose) order by m.held_on desc)
        from meeting_cases mc join meetings m on m.id = mc.meeting_id where mc.case_id = ${caseId}), '[]') as meetings,
      exists (select 1 from case_stories s where s.case_id = ${caseId}) as has_story,
      (select count(*)::int from case_records r where r.case_id = ${caseId}) as record_total`;
}

export async function readCaseTrail(tx: Tx, caseId: string, householdId: string) {
  const [row] = await queryRows<TrailRow>(tx, caseTrailQuery(caseId, householdId));
  const r = row!;
  return {
    members: r.members.map((m) => ({
      personId: m.person_id,
      familyName: m.family_name,
      givenName: m.given_name,
      relationship: m.relationship,
    })),
    team: r.team.map((t) => ({
      id: t.id,
      agency: { id: t.agency_id, name: t.agency_name },
      role: t.role,
      contactName: t.contact_name,
      addedAt: iso(t.added_at),
      endedAt: isoOrNull(t.ended_at),
    })),
    contacts: r.contacts.map((k) => ({
      id: k.id,
      contactedOn: k.contacted_on,
      agency: { id: k.agency_id, name: k.agency_name },
      method: k.method,
      content: k.content,
      recordedBy: k.recorded_by,
    })),
    outreach: r.outreach.map((o) => ({
      id: o.id,
      visitedOn: o.visited_on,
      beforeConsent: o.before_consent,
      place: o.place,
      summary: o.summary,
      recordedBy: o.recorded_by,
    })),
    reviews: r.reviews.map((v) => ({
      id: v.id,
      reviewedOn: v.reviewed_on,
      findings: v.findings,
      lessons: v.lessons,
      reviewer: v.reviewer,
    })),
    meetings: r.meetings.map((m) => ({
      id: m.id,
      kind: m.kind,
      heldOn: m.held_on,
      state: m.state,
      purpose: m.purpose,
    })),
    hasStory: r.has_story,
    recordTotal: r.record_total,
  };
}
