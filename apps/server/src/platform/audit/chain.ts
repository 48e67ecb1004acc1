import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { type Db, queryRows, type Tx } from '../db/database';
import { runAsSystem } from '../db/scope';

/** The hash the chain starts from in every tenant. */
export const GENESIS_HASH = '0'.repeat(64);
const BATCH = 2000;

/**
 * The canonical text of an event, made by the database so PGlite and PostgreSQL agree to the byte:
 * jsonb prints its keys in a fixed order and the timestamp is formatted explicitly in UTC.
 */
const canonical = sql.raw(`concat_ws('|', e.id, e.tenant_id,
  to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
  coalesce(e.actor_user_id::text, ''), coalesce(e.actor_agency_id::text, ''), e.action, e.entity_type,
  coalesce(e.entity_id, ''), e.payload::text, coalesce(host(e.ip), ''))`);

/** Hash of one link: the previous hash and the event's canonical text. */
export function linkHash(prevHash: string, canonicalText: string): string {
  return createHash('sha256').update(`${prevHash}\n${canonicalText}`).digest('hex');
}

async function sealTenant(tx: Tx, tenantId: string): Promise<number> {
  const [last] = await queryRows<{ seq: number; hash: string }>(
    tx,
    sql`select seq, hash from audit_chain where tenant_id = ${tenantId} order by seq desc limit 1`,
  );
  // The queue (audit_unsealed, filled by a trigger as events are inserted) holds exactly the committed
  // events not yet in the chain, however late their transaction committed.
  const events = await queryRows<{ id: number; text: string }>(
    tx,
    sql`select e.id, ${canonical} as text from audit_unsealed u join audit_events e on e.id = u.event_id
      where u.tenant_id = ${tenantId} order by u.event_id limit ${BATCH}`,
  );
  if (events.length === 0) return 0;
  let seq = Number(last?.seq ?? 0);
  let prev = last?.hash ?? GENESIS_HASH;
  const links = {
    seq: [] as number[],
    eventId: [] as number[],
    prevHash: [] as string[],
    hash: [] as string[],
  };
  for (const e of events) {
    seq += 1;
    const hash = linkHash(prev, e.text);
    links.seq.push(seq);
    links.eventId.push(Number(e.id));
    links.prevHash.push(prev);
    links.hash.push(hash);
    prev = hash;
  }
  // The batch's links in one statement, and the batch out of the queue, in the sealer's transaction.
  await tx.execute(sql`insert into audit_chain (tenant_id, seq, event_id, prev_hash, hash)
    select ${tenantId}, s, e, p, h
    from unnest(${sql.param(links.seq)}::bigint[], ${sql.param(links.eventId)}::bigint[],
      ${sql.param(links.prevHash)}::text[], ${sql.param(links.hash)}::text[]) as t(s, e, p, h)`);
  await tx.execute(
    sql`delete from audit_unsealed where event_id = any(${sql.param(links.eventId)}::bigint[])`,
  );
  return events.length;
}

/**
 * Appends every unsealed event to its tenant's chain. Safe to run from several processes at once:
 * a transaction-level advisory lock lets one sealer work while the others skip this round.
 * Returns how many events it sealed.
 */
export async function sealAuditChain(db: Db): Promise<number> {
  let total = 0;
  for (;;) {
    const sealed = await runAsSystem(db, async (tx) => {
      const [got] = await queryRows<{ ok: boolean }>(tx, sql`select pg_try_advisory_xact_lock(74201) as ok`);
      if (!got?.ok) return 0;
      const tenants = await queryRows<{ id: string }>(tx, sql`select id from tenants`);
      let n = 0;
      for (const t of tenants) n += await sealTenant(tx, t.id);
      return n;
    });
    total += sealed;
    if (sealed < BATCH) return total;
  }
}

type ChainRow = {
  seq: number;
  event_id: number;
  prev_hash: string;
  hash: string;
  present: number | null;
  text: string;
};

/** Result of checking the chain. */
export type VerifyResult = {
  ok: boolean;
  checked: number;
  firstBrokenEventId: number | null;
  reason: string | null;
};

/**
 * Recomputes every link of every tenant's chain in order and names the first broken one: an event
 * whose content changed, a link whose previous hash does not match, a gap, or a missing event.
 */
export async function verifyAuditChain(db: Db, tenantId?: string): Promise<VerifyResult> {
  return runAsSystem(db, async (tx) => {
    const tenants = tenantId
      ? [{ id: tenantId }]
      : await queryRows<{ id: string }>(tx, sql`select id from tenants order by created_at`);
    let checked = 0;
    for (const t of tenants) {
      let prev = GENESIS_HASH;
      let expectSeq = 1;
      for (let from = 0; ; from += BATCH) {
        const rows = await queryRows<ChainRow>(
          tx,
          sql`select c.seq, c.event_id, c.prev_hash, c.hash, e.id as present, ${canonical} as text
            from audit_chain c left join audit_events e on e.id = c.event_id
            where c.tenant_id = ${t.id} and c.seq > ${from} order by c.seq limit ${BATCH}`,
        );
        for (const r of rows) {
          const id = Number(r.event_id);
          const fail = (reason: string) => ({ ok: false, checked, firstBrokenEventId: id, reason });
          if (Number(r.seq) !== expectSeq) return fail(`chain sequence gap before seq ${r.seq}`);
          if (r.present === null) return fail('event row missing');
          if (r.prev_hash !== prev) return fail('previous hash does not match');
          if (linkHash(prev, r.text) !== r.hash) return fail('event content does not match its hash');
          prev = r.hash;
          expectSeq += 1;
          checked += 1;
        }
        if (rows.length < BATCH) break;
      }
    }
    return { ok: true, checked, firstBrokenEventId: null, reason: null };
  });
}
