import { intakeProblems, intakes } from '../../db/schema';
import type { Tx } from '../../platform/db/database';

export async function insertIntake(tx: Tx, values: typeof intakes.$inferInsert) {
  await tx.insert(intakes).values(values);
}

export async function insertProblems(tx: Tx, rows: (typeof intakeProblems.$inferInsert)[]) {
  if (rows.length) await tx.insert(intakeProblems).values(rows);
}
