import type { AuditQuery } from '@tsunagu/contracts/audit';
import { and, count, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import { auditChain, auditEvents, users } from '../../db/schema';
import type { Tx } from '../../platform/db/database';
import { oneByOne } from '../../platform/db/scope';

function where(q: AuditQuery): SQL | undefined {
  const parts: SQL[] = [];
  // Dates are Japanese calendar days: from 00:00 JST of `from` to before 00:00 JST of the day after `to`.
  if (q.from)
    parts.push(gte(auditEvents.occurredAt, sql`(${q.from}::date)::timestamp at time zone 'Asia/Tokyo'`));
  if (q.to)
    parts.push(lt(auditEvents.occurredAt, sql`(${q.to}::date + 1)::timestamp at time zone 'Asia/Tokyo'`));
  if (q.action) parts.push(eq(auditEvents.action, q.action));
  if (q.entityType) parts.push(eq(auditEvents.entityType, q.entityType));
  if (q.actorUserId) parts.push(eq(auditEvents.actorUserId, q.actorUserId));
  return parts.length ? and(...parts) : undefined;
}

/** A page of audit events, newest first, with the actor's name and whether the chain covers it yet. */
export async function listAuditEvents(tx: Tx, q: AuditQuery) {
  const w = where(q);
  const [items, total] = await oneByOne(
    () =>
      tx
        .select({
          event: auditEvents,
          actorName: users.displayName,
          sealed: sql<boolean>`exists (select 1 from ${auditChain} where ${auditChain.eventId} = ${auditEvents.id})`,
          occurredAtIso: sql<string>`to_char(${auditEvents.occurredAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
        })
        .from(auditEvents)
        .leftJoin(users, eq(users.id, auditEvents.actorUserId))
        .where(w)
        .orderBy(desc(auditEvents.id))
        .limit(q.limit)
        .offset(q.offset),
    () => tx.select({ n: count() }).from(auditEvents).where(w),
  );
  return { items, total: Number(total[0]?.n ?? 0) };
}
