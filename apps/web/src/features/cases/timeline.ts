import type { CaseDetail, Plan, SupportRecord } from '@tsunagu/contracts/cases';
import { toIsoDate } from '@tsunagu/japan';

type Of<K extends keyof CaseDetail> = CaseDetail[K] extends (infer T)[] ? T : never;

/** One entry of the case's 経過, whatever kind of record it came from. */
export type TimelineEntry = { key: string; date: string; at: string } & (
  | { kind: 'record'; record: SupportRecord }
  | { kind: 'contact'; contact: Of<'contacts'> }
  | { kind: 'outreach'; outreach: Of<'outreach'> }
  | { kind: 'meeting'; meeting: Of<'meetings'> }
  | { kind: 'plan'; plan: Plan; approved: boolean }
  | { kind: 'monitoring'; monitoring: Of<'monitorings'> }
  | { kind: 'review'; review: Of<'reviews'> }
);

/** The calendar date (Asia/Tokyo) of an instant. */
function dayOf(instant: string): string {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant.slice(0, 10) : toIsoDate(date);
}

/** The DOM id of an entry, for the links between a record and its correction. */
export function entryId(key: string): string {
  return `case-entry-${key}`;
}

/** The case page's 支援経過記録 entries and the older pages loaded since, each entry once. */
export function loadedRecords(c: CaseDetail, older: readonly SupportRecord[]): SupportRecord[] {
  const all = new Map(c.records.map((r) => [r.id, r]));
  for (const r of older) if (!all.has(r.id)) all.set(r.id, r);
  return [...all.values()];
}

/**
 * The case's records of every kind merged into one 経過, newest date first; within a day the most
 * recently written first. Plan versions appear when drafted and again when approved; monitorings once
 * done. `records` are the 支援経過記録 entries loaded so far (newest first); while older ones are still
 * to load, entries of other kinds dated before the oldest loaded one wait with them, so the 経過 shown
 * never has a gap.
 */
export function buildTimeline(c: CaseDetail, records: readonly SupportRecord[] = c.records): TimelineEntry[] {
  const oldestLoaded = records.length < c.recordTotal ? records.at(-1)?.occurredOn : undefined;
  const entries: TimelineEntry[] = [
    ...records.map((record) => ({
      key: `record-${record.id}`,
      date: record.occurredOn,
      at: record.recordedAt,
      kind: 'record' as const,
      record,
    })),
    ...c.contacts.map((contact) => ({
      key: `contact-${contact.id}`,
      date: contact.contactedOn,
      at: contact.contactedOn,
      kind: 'contact' as const,
      contact,
    })),
    ...c.outreach.map((outreach) => ({
      key: `outreach-${outreach.id}`,
      date: outreach.visitedOn,
      at: outreach.visitedOn,
      kind: 'outreach' as const,
      outreach,
    })),
    ...c.meetings.map((meeting) => ({
      key: `meeting-${meeting.id}`,
      date: meeting.heldOn,
      at: meeting.heldOn,
      kind: 'meeting' as const,
      meeting,
    })),
    ...c.plans.flatMap((plan) => {
      const drafted = {
        key: `plan-${plan.id}`,
        date: dayOf(plan.createdAt),
        at: plan.createdAt,
        kind: 'plan' as const,
        plan,
        approved: false,
      };
      if (!plan.approvedAt) return [drafted];
      const approved = { ...drafted, key: `plan-${plan.id}-approved`, approved: true };
      return [drafted, { ...approved, date: dayOf(plan.approvedAt), at: plan.approvedAt }];
    }),
    ...c.monitorings
      .filter((m) => m.doneOn !== null)
      .map((monitoring) => ({
        key: `monitoring-${monitoring.id}`,
        date: monitoring.doneOn ?? monitoring.dueOn,
        at: monitoring.doneOn ?? monitoring.dueOn,
        kind: 'monitoring' as const,
        monitoring,
      })),
    ...c.reviews.map((review) => ({
      key: `review-${review.id}`,
      date: review.reviewedOn,
      at: review.reviewedOn,
      kind: 'review' as const,
      review,
    })),
  ];
  return entries
    .filter((e) => oldestLoaded === undefined || e.kind === 'record' || e.date >= oldestLoaded)
    .sort((a, b) => b.date.localeCompare(a.date) || b.at.localeCompare(a.at));
}
