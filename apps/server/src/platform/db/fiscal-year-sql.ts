import { sql } from 'drizzle-orm';

/** The 年度 (April–March) of a date column, in SQL. The column name is code, never input. */
export const fiscalYearSql = (column: string) =>
  sql.raw(`extract(year from (${column} - interval '3 months'))::int`);
