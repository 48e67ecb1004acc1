import { agencyInputSchema } from '@tsunagu/contracts/agencies';
import { describe, expect, it } from 'vitest';
import { COMPOSITIONS, describeCity, generateAgencies, generateCity } from '../../../../bench/generator';
import { FAMILY_NAMES } from '../../../../bench/generator/names';
import { personSearchColumns } from '../../src/modules/households/person-keys';
import { demoRefs } from '../support/bench-refs';

const refs = demoRefs();
const STAFF_AGENCY = 'hokatsu-kita-chuo';
// A fifth of the city: 6,000 households, 30,000 intakes.
const city = generateCity(refs, { seed: 7, scale: 0.2 });

describe('bench city generator', () => {
  it('makes the same persons from the same seed and different ones from another seed', () => {
    const small = (seed: number) => generateCity(refs, { seed, scale: 0.02 }).persons.slice(0, 100);
    expect(small(7)).toEqual(small(7));
    expect(small(8).map((p) => p.id)).not.toEqual(small(7).map((p) => p.id));
  }, 30_000);

  it('has household compositions whose shares add up to 1, two members on average', () => {
    expect(COMPOSITIONS.reduce((s, c) => s + c.share, 0)).toBeCloseTo(1, 10);
    expect(COMPOSITIONS.reduce((s, c) => s + c.share * c.size, 0)).toBeCloseTo(2, 10);
  });

  it('splits households exactly by size: the counts add up to the households, the members to the persons', () => {
    const shape = describeCity(city, STAFF_AGENCY);
    const sizes = Object.entries(shape.householdSizes).map(([size, count]) => [Number(size), count] as const);
    expect(sizes.reduce((s, [, count]) => s + count, 0)).toBe(6_000);
    expect(sizes.reduce((s, [size, count]) => s + size * count, 0)).toBe(12_000);
    expect(shape.persons).toBe(12_000);
    expect(shape.members).toBe(12_000);
    for (const [size, count] of sizes) {
      const share = COMPOSITIONS.filter((c) => c.size === size).reduce((s, c) => s + c.share, 0);
      expect(Math.abs(count - share * 6_000)).toBeLessThanOrEqual(COMPOSITIONS.length);
    }
    const selves = new Map<string, number>();
    for (const m of city.members)
      if (m.relationship === 'self') selves.set(m.householdId, (selves.get(m.householdId) ?? 0) + 1);
    expect(selves.size).toBe(6_000);
    expect([...selves.values()].every((n) => n === 1)).toBe(true);
  });

  it('builds every person’s search columns exactly as personSearchColumns does', () => {
    for (const p of city.persons) {
      expect({ nameKey: p.nameKey, searchText: p.searchText, searchGrams: p.searchGrams }).toEqual(
        personSearchColumns(p),
      );
    }
  });

  it('weights family names per 10,000 people, 佐藤 at 1.5%, with 異体字 and one-character names', () => {
    expect(FAMILY_NAMES.reduce((s, f) => s + f.weight, 0)).toBeCloseTo(10_000, 6);
    expect(FAMILY_NAMES.find((f) => f.name.kanji === '佐藤')?.weight).toBe(150);
    for (const kanji of ['林', '森', '原', '髙橋', '山﨑', '渡邉', '𠮷田'])
      expect(FAMILY_NAMES.some((f) => f.name.kanji === kanji)).toBe(true);
  });

  it('records 150,000 intakes per 30,000 households, each with one main problem, at ~40 agencies', () => {
    expect(city.intakes).toHaveLength(30_000);
    const mains = new Map<string, number>();
    const perIntake = new Map<string, number>();
    for (const p of city.problems) {
      perIntake.set(p.intakeId, (perIntake.get(p.intakeId) ?? 0) + 1);
      if (p.isMain) mains.set(p.intakeId, (mains.get(p.intakeId) ?? 0) + 1);
    }
    expect(mains.size).toBe(city.intakes.length);
    expect([...mains.values()].every((n) => n === 1)).toBe(true);
    expect([...perIntake.values()].every((n) => n >= 1 && n <= 3)).toBe(true);
    const shape = describeCity(city, STAFF_AGENCY);
    expect(shape.recordingAgencies).toBeGreaterThanOrEqual(38);
    expect(shape.recordingAgencies).toBeLessThanOrEqual(45);
  });

  it('gives each household and recording agency one live link, from that agency’s first intake', () => {
    const firstIntake = new Map<string, { id: string; at: number }>();
    for (const i of city.intakes) {
      const key = `${i.householdId} ${i.agencyCode}`;
      const seen = firstIntake.get(key);
      if (!seen || i.createdAt.getTime() < seen.at)
        firstIntake.set(key, { id: i.id, at: i.createdAt.getTime() });
    }
    expect(city.liveLinks).toHaveLength(firstIntake.size);
    for (const l of city.liveLinks) {
      expect(l.sourceId).toBe(firstIntake.get(`${l.householdId} ${l.agencyCode}`)?.id);
    }
  });

  it('lets the demo staff user’s agency see a realistic 2–3% of households', () => {
    const share = describeCity(city, STAFF_AGENCY).agencyShare;
    expect(share).toBeGreaterThanOrEqual(0.02);
    expect(share).toBeLessThanOrEqual(0.03);
  });

  it('fills the agency directory up to 500 × scale with valid entries of their own codes, the same from the same seed', () => {
    const directory = generateAgencies(refs, { seed: 1, scale: 1 });
    expect(refs.agencies.length + directory.length).toBe(500);
    expect(city.directory).toHaveLength(100 - refs.agencies.length);
    expect(generateAgencies(refs, { seed: 1, scale: 1 })).toEqual(directory);
    const codes = new Set(directory.map((a) => a.code));
    expect(codes.size).toBe(directory.length);
    for (const a of directory) {
      expect(refs.agencies.some((d) => d.code === a.code)).toBe(false);
      expect(agencyInputSchema.parse(a)).toEqual(a);
    }
    const categories = new Set(directory.map((a) => a.categoryCode));
    for (const c of ['medical', 'npo', 'disability-consultation', 'employment-support', 'community-centre'])
      expect(categories.has(c)).toBe(true);
    expect(generateAgencies(refs, { seed: 1, scale: 0.05 })).toEqual([]);
  });
});
