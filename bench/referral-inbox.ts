/**
 * The referral-inbox benchmark on one database: what the staff's 紹介 page and the navigation's badge
 * ask for, through the real service (listReferrals — the page's ids, the count, then those rows with
 * the names — and referralCounts: runAs with row-level security, drizzle, presentSummary) against the raw-SQL baseline (referral-baseline.ts), call by call, after a
 * warm-up; every call's service and baseline answers are compared.
 */
import { toIsoDate } from '@tsunagu/japan';
import { canSeeCoordinatorQueue } from '../apps/server/src/modules/referrals/referrals.policy';
import { listReferrals, referralCounts } from '../apps/server/src/modules/referrals/referrals.service';
import type { UserActor } from '../apps/server/src/platform/auth/actor';
import type { Db } from '../apps/server/src/platform/db/database';
import type { Statement } from './baseline';
import type { RawDriver } from './databases';
import { logAgreement, progressLog, type Stats, summarize, timed } from './measure';
import {
  baselineCounts,
  baselineInbox,
  countsStatement,
  explainAsActor,
  type InboxCounts,
  type InboxQuery,
  inboxPageStatements,
} from './referral-baseline';

export const INBOX_KINDS = ['incoming-open', 'outgoing-open', 'incoming-all-p2', 'counts'] as const;
export type InboxKind = (typeof INBOX_KINDS)[number];

/** The page each list kind asks for: the inbox's page size, 50. */
export const INBOX_QUERIES: Record<Exclude<InboxKind, 'counts'>, InboxQuery> = {
  'incoming-open': { box: 'incoming', filter: 'open', limit: 50, offset: 0 },
  'outgoing-open': { box: 'outgoing', filter: 'open', limit: 50, offset: 0 },
  'incoming-all-p2': { box: 'incoming', filter: 'all', limit: 50, offset: 50 },
};

/** What each kind is, for the report. */
export const INBOX_KIND_LABELS: Record<InboxKind, string> = {
  'incoming-open': '受信 未完了 (incoming, open, page 1)',
  'outgoing-open': '送信 未完了 (outgoing, open, page 1)',
  'incoming-all-p2': '受信 すべて 2頁目 (incoming, all, offset 50)',
  counts: 'ナビの件数 (referralCounts)',
};

/** Results of one kind (or 'all'): service and baseline timings and what the calls answered. */
export type InboxKindResult = {
  kind: InboxKind | 'all';
  service: Stats;
  baseline: Stats;
  /** Rows on the page of the total (lists), or the four counts. */
  answer: string;
};

export type InboxRun = {
  kinds: InboxKindResult[];
  /** Calls on which service and baseline answered differently (should be none). */
  mismatches: string[];
  /** EXPLAIN ANALYZE of every kind's statements, the slowest kind (by service p95) first. */
  plans: { kind: InboxKind; ms: number; statements: string[]; plans: string[] }[];
};

type Answer = { key: string; answer: string };

const countsKey = (c: InboxCounts) =>
  `new ${c.incomingNew}, overdue in ${c.incomingOverdue} / out ${c.outgoingOverdue}, escalated ${c.escalated}`;

/** One call of the kind through the service; its answer as a comparable key. */
async function serviceCall(db: Db, actor: UserActor, kind: InboxKind): Promise<Answer> {
  if (kind === 'counts') {
    const c = await referralCounts(db, actor);
    return { key: countsKey(c), answer: countsKey(c) };
  }
  const page = await listReferrals(db, actor, INBOX_QUERIES[kind]);
  return {
    key: `${page.total}:${page.items.map((r) => r.id).join()}`,
    answer: `${page.items.length} of ${page.total}`,
  };
}

/** The same through the raw driver under the same row-level security. */
async function baselineCall(raw: RawDriver, actor: UserActor, kind: InboxKind): Promise<Answer> {
  const today = toIsoDate(new Date());
  if (kind === 'counts') {
    const c = await baselineCounts(raw, actor, today, canSeeCoordinatorQueue(actor));
    return { key: countsKey(c), answer: countsKey(c) };
  }
  const page = await baselineInbox(raw, actor, INBOX_QUERIES[kind], today);
  return { key: `${page.total}:${page.ids.join()}`, answer: `${page.ids.length} of ${page.total}` };
}

function statementsOf(actor: UserActor, kind: InboxKind): Statement[] {
  const today = toIsoDate(new Date());
  if (kind === 'counts') return [countsStatement(actor.agencyId!, today, canSeeCoordinatorQueue(actor))];
  return inboxPageStatements(actor, INBOX_QUERIES[kind], today);
}

type Sample = { kind: InboxKind; service: number; baseline: number; answer: string };

/**
 * Warms up with one call of each kind, then makes `iterations` timed service calls, each followed by
 * the baseline, cycling through the kinds.
 */
export async function runReferralInbox(
  db: Db,
  raw: RawDriver,
  actor: UserActor,
  options: { iterations: number; log: (line: string) => void },
): Promise<InboxRun> {
  for (const kind of INBOX_KINDS) {
    await serviceCall(db, actor, kind);
    await baselineCall(raw, actor, kind);
  }
  options.log(`  warmed up with one call of each kind`);

  const mismatches = new Set<string>();
  const samples: Sample[] = [];
  const progress = progressLog(options.log, options.iterations);
  for (let i = 0; i < options.iterations; i++) {
    const kind = INBOX_KINDS[i % INBOX_KINDS.length]!;
    const service = await timed(() => serviceCall(db, actor, kind));
    const baseline = await timed(() => baselineCall(raw, actor, kind));
    if (service.result.key !== baseline.result.key)
      mismatches.add(`${kind}: ${service.result.answer} vs ${baseline.result.answer}`);
    samples.push({ kind, service: service.ms, baseline: baseline.ms, answer: service.result.answer });
    progress(i + 1);
  }
  logAgreement(
    options.log,
    mismatches,
    'returned the same referrals in the same order (and the same counts) on every call',
  );

  const result = (kind: InboxKind | 'all', of: Sample[]): InboxKindResult => ({
    kind,
    service: summarize(of.map((s) => s.service)),
    baseline: summarize(of.map((s) => s.baseline)),
    answer: kind === 'all' ? '' : (of[0]?.answer ?? ''),
  });
  const kinds = [
    ...INBOX_KINDS.map((k) =>
      result(
        k,
        samples.filter((s) => s.kind === k),
      ),
    ),
    result('all', samples),
  ];

  const bySlowest = kinds
    .filter((k): k is InboxKindResult & { kind: InboxKind } => k.kind !== 'all')
    .sort((a, b) => b.service.p95 - a.service.p95);
  const plans: InboxRun['plans'] = [];
  for (const k of bySlowest) {
    const statements = statementsOf(actor, k.kind);
    plans.push({
      kind: k.kind,
      ms: k.service.max,
      statements: statements.map((s) => `${s.text.replace(/\s+/g, ' ')}  -- ${JSON.stringify(s.params)}`),
      plans: await explainAsActor(raw, actor, statements),
    });
  }
  return { kinds, mismatches: [...mismatches], plans };
}
