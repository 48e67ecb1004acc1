/** The query plans a run leaves in bench/out/ for a database: EXPLAIN ANALYZE of its slowest calls. */
import fs from 'node:fs';
import path from 'node:path';
import type { DbKind } from './databases';
import type { DbResult } from './report';

/** A call's statements with their plans and execution times under the actor's row-level security. */
type ExplainedCall = { statements: string[]; plans: string[]; times: number[] };

/** One explained call: a heading line, then each statement with its time and plan. */
function explained(heading: string, call: ExplainedCall): string {
  return (
    `-- ${heading}\n` +
    call.statements
      .map((st, i) => `-- statement ${i + 1} (${call.times[i]?.toFixed(2)} ms): ${st}\n${call.plans[i]}\n`)
      .join('\n')
  );
}

/**
 * Writes plans-<db>.txt (person search), plans-households-, plans-referrals-, plans-cases- and
 * plans-matching-<db>.txt, for the benchmarks measured.
 */
export function writePlanFiles(out: string, kind: DbKind, result: DbResult): void {
  const { search, households, inbox, cases, matching } = result;
  const write = (name: string, text: string) => fs.writeFileSync(path.join(out, `${name}-${kind}.txt`), text);
  const slowest = (p: { kind: string; target: string; ms: number }) =>
    `${p.kind}, ${p.target} (slowest call ${p.ms.toFixed(1)} ms in the service)`;
  if (search)
    write(
      'plans',
      search.plans.map((p) => `-- ${p.kind}: ${p.q} (${p.ms.toFixed(1)} ms)\n${p.plan}\n`).join('\n'),
    );
  if (households) write('plans-households', explained(households.plan.target, households.plan));
  if (inbox)
    write(
      'plans-referrals',
      inbox.plans
        .map(
          (p) =>
            `-- ${p.kind} (slowest call ${p.ms.toFixed(1)} ms in the service)\n` +
            p.statements.map((st, i) => `-- statement ${i + 1}: ${st}\n${p.plans[i]}\n`).join('\n'),
        )
        .join('\n'),
    );
  if (cases) write('plans-cases', cases.run.plans.map((p) => explained(slowest(p), p)).join('\n'));
  if (matching) {
    const ref = matching.run.reference;
    write(
      'plans-matching',
      matching.run.plans
        .map((p) => explained(slowest(p), p))
        .concat(
          ref
            ? [
                `-- for reference, as the table owner (${ref.rows} rows, ${ref.ms.toFixed(2)} ms): ${ref.statement}\n${ref.plan}\n`,
              ]
            : [],
        )
        .join('\n'),
    );
  }
}
