/**
 * The case-page benchmark on one database: what the case screens ask for, through the real services —
 * getCase (readCaseDetail: the case, then eleven reads and the agencies' names in one runAs() transaction
 * under row-level security, and the audit insert), listCases (first page) and caseQueue — as the demo
 * coordinator (every case) and the demo staff user (its agency's team cases), against the raw-SQL
 * baseline of case-baseline.ts, call by call, after a warm-up; every call's answers are compared.
 */
import { type Role, roleSchema } from '@tsunagu/contracts';
import { caseListQuerySchema } from '@tsunagu/contracts/cases';
import { eq, sql } from 'drizzle-orm';
import { users } from '../apps/server/src/db/schema';
import { caseQueue } from '../apps/server/src/modules/cases/case-queue';
import { getCase, listCases } from '../apps/server/src/modules/cases/cases.service';
import type { UserActor } from '../apps/server/src/platform/auth/actor';
import type { Db } from '../apps/server/src/platform/db/database';
import { runAsSystem } from '../apps/server/src/platform/db/scope';
import type { Statement } from './baseline';
import {
  baselineCase,
  baselineList,
  baselineQueue,
  type CaseAnswer,
  caseDetailStatements,
  detailAnswer,
  explainUnderRls,
  findListedStatement,
  listAnswer,
  listStatements,
  queueAnswer,
  queueStatements,
} from './case-baseline';
import type { RawDriver } from './databases';
import type { CaseSet } from './generator';
import { logAgreement, progressLog, type Stats, summarize, timed } from './measure';

/** The demo coordinator (相談支援包括化推進員, coordinator-desk), who sees every case. */
export const COORDINATOR_EMAIL = 'coordinator@demo.example';

export const CASE_PAGE_KINDS = [
  'coordinator-small',
  'coordinator-large',
  'coordinator-closed',
  'staff-small',
  'staff-large',
  'staff-list',
  'coordinator-list',
  'coordinator-queue',
] as const;
export type CasePageKind = (typeof CASE_PAGE_KINDS)[number];

export const CASE_PAGE_KIND_LABELS: Record<CasePageKind, string> = {
  'coordinator-small': 'ケース画面 小 (coordinator, open case, few records)',
  'coordinator-large': 'ケース画面 大 (coordinator, the largest cases)',
  'coordinator-closed': 'ケース画面 終結 (coordinator, closed coordinated case)',
  'staff-small': 'ケース画面 小 (staff, own team case)',
  'staff-large': 'ケース画面 大 (staff, own team case with the most records)',
  'staff-list': 'ケース一覧 1頁目 (staff, listCases)',
  'coordinator-list': 'ケース一覧 1頁目 (coordinator, listCases)',
  'coordinator-queue': '振り分け待ち (coordinator, caseQueue)',
};

/** Which actor each kind is called as. */
const ACTOR_OF: Record<CasePageKind, 'coordinator' | 'staff'> = {
  'coordinator-small': 'coordinator',
  'coordinator-large': 'coordinator',
  'coordinator-closed': 'coordinator',
  'staff-small': 'staff',
  'staff-large': 'staff',
  'staff-list': 'staff',
  'coordinator-list': 'coordinator',
  'coordinator-queue': 'coordinator',
};

/** A case a page kind cycles through, with what it holds. */
export type PickedCase = { id: string; householdId: string; number: number; records: number; stage: string };

/** The cases each page kind cycles through, chosen from the generated set (the same on both databases). */
export function pickCases(set: CaseSet): Record<CasePageKind, PickedCase[]> {
  const records = new Map<string, number>();
  for (const r of set.records) records.set(r.caseId, (records.get(r.caseId) ?? 0) + 1);
  const staffNow = new Set(
    set.team.filter((t) => t.agencyCode === set.staffAgencyCode && !t.endedAt).map((t) => t.caseId),
  );
  const withPlan = new Set(set.plans.map((p) => p.caseId));
  const pick = (c: (typeof set.cases)[number]): PickedCase => ({
    id: c.id,
    householdId: c.householdId,
    number: c.number,
    records: records.get(c.id) ?? 0,
    stage: c.stage,
  });
  const coordinated = set.cases.filter((c) => c.kind === 'coordinated').map(pick);
  const open = coordinated.filter((c) => c.stage !== 'closed');
  const bySize = (a: PickedCase, b: PickedCase) => b.records - a.records || a.number - b.number;
  /** `n` spread evenly over the list (by case number), so that old and new cases are both read. */
  const spread = (list: PickedCase[], n: number) => {
    const sorted = list.slice().sort((a, b) => a.number - b.number);
    if (sorted.length <= n) return sorted;
    return Array.from({ length: n }, (_, i) => sorted[Math.floor(((i + 0.5) * sorted.length) / n)]!);
  };
  const small = (list: PickedCase[]) => {
    const few = list.filter((c) => c.records > 0 && c.records <= 20);
    return few.length
      ? few
      : list
          .slice()
          .sort((a, b) => a.records - b.records)
          .slice(0, 1);
  };
  const staffOpen = open.filter((c) => staffNow.has(c.id));
  const none: PickedCase[] = [];
  return {
    'coordinator-small': spread(small(open), 8),
    'coordinator-large': coordinated.slice().sort(bySize).slice(0, 5),
    'coordinator-closed': spread(
      coordinated.filter((c) => c.stage === 'closed' && withPlan.has(c.id)),
      8,
    ),
    'staff-small': spread(small(staffOpen), 5),
    'staff-large': staffOpen.slice().sort(bySize).slice(0, 2),
    'staff-list': none,
    'coordinator-list': none,
    'coordinator-queue': none,
  };
}

/** Results of one kind (or 'all'): service and baseline timings and what the calls answered. */
export type CasePageKindResult = {
  kind: CasePageKind | 'all';
  service: Stats;
  baseline: Stats;
  /** What the calls answered (the largest case of the kind for the pages). */
  answer: string;
};

export type CasePageRun = {
  kinds: CasePageKindResult[];
  /** The cases each kind cycled through (number and records). */
  picks: Record<string, { number: number; records: number; stage: string }[]>;
  mismatches: string[];
  /** EXPLAIN ANALYZE of every kind's statements under its actor's row-level security, slowest kind first. */
  plans: {
    kind: CasePageKind;
    ms: number;
    target: string;
    statements: string[];
    plans: string[];
    times: number[];
  }[];
};

/** The demo user as an actor, read as the table owner. */
export async function readActor(db: Db, email: string, withAgency = true): Promise<UserActor> {
  const [user] = await runAsSystem(db, (tx) =>
    tx
      .select()
      .from(users)
      .where(eq(sql`lower(${users.email})`, email))
      .limit(1),
  );
  if (!user || (withAgency && !user.agencyId))
    throw new Error(`${email}${withAgency ? ' with an agency' : ''} was not found: is the demo seeded?`);
  const roles: Role[] = user.roles.map((r) => roleSchema.parse(r));
  return {
    kind: 'user',
    tenantId: user.tenantId,
    userId: user.id,
    sessionId: crypto.randomUUID(),
    agencyId: user.agencyId,
    divisionCode: user.divisionCode,
    roles,
  };
}

type Actors = { coordinator: UserActor; staff: UserActor };
const LIST = caseListQuerySchema.parse({});

async function serviceCall(db: Db, actors: Actors, kind: CasePageKind, caseId?: string): Promise<CaseAnswer> {
  const actor = actors[ACTOR_OF[kind]];
  if (kind === 'staff-list' || kind === 'coordinator-list') {
    const page = await listCases(db, actor, LIST);
    return listAnswer(
      page.items.map((c) => c.id),
      page.total,
    );
  }
  if (kind === 'coordinator-queue') {
    const q = await caseQueue(db, actor);
    return queueAnswer(
      q.escalations.map((e) => e.referralId),
      q.requests.map((r) => r.id),
    );
  }
  const d = await getCase(db, actor, caseId!);
  return detailAnswer({
    id: d.id,
    members: d.members.length,
    team: d.team.length,
    contacts: d.contacts.length,
    outreach: d.outreach.length,
    records: d.records.length,
    recordTotal: d.recordTotal,
    firstRecord: d.records[0]?.id ?? null,
    lastRecord: d.records.at(-1)?.id ?? null,
    reviews: d.reviews.length,
    meetings: d.meetings.length,
    plans: d.plans.length,
    monitorings: d.monitorings.length,
    tasks: d.tasks.length,
  });
}

function baselineCall(
  raw: RawDriver,
  actors: Actors,
  kind: CasePageKind,
  caseId?: string,
): Promise<CaseAnswer> {
  const tenant = actors.coordinator.tenantId;
  if (kind === 'staff-list')
    return baselineList(raw, LIST.limit, LIST.offset, tenant, actors.staff.agencyId!);
  if (kind === 'coordinator-list') return baselineList(raw, LIST.limit, LIST.offset, tenant);
  if (kind === 'coordinator-queue') return baselineQueue(raw, tenant);
  return baselineCase(raw, caseId!);
}

/** The statements the service sends for a kind (for the largest case of a page kind), to EXPLAIN under RLS. */
function statementsOf(actor: UserActor, kind: CasePageKind, target?: PickedCase): Statement[] {
  if (kind === 'staff-list') return listStatements(LIST.limit, LIST.offset, actor.tenantId, 'actor');
  if (kind === 'coordinator-list') return listStatements(LIST.limit, LIST.offset, actor.tenantId);
  if (kind === 'coordinator-queue') return queueStatements(actor.tenantId);
  return [findListedStatement(target!.id), ...caseDetailStatements(target!.id, target!.householdId)];
}

type Sample = { kind: CasePageKind; service: number; baseline: number; answer: string };

/**
 * Warms up with one call of each kind (and case), then makes `iterations` timed service calls, each
 * followed by the baseline, cycling through the kinds and, within a page kind, through its cases.
 */
export async function runCasePage(
  db: Db,
  raw: RawDriver,
  staff: UserActor,
  set: CaseSet,
  options: { iterations: number; log: (line: string) => void },
): Promise<CasePageRun> {
  const actors: Actors = { staff, coordinator: await readActor(db, COORDINATOR_EMAIL) };
  const picks = pickCases(set);
  const readsCase = (k: CasePageKind) => /-(small|large|closed)$/.test(k);
  const kinds = CASE_PAGE_KINDS.filter((k) => !readsCase(k) || picks[k].length > 0);
  const skipped = CASE_PAGE_KINDS.filter((k) => !kinds.includes(k));
  if (skipped.length) options.log(`  no case to read for ${skipped.join(', ')} at this scale`);
  const caseOf = (kind: CasePageKind, i: number) => {
    const list = picks[kind];
    return list.length ? list[i % list.length]!.id : undefined;
  };
  for (const kind of kinds) {
    for (let i = 0; i < Math.max(1, picks[kind].length); i++) {
      await serviceCall(db, actors, kind, caseOf(kind, i));
      await baselineCall(raw, actors, kind, caseOf(kind, i));
    }
  }
  options.log('  warmed up with one call of each kind and case');

  const mismatches = new Set<string>();
  const samples: Sample[] = [];
  const calls = new Map<CasePageKind, number>();
  const progress = progressLog(options.log, options.iterations);
  for (let i = 0; i < options.iterations; i++) {
    const kind = kinds[i % kinds.length]!;
    const n = calls.get(kind) ?? 0;
    calls.set(kind, n + 1);
    const caseId = caseOf(kind, n);
    const service = await timed(() => serviceCall(db, actors, kind, caseId));
    const baseline = await timed(() => baselineCall(raw, actors, kind, caseId));
    if (service.result.key !== baseline.result.key)
      mismatches.add(`${kind}: ${service.result.answer} vs ${baseline.result.answer}`);
    samples.push({ kind, service: service.ms, baseline: baseline.ms, answer: service.result.answer });
    progress(i + 1);
  }
  logAgreement(options.log, mismatches, 'showed the same rows on every call');

  const largestAnswer = (of: Sample[]) =>
    of.reduce<Sample | undefined>(
      (best, s) => (!best || Number.parseInt(s.answer, 10) > Number.parseInt(best.answer, 10) ? s : best),
      undefined,
    )?.answer ?? '';
  const result = (kind: CasePageKind | 'all', of: Sample[]): CasePageKindResult => ({
    kind,
    service: summarize(of.map((s) => s.service)),
    baseline: summarize(of.map((s) => s.baseline)),
    answer: kind === 'all' ? '' : largestAnswer(of),
  });
  const results = [
    ...kinds.map((k) =>
      result(
        k,
        samples.filter((s) => s.kind === k),
      ),
    ),
    result('all', samples),
  ];

  const bySlowest = results
    .filter((k): k is CasePageKindResult & { kind: CasePageKind } => k.kind !== 'all')
    .sort((a, b) => b.service.p95 - a.service.p95);
  const plans: CasePageRun['plans'] = [];
  for (const k of bySlowest) {
    const target = picks[k.kind].slice().sort((a, b) => b.records - a.records)[0];
    const actor = actors[ACTOR_OF[k.kind]];
    const statements = statementsOf(actor, k.kind, target);
    const explained = await explainUnderRls(raw, actor, statements);
    plans.push({
      kind: k.kind,
      ms: k.service.max,
      target: target ? `case ${target.number} (${target.records} records, ${target.stage})` : 'first page',
      statements: statements.map((s) => `${s.text.replace(/\s+/g, ' ')}  -- ${JSON.stringify(s.params)}`),
      plans: explained.map((e) => e.plan),
      times: explained.map((e) => e.ms),
    });
  }
  return {
    kinds: results,
    picks: Object.fromEntries(
      kinds.map((k) => [k, picks[k].map(({ number, records, stage }) => ({ number, records, stage }))]),
    ),
    mismatches: [...mismatches],
    plans,
  };
}
