import { type Column, getTableColumns, type InferSelectModel, type Table } from 'drizzle-orm';

/** Each table's columns as [property, column] pairs, taken once. */
const columnsOf = new WeakMap<Table, [string, Column][]>();

function columns(table: Table): [string, Column][] {
  let list = columnsOf.get(table);
  if (!list) {
    list = Object.entries(getTableColumns(table));
    columnsOf.set(table, list);
  }
  return list;
}

/**
 * A table's row as drizzle reads it (property names, Dates for timestamps, parsed JSON), from the row
 * as PostgreSQL writes it in JSON (`to_jsonb(t)`: column names, timestamps as ISO text). For reads that
 * gather several lists in one statement as JSON, so that the rows they hand on are the same as a
 * select of the table would give. Each column's own conversion from the driver's value is used.
 */
export function rowFromJson<T extends Table>(table: T, json: Record<string, unknown>): InferSelectModel<T> {
  const row: Record<string, unknown> = {};
  for (const [key, column] of columns(table)) {
    const value = json[column.name];
    row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return row as InferSelectModel<T>;
}
