import { tenantSettingsSchema } from '@tsunagu/contracts/settings';
import { toIsoDate } from '@tsunagu/japan';
import { describe, expect, it } from 'vitest';
import {
  type CaseSet,
  describeCases,
  generateCases,
  generateCity,
  generateReferrals,
} from '../../../../bench/generator';
import { demoRefs } from '../support/bench-refs';

const refs = demoRefs();
const STAFF_AGENCY = 'hokatsu-kita-chuo';
const DESK = 'coordinator-desk';
const settings = tenantSettingsSchema.parse({});
const AS_OF = '2026-11-27';

function make(seed: number, scale: number): CaseSet {
  const city = generateCity(refs, { seed, scale });
  const referrals = generateReferrals(city, refs, {
    seed,
    scale,
    asOf: AS_OF,
    settings,
    coordinatorAgencyCode: DESK,
  });
  return generateCases(city, refs, referrals, { seed, scale, settings, staffAgencyCode: STAFF_AGENCY });
}

// A tenth of the city: 3,000 households, 4,000 referrals, 300 cases, 10,000 support records.
const set = make(7, 0.1);
const byId = new Map(set.cases.map((c) => [c.id, c]));
const coordinated = set.cases.filter((c) => c.kind === 'coordinated');

describe('bench case generator', () => {
  it('makes the same cases from the same seed and day, other ones from another seed', () => {
    const a = make(7, 0.02);
    expect(make(7, 0.02)).toEqual(a);
    expect(make(8, 0.02).cases.map((c) => c.id)).not.toEqual(a.cases.map((c) => c.id));
  }, 60_000);

  it('makes exactly 3,000 × scale cases, numbered in the order they were made, mostly from escalations', () => {
    expect(set.cases).toHaveLength(300);
    expect(set.cases.map((c) => c.number)).toEqual(set.cases.map((_, i) => i + 1));
    for (let i = 1; i < set.cases.length; i++)
      expect(set.cases[i]!.createdAt.getTime()).toBeGreaterThanOrEqual(set.cases[i - 1]!.createdAt.getTime());
    const shape = describeCases(set);
    expect(shape.bySource.escalation).toBeGreaterThan(150);
    expect(shape.bySource.escalation).toBeLessThanOrEqual(240);
    const referralIds = set.cases.filter((c) => c.referralId).map((c) => c.referralId);
    expect(new Set(referralIds).size).toBe(referralIds.length);
    expect(set.seen.map((s) => s.referralId).sort()).toEqual([...referralIds].sort());
  });

  it('triages ~55% into coordinated cases and closes the advice-only ones at once', () => {
    const triaged = set.cases.filter((c) => c.kind);
    expect(coordinated.length / triaged.length).toBeGreaterThan(0.45);
    expect(coordinated.length / triaged.length).toBeLessThan(0.65);
    for (const c of set.cases) {
      expect(c.receivedOn <= toIsoDate(c.triagedAt ?? set.now)).toBe(true);
      if (c.kind === 'advice_only') {
        expect(c).toMatchObject({ stage: 'closed', closedOn: toIsoDate(c.triagedAt!), outcome: null });
        expect(c.advice).toBeTruthy();
      }
      if (!c.kind) expect(c.stage).toBe('triage');
      if (c.kind === 'coordinated' && c.stage === 'closed') expect(c.outcome).toBeTruthy();
    }
    expect(set.team.every((t) => byId.get(t.caseId)!.kind === 'coordinated')).toBe(true);
    expect(set.records.every((r) => byId.get(r.caseId)!.kind === 'coordinated')).toBe(true);
  });

  it('gives a coordinated case the desk and 1–5 agencies, whose access ends when they leave or the case closes', () => {
    const teams = new Map<string, typeof set.team>();
    for (const t of set.team) teams.set(t.caseId, [...(teams.get(t.caseId) ?? []), t]);
    for (const c of coordinated) {
      const team = teams.get(c.id) ?? [];
      expect(team.length).toBeGreaterThanOrEqual(1);
      expect(team.length).toBeLessThanOrEqual(6);
      expect(team[0]).toMatchObject({ agencyCode: DESK, role: 'overall_coordination' });
      expect(new Set(team.map((t) => t.agencyCode)).size).toBe(team.length);
      if (c.stage === 'closed') expect(team.every((t) => t.endedAt)).toBe(true);
    }
    const average = set.team.length / coordinated.length;
    expect(average).toBeGreaterThan(2.5);
    expect(average).toBeLessThan(4.5);
    // The live links the triggers would make: one per membership, revoked when it ends; one per case for the desk.
    const links = new Map(set.links.map((l) => [l.sourceId, l]));
    for (const t of set.team)
      expect(links.get(t.id)).toMatchObject({
        sourceType: 'case_team',
        agencyCode: t.agencyCode,
        householdId: byId.get(t.caseId)!.householdId,
        validFrom: t.addedAt,
        revokedAt: t.endedAt,
      });
    for (const c of set.cases)
      expect(links.get(c.id)).toMatchObject({ sourceType: 'case', agencyCode: DESK, validFrom: c.createdAt });
    expect(set.links).toHaveLength(set.team.length + set.cases.length);
  });

  it('writes ~100,000 × scale support records, skewed: a few cases with hundreds, none over 1,000', () => {
    const shape = describeCases(set);
    expect(shape.records).toBeGreaterThan(9_900);
    expect(shape.records).toBeLessThanOrEqual(10_000);
    expect(shape.recordsPerCase.max).toBeLessThanOrEqual(1_000);
    expect(shape.recordsPerCase.top5[2]).toBeGreaterThan(200);
    expect(shape.recordsPerCase.median).toBeLessThan(60);
    expect(shape.contacts / coordinated.length).toBeGreaterThan(3);
    expect(shape.contacts / coordinated.length).toBeLessThan(5.5);
    const records = new Map(set.records.map((r) => [r.id, r]));
    for (const r of set.records) {
      const c = byId.get(r.caseId)!;
      expect(r.occurredOn >= toIsoDate(c.triagedAt!)).toBe(true);
      expect(r.occurredOn <= (c.closedOn ?? AS_OF)).toBe(true);
      expect(r.recordedAt.getTime()).toBeLessThan(set.now.getTime());
      if (r.correctsId) expect(records.get(r.correctsId)!.caseId).toBe(r.caseId);
    }
  });

  it('puts the staff agency on ~100 × scale teams, with open cases it reads', () => {
    const shape = describeCases(set);
    expect(shape.staffCases).toBe(10);
    expect(shape.staffOpenCases).toBeGreaterThan(0);
  });

  it('versions plans: one approved at most, the ones before superseded; a closed case has no open monitoring', () => {
    const plans = new Map<string, typeof set.plans>();
    for (const p of set.plans) plans.set(p.caseId, [...(plans.get(p.caseId) ?? []), p]);
    for (const [caseId, versions] of plans) {
      expect(versions.map((p) => p.version)).toEqual(versions.map((_, i) => i + 1));
      expect(versions.filter((p) => p.state === 'approved').length).toBeLessThanOrEqual(1);
      // Superseded up to the current approved version; after it, at most a draft not yet approved.
      const current = versions.findIndex((p) => p.state !== 'superseded');
      expect(versions.slice(0, current).every((p) => p.state === 'superseded')).toBe(true);
      expect(versions.slice(current).map((p) => p.state)).toEqual(
        versions.length - current === 2 ? ['approved', 'draft'] : [versions.at(-1)!.state],
      );
      const c = byId.get(caseId)!;
      if (c.stage !== 'closed')
        expect(c.stage).toBe(versions.at(-1)!.state === 'draft' ? 'planning' : c.stage);
    }
    for (const m of set.monitorings) {
      const c = byId.get(m.caseId)!;
      if (c.stage === 'closed') expect(m.doneOn !== null || m.cancelledAt !== null).toBe(true);
      if (m.doneOn) expect(m.evaluations?.length).toBeGreaterThan(0);
    }
    expect(set.actionItems.every((t) => !(t.doneAt && t.cancelledAt))).toBe(true);
  });

  it('puts coordinated cases on meeting agendas, attended by the desk and the teams', () => {
    const shape = describeCases(set);
    expect(shape.meetings).toBeGreaterThan(0);
    const attendees = new Map<string, string[]>();
    for (const a of set.attendees)
      attendees.set(a.meetingId, [...(attendees.get(a.meetingId) ?? []), a.agencyCode]);
    for (const m of set.meetings) {
      expect(attendees.get(m.id)).toContain(DESK);
      expect(m.state === 'planned').toBe(m.heldOn >= AS_OF);
    }
    for (const mc of set.meetingCases) expect(byId.get(mc.caseId)!.kind).toBe('coordinated');
  });
});
