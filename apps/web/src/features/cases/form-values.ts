/** Messages for choices the shared schemas can only call "invalid" while nothing is chosen yet. */
export const CHOOSE_AGENCY = '機関を選んでください / choose an agency';
export const CHOOSE_CASE = 'ケースを選んでください / choose a case';

/** react-hook-form's error of a list row's field, whichever shape zod's path gave it. */
export function rowError(errors: unknown, index: number, field?: string): string | undefined {
  const row = (errors as Record<number, unknown> | undefined)?.[index] as
    | ({ message?: string } & Record<string, { message?: string } | undefined>)
    | undefined;
  if (!row) return undefined;
  if (field === undefined) return row.message;
  return row[field]?.message;
}

/** The error of a whole list (too few rows, a rule over all of them). */
export function listError(errors: unknown): string | undefined {
  const e = errors as { message?: string; root?: { message?: string } } | undefined;
  return e?.message ?? e?.root?.message;
}
