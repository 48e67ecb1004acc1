/**
 * The fault runs' results: one row per check (what was tried, on which database, whether it held,
 * and the numbers that show it), printed as a table and written to bench/out/faults.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type Verdict, verdictLines } from './verify';
import type { Failure, LoadResult } from './write-load';

/** One check of the fault runs. */
export type CheckRow = {
  check: string;
  db: string;
  /** 'note' is an observation that is not pass or fail (e.g. state kept per process). */
  result: 'pass' | 'FAIL' | 'note';
  numbers: string;
  /** Lines that explain a failure or a note (shown below the table). */
  details: string[];
};

/** A check row from a condition. */
export function row(
  check: string,
  db: string,
  ok: boolean,
  numbers: string,
  details: string[] = [],
): CheckRow {
  return { check, db, result: ok ? 'pass' : 'FAIL', numbers, details };
}

/** The row of the check after a run: every acknowledged write there, every invariant holding. */
export function verdictRow(db: string, v: Verdict): CheckRow {
  const broken = v.invariants.filter((i) => i.violations).length;
  return row(
    'every acknowledged write present, invariants hold',
    db,
    v.ok,
    `${v.acks} acks checked, ${v.lost.length} lost; ${broken} of ${v.invariants.length} invariants broken`,
    v.ok ? [] : verdictLines(v),
  );
}

/** Error answers (not 'no answer') of a load, summarised as status → count, with a few examples. */
export function statusFailures(failures: Failure[]): { count: number; lines: string[] } {
  const answered = failures.filter((f) => f.kind === 'status');
  const byStatus = new Map<number, number>();
  for (const f of answered) byStatus.set(f.status!, (byStatus.get(f.status!) ?? 0) + 1);
  const lines = [...byStatus].map(([s, n]) => `${n} × HTTP ${s}`);
  for (const f of answered.slice(0, 5))
    lines.push(`  ${f.method} ${f.path} → ${f.status}: ${f.detail.slice(0, 160)}`);
  return { count: answered.length, lines };
}

/** The load's numbers for the table. */
export function loadNumbers(r: LoadResult, ms: number): string {
  const down = r.failures.filter((f) => f.kind === 'down').length;
  return `${r.ok} ok requests (${Math.round((r.ok * 1000) / ms)}/s), ${r.acks.length} acks, ${r.chains} whole chains, ${down} unanswered`;
}

function table(rows: CheckRow[]): string[] {
  const cells = rows.map((r) => [r.check, r.db, r.result, r.numbers]);
  const head = ['check', 'database', 'result', 'numbers'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)];
}

/** The summary as Markdown: the table, then the details of every failure and note. */
export function summary(rows: CheckRow[], header: string[]): string {
  const out = [...header, '', ...table(rows)];
  const explained = rows.filter((r) => r.details.length);
  if (explained.length) out.push('', '## Details');
  for (const r of explained)
    out.push('', `### ${r.check} (${r.db}): ${r.result}`, '', '```', ...r.details, '```');
  return `${out.join('\n')}\n`;
}

/** Writes the summary to bench/out/faults.md (the folder is made if needed). */
export function writeSummary(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}
