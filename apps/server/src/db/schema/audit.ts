import {
  bigint,
  bigserial,
  index,
  inet,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenantId } from './common';

/**
 * Append-only audit events. Writers only insert (cheap, no chain lock); a sealer appends the hash
 * chain in audit_chain afterwards. Triggers refuse UPDATE, DELETE and TRUNCATE on both tables.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    tenantId: tenantId(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    actorAgencyId: uuid('actor_agency_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    ip: inet('ip'),
  },
  (t) => [
    index('audit_events_tenant_time').on(t.tenantId, t.occurredAt),
    index('audit_events_tenant_entity').on(t.tenantId, t.entityType, t.entityId),
  ],
);

/** The hash chain over audit events, one chain per tenant, in sealing order. */
export const auditChain = pgTable(
  'audit_chain',
  {
    tenantId: tenantId(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    eventId: bigint('event_id', { mode: 'number' })
      .notNull()
      .unique()
      .references(() => auditEvents.id),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    sealedAt: timestamp('sealed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.seq] })],
);

/**
 * Events not yet in the chain: a trigger on audit_events adds each one as it is inserted, so it is seen
 * here when its transaction commits, whatever its id; the sealer takes them in id order and removes
 * them as it seals them. The sealer reads this short queue instead of looking for unsealed events
 * among every event ever recorded. Written only by the owner (the trigger runs as the owner).
 */
export const auditUnsealed = pgTable(
  'audit_unsealed',
  {
    // No foreign keys: only the trigger writes here, and a key check per audited request costs.
    eventId: bigint('event_id', { mode: 'number' }).primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
  },
  (t) => [index('audit_unsealed_tenant').on(t.tenantId, t.eventId)],
);
