/**
 * Bulk INSERT through unnest(): one array parameter per column instead of one parameter per value, so
 * a 5,000-row batch is a short statement with a dozen parameters that the server parses as array
 * literals. Column names, SQL types and value mapping come from the drizzle table, so the rows are
 * checked against the schema like any drizzle insert; array columns (text[]) travel as array literals
 * and are cast back per row.
 */
import { getTableColumns, getTableName, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from '../apps/server/src/platform/db/database';

const SERIAL_TYPES: Record<string, string> = {
  smallserial: 'smallint',
  serial: 'integer',
  bigserial: 'bigint',
};

/** A PostgreSQL array literal: every element quoted and escaped, NULL for null. */
function arrayLiteral(values: unknown[]): string {
  const items = values.map((v) => (v === null ? 'NULL' : `"${String(v).replace(/["\\]/g, '\\$&')}"`));
  return `{${items.join(',')}}`;
}

/** Inserts the rows (all with the same keys) into the table in one statement. */
export async function insertByUnnest<T extends PgTable>(
  tx: Tx,
  table: T,
  rows: T['$inferInsert'][],
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns: Record<string, PgColumn> = getTableColumns(table);
  const keys = Object.keys(first);
  const names: SQL[] = [];
  const params: SQL[] = [];
  const selected: SQL[] = [];
  keys.forEach((key, i) => {
    const column = columns[key];
    if (!column) throw new Error(`${getTableName(table)} has no column ${key}`);
    // A serial column's values are of its integer type (bigserial[] is not a type).
    const type = SERIAL_TYPES[column.getSQLType()] ?? column.getSQLType();
    const isArray = type.endsWith('[]');
    const values = rows.map((row) => {
      const value = (row as Record<string, unknown>)[key];
      return value === null || value === undefined ? null : column.mapToDriverValue(value);
    });
    names.push(sql`${sql.identifier(column.name)}`);
    // Sent as one array literal (no per-element work in either driver). An array column's values are
    // array literals themselves: unnest them as text, cast each back.
    params.push(sql`${arrayLiteral(values)}::${sql.raw(isArray ? 'text[]' : `${type}[]`)}`);
    selected.push(
      isArray ? sql`${sql.identifier(`c${i}`)}::${sql.raw(type)}` : sql`${sql.identifier(`c${i}`)}`,
    );
  });
  const aliases = keys.map((_, i) => sql.identifier(`c${i}`));
  await tx.execute(
    sql`insert into ${table} (${sql.join(names, sql`, `)}) select ${sql.join(selected, sql`, `)} from unnest(${sql.join(params, sql`, `)}) as u(${sql.join(aliases, sql`, `)})`,
  );
}
