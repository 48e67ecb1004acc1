import { CLOSED_STATES, OWNERLESS_STATES } from '@tsunagu/contracts/referrals';
import { tenantSettingsSchema } from '@tsunagu/contracts/settings';
import { describe, expect, it } from 'vitest';
import {
  describeReferrals,
  type GenReferral,
  generateCity,
  generateReferrals,
} from '../../../../bench/generator';
import { referralDeadlines } from '../../src/modules/referrals/referral-deadlines';
import { demoRefs } from '../support/bench-refs';

const refs = demoRefs();
const STAFF_AGENCY = 'hokatsu-kita-chuo';
const DESK = 'coordinator-desk';
const settings = tenantSettingsSchema.parse({});
const AS_OF = '2026-11-27';
// A fifth of the city: 6,000 households, 8,000 referrals.
const city = generateCity(refs, { seed: 7, scale: 0.2 });
const set = generateReferrals(city, refs, {
  seed: 7,
  scale: 0.2,
  asOf: AS_OF,
  settings,
  coordinatorAgencyCode: DESK,
});
const byId = new Map(set.referrals.map((r) => [r.id, r]));

describe('bench referral generator', () => {
  it('makes the same referrals from the same seed and day, other ones from another seed', () => {
    const small = generateCity(refs, { seed: 7, scale: 0.02 });
    const make = (seed: number) =>
      generateReferrals(small, refs, {
        seed,
        scale: 0.02,
        asOf: AS_OF,
        settings,
        coordinatorAgencyCode: DESK,
      });
    const a = make(7);
    expect(make(7)).toEqual(a);
    expect(make(8).referrals.map((r) => r.id)).not.toEqual(a.referrals.map((r) => r.id));
  }, 30_000);

  it('makes exactly 40,000 × scale referrals, mostly completed, ~8% handed on, ~5% escalated', () => {
    expect(set.referrals).toHaveLength(8_000);
    const shape = describeReferrals(set, STAFF_AGENCY);
    const share = (state: string) => (shape.byState[state] ?? 0) / shape.referrals;
    expect(share('completed')).toBeGreaterThan(0.7);
    expect(share('handed_on')).toBeGreaterThan(0.06);
    expect(share('handed_on')).toBeLessThan(0.11);
    expect(share('escalated')).toBeGreaterThan(0.03);
    expect(share('escalated')).toBeLessThan(0.07);
    expect(share('in_progress') + share('accepted')).toBeGreaterThan(0.03);
    expect(shape.escalations.overdue).toBeGreaterThan(0);
    expect(shape.escalations.bouncing).toBeGreaterThan(0);
  });

  it('links the hops of a chain: the next one sent when this one was handed on, by its receiver, to an agency new to the chain', () => {
    for (const r of set.referrals) {
      expect(r.toAgencyCode).not.toBe(r.fromAgencyCode);
      if (r.hop === 0) {
        expect(r.chainId).toBe(r.id);
        expect(r.parentId).toBeNull();
        expect(r.chainStartedAt).toEqual(r.sentAt);
      }
      if (r.state !== 'handed_on') {
        expect(r.nextReferralId).toBeNull();
        continue;
      }
      const next = byId.get(r.nextReferralId!)!;
      expect(next).toMatchObject({ parentId: r.id, chainId: r.chainId, hop: r.hop + 1 });
      expect(next.sentAt).toEqual(r.closedAt);
      expect(next.fromAgencyCode).toBe(r.toAgencyCode);
      expect(next.chainStartedAt).toEqual(r.chainStartedAt);
    }
    const chains = new Map<string, GenReferral[]>();
    for (const r of set.referrals) chains.set(r.chainId, [...(chains.get(r.chainId) ?? []), r]);
    for (const hops of chains.values()) {
      const agencies = [hops[0]!.fromAgencyCode, ...hops.map((h) => h.toAgencyCode)];
      expect(new Set(agencies).size).toBe(agencies.length);
    }
  });

  it('keeps times and deadlines consistent with the state, as the service and the sweep leave them', () => {
    const now = set.now.getTime();
    for (const r of set.referrals) {
      expect(referralDeadlines(r.sentAt, settings)).toEqual({
        acceptDueOn: r.acceptDueOn,
        escalateDueOn: r.escalateDueOn,
      });
      expect(r.sentAt.getTime()).toBeLessThan(now);
      expect(r.closedAt !== null).toBe(CLOSED_STATES.includes(r.state));
      expect(r.acceptedAt !== null).toBe(['accepted', 'in_progress', 'completed'].includes(r.state));
      if (r.closedAt) expect(r.closedAt.getTime()).toBeLessThanOrEqual(now);
      if (r.state === 'escalated') expect(r.escalationReason).not.toBeNull();
      if (r.escalatedAutomatically) expect(['overdue', 'bouncing']).toContain(r.escalationReason);
      if (OWNERLESS_STATES.includes(r.state)) {
        // The sweep has not escalated it yet: neither past its escalation day nor bouncing.
        expect(r.escalateDueOn >= AS_OF).toBe(true);
        expect(now - r.chainStartedAt.getTime()).toBeLessThan(14 * 86_400_000 + 15 * 60_000);
        expect(r.hop).toBeLessThan(3);
      }
    }
    const versions = new Map<string, number>();
    for (const e of set.events) versions.set(e.referralId, (versions.get(e.referralId) ?? 0) + 1);
    for (const r of set.referrals) expect(r.version).toBe(versions.get(r.id));
  });

  it('gives each receiving agency a referral link, and the coordinator desk one per escalation', () => {
    const bySource = new Map<string, typeof set.links>();
    for (const l of set.links) bySource.set(l.sourceId, [...(bySource.get(l.sourceId) ?? []), l]);
    const escalated = set.referrals.filter((r) => r.state === 'escalated').length;
    expect(set.links).toHaveLength(set.referrals.length + escalated);
    for (const r of set.referrals) {
      const links = bySource.get(r.id) ?? [];
      expect(links.filter((l) => l.agencyCode === r.toAgencyCode && l.validFrom === r.sentAt)).toHaveLength(
        1,
      );
      if (r.state === 'escalated') expect(links.some((l) => l.agencyCode === DESK)).toBe(true);
      if (r.state === 'handed_on')
        expect(links[0]!.validUntil?.getTime()).toBe(r.closedAt!.getTime() + 14 * 86_400_000);
    }
  });

  it('gives the demo staff’s agency a realistic inbox: hundreds in and out, some open', () => {
    const shape = describeReferrals(set, STAFF_AGENCY);
    // At full scale (5×) that is a few hundred to ~1,000 each way and 20–60 open incoming.
    expect(shape.incoming.total).toBeGreaterThan(60);
    expect(shape.incoming.total).toBeLessThan(250);
    expect(shape.outgoing.total).toBeGreaterThan(60);
    expect(shape.outgoing.total).toBeLessThan(250);
    expect(shape.incoming.open).toBeGreaterThanOrEqual(4);
    expect(shape.incoming.open).toBeLessThanOrEqual(14);
  });
});
