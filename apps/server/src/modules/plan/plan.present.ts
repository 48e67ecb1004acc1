import type { DivisionRef, EntryState, Plan, RoadmapStatus } from '@tsunagu/contracts/plan';
import type { EntryRow, PlanRow } from './plan.repository';

export function presentPlan(p: PlanRow): Plan {
  return {
    id: p.id,
    name: p.nameJa,
    nameEn: p.nameEn,
    fromFiscalYear: p.fromFiscalYear,
    toFiscalYear: p.toFiscalYear,
    vision: p.vision,
    history: p.history,
    positioning: p.positioning,
    source: p.source,
  };
}

/** A division by code with its name from the tenant's code list (the code itself if unknown). */
export function divisionRef(names: ReadonlyMap<string, string>, code: string): DivisionRef {
  return { code, name: names.get(code) ?? code };
}

/** An item's status in a 年度 from its entries: none, being written, all sent, all approved. */
export function roadmapStatus(entries: readonly Pick<EntryRow, 'state'>[]): RoadmapStatus {
  if (entries.length === 0) return 'none';
  const states = entries.map((e) => e.state as EntryState);
  if (states.every((s) => s === 'approved')) return 'approved';
  if (states.every((s) => s === 'approved' || s === 'submitted')) return 'submitted';
  return 'in_progress';
}

/** 【２０２１（Ｒ３）年度～２０２３（Ｒ５）年度】 as the report writes an item's period, in 和暦. */
export function periodText(
  from: number,
  to: number | null,
  note: string | null,
  label: (fy: number) => string,
): string {
  return `${label(from)}～${to === null ? (note ?? '') : label(to)}`;
}
