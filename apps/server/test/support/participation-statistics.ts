import { type SQL, sql } from 'drizzle-orm';
import { rows } from './sql';
import type { TestApp } from './test-app';

/**
 * Bulk records of the employment programmes (FIGURES.md §3–§5), inserted as the database owner:
 * people registered with a programme, employers and their openings, job placements with their
 * follow-ups, and the outcome of the 6-month follow-ups. Building thousands of registrations through
 * the API would be slow; what the API itself must get right is covered by participation-flow.test.ts.
 *
 * Every row of a batch has an id derived from the batch's tag and its index (md5 as a uuid), so a
 * later step can refer to the i-th person, participant, employer or opening of a batch. Dates are
 * spread evenly from `from` to `to`, both days included (a batch of one falls on `from`).
 */

/** A batch of registrations: n participants of one programme. */
export type Registrations = { tag: string; programme: string; n: number };

/** The id of the i-th row of a kind in a batch (i is the generate_series column unless given). */
const uid = (kind: string, tag: string, i: SQL = sql`i`) =>
  sql`md5(${`${kind}:${tag}:`}::text || (${i})::text)::uuid`;

/** The i-th of n dates spread from `from` to `to`, as SQL. */
const spread = (from: string, to: string, n: number) =>
  sql`(${from}::date + (i * (${to}::date - ${from}::date)) / ${Math.max(n - 1, 1)}::int)`;

const series = (n: number) => sql`generate_series(0, ${n - 1}::int) as i`;

/** The agency at the programme's desk (registers and is allocated the bulk participants). */
const deskAgency = (tenantId: string, programme: string) =>
  sql`(select agency_id from programme_agencies where tenant_id = ${tenantId}::uuid
        and programme_code = ${programme}::text order by desk desc, agency_id limit 1)`;

/**
 * Registers n people with a programme, registered_on spread from `from` to `to`: each a new person
 * alone in a new household, unless `samePeopleAs` names an earlier batch whose first n people
 * register again. `closedOn` closes the registrations at once (a batch that gets matches is closed
 * afterwards with closeRegistrations: a closed participant's matches no longer change).
 */
export async function insertRegistrations(
  t: TestApp,
  tenantId: string,
  b: Registrations & { from: string; to: string; closedOn?: string; samePeopleAs?: Registrations },
): Promise<Registrations> {
  const people = b.samePeopleAs?.tag ?? b.tag;
  if (b.samePeopleAs && b.samePeopleAs.n < b.n) throw new Error(`${b.samePeopleAs.tag} has fewer people`);
  if (!b.samePeopleAs) {
    await rows(
      t.db,
      sql`insert into persons (id, tenant_id, family_name, given_name, family_name_kana, given_name_kana,
            name_key, birth_date, sex)
          select ${uid('person', b.tag)}, ${tenantId}::uuid, '就労', '利用者' || i, 'しゅうろう', 'りようしゃ',
            'しゅうろうりようしゃ' || i, '1955-04-01'::date + (i * 37) % 9000,
            case when i % 2 = 0 then 'male' else 'female' end
          from ${series(b.n)}`,
    );
    await rows(
      t.db,
      sql`insert into households (id, tenant_id, address)
          select ${uid('household', b.tag)}, ${tenantId}::uuid, '岡山市北区大供1-1-' || i from ${series(b.n)}`,
    );
    await rows(
      t.db,
      sql`insert into household_members (id, tenant_id, household_id, person_id, relationship)
          select ${uid('member', b.tag)}, ${tenantId}::uuid, ${uid('household', b.tag)}, ${uid('person', b.tag)},
            'self'
          from ${series(b.n)}`,
    );
  }
  const desk = deskAgency(tenantId, b.programme);
  await rows(
    t.db,
    sql`insert into participants (id, tenant_id, person_id, household_id, programme_code, aim, registered_on,
          registered_by_agency_id, health_level, barrier_level, allocated_agency_id, closed_on, close_reason)
        select ${uid('participant', b.tag)}, ${tenantId}::uuid, ${uid('person', people)},
          ${uid('household', people)}, ${b.programme}::text, 'work', ${spread(b.from, b.to, b.n)}, ${desk},
          (array['good', 'fair', 'needs_care'])[1 + i % 3], (array['medium', 'large'])[1 + i % 2], ${desk},
          ${b.closedOn ?? null}::date, ${b.closedOn ? '支援終了' : ''}::text
        from ${series(b.n)}`,
  );
  return { tag: b.tag, programme: b.programme, n: b.n };
}

/** Closes every registration of a batch on the given day. */
export async function closeRegistrations(t: TestApp, b: Registrations, closedOn: string) {
  await rows(
    t.db,
    sql`update participants set closed_on = ${closedOn}::date, close_reason = '支援終了'
        where id in (select ${uid('participant', b.tag)} from ${series(b.n)})`,
  );
}

/** A batch of employers: n employers registered with one programme. */
export type Employers = { tag: string; n: number };

/** Registers n employers with a programme, registered_on spread from `from` to `to`. */
export async function insertEmployers(
  t: TestApp,
  tenantId: string,
  b: Employers & { programme: string; from: string; to: string; withdrawnOn?: string },
): Promise<Employers> {
  await rows(
    t.db,
    sql`insert into employers (id, tenant_id, programme_code, name, industry_code, address, registered_on,
          withdrawn_on)
        select ${uid('employer', b.tag)}, ${tenantId}::uuid, ${b.programme}::text, '協力企業' || i || '号',
          (array['care', 'retail', 'manufacturing', 'building', 'agriculture'])[1 + i % 5],
          '岡山市北区表町2-' || i, ${spread(b.from, b.to, b.n)}, ${b.withdrawnOn ?? null}::date
        from ${series(b.n)}`,
  );
  return { tag: b.tag, n: b.n };
}

/** One opening at each of the first n employers of a batch, opened the day the employer registered. */
export async function insertOpenings(t: TestApp, tenantId: string, employers: Employers, n: number) {
  if (n > employers.n) throw new Error(`${employers.tag} has fewer employers`);
  await rows(
    t.db,
    sql`insert into job_openings (id, tenant_id, employer_id, title, tasks, demands, hours_per_week, days,
          positions, opened_on)
        select ${uid('opening', employers.tag)}, ${tenantId}::uuid, e.id, '軽作業・清掃（短時間）',
          array['cleaning', 'light-work'], array['standing'], 12 + i % 8, array['mon', 'wed', 'fri'], 2,
          e.registered_on
        from ${series(n)} join employers e on e.id = ${uid('employer', employers.tag)}`,
  );
  return { employers, n };
}

type Openings = Awaited<ReturnType<typeof insertOpenings>>;

/**
 * Job placements of the first n participants of a batch, placed_on spread from `from` to `to`
 * (proposed on the day of registration), each at one of the openings in turn, with the follow-ups a
 * placement gets at 1, 3 and 6 months (due = placed_on + N months). The 1- and 3-month follow-ups
 * are recorded (a few found the person out of work at 3 months); the 6-month ones are left pending
 * for recordRetention.
 */
export async function insertPlacements(
  t: TestApp,
  tenantId: string,
  b: Registrations,
  p: { n: number; from: string; to: string; openings: Openings },
) {
  if (p.n > b.n) throw new Error(`${b.tag} has fewer participants`);
  const opening = uid('opening', p.openings.employers.tag, sql`i % ${p.openings.n}::int`);
  await rows(
    t.db,
    sql`insert into matches (id, tenant_id, participant_id, opening_id, state, score, score_items, proposed_on,
          placed_on)
        select ${uid('match', b.tag)}, ${tenantId}::uuid, x.id, ${opening}, 'placed', 60 + i % 40, '[]'::jsonb,
          x.registered_on, ${spread(p.from, p.to, p.n)}
        from ${series(p.n)} join participants x on x.id = ${uid('participant', b.tag)}`,
  );
  await rows(
    t.db,
    sql`insert into retention_follow_ups (id, tenant_id, match_id, participant_id, month, due_on, done_on,
          person_contacted, employer_contacted, still_working)
        select ${uid('follow-up', b.tag, sql`i || ':' || mo`)}, ${tenantId}::uuid, m.id, m.participant_id, mo,
          due.day, case when mo < 6 then due.day + 2 end, case when mo < 6 then true end,
          case when mo < 6 then true end, case when mo < 6 then not (mo = 3 and i % 10 = 9) end
        from ${series(p.n)} join matches m on m.id = ${uid('match', b.tag)}
          cross join unnest(array[1, 3, 6]) as mo
          cross join lateral (select (m.placed_on + make_interval(months => mo))::date as day) as due`,
  );
}

/**
 * Matches of n participants of a batch (from index `offset`) that are not job placements: every other
 * one a place to go (通いの場) where the person started going, the others a job proposal the person
 * declined. Neither is a placement in work.
 */
export async function insertOtherMatches(
  t: TestApp,
  tenantId: string,
  b: Registrations,
  m: { offset: number; n: number; placeId: string; openings: Openings },
) {
  if (m.offset + m.n > b.n) throw new Error(`${b.tag} has fewer participants`);
  const participant = uid('participant', b.tag, sql`i + ${m.offset}::int`);
  const opening = uid('opening', m.openings.employers.tag, sql`i % ${m.openings.n}::int`);
  await rows(
    t.db,
    sql`insert into matches (id, tenant_id, participant_id, opening_id, place_id, state, score, score_items,
          proposed_on, placed_on, ended_on, end_reason)
        select ${uid('other-match', b.tag)}, ${tenantId}::uuid, x.id,
          case when i % 2 = 1 then ${opening} end, case when i % 2 = 0 then ${m.placeId}::uuid end,
          case when i % 2 = 0 then 'placed' else 'declined' end, 50, '[]'::jsonb, x.registered_on,
          case when i % 2 = 0 then x.registered_on + 7 end, case when i % 2 = 1 then x.registered_on + 14 end,
          case when i % 2 = 1 then '本人が辞退' else '' end
        from ${series(m.n)} join participants x on x.id = ${participant}`,
  );
}

/**
 * Records how the 6-month follow-ups due in a 年度 went, for a programme's pending ones: `leftEarly`
 * people left the job before the 6-month point (the follow-up stays unrecorded), then `kept` were
 * found still in work (the first of them leaving on the 6-month day itself) and `lost` no longer in
 * work (leaving on that day), the follow-up recorded three days after it fell due. The follow-ups
 * nearest the 年度's ends are taken first (the 6-month point of a placement of October 1 is the next
 * April 1). The rest stay pending.
 */
export async function recordRetention(
  t: TestApp,
  tenantId: string,
  r: { programme: string; fiscalYear: number; kept: number; lost: number; leftEarly: number },
) {
  const start = `${r.fiscalYear}-04-01`;
  const end = `${r.fiscalYear + 1}-03-31`;
  const pending = (n: number) =>
    sql`select f.id from retention_follow_ups f
        join matches m on m.id = f.match_id join participants p on p.id = f.participant_id
        where f.tenant_id = ${tenantId}::uuid and f.month = 6 and p.programme_code = ${r.programme}::text
          and f.due_on between ${start}::date and ${end}::date and f.done_on is null and m.ended_on is null
        order by abs(f.due_on - ${`${r.fiscalYear}-10-01`}::date) desc, f.id limit ${n}::int`;
  const picked = async (n: number) => {
    const found = await rows<{ id: string }>(t.db, pending(n));
    if (found.length < n)
      throw new Error(`only ${found.length} pending follow-ups of ${r.programme} in ${r.fiscalYear}`);
    return found.map((f) => f.id);
  };
  const early = await picked(r.leftEarly);
  if (early.length > 0)
    await rows(
      t.db,
      sql`update matches m set state = 'ended', ended_on = f.due_on - 10, end_reason = '体調を崩して退職'
          from retention_follow_ups f where f.match_id = m.id and f.id in (${sql.join(
            early.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})`,
    );
  const recorded = await picked(r.kept + r.lost);
  const kept = recorded.slice(0, r.kept);
  const lost = recorded.slice(r.kept);
  const record = (ids: string[], stillWorking: boolean) =>
    ids.length > 0 &&
    rows(
      t.db,
      sql`update retention_follow_ups set done_on = due_on + 3, person_contacted = true,
            employer_contacted = true, still_working = ${stillWorking}::boolean, note = '6か月後の定着確認'
          where id in (${sql.join(
            ids.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})`,
    );
  await record(kept, true);
  await record(lost, false);
  const leave = [...kept.slice(0, 1), ...lost];
  if (leave.length > 0)
    await rows(
      t.db,
      sql`update matches m set state = 'ended', ended_on = f.due_on, end_reason = '契約期間の満了'
          from retention_follow_ups f where f.match_id = m.id and f.id in (${sql.join(
            leave.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})`,
    );
}
