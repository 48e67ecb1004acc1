import { ORGANISATION_KINDS } from '@tsunagu/contracts/community';
import { fiscalYearOf } from '@tsunagu/japan';
import { describe, expect, it } from 'vitest';
import { FIRST_COMMUNITY_YEAR, generateCommunity } from '../../../../bench/generator';
import { demoCommunityRefs } from '../support/bench-refs';

const refs = demoCommunityRefs();
const AS_OF = '2026-11-27';
const set = generateCommunity(refs, { seed: 3, scale: 1, asOf: AS_OF });

describe('bench community generator', () => {
  it('makes the same records from the same seed and day, other ones from another seed', () => {
    const small = (seed: number) => generateCommunity(refs, { seed, scale: 0.05, asOf: AS_OF });
    expect(small(3)).toEqual(small(3));
    expect(small(4).events.map((e) => e.id)).not.toEqual(small(3).events.map((e) => e.id));
  });

  it('holds events of every configured programme and kind from FY2021 up to the day, none later', () => {
    for (const p of refs.programmes)
      for (const k of p.kinds)
        expect(
          set.events.some((e) => e.programmeCode === p.code && e.kindCode === k.code),
          `${p.code} ${k.code}`,
        ).toBe(true);
    expect(set.events.every((e) => e.heldOn <= AS_OF && fiscalYearOf(e.heldOn) >= FIRST_COMMUNITY_YEAR)).toBe(
      true,
    );
    const courses = (fy: number) =>
      set.events.filter((e) => e.programmeCode === 'kominkan-courses' && fiscalYearOf(e.heldOn) === fy)
        .length;
    expect(courses(2023)).toBe(3_750);
    expect(courses(2026)).toBeLessThan(3_750);
    expect(courses(2026)).toBeGreaterThan(3_750 * 0.5);
  });

  it('fills exactly the kind’s count fields, each at most the one before, themes only where the programme uses them', () => {
    const byCode = new Map(refs.programmes.map((p) => [p.code, p]));
    // Collected, then compared once: ~23,000 events.
    const wrong = set.events.filter((e) => {
      const p = byCode.get(e.programmeCode)!;
      const fields = p.kinds.find((k) => k.code === e.kindCode)!.fields.map((f) => f.code);
      const values = fields.map((f) => e.counts[f] ?? -1);
      return (
        Object.keys(e.counts).join() !== fields.join() ||
        values.some((v, i) => v < 0 || v > (i ? values[i - 1]! : 40)) ||
        (e.themeCode === null) !== !p.usesThemes ||
        (e.themeCode !== null && !refs.themes.includes(e.themeCode))
      );
    });
    expect(set.events.length).toBeGreaterThan(20_000);
    expect(wrong).toEqual([]);
  });

  it('has a follow-up follow an earlier event of the kind it follows, in the same programme', () => {
    const byId = new Map(set.events.map((e) => [e.id, e]));
    const followers = set.events.filter((e) => e.followsEventId);
    expect(followers.length).toBeGreaterThan(0);
    for (const f of followers) {
      const followed = byId.get(f.followsEventId!)!;
      const kind = refs.programmes
        .find((p) => p.code === f.programmeCode)!
        .kinds.find((k) => k.code === f.kindCode)!;
      expect(followed.programmeCode).toBe(f.programmeCode);
      expect(followed.kindCode).toBe(kind.followsKind);
      expect(followed.heldOn <= f.heldOn).toBe(true);
    }
  });

  it('names organisations only on the events of programmes that record them, of valid kinds, once per event', () => {
    const events = new Map(set.events.map((e) => [e.id, e]));
    const recording = new Set(refs.programmes.filter((p) => p.recordsOrganisations).map((p) => p.code));
    const pairs = new Set<string>();
    for (const eo of set.eventOrganisations) {
      expect(recording.has(events.get(eo.eventId)!.programmeCode)).toBe(true);
      pairs.add(`${eo.eventId} ${eo.organisationId}`);
    }
    expect(pairs.size).toBe(set.eventOrganisations.length);
    expect(set.organisations.every((o) => (ORGANISATION_KINDS as readonly string[]).includes(o.kind))).toBe(
      true,
    );
  });

  it('records a council per school district and 年度; once set up it stays set up, and only a set-up one is active', () => {
    const years = fiscalYearOf(AS_OF) - FIRST_COMMUNITY_YEAR + 1;
    expect(set.councils).toHaveLength(refs.schoolDistricts.length * years);
    const key = (d: string, fy: number) => `${d} ${fy}`;
    const byKey = new Map(set.councils.map((c) => [key(c.schoolDistrictCode, c.fiscalYear), c]));
    expect(byKey.size).toBe(set.councils.length);
    for (const c of set.councils) {
      expect(c.established || !c.active).toBe(true);
      const next = byKey.get(key(c.schoolDistrictCode, c.fiscalYear + 1));
      if (c.established && next)
        expect(next.established && next.establishedOn === c.establishedOn).toBe(true);
    }
  });
});
