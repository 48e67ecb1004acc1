/**
 * The raw-SQL baseline: the two statements of the person search in households.repository.ts written
 * out by hand and sent straight through the driver — the indexed match as the table owner, then the
 * read under the same row-level security settings as runAs() in platform/db/scope.ts
 * (transaction-local app.* settings, SET LOCAL ROLE tsunagu_app) — but without drizzle, the service
 * layer or the audit insert. The gap to the service is what those cost.
 */
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { PersonCriteria } from '../apps/server/src/modules/households/households.repository';
import type { UserActor } from '../apps/server/src/platform/auth/actor';
import type { RawDriver, RawQuery } from './databases';

/** A statement and its parameters. */
export type Statement = { text: string; params: unknown[] };

/** A statement the service builds with drizzle, as drizzle writes it (the baseline sends the very same text). */
export function drizzleStatement(query: SQL): Statement {
  const { sql: text, params } = new PgDialect().sqlToQuery(query);
  return { text, params };
}

const likeAny = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The match among the agency's persons: grams and the agency's link key through one GIN index. */
function match(c: PersonCriteria, agencyId: string): Statement {
  const keys = (grams: string[]) => [...grams, `@${agencyId}`];
  switch (c.kind) {
    case 'name':
      return {
        text: '(p.search_grams || p.link_keys) @> $1::text[] and p.search_text like $2',
        params: [keys(c.grams), likeAny(c.folded)],
      };
    case 'birthDate':
      return { text: 'p.birth_date = $1', params: [c.date] };
    case 'phone':
      return {
        text: `(p.search_grams || p.link_keys) @> $1::text[] and regexp_replace(array_to_string(p.phones, ','), '[^0-9,]', '', 'g') like $2`,
        params: [keys(c.grams), likeAny(c.digits)],
      };
  }
}

/**
 * Step one of the repository's search (searchPersonIds), as the table owner: matching persons of the
 * tenant in households the agency holds a live link to, through the indexes.
 */
export function idsStatement(c: PersonCriteria, actor: UserActor, limit: number): Statement {
  const m = match(c, actor.agencyId ?? '');
  const n = m.params.length;
  return {
    text: `select p.id from persons p
      where p.tenant_id = $${n + 1} and p.merged_into is null and ${m.text}
        and exists (select 1 from household_members hm join live_links l on l.household_id = hm.household_id
          where hm.person_id = p.id and l.tenant_id = $${n + 1} and l.agency_id = $${n + 2}
            and l.revoked_at is null and l.valid_from <= now() and (l.valid_until is null or l.valid_until > now()))
      order by p.name_key, p.id
      limit ${Number(limit)}`,
    params: [...m.params, actor.tenantId, actor.agencyId],
  };
}

/** Step two (readVisiblePersons), under row-level security: those persons with their visible households. */
export function readStatement(ids: string[]): Statement {
  return {
    text: `select p.*, array(select hm.household_id from household_members hm
        where hm.person_id = p.id and hm.removed_at is null) as household_ids
      from persons p where p.id = any($1::uuid[])
      order by p.name_key, p.id`,
    params: [`{${ids.join(',')}}`],
  };
}

/** Runs fn in a transaction keyed to the actor exactly as runAs() does. */
export function asActor<T>(
  raw: RawDriver,
  actor: UserActor,
  fn: (query: RawQuery) => Promise<T>,
): Promise<T> {
  return raw.transaction(async (query) => {
    await query(
      `select set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true),
        set_config('app.agency_id', $3, true), set_config('app.roles', $4, true)`,
      [actor.tenantId, actor.userId, actor.agencyId ?? '', actor.roles.join(',')],
    );
    await query('set local role tsunagu_app');
    return fn(query);
  });
}

/** The baseline search: the ids of the persons found, in order. */
export async function baselineSearch(raw: RawDriver, actor: UserActor, c: PersonCriteria, limit: number) {
  const step1 = idsStatement(c, actor, limit);
  const ids = (await raw.transaction((query) => query<{ id: string }>(step1.text, step1.params))).map(
    (r) => r.id,
  );
  if (!ids.length) return [];
  const step2 = readStatement(ids);
  return asActor(raw, actor, async (query) =>
    (await query<{ id: string }>(step2.text, step2.params)).map((r) => r.id),
  );
}

/** EXPLAIN (ANALYZE, BUFFERS) of both steps: the indexed match, then the read under row-level security. */
export async function explainSearch(raw: RawDriver, actor: UserActor, c: PersonCriteria, limit: number) {
  const step1 = idsStatement(c, actor, limit);
  const plan = (rows: { 'QUERY PLAN': string }[]) => rows.map((r) => r['QUERY PLAN']).join('\n');
  const first = await raw.transaction((query) =>
    query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${step1.text}`, step1.params),
  );
  const ids = await baselineSearch(raw, actor, c, limit);
  const step2 = readStatement(ids);
  const second = await asActor(raw, actor, (query) =>
    query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${step2.text}`, step2.params),
  );
  return `-- step 1 (indexes, as the system)\n${plan(first)}\n-- step 2 (row-level security)\n${plan(second)}`;
}
